/* SPDX-License-Identifier: MIT */
/* Integer ALU loop: a 64-bit LCG feeding shifts, xors, rotates, 32-bit
 * arithmetic and a data-dependent select.  One long serial dependency chain. */
#include "bench.h"

int main(int argc, char **argv)
{
    uint64_t n = bench_scaled(300000000, bench_scale(argc, argv));
    uint64_t x = 88172645463325252ull, acc = 0;
    uint32_t w = 12345;

    for (uint64_t i = 0; i < n; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        uint64_t y = x >> 29;
        acc += (y ^ (y << 7)) + (i & 0xff) * 3;
        acc = (acc << 3) | (acc >> 61);
        w = w * 1103515245u + (uint32_t)y;
        acc -= (uint64_t)(w >> 3) & (0 - (y & 1));   /* branch-free */
    }
    printf("intloop n=%" PRIu64 " checksum=%016" PRIx64 " %08" PRIx32 "\n", n, acc, w);
    return 0;
}
