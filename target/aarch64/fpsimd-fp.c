/* SPDX-License-Identifier: MIT */
/*
 * AArch64 FP arithmetic on one element: add, sub, mul, div, sqrt, fused
 * multiply-add and what is built on them (fnmul, fmulx, fabd, frecps,
 * frsqrts, fmla), min/max, compares, estimates.  The host computes in RNE
 * (SSE gives IEEE results and flags); other modes are derived from the
 * exact error of that result with the shared soft-FP support
 * (translator/fp-round.h), or recomputed with the host switched
 * (translator/fp-env.h).  What x86 does differently is patched here: Arm's
 * NaN priority and default NaN, FZ (inputs and outputs, tininess before
 * rounding) and IDC.  This file also owns the Arm side of the shared
 * support: FPSR bits <-> FP_FLAG_* and FPCR.RMode <-> enum fp_round.
 */
#include <float.h>
#include <math.h>

#include "target/aarch64/fpsimd-fp.h"
#include "translator/fp-env.h"
#include "translator/fp-round.h"

static inline double a64_d(uint64_t x)
{
    double d;
    memcpy(&d, &x, sizeof(d));
    return d;
}

static inline uint64_t a64_dbits(double d)
{
    uint64_t x;
    memcpy(&x, &d, sizeof(x));
    return x;
}

static inline float a64_f(uint64_t x)
{
    uint32_t u = (uint32_t)x;
    float f;
    memcpy(&f, &u, sizeof(f));
    return f;
}

static inline uint64_t a64_fbits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof(u));
    return u;
}

/* FPCR.RMode (RN, RP, RM, RZ) -> the shared enum fp_round. */
static inline enum fp_round a64_fp_round(unsigned rm)
{
    static const enum fp_round map[4] = {FP_RNE, FP_RUP, FP_RDN, FP_RTZ};
    return map[rm & 3];
}

/*
 * Host flags (FP_FLAG_*: INVALID, DENORMAL, DIVZERO, OVERFLOW, UNDERFLOW,
 * INEXACT in bits 0-5) -> FPSR IOC DZC OFC UFC IXC (bits 0-4).  DENORMAL
 * is dropped: IDC means a flushed input, which FZ handling sets by hand.
 */
static inline unsigned a64_fpsr_of(unsigned host)
{
    return (host & FP_FLAG_INVALID) | ((host >> 1) & 0x1e);
}

/* The inverse, plus DENORMAL: host flags fp_env_enter need not clear. */
static inline unsigned a64_fp_keep(const struct a64_cpu *cpu)
{
    unsigned f = (unsigned)cpu->fpsr;
    return (f & A64_FPSR_IOC) | ((f & 0x1e) << 1) | FP_FLAG_DENORMAL;
}

/* FZ: a denormal input reads as zero of its sign, and sets IDC. */
static inline uint64_t a64_fp_flush_in(struct a64_cpu *cpu, uint64_t x,
                                       unsigned esz)
{
    if ((cpu->fpcr & A64_FPCR_FZ) && a64_fp_is_denormal(x, esz)) {
        cpu->fpsr |= A64_FPSR_IDC;
        return x & a64_fp_sign_bit(esz);
    }
    return x;
}

uint64_t a64_fp_nan_result(struct a64_cpu *cpu, uint64_t x, unsigned esz)
{
    if (a64_fp_is_snan(x, esz)) {
        cpu->fpsr |= A64_FPSR_IOC;
    }
    if (cpu->fpcr & A64_FPCR_DN) {
        return a64_fp_default_nan(esz);
    }
    return a64_fp_quiet(x, esz);
}

/*
 * FPProcessNaNs(3): the first signaling NaN in operand order, else the
 * first quiet one.  Every signaling NaN raises IOC.
 */
static bool a64_fp_nans(struct a64_cpu *cpu, unsigned esz, const uint64_t *x,
                        int n, uint64_t *r)
{
    int q = -1, s = -1;
    for (int i = n - 1; i >= 0; i--) {
        if (a64_fp_is_snan(x[i], esz)) {
            s = i;
        } else if (a64_fp_is_nan(x[i], esz)) {
            q = i;
        }
    }
    if (s < 0 && q < 0) {
        return false;
    }
    *r = a64_fp_nan_result(cpu, x[s >= 0 ? s : q], esz);
    return true;
}

/* ---- the host op and its rounding-mode and underflow corrections ------- */

/* a op b (op c) in Arm mode rm on the host, with its FPSR flags. */
static inline double a64_host_d(struct a64_cpu *cpu, unsigned rm, bool exact,
                                enum fp_op k, double a, double b, double c,
                                unsigned *flags)
{
    unsigned host;
    double r = fp_host_op_d(k, a64_fp_round(rm), a64_fp_keep(cpu), exact, a,
                            b, c, &host);
    *flags = a64_fpsr_of(host);
    return r;
}

static inline float a64_host_s(struct a64_cpu *cpu, unsigned rm, bool exact,
                               enum fp_op k, float a, float b, float c,
                               unsigned *flags)
{
    unsigned host;
    float r = fp_host_op_s(k, a64_fp_round(rm), a64_fp_keep(cpu), exact, a,
                           b, c, &host);
    *flags = a64_fpsr_of(host);
    return r;
}

/* Could a result of magnitude <= the smallest normal be tiny (inexact or
 * subnormal)?  Exact zeros of add/sub/sqrt and of a zero factor cannot. */
static inline bool a64_fp_may_be_tiny(enum fp_op k, double a, double b,
                                      double r)
{
    if (r != 0) {
        return true;
    }
    switch (k) {
    case FP_OP_ADD: case FP_OP_SUB: case FP_OP_SQRT: return false;
    case FP_OP_DIV: return a != 0 && !isinf(b);
    default: return a != 0 && b != 0;
    }
}

/*
 * fma near DBL_MIN: is |a * b + c| < DBL_MIN?  The exact sum minus DBL_MIN
 * is p + pe + |c|... as an expansion, with a scaled up (and c, the
 * threshold with it) when the product is so small that its error term
 * would underflow.
 */
static bool a64_fp_fma_below_min_d(double a, double b, double c)
{
    int k = 0, e = ilogb(a) + ilogb(b);
    if (e < -900) { /* bring the product near 2^-500 */
        k = -500 - e;
        a = ldexp(a, k);
    }
    double p = a * b;
    if (!isfinite(p)) {
        return false;
    }
    double cs = ldexp(c, k);
    double sign = fma(a, b, cs) < 0 ? -1 : 1;
    double t[4] = {p * sign, fma(a, b, -p) * sign, cs * sign,
                   -ldexp(DBL_MIN, k)};
    return fp_sum_sign(t, 4) < 0;
}

/*
 * Double result r0 = RNE(op) == +-DBL_MIN, inexact: was the exact value
 * below DBL_MIN (tiny before rounding, as Arm detects it)?  mul and div
 * are decided exactly on scaled operands; fma is left to the host's
 * after-rounding answer (a known, rare difference).
 */
static bool a64_fp_below_min_d(enum fp_op k, double a, double b,
                               double c)
{
    if (k == FP_OP_MUL) {
        double x = fabs(a), y = fabs(b);
        if (x > y) {
            double t = x;
            x = y;
            y = t;
        }
        x *= 0x1p200;
        double p = x * y, e = fma(x, y, -p);
        return p < 0x1p-822 || (p == 0x1p-822 && e < 0);
    }
    if (k == FP_OP_DIV) {
        return fabs(a) * 0x1p200 < fabs(b) * 0x1p-822;
    }
    if (k == FP_OP_FMA) {
        return a64_fp_fma_below_min_d(a, b, c);
    }
    return false;
}

/* Single: the exact value is below FLT_MIN (computed exactly in double). */
static bool a64_fp_below_min_s(enum fp_op k, double a, double b,
                               double c)
{
    switch (k) {
    case FP_OP_ADD: return fabs(a + b) < FLT_MIN;
    case FP_OP_SUB: return fabs(a - b) < FLT_MIN;
    case FP_OP_MUL: return fabs(a * b) < FLT_MIN;
    case FP_OP_DIV: return fabs(a) < FLT_MIN * fabs(b);
    case FP_OP_FMA: {
        double p = a * b, s = p + c, bb = s - p;
        double e = (p - (s - bb)) + (c - bb);
        return fabs(s) < FLT_MIN ||
               (fabs(s) == FLT_MIN && (s > 0 ? e < 0 : e > 0));
    }
    default: return false;
    }
}

/* Results near or below the smallest normal: exact flags, FZ, UFC. */
static __attribute__((noinline)) uint64_t
a64_fp_tiny_d(struct a64_cpu *cpu, unsigned rm, enum fp_op k, double a,
              double b, double c)
{
    unsigned f0, f;
    double r0 = a64_host_d(cpu, A64_RN, true, k, a, b, c, &f0);
    bool inexact = (f0 & A64_FPSR_IXC) != 0, tiny;
    if (fabs(r0) < DBL_MIN) {
        tiny = r0 != 0 || inexact;
    } else {
        tiny = fabs(r0) == DBL_MIN && inexact && a64_fp_below_min_d(k, a, b, c);
    }
    if (tiny && (cpu->fpcr & A64_FPCR_FZ)) {
        cpu->fpsr |= A64_FPSR_UFC;
        return a64_dbits(r0) & (1ull << 63);
    }
    double r = rm == A64_RN ? r0 : a64_host_d(cpu, rm, true, k, a, b, c, &f);
    f = rm == A64_RN ? f0 : f;
    f &= ~(unsigned)A64_FPSR_UFC;
    if (tiny && (f & A64_FPSR_IXC)) {
        f |= A64_FPSR_UFC;
    }
    cpu->fpsr |= f;
    return a64_dbits(r);
}

static __attribute__((noinline)) uint64_t
a64_fp_tiny_s(struct a64_cpu *cpu, unsigned rm, enum fp_op k, float a,
              float b, float c)
{
    unsigned f0, f;
    float r0 = a64_host_s(cpu, A64_RN, true, k, a, b, c, &f0);
    bool inexact = (f0 & A64_FPSR_IXC) != 0;
    bool tiny = (r0 != 0 && fabsf(r0) < FLT_MIN) || (r0 == 0 && inexact) ||
                (inexact && a64_fp_below_min_s(k, a, b, c));
    if (tiny && (cpu->fpcr & A64_FPCR_FZ)) {
        cpu->fpsr |= A64_FPSR_UFC;
        return a64_fbits(r0) & 0x80000000u;
    }
    float r = rm == A64_RN ? r0 : a64_host_s(cpu, rm, true, k, a, b, c, &f);
    f = rm == A64_RN ? f0 : f;
    f &= ~(unsigned)A64_FPSR_UFC;
    if (tiny && (f & A64_FPSR_IXC)) {
        f |= A64_FPSR_UFC;
    }
    cpu->fpsr |= f;
    return a64_fbits(r);
}

/* One op on non-NaN, already flushed operands, in FPCR's mode. */
static uint64_t a64_fp_arith(struct a64_cpu *cpu, unsigned esz,
                             enum fp_op k, uint64_t xa, uint64_t xb,
                             uint64_t xc)
{
    unsigned rm = a64_fp_rmode(cpu), flags;
    if (esz == 3) {
        double a = a64_d(xa), b = a64_d(xb), c = a64_d(xc);
        double r = a64_host_d(cpu, A64_RN, false, k, a, b, c, &flags);
        if (r != r) {
            cpu->fpsr |= flags;
            return a64_fp_default_nan(3);
        }
        if (fabs(r) <= DBL_MIN && a64_fp_may_be_tiny(k, a, b, r)) {
            return a64_fp_tiny_d(cpu, rm, k, a, b, c);
        }
        /* RN tested first: FPCR's usual mode then skips the mapping */
        if (rm != A64_RN &&
            !fp_round_from_rne_d(k, a64_fp_round(rm), a, b, c, &r)) {
            r = a64_host_d(cpu, rm, false, k, a, b, c, &flags);
        }
        cpu->fpsr |= flags;
        return a64_dbits(r);
    }
    float a = a64_f(xa), b = a64_f(xb), c = a64_f(xc);
    float r = a64_host_s(cpu, A64_RN, false, k, a, b, c, &flags);
    if (r != r) {
        cpu->fpsr |= flags;
        return a64_fp_default_nan(2);
    }
    if (fabsf(r) <= FLT_MIN && a64_fp_may_be_tiny(k, a, b, r)) {
        return a64_fp_tiny_s(cpu, rm, k, a, b, c);
    }
    if (rm != A64_RN &&
        !fp_round_from_rne_s(k, a64_fp_round(rm), a, b, c, &r)) {
        r = a64_host_s(cpu, rm, false, k, a, b, c, &flags);
    }
    cpu->fpsr |= flags;
    return a64_fbits(r);
}

/* Flush, NaN-process, compute: the common shape of the binary ops. */
static uint64_t a64_fp_bin(struct a64_cpu *cpu, unsigned esz,
                           enum fp_op k, uint64_t a, uint64_t b)
{
    uint64_t x[2] = {a64_fp_flush_in(cpu, a, esz), a64_fp_flush_in(cpu, b, esz)};
    uint64_t r;
    if (a64_fp_nans(cpu, esz, x, 2, &r)) {
        return r;
    }
    return a64_fp_arith(cpu, esz, k, x[0], x[1], 0);
}

#define A64_FP_FN(name)                                                       \
    uint64_t a64_fp_##name(struct a64_cpu *cpu, unsigned esz, uint64_t a,     \
                           uint64_t b, uint64_t d)

A64_FP_FN(add) { (void)d; return a64_fp_bin(cpu, esz, FP_OP_ADD, a, b); }
A64_FP_FN(sub) { (void)d; return a64_fp_bin(cpu, esz, FP_OP_SUB, a, b); }
A64_FP_FN(mul) { (void)d; return a64_fp_bin(cpu, esz, FP_OP_MUL, a, b); }
A64_FP_FN(div) { (void)d; return a64_fp_bin(cpu, esz, FP_OP_DIV, a, b); }

A64_FP_FN(nmul)
{
    return a64_fp_mul(cpu, esz, a, b, d) ^ a64_fp_sign_bit(esz);
}

A64_FP_FN(abd)
{
    return a64_fp_sub(cpu, esz, a, b, d) & ~a64_fp_sign_bit(esz);
}

/* Special products: inf * 0 gives +-(value) instead of invalid. */
static bool a64_fp_inf_zero(uint64_t a, uint64_t b, unsigned esz)
{
    return (a64_fp_is_inf(a, esz) && a64_fp_is_zero(b, esz)) ||
           (a64_fp_is_zero(a, esz) && a64_fp_is_inf(b, esz));
}

static uint64_t a64_fp_const(double v, unsigned esz)
{
    return esz == 3 ? a64_dbits(v) : a64_fbits((float)v);
}

A64_FP_FN(mulx)
{
    (void)d;
    uint64_t x[2] = {a64_fp_flush_in(cpu, a, esz), a64_fp_flush_in(cpu, b, esz)};
    uint64_t r;
    if (a64_fp_nans(cpu, esz, x, 2, &r)) {
        return r;
    }
    if (a64_fp_inf_zero(x[0], x[1], esz)) {
        return a64_fp_const(2.0, esz) |
               ((x[0] ^ x[1]) & a64_fp_sign_bit(esz));
    }
    return a64_fp_arith(cpu, esz, FP_OP_MUL, x[0], x[1], 0);
}

uint64_t a64_fp_muladd(struct a64_cpu *cpu, unsigned esz, uint64_t addend,
                       uint64_t n, uint64_t m)
{
    uint64_t x[3] = {a64_fp_flush_in(cpu, addend, esz),
                     a64_fp_flush_in(cpu, n, esz),
                     a64_fp_flush_in(cpu, m, esz)};
    uint64_t r;
    bool nan = a64_fp_nans(cpu, esz, x, 3, &r);
    if (a64_fp_is_nan(x[0], esz) && !a64_fp_is_snan(x[0], esz) &&
        a64_fp_inf_zero(x[1], x[2], esz)) {
        cpu->fpsr |= A64_FPSR_IOC;
        return a64_fp_default_nan(esz);
    }
    if (nan) {
        return r;
    }
    return a64_fp_arith(cpu, esz, FP_OP_FMA, x[1], x[2], x[0]);
}

A64_FP_FN(fmla) { return a64_fp_muladd(cpu, esz, d, a, b); }

A64_FP_FN(fmls)
{
    return a64_fp_muladd(cpu, esz, d, a ^ a64_fp_sign_bit(esz), b);
}

/* frecps: 2 - a * b fused; frsqrts: (3 - a * b) / 2, inf * 0 special. */
static uint64_t a64_fp_step(struct a64_cpu *cpu, unsigned esz, uint64_t a,
                            uint64_t b, bool rsqrt)
{
    uint64_t x[2] = {a64_fp_flush_in(cpu, a ^ a64_fp_sign_bit(esz), esz),
                     a64_fp_flush_in(cpu, b, esz)};
    uint64_t r;
    if (a64_fp_nans(cpu, esz, x, 2, &r)) {
        return r;
    }
    if (a64_fp_inf_zero(x[0], x[1], esz)) {
        return a64_fp_const(rsqrt ? 1.5 : 2.0, esz);
    }
    if (a64_fp_is_inf(x[0], esz) || a64_fp_is_inf(x[1], esz)) {
        return a64_fp_exp_mask(esz) | ((x[0] ^ x[1]) & a64_fp_sign_bit(esz));
    }
    if (rsqrt) { /* 1.5 - (a / 2) * b: halve a normal operand exactly */
        uint64_t one = 1ull << a64_fp_fbits(esz), e = a64_fp_exp_mask(esz);
        if ((x[0] & e) >= 2 * one) {
            x[0] -= one;
        } else if ((x[1] & e) >= 2 * one) {
            x[1] -= one;
        } else { /* both tiny: 3 - ab cannot overflow, halving is exact */
            r = a64_fp_arith(cpu, esz, FP_OP_FMA, x[0], x[1],
                             a64_fp_const(3.0, esz));
            return esz == 3 ? a64_dbits(a64_d(r) * 0.5)
                            : a64_fbits(a64_f(r) * 0.5f);
        }
        return a64_fp_arith(cpu, esz, FP_OP_FMA, x[0], x[1],
                            a64_fp_const(1.5, esz));
    }
    return a64_fp_arith(cpu, esz, FP_OP_FMA, x[0], x[1],
                        a64_fp_const(2.0, esz));
}

A64_FP_FN(recps) { (void)d; return a64_fp_step(cpu, esz, a, b, false); }
A64_FP_FN(rsqrts) { (void)d; return a64_fp_step(cpu, esz, a, b, true); }

/* ---- min, max ---------------------------------------------------------- */

static double a64_fp_val(uint64_t x, unsigned esz)
{
    return esz == 3 ? a64_d(x) : (double)a64_f(x);
}

static uint64_t a64_fp_minmax(struct a64_cpu *cpu, unsigned esz, uint64_t a,
                              uint64_t b, bool max, bool nm)
{
    uint64_t x[2] = {a64_fp_flush_in(cpu, a, esz), a64_fp_flush_in(cpu, b, esz)};
    uint64_t r, sign = a64_fp_sign_bit(esz);
    if (nm) { /* a quiet NaN against a number loses */
        uint64_t loser = a64_fp_exp_mask(esz) | (max ? sign : 0);
        bool qa = a64_fp_is_nan(x[0], esz) && !a64_fp_is_snan(x[0], esz);
        bool qb = a64_fp_is_nan(x[1], esz) && !a64_fp_is_snan(x[1], esz);
        if (qa && !a64_fp_is_nan(x[1], esz)) {
            x[0] = loser;
        } else if (qb && !a64_fp_is_nan(x[0], esz)) {
            x[1] = loser;
        }
    }
    if (a64_fp_nans(cpu, esz, x, 2, &r)) {
        return r;
    }
    if (a64_fp_is_zero(x[0], esz) && a64_fp_is_zero(x[1], esz)) {
        return max ? x[0] & x[1] : x[0] | x[1]; /* +0 > -0 */
    }
    double va = a64_fp_val(x[0], esz), vb = a64_fp_val(x[1], esz);
    return (va > vb) == max ? x[0] : x[1];
}

A64_FP_FN(max) { (void)d; return a64_fp_minmax(cpu, esz, a, b, true, false); }
A64_FP_FN(min) { (void)d; return a64_fp_minmax(cpu, esz, a, b, false, false); }
A64_FP_FN(maxnm) { (void)d; return a64_fp_minmax(cpu, esz, a, b, true, true); }
A64_FP_FN(minnm) { (void)d; return a64_fp_minmax(cpu, esz, a, b, false, true); }

/* ---- compares ---------------------------------------------------------- */

/* -1, 0, 1, or 2 for unordered; IOC for sNaN, or any NaN if signaling. */
static int a64_fp_cmp(struct a64_cpu *cpu, unsigned esz, uint64_t a,
                      uint64_t b, bool signaling)
{
    a = a64_fp_flush_in(cpu, a, esz);
    b = a64_fp_flush_in(cpu, b, esz);
    if (a64_fp_is_nan(a, esz) || a64_fp_is_nan(b, esz)) {
        if (signaling || a64_fp_is_snan(a, esz) || a64_fp_is_snan(b, esz)) {
            cpu->fpsr |= A64_FPSR_IOC;
        }
        return 2;
    }
    double va = a64_fp_val(a, esz), vb = a64_fp_val(b, esz);
    return va < vb ? -1 : va > vb ? 1 : 0;
}

uint64_t a64_fp_compare(struct a64_cpu *cpu, unsigned esz, uint64_t a,
                        uint64_t b, bool signaling)
{
    static const uint32_t nzcv[4] = {0x60000000u, 0x20000000u, 0x30000000u,
                                     0x80000000u};
    int r = a64_fp_cmp(cpu, esz, a, b, signaling);
    return nzcv[r < 0 ? 3 : r];
}

#define ONES(x) ((x) ? a64_mask(8u << esz) : 0)
A64_FP_FN(cmeq) { (void)d; return ONES(a64_fp_cmp(cpu, esz, a, b, false) == 0); }

A64_FP_FN(cmge)
{
    (void)d;
    int r = a64_fp_cmp(cpu, esz, a, b, true);
    return ONES(r == 0 || r == 1);
}

A64_FP_FN(cmgt) { (void)d; return ONES(a64_fp_cmp(cpu, esz, a, b, true) == 1); }

A64_FP_FN(acge)
{
    uint64_t s = a64_fp_sign_bit(esz);
    return a64_fp_cmge(cpu, esz, a & ~s, b & ~s, d);
}

A64_FP_FN(acgt)
{
    uint64_t s = a64_fp_sign_bit(esz);
    return a64_fp_cmgt(cpu, esz, a & ~s, b & ~s, d);
}

/* ---- unary ------------------------------------------------------------- */

A64_FP_FN(sqrt)
{
    (void)b;
    (void)d;
    uint64_t x = a64_fp_flush_in(cpu, a, esz);
    if (a64_fp_is_nan(x, esz)) {
        return a64_fp_nan_result(cpu, x, esz);
    }
    return a64_fp_arith(cpu, esz, FP_OP_SQRT, x, 0, 0);
}

A64_FP_FN(abs) { (void)b; (void)cpu; (void)d; return a & ~a64_fp_sign_bit(esz); }
A64_FP_FN(neg) { (void)b; (void)cpu; (void)d; return a ^ a64_fp_sign_bit(esz); }

/* frecpe: the Arm ARM's FPRecipEstimate. */
A64_FP_FN(recpe)
{
    (void)b;
    (void)d;
    unsigned fb = a64_fp_fbits(esz), eb = a64_fp_ebits(esz);
    uint64_t x = a64_fp_flush_in(cpu, a, esz), sign = x & a64_fp_sign_bit(esz);
    unsigned rm = a64_fp_rmode(cpu);
    int bias = (1 << (eb - 1)) - 1;
    if (a64_fp_is_nan(x, esz)) {
        return a64_fp_nan_result(cpu, x, esz);
    }
    if (a64_fp_is_inf(x, esz)) {
        return sign;
    }
    if (a64_fp_is_zero(x, esz)) {
        cpu->fpsr |= A64_FPSR_DZC;
        return sign | a64_fp_exp_mask(esz);
    }
    uint64_t frac = (x & a64_mask(fb)) << (52 - fb);
    int exp = (int)((x >> fb) & a64_mask(eb));
    /* |x| < 2^-(bias+1): the reciprocal overflows */
    if (exp == 0 && !((frac >> 51) & 1) && !((frac >> 50) & 1)) {
        bool to_inf = rm == A64_RN || (rm == A64_RP && !sign) ||
                      (rm == A64_RM && sign);
        cpu->fpsr |= A64_FPSR_OFC | A64_FPSR_IXC;
        return sign | (to_inf ? a64_fp_exp_mask(esz)
                              : a64_fp_exp_mask(esz) - 1);
    }
    if ((cpu->fpcr & A64_FPCR_FZ) && exp >= 2 * bias - 1) { /* 1/x tiny */
        cpu->fpsr |= A64_FPSR_UFC;
        return sign;
    }
    if (exp == 0) {
        if (!((frac >> 51) & 1)) {
            exp = -1;
            frac = (frac << 2) & a64_mask(52);
        } else {
            frac = (frac << 1) & a64_mask(52);
        }
    }
    unsigned scaled = (unsigned)(0x100 | ((frac >> 44) & 0xff));
    int rexp = 2 * bias - 1 - exp;
    uint64_t est = a64_recip_estimate(scaled);
    frac = (est & 0xff) << 44;
    if (rexp == 0) {
        frac = 1ull << 51 | frac >> 1;
    } else if (rexp == -1) {
        frac = 1ull << 50 | frac >> 2;
        rexp = 0;
    }
    return sign | (uint64_t)rexp << fb | frac >> (52 - fb);
}

/* frsqrte: the Arm ARM's FPRSqrtEstimate. */
A64_FP_FN(rsqrte)
{
    (void)b;
    (void)d;
    unsigned fb = a64_fp_fbits(esz), eb = a64_fp_ebits(esz);
    uint64_t x = a64_fp_flush_in(cpu, a, esz), sign = x & a64_fp_sign_bit(esz);
    int bias = (1 << (eb - 1)) - 1;
    if (a64_fp_is_nan(x, esz)) {
        return a64_fp_nan_result(cpu, x, esz);
    }
    if (a64_fp_is_zero(x, esz)) {
        cpu->fpsr |= A64_FPSR_DZC;
        return sign | a64_fp_exp_mask(esz);
    }
    if (sign) {
        cpu->fpsr |= A64_FPSR_IOC;
        return a64_fp_default_nan(esz);
    }
    if (a64_fp_is_inf(x, esz)) {
        return 0;
    }
    uint64_t frac = (x & a64_mask(fb)) << (52 - fb);
    int exp = (int)((x >> fb) & a64_mask(eb));
    if (exp == 0) {
        while (!((frac >> 51) & 1)) {
            frac = (frac << 1) & a64_mask(52);
            exp--;
        }
        frac = (frac << 1) & a64_mask(52);
    }
    unsigned scaled = (exp & 1) == 0 ? (unsigned)(0x100 | (frac >> 44))
                                     : (unsigned)(0x80 | (frac >> 45));
    int rexp = (3 * bias - 1 - exp) / 2;
    uint64_t est = a64_rsqrt_estimate(scaled);
    return (uint64_t)rexp << fb | (est & 0xff) << (fb - 8);
}

A64_FP_FN(recpx)
{
    (void)b;
    (void)d;
    unsigned fb = a64_fp_fbits(esz);
    uint64_t x = a64_fp_flush_in(cpu, a, esz), sign = a & a64_fp_sign_bit(esz);
    if (a64_fp_is_nan(x, esz)) {
        return a64_fp_nan_result(cpu, x, esz);
    }
    uint64_t e = a & a64_fp_exp_mask(esz);
    if (e == 0) {
        return sign | (a64_fp_exp_mask(esz) - (1ull << fb));
    }
    return sign | (~e & a64_fp_exp_mask(esz));
}

#define A64_FP_RINT(name, mode, exact)                                        \
    A64_FP_FN(name)                                                           \
    {                                                                         \
        (void)b;                                                              \
        (void)d;                                                              \
        return a64_fp_round_int(cpu, a, esz, (mode), (exact));                \
    }
A64_FP_RINT(rintn, A64_RN, false)
A64_FP_RINT(rinta, A64_RA, false)
A64_FP_RINT(rintp, A64_RP, false)
A64_FP_RINT(rintm, A64_RM, false)
A64_FP_RINT(rintz, A64_RZ, false)
A64_FP_RINT(rintx, A64_RFPCR, true)
A64_FP_RINT(rinti, A64_RFPCR, false)
#undef A64_FP_RINT
