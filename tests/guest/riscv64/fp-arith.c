/* SPDX-License-Identifier: MIT */
/*
 * Portable C arithmetic under the four C rounding modes (fesetround):
 * + - * / sqrt fma and the conversions C has, in double and float, with
 * the IEEE flags each raised (fetestexcept).  No result is a NaN, so the
 * output is the same on any IEEE 754 machine: fp-arith.expected is this
 * file compiled with the native x86-64 gcc and run there.  On riscv64 the
 * compiler emits the F/D insns with rm = dyn, so this also checks that
 * frm and fflags, as glibc's fenv.h drives them, reach the helpers.
 */
/* cflags: -ffp-contract=off */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const int modes[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};
static const char *const mode_names[4] = {"rne", "rtz", "rdn", "rup"};

static const double dv[] = {
    1.0, 3.0, -7.0, 0.1, 1e-300, 2.5e-310, 1e300, -1.7976931348623157e308,
    1.0000000000000002, 2.2250738585072014e-308, 123456789.123, -9007199254740991.0,
};
static const float fv[] = {
    1.0f, 3.0f, -7.0f, 0.1f, 1e-30f, 2.5e-40f, 1e30f, -3.4028235e38f,
    1.0000001f, 1.17549435e-38f, 12345.678f, -16777215.0f,
};
#define N (sizeof(dv) / sizeof(dv[0]))

static volatile double vd1, vd2, vd3, rd;
static volatile float vf1, vf2, vf3, rf;
static volatile int64_t vi, ri;
static volatile uint64_t vu;

/* The flags as letters, independent of the FE_* values of the machine. */
static const char *flags(void)
{
    static char s[6];
    int e = fetestexcept(FE_ALL_EXCEPT);
    s[0] = e & FE_INVALID ? 'V' : '-';
    s[1] = e & FE_DIVBYZERO ? 'Z' : '-';
    s[2] = e & FE_OVERFLOW ? 'O' : '-';
    s[3] = e & FE_UNDERFLOW ? 'U' : '-';
    s[4] = e & FE_INEXACT ? 'X' : '-';
    feclearexcept(FE_ALL_EXCEPT);
    return s;
}

static uint64_t bd(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

static uint32_t bf(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof(u));
    return u;
}

#define D(expr) (rd = (expr), printf(" %016llx %s", (unsigned long long)bd(rd), flags()))
#define F(expr) (rf = (expr), printf(" %08x %s", (unsigned)bf(rf), flags()))
#define I(expr) (ri = (expr), printf(" %lld %s", (long long)ri, flags()))

static void doubles(int m)
{
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            vd1 = dv[i];
            vd2 = dv[j];
            vd3 = dv[(i + j) % N];
            feclearexcept(FE_ALL_EXCEPT);
            printf("d %s %u %u:", mode_names[m], i, j);
            D(vd1 + vd2);
            D(vd1 - vd2);
            D(vd1 * vd2);
            D(vd1 / vd2);
            D(fma(vd1, vd2, vd3));
            printf("\n");
        }
        vd1 = dv[i];
        printf("d %s %u:", mode_names[m], i);
        D(sqrt(fabs(vd1)));
        F((float)vd1);
        I(fabs(vd1) < 0x1p62 ? lrint(vd1) : 0);
        I(fabs(vd1) < 0x1p31 ? (int32_t)vd1 : 0);
        printf("\n");
    }
}

static void floats(int m)
{
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            vf1 = fv[i];
            vf2 = fv[j];
            vf3 = fv[(i + j) % N];
            feclearexcept(FE_ALL_EXCEPT);
            printf("f %s %u %u:", mode_names[m], i, j);
            F(vf1 + vf2);
            F(vf1 - vf2);
            F(vf1 * vf2);
            F(vf1 / vf2);
            F(fmaf(vf1, vf2, vf3));
            printf("\n");
        }
        vf1 = fv[i];
        printf("f %s %u:", mode_names[m], i);
        F(sqrtf(fabsf(vf1)));
        D((double)vf1);
        I(fabsf(vf1) < 0x1p62f ? llrintf(vf1) : 0);
        printf("\n");
    }
}

/* Integers that do not fit the significand round under the mode. */
static void ints(int m)
{
    static const uint64_t iv[] = {
        0, 1, 0x20000000000001, 0x7fffffffffffffff, 0x8000000000000001,
        0xffffffffffffffff, 0x1000001, 0xfffffffffeffffff, 0x123456789abcdef1,
    };
    for (unsigned i = 0; i < sizeof(iv) / sizeof(iv[0]); i++) {
        vi = (int64_t)iv[i];
        vu = iv[i];
        feclearexcept(FE_ALL_EXCEPT);
        printf("i %s %u:", mode_names[m], i);
        D((double)vi);
        D((double)vu);
        F((float)vi);
        F((float)vu);
        D((double)(int32_t)vi);
        F((float)(uint32_t)vu);
        printf("\n");
    }
}

int main(void)
{
    for (int m = 0; m < 4; m++) {
        if (fesetround(modes[m]) != 0) {
            printf("fesetround %s failed\n", mode_names[m]);
            return 1;
        }
        doubles(m);
        floats(m);
        ints(m);
    }
    fesetround(FE_TONEAREST);
    return 0;
}
