/* SPDX-License-Identifier: MIT */
/* Shared helpers for the micro benchmarks.  Each benchmark is one portable C
 * file built twice (native and riscv64 -static); it takes an optional scale
 * factor as argv[1] (BENCH_SCALE, default 1.0) and prints one checksum line so
 * that the work cannot be optimised away and native, xrun and qemu results can
 * be compared. */
#ifndef XRUN_BENCH_H
#define XRUN_BENCH_H

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static inline double bench_scale(int argc, char **argv)
{
    double s = argc > 1 ? strtod(argv[1], NULL) : 1.0;
    return s > 0 ? s : 1.0;
}

static inline uint64_t bench_scaled(uint64_t n, double scale)
{
    double r = (double)n * scale;
    return r < 1 ? 1 : (uint64_t)r;
}

/* Keeps a value alive without letting the compiler see through it. */
#define BENCH_OPAQUE(v) __asm__ volatile("" : "+r"(v))

#endif
