/* SPDX-License-Identifier: MIT */
/* Calls and returns: doubly recursive Fibonacci and Ackermann, not inlined. */
#include "bench.h"

__attribute__((noinline)) static uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static uint64_t ack(uint64_t m, uint64_t n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(int argc, char **argv)
{
    uint64_t reps = bench_scaled(40, bench_scale(argc, argv));
    uint64_t sum = 0;
    for (uint64_t r = 0; r < reps; r++) {
        unsigned n = 32;
        BENCH_OPAQUE(n);
        sum += fib(n);
        uint64_t m = 2, k = 2000 + r;
        BENCH_OPAQUE(m);
        sum = sum * 3 + ack(m, k);
    }
    printf("calls reps=%" PRIu64 " checksum=%016" PRIx64 "\n", reps, sum);
    return 0;
}
