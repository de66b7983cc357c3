/* expected: native */
/* Conversions that C defines exactly on both hosts: double <-> float,
 * integer <-> FP (in range) under the four rounding modes (scvtf, ucvtf,
 * fcvt); lrint/llrint and the frint family (nearbyint rint floor ceil
 * trunc round) in the default mode only (the other modes are in
 * fp-rmode.S).
 */
#include <fenv.h>
#include <math.h>
#include "simd-common.h"

static const int modes[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};

/* Out of line, after fesetround: the compiler assumes a constant
 * rounding mode and would otherwise share these between modes. */
static __attribute__((noinline)) void rints(int m, volatile double d, volatile float f3)
{
    volatile double x[6];
    x[0] = nearbyint(d); x[1] = rint(d); x[2] = floor(d); x[3] = ceil(d); x[4] = trunc(d); x[5] = round(d);
    long l = lrint(d);
    long long ll = llround(d);
    printf("%d rint %.17g %.17g %.17g %.17g %.17g %.17g %ld %lld\n", m, x[0], x[1], x[2], x[3], x[4], x[5], l, ll);
    volatile float y[3];
    y[0] = nearbyintf(f3); y[1] = truncf(f3); y[2] = roundf(f3);
    printf("%d rintf %.9g %.9g %.9g\n", m, (double)y[0], (double)y[1], (double)y[2]);
}

int main(void)
{
    for (int it = 0; it < 40; it++) {
        uint64_t r = t_rand();
        volatile int64_t i64 = (int64_t)r >> (it % 50);
        volatile uint64_t u64 = r >> (it % 13);
        volatile int32_t i32 = (int32_t)r;
        volatile double d = (double)(int64_t)(r >> 20) / (double)(1 << (it % 24)) * ((it & 1) ? -1 : 1);
        if (it % 7 == 0) d = (double)(it / 7) + 0.5;
        for (int m = 0; m < 4; m++) {
            fesetround(modes[m]);
            volatile float f1 = (float)i64, f2 = (float)u64, f3 = (float)d;
            volatile double d1 = (double)i64, d2 = (double)u64, d3 = (double)i32;
            uint32_t w1, w2, w3; uint64_t q1, q2, q3;
            memcpy(&w1, (const void *)&f1, 4); memcpy(&w2, (const void *)&f2, 4); memcpy(&w3, (const void *)&f3, 4);
            memcpy(&q1, (const void *)&d1, 8); memcpy(&q2, (const void *)&d2, 8); memcpy(&q3, (const void *)&d3, 8);
            printf("%d cvt %08x %08x %08x %016llx %016llx %016llx\n", m, w1, w2, w3,
                   (unsigned long long)q1, (unsigned long long)q2, (unsigned long long)q3);
            if (m == 0) { /* the host libm is only exact in its default mode */
                rints(m, d, f3);
            }
            printf("%d trunc %d %lld %u\n", m, (int)(d / 4096.0), (long long)d, (unsigned)(fabs(d) / 65536.0));
        }
        fesetround(FE_TONEAREST);
    }
    return 0;
}
