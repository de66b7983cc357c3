/* SPDX-License-Identifier: MIT */
/*
 * F/D helpers that need no rounding: fmin/fmax (2.2 semantics: -0 < +0,
 * one NaN operand gives the other, two give the canonical NaN), feq/flt/fle
 * and fclass.  All work on the raw bits and set NV by hand, so the host's
 * flags (ucomisd on a signaling NaN) never reach fflags.
 */
#include <stdbool.h>

#include "target/riscv64/fpu.h"

static inline bool rv_fp_is_snan_s(uint32_t u)
{
    return (u & 0x7fc00000u) == 0x7f800000u && (u & 0x003fffffu) != 0;
}

static inline bool rv_fp_is_snan_d(uint64_t u)
{
    return (u & 0x7ff8000000000000ull) == 0x7ff0000000000000ull &&
           (u & 0x0007ffffffffffffull) != 0;
}

static inline float rv_fp_from_bits_s(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof(f));
    return f;
}

uint64_t rv_fp_minmax_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                        uint64_t aux)
{
    uint32_t ux = rv_fp_unbox_bits(x), uy = rv_fp_unbox_bits(y), ur;
    float a = rv_fp_from_bits_s(ux), b = rv_fp_from_bits_s(uy);
    bool max = (aux >> 3) & 1;
    if (a != a || b != b) {
        if (rv_fp_is_snan_s(ux) || rv_fp_is_snan_s(uy)) {
            rv_cpu(c)->fflags |= RV_FFLAG_NV;
        }
        ur = a != a ? (b != b ? RV_FP_QNAN_S : uy) : ux;
    } else if (a == b) {
        ur = max ? ux & uy : ux | uy; /* only +-0 differ: by the sign bit */
    } else {
        ur = (max ? a > b : a < b) ? ux : uy;
    }
    return RV_FP_BOX_HI | ur;
}

uint64_t rv_fp_minmax_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                        uint64_t aux)
{
    double a = rv_fp_to_d(x), b = rv_fp_to_d(y);
    bool max = (aux >> 3) & 1;
    if (a != a || b != b) {
        if (rv_fp_is_snan_d(x) || rv_fp_is_snan_d(y)) {
            rv_cpu(c)->fflags |= RV_FFLAG_NV;
        }
        return a != a ? (b != b ? RV_FP_QNAN_D : y) : x;
    }
    if (a == b) {
        return max ? x & y : x | y;
    }
    return (max ? a > b : a < b) ? x : y;
}

/* feq is quiet (NV for sNaN only); flt and fle signal on any NaN. */
static uint64_t rv_fp_compare(struct rv_cpu *cpu, double a, double b,
                              bool snan, unsigned sel)
{
    if (a != a || b != b) {
        if (snan || sel != RV_CMP_EQ) {
            cpu->fflags |= RV_FFLAG_NV;
        }
        return 0;
    }
    switch (sel) {
    case RV_CMP_EQ:
        return a == b;
    case RV_CMP_LT:
        return a < b;
    default:
        return a <= b;
    }
}

uint64_t rv_fp_cmp_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    uint32_t ux = rv_fp_unbox_bits(x), uy = rv_fp_unbox_bits(y);
    bool snan = rv_fp_is_snan_s(ux) || rv_fp_is_snan_s(uy);
    return rv_fp_compare(rv_cpu(c), rv_fp_from_bits_s(ux),
                         rv_fp_from_bits_s(uy), snan, (unsigned)aux >> 3);
}

uint64_t rv_fp_cmp_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                     uint64_t aux)
{
    bool snan = rv_fp_is_snan_d(x) || rv_fp_is_snan_d(y);
    return rv_fp_compare(rv_cpu(c), rv_fp_to_d(x), rv_fp_to_d(y), snan,
                         (unsigned)aux >> 3);
}

/*
 * fclass bit from the fields: exp_max and quiet are the format's all-ones
 * exponent and quiet-NaN bit.  Bits: 0 -inf, 1 -normal, 2 -subnormal, 3 -0,
 * 4 +0, 5 +subnormal, 6 +normal, 7 +inf, 8 sNaN, 9 qNaN.
 */
static uint64_t rv_fp_classify(bool neg, uint64_t exp, uint64_t frac,
                               uint64_t exp_max, uint64_t quiet)
{
    unsigned bit;
    if (exp == exp_max) {
        if (frac != 0) {
            return (frac & quiet) != 0 ? 1u << 9 : 1u << 8;
        }
        bit = 7; /* inf */
    } else if (exp != 0) {
        bit = 6; /* normal */
    } else {
        bit = frac != 0 ? 5 : 4; /* subnormal, zero */
    }
    return 1u << (neg ? 7 - bit : bit);
}

uint64_t rv_fp_class_s(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    uint32_t u = rv_fp_unbox_bits(x);
    return rv_fp_classify(u >> 31, (u >> 23) & 0xff, u & 0x7fffff, 0xff,
                          1u << 22);
}

uint64_t rv_fp_class_d(struct cpu *c, uint64_t x, uint64_t y, uint64_t z,
                       uint64_t aux)
{
    return rv_fp_classify(x >> 63, (x >> 52) & 0x7ff, x & ((1ull << 52) - 1),
                          0x7ff, 1ull << 51);
}
