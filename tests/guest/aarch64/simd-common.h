/* SPDX-License-Identifier: MIT */
/*
 * Shared by the simd-*, fp-* and crypto-* C tests (expected: native).
 * Under aarch64 a test computes with Advanced SIMD intrinsics or asm; on
 * the host the same test computes with the portable model written next to
 * it from the Arm ARM's pseudocode.  Both print through these helpers, so
 * the host run is the expected output.
 */
#ifndef SIMD_COMMON_H
#define SIMD_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef __aarch64__
#include <arm_neon.h>
#endif

static uint64_t t_state = 0x9e3779b97f4a7c15ull;

static uint64_t t_rand(void)
{
    t_state ^= t_state << 13;
    t_state ^= t_state >> 7;
    t_state ^= t_state << 17;
    return t_state;
}

/* Bytes mixing random values with the saturation edges. */
static void t_fill(void *p, int n)
{
    static const uint8_t edge[] = {0x00, 0x01, 0x7f, 0x80, 0x81, 0xff, 0xfe};
    uint8_t *b = p;
    for (int i = 0; i < n; i++) {
        uint64_t r = t_rand();
        b[i] = (r & 3) == 0 ? edge[(r >> 8) % sizeof(edge)] : (uint8_t)(r >> 16);
    }
}

static void t_hex(const char *label, const void *p, int n)
{
    const uint8_t *b = p;
    printf("%s:", label);
    for (int i = n - 1; i >= 0; i--) {
        printf("%02x", b[i]);
    }
    printf("\n");
}

/* FPSR.QC: read and clear on aarch64; the model keeps its own. */
static int t_qc_model;
static int t_qc(void)
{
#ifdef __aarch64__
    uint64_t v;
    __asm__ volatile("mrs %0, fpsr" : "=r"(v));
    __asm__ volatile("msr fpsr, xzr");
    return (int)((v >> 27) & 1);
#else
    int q = t_qc_model;
    t_qc_model = 0;
    return q;
#endif
}

static int64_t t_sat_s(int64_t x, int bits)
{
    int64_t hi = (int64_t)((1ull << (bits - 1)) - 1), lo = -hi - 1;
    if (x > hi) { t_qc_model = 1; return hi; }
    if (x < lo) { t_qc_model = 1; return lo; }
    return x;
}

static uint64_t t_sat_u(int64_t x, int bits)
{
    int64_t hi = (int64_t)((1ull << bits) - 1);
    if (x > hi) { t_qc_model = 1; return (uint64_t)hi; }
    if (x < 0) { t_qc_model = 1; return 0; }
    return (uint64_t)x;
}

#endif
