/* SPDX-License-Identifier: MIT */
/* Time queries: clock_gettime(CLOCK_MONOTONIC) and gettimeofday in a loop,
 * what programs that log or profile do all the time.  Natively they never
 * enter the kernel (vDSO); a static guest without a vDSO makes a syscall
 * for each, so this measures the emulator's syscall fast path.  The
 * checksum counts readings that did not go backwards (all of them). */
#include <sys/time.h>
#include <time.h>

#include "bench.h"

int main(int argc, char **argv)
{
    uint64_t n = bench_scaled(25000000, bench_scale(argc, argv));
    struct timespec prev = {0, 0}, ts;
    struct timeval prev_tv = {0, 0}, tv;
    uint64_t ordered = 0;

    for (uint64_t i = 0; i < n; i++) {
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ordered += ts.tv_sec > prev.tv_sec ||
                   (ts.tv_sec == prev.tv_sec && ts.tv_nsec >= prev.tv_nsec);
        prev = ts;
        if ((i & 3) == 0) {
            gettimeofday(&tv, NULL);
            ordered += tv.tv_sec > prev_tv.tv_sec ||
                       (tv.tv_sec == prev_tv.tv_sec &&
                        tv.tv_usec >= prev_tv.tv_usec);
            prev_tv = tv;
        }
    }
    printf("clock n=%" PRIu64 " ordered=%" PRIu64 "\n", n, ordered);
    return 0;
}
