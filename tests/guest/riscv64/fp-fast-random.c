/* expected: native */
/* SPDX-License-Identifier: MIT */
/*
 * Random FP operands through add, sub, mul, div, sqrt, compares, min/max,
 * conversions and float <-> double, each followed by a read of the
 * exception flags (and each preceded by clearing them), in single and
 * double.  Where the host and the guest agree by IEEE 754 (every non-NaN
 * result and its flags in round-to-nearest), the guest's output must equal
 * the host's: under the JIT, the inline SSE paths and the fold of the
 * host's flags into fflags/FPSR are checked op by op against native.
 * NaN results print as "nan" (their bits are each ISA's own), fma prints
 * no flags (libm's software fma on a host without FMA3 is not required to
 * flag exactly), and the underflow flag of a result of magnitude exactly
 * the smallest normal is not printed (Arm detects tininess before
 * rounding, x86 and RISC-V after).  Shared by aarch64/fp-fast-random.c.
 * With a seed argument it serves as a differential check of -accel interp
 * against -accel jit.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Operands: random bits, values near 1, specials, tiny and huge ones. */
static double rand_d(void)
{
    static const uint64_t special[] = {
        0, 1ull << 63, 0x7ff0000000000000ull, 0xfff0000000000000ull,
        0x7ff8000000000000ull, 0x0010000000000000ull, 0x000fffffffffffffull,
        0x7fefffffffffffffull, 0x3ff0000000000000ull, 0x0000000000000001ull,
        0x41dfffffffc00000ull /* 2^31 - 1 */, 0xc1e0000000000000ull /* -2^31 */,
        0x43e0000000000000ull /* 2^63 */, 0x41efffffffe00000ull /* 2^32-1 */,
    };
    uint64_t r = next(), u;
    switch (r & 7) {
    case 0:
        u = special[(r >> 8) % (sizeof(special) / sizeof(special[0]))];
        break;
    case 1: /* near 1, any sign */
        u = (0x3fe0000000000000ull + ((r >> 8) & 0x003fffffffffffffull)) |
            (r & (1ull << 62) ? 1ull << 63 : 0);
        break;
    case 2: /* near the smallest normal */
        u = (r >> 10) & 0x801fffffffffffffull;
        break;
    case 3: /* small integers, as doubles */
        {
            double d = (double)(int64_t)((r >> 8) % 200001) - 100000;
            memcpy(&u, &d, 8);
        }
        break;
    case 4: /* large, near the int conversion edges */
        u = 0x41c0000000000000ull + ((r >> 8) & 0x003fffffffffffffull) +
            ((r >> 60) << 52);
        break;
    default:
        u = next();
        if (((u >> 52) & 0x7ff) == 0x7ff) {
            u &= ~(1ull << 62); /* no random NaN payloads */
        }
        break;
    }
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static float rand_s(void)
{
    double d = rand_d();
    uint64_t r = next();
    if ((r & 3) == 0) { /* single-range values near the smallest normal */
        uint32_t u = (uint32_t)(r >> 12) & 0x80ffffffu;
        float f;
        memcpy(&f, &u, 4);
        return f;
    }
    if (fabs(d) > FLT_MAX || (fabs(d) < FLT_MIN && d != 0)) {
        d = ldexp(frexp(d, &(int){0}), (int)(r >> 40) % 60 - 30);
    }
    return (float)d;
}

/* NV DZ OF UF NX as letters; UF hidden at the smallest normal. */
static void flags(int f, double mag, double min_normal)
{
    putchar(f & FE_INVALID ? 'V' : '-');
    putchar(f & FE_DIVBYZERO ? 'Z' : '-');
    putchar(f & FE_OVERFLOW ? 'O' : '-');
    putchar(f & FE_UNDERFLOW && mag != min_normal ? 'U' : '-');
    putchar(f & FE_INEXACT ? 'X' : '-');
}

static void out_d(const char *op, double r, int f)
{
    uint64_t u;
    memcpy(&u, &r, 8);
    if (r != r) {
        printf("%s nan ", op);
    } else {
        printf("%s %016llx ", op, (unsigned long long)u);
    }
    flags(f, fabs(r), DBL_MIN);
    putchar('\n');
}

static void out_s(const char *op, float r, int f)
{
    uint32_t u;
    memcpy(&u, &r, 4);
    if (r != r) {
        printf("%s nan ", op);
    } else {
        printf("%s %08x ", op, u);
    }
    flags(f, fabsf(r), FLT_MIN);
    putchar('\n');
}

static void out_i(const char *op, long long v, int f)
{
    printf("%s %llx ", op, (unsigned long long)v);
    flags(f, 1, 0);
    putchar('\n');
}

/* r = expr with the flags cleared before and read after. */
#define RUN(T, expr, f)                                                       \
    ({                                                                        \
        feclearexcept(FE_ALL_EXCEPT);                                         \
        volatile T r_ = (expr);                                               \
        f = fetestexcept(FE_ALL_EXCEPT);                                      \
        r_;                                                                   \
    })

static void round_d(void)
{
    volatile double a = rand_d(), b = rand_d(), c = rand_d();
    int f;
    out_d("add", RUN(double, a + b, f), f);
    out_d("sub", RUN(double, a - b, f), f);
    out_d("mul", RUN(double, a * b, f), f);
    out_d("div", RUN(double, a / b, f), f);
    out_d("sqrt", RUN(double, sqrt(a), f), f);
    out_d("fma", RUN(double, fma(a, b, c), f), 0);
    if (a == a && b == b && a != b) { /* NaN, +-0: libm's own choice */
        out_d("min", RUN(double, fmin(a, b), f), f);
        out_d("max", RUN(double, fmax(a, b), f), f);
    }
    out_i("eq", RUN(int, a == b, f), f);
    out_i("lt", RUN(int, isless(a, b), f), f);
    out_i("le", RUN(int, islessequal(a, b), f), f);
    out_s("d2s", RUN(float, (float)a, f), f);
    if (a > -0x1p31 && a < 0x1p31) {
        out_i("d2w", RUN(int, (int)a, f), f);
    }
    if (a > -1 && a < 0x1p32) {
        out_i("d2wu", RUN(unsigned, (unsigned)a, f), f);
    }
    if (a > -0x1p63 && a < 0x1p63) {
        out_i("d2l", RUN(long long, (long long)a, f), f);
        out_i("d2l_rne", RUN(long long, llrint(a), f), f);
    }
    if (a > -1 && a < 0x1p64) {
        out_i("d2lu", RUN(unsigned long long, (unsigned long long)a, f), f);
    }
    long long i = (long long)next() >> (next() & 63);
    out_d("l2d", RUN(double, (double)i, f), f);
    /* x86-64's unsigned 64-bit conversion sequence loses inexact */
    out_d("lu2d", RUN(double, (double)(unsigned long long)i, f), 0);
    out_d("w2d", RUN(double, (double)(int)i, f), f);
    out_s("l2s", RUN(float, (float)i, f), f);
    out_s("wu2s", RUN(float, (float)(unsigned)i, f), f);
}

static void round_s(void)
{
    volatile float a = rand_s(), b = rand_s(), c = rand_s();
    int f;
    out_s("adds", RUN(float, a + b, f), f);
    out_s("subs", RUN(float, a - b, f), f);
    out_s("muls", RUN(float, a * b, f), f);
    out_s("divs", RUN(float, a / b, f), f);
    out_s("sqrts", RUN(float, sqrtf(a), f), f);
    out_s("fmas", RUN(float, fmaf(a, b, c), f), 0);
    if (a == a && b == b && a != b) {
        out_s("mins", RUN(float, fminf(a, b), f), f);
        out_s("maxs", RUN(float, fmaxf(a, b), f), f);
    }
    out_i("eqs", RUN(int, a == b, f), f);
    out_i("lts", RUN(int, isless(a, b), f), f);
    out_d("s2d", RUN(double, (double)a, f), f);
    if (a > -0x1p31f && a < 0x1p31f) {
        out_i("s2w", RUN(int, (int)a, f), f);
    }
    if (a > -1 && a < 0x1p64f) {
        out_i("s2lu", RUN(unsigned long long, (unsigned long long)a, f), f);
    }
}

/* An argument seeds other operands (the test itself runs with none). */
int main(int argc, char **argv)
{
    if (argc > 1) {
        rng = strtoull(argv[1], NULL, 0) | 1;
    }
    for (int k = 0; k < 400; k++) {
        round_d();
        round_s();
    }
    /* flags accrued by a run of ops, read once */
    feclearexcept(FE_ALL_EXCEPT);
    volatile double acc = 1;
    for (int k = 0; k < 1000; k++) {
        acc = acc * 1.0000001 + rand_d() * 0;
    }
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("accrued ");
    flags(f, 1, 0);
    putchar('\n');
    return 0;
}
