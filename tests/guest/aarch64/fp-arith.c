/* expected: native */
/* IEEE add, sub, mul, div, sqrt and fma in single and double precision,
 * under the four rounding modes (fesetround sets FPCR.RMode), with the
 * accrued flags (FPSR) after each.  Inputs avoid the underflow boundary,
 * where x86 (tininess after rounding) and Arm (before) may differ, and no
 * NaN payload is printed. */
#include <fenv.h>
#include <math.h>
#include "simd-common.h"

static const int modes[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};

static const char *flags(void)
{
    static char s[8];
    int f = fetestexcept(FE_ALL_EXCEPT);
    snprintf(s, sizeof(s), "%c%c%c%c%c", f & FE_INVALID ? 'I' : '-', f & FE_DIVBYZERO ? 'Z' : '-',
             f & FE_OVERFLOW ? 'O' : '-', f & FE_UNDERFLOW ? 'U' : '-', f & FE_INEXACT ? 'X' : '-');
    feclearexcept(FE_ALL_EXCEPT);
    return s;
}

static double pick(int k)
{
    static const double sp[] = {0.0, -0.0, 1.0, -1.0, 3.0, 0.1, 1e308, -1e308, 1e-300, INFINITY, -INFINITY, 7.0e-10, 123456789.0};
    uint64_t r = t_rand();
    if (k % 3 == 0) return sp[r % (sizeof(sp) / sizeof(sp[0]))];
    return ldexp((double)(int64_t)(r >> 11) / (double)(1ll << 52), (int)(t_rand() % 200) - 100);
}

int main(void)
{
    for (int it = 0; it < 40; it++) {
        volatile double a = pick(it), b = pick(it + 1), c = pick(it + 2);
        volatile float fa = (float)pick(it + 1), fb = (float)pick(it), fc = (float)pick(it);
        for (int m = 0; m < 4; m++) {
            fesetround(modes[m]);
            feclearexcept(FE_ALL_EXCEPT);
            volatile double r;
            volatile float f;
            uint64_t u; uint32_t w;
            r = a + b; memcpy(&u, (const void *)&r, 8); printf("%d add %016llx %s\n", m, (unsigned long long)u, flags());
            r = a - c; memcpy(&u, (const void *)&r, 8); printf("%d sub %016llx %s\n", m, (unsigned long long)u, flags());
            r = a * b; memcpy(&u, (const void *)&r, 8); if (fabs(r) < 0x1p-1000 && r != 0) u = 1; printf("%d mul %016llx %s\n", m, (unsigned long long)u, fabs(r) < 0x1p-1000 ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            r = a / c; memcpy(&u, (const void *)&r, 8); if (r != r) u = 0; printf("%d div %016llx %s\n", m, (unsigned long long)u, fabs(r) < 0x1p-1000 ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            r = sqrt(fabs(a)); memcpy(&u, (const void *)&r, 8); printf("%d sqrt %016llx %s\n", m, (unsigned long long)u, flags());
            r = fma(a, b, c); memcpy(&u, (const void *)&r, 8); if (r != r) u = 0; printf("%d fma %016llx %s\n", m, (unsigned long long)u, fabs(r) < 0x1p-1000 ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            f = fa + fb; memcpy(&w, (const void *)&f, 4); printf("%d fadd %08x %s\n", m, w, flags());
            f = fa * fc; memcpy(&w, (const void *)&f, 4); printf("%d fmul %08x %s\n", m, w, fabsf(f) < 0x1p-120f ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            f = fb / fa; memcpy(&w, (const void *)&f, 4); if (f != f) w = 0; printf("%d fdiv %08x %s\n", m, w, fabsf(f) < 0x1p-120f ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            f = fmaf(fa, fb, fc); memcpy(&w, (const void *)&f, 4); if (f != f) w = 0; printf("%d ffma %08x %s\n", m, w, fabsf(f) < 0x1p-120f ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
            f = (float)a; memcpy(&w, (const void *)&f, 4); printf("%d fcvt %08x %s\n", m, w, fabsf(f) < 0x1p-120f ? "" : flags());
            feclearexcept(FE_ALL_EXCEPT);
        }
        fesetround(FE_TONEAREST);
    }
    return 0;
}
