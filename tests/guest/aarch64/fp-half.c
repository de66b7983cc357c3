/* expected: native */
/* fcvt between half and single/double (and fcvtl/fcvtn through the
 * vectorizer): IEEE binary16 rounding, overflow to infinity, subnormal
 * halves, signed zeros. */
#include <math.h>
#include "simd-common.h"

int main(void)
{
    static const float sp[] = {0.0f, -0.0f, 1.0f, 65504.0f, 65519.0f, 65520.0f, 1e9f, 6.1035156e-05f,
                               5.96e-08f, 2.98e-08f, 3.0e-08f, -2.5f, 0.333333f, 1024.5f, 2049.0f, INFINITY};
    for (unsigned i = 0; i < sizeof(sp) / sizeof(sp[0]); i++) {
        volatile float f = sp[i];
        volatile _Float16 h = (_Float16)f;
        volatile double back = (double)h;
        uint16_t hb; memcpy(&hb, (const void *)&h, 2);
        printf("%.9g -> %04x -> %.17g\n", (double)f, hb, back);
        volatile double d = (double)sp[i] * 1.0000001;
        volatile _Float16 h2 = (_Float16)d;
        memcpy(&hb, (const void *)&h2, 2);
        printf("  double %.17g -> %04x\n", d, hb);
    }
    for (int it = 0; it < 30; it++) {
        uint16_t hb = (uint16_t)t_rand();
        if ((hb & 0x7c00) == 0x7c00) hb &= 0xbfff; /* no NaN payloads */
        volatile _Float16 h; memcpy((void *)&h, &hb, 2);
        volatile float f = (float)h;
        uint32_t w; memcpy(&w, (const void *)&f, 4);
        printf("%04x -> %08x\n", hb, w);
    }
    return 0;
}
