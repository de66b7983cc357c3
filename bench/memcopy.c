/* SPDX-License-Identifier: MIT */
/* Memory-bound copying over two 256 MiB buffers (together larger than the
 * 480 MiB last-level cache of the reference machine): libc memcpy passes and a hand-written 64-bit copy loop
 * that adds a constant, then a strided checksum. */
#include <string.h>
#include "bench.h"

int main(int argc, char **argv)
{
    double scale = bench_scale(argc, argv);
    size_t bytes = (size_t)256 << 20;
    int passes = 2;
    if (scale < 1) {    /* smoke-test runs: shrink the buffers too */
        bytes = (size_t)bench_scaled(bytes, scale) & ~(size_t)0xfff;
        if (bytes < 65536)
            bytes = 65536;
    } else {
        passes = (int)bench_scaled(2, scale);
    }
    size_t words = bytes / 8;
    uint64_t *src = malloc(bytes), *dst = malloc(bytes);
    if (!src || !dst) {
        fprintf(stderr, "memcopy: out of memory\n");
        return 1;
    }
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i < words; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        src[i] = x;
    }
    uint64_t sum = 0;
    for (int p = 0; p < passes; p++) {
        memcpy(dst, src, bytes);
        sum += dst[(p * 7919u) % words];
        for (size_t i = 0; i < words; i++)
            src[i] = dst[i] + (uint64_t)p;
        BENCH_OPAQUE(src);
    }
    for (size_t i = 0; i < words; i += 509)
        sum = sum * 31 + src[i] + dst[i];
    printf("memcopy bytes=%zu passes=%d checksum=%016" PRIx64 "\n", bytes, passes, sum);
    free(src);
    free(dst);
    return 0;
}
