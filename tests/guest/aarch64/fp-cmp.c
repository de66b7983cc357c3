/* expected: native */
/* FP compares as C uses them (fcmp/fcmpe + b.cond/cset, fccmp, fcsel and
 * the vector fcm* through the vectorizer): ordered and unordered
 * outcomes, signed zeros, infinities, and FE_INVALID: raised by < <= > >=
 * on any NaN (fcmpe), by == only for a signaling NaN (fcmp). */
#include <fenv.h>
#include <math.h>
#include "simd-common.h"

static __attribute__((noinline)) double pick(unsigned k)
{
    static const double v[] = {0.0, -0.0, 1.0, -1.0, 2.5, INFINITY, -INFINITY, NAN, 1e-310, 3.0};
    return v[k % 10];
}

int main(void)
{
    for (unsigned i = 0; i < 10; i++) {
        for (unsigned j = 0; j < 10; j++) {
            volatile double a = pick(i), b = pick(j);
            volatile float fa = (float)a, fb = (float)b;
            feclearexcept(FE_ALL_EXCEPT);
            int eq = a == b, ne = a != b;
            int qi = fetestexcept(FE_INVALID) != 0;
            int lt = a < b, le = a <= b, gt = a > b, ge = a >= b;
            int si = fetestexcept(FE_INVALID) != 0;
            feclearexcept(FE_ALL_EXCEPT);
            int un = isunordered(a, b), il = isless(fa, fb), ig = isgreaterequal(fa, fb);
            int ni = fetestexcept(FE_INVALID) != 0;
            double sel = (a < b && fa != fb) ? a : b;
            printf("%u %u: %d%d%d %d%d%d%d%d %d%d%d%d %g\n", i, j, eq, ne, qi, lt, le, gt, ge, si, un, il, ig, ni,
                   isnan(sel) ? 0.0 : sel);
        }
    }
    float x[8], y[8];
    int32_t m[8];
    for (int i = 0; i < 8; i++) { x[i] = (float)pick((unsigned)i); y[i] = (float)pick((unsigned)(7 - i)); }
    for (int i = 0; i < 8; i++) m[i] = -(x[i] >= y[i]);
    for (int i = 0; i < 8; i++) printf("%d", m[i]);
    printf("\n");
    return 0;
}
