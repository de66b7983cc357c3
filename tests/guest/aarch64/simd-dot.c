/* expected: native */
/* cflags: -march=armv8.2-a+dotprod */
/* sdot/udot (vector and by element): each 32-bit lane accumulates the
 * four products of its bytes. */
#include "simd-common.h"

int main(void)
{
    int8_t a[16], b[16];
    int32_t c[4], r[4];
    for (int it = 0; it < 12; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
#ifdef __aarch64__
        vst1q_s32(r, vdotq_s32(vld1q_s32(c), vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 4; i++) { int32_t s = c[i]; for (int k = 0; k < 4; k++) s += a[4 * i + k] * b[4 * i + k]; r[i] = s; }
#endif
        t_hex("sdot", r, 16);
#ifdef __aarch64__
        vst1q_u32((uint32_t *)r, vdotq_laneq_u32(vld1q_u32((uint32_t *)c), vld1q_u8((uint8_t *)a), vld1q_u8((uint8_t *)b), 2));
#else
        for (int i = 0; i < 4; i++) { uint32_t s = (uint32_t)c[i]; for (int k = 0; k < 4; k++) s += (uint32_t)(uint8_t)a[4 * i + k] * (uint8_t)b[8 + k]; r[i] = (int32_t)s; }
#endif
        t_hex("udot[2]", r, 16);
        memset(r, 0, 16);
#ifdef __aarch64__
        vst1_s32(r, vdot_lane_s32(vld1_s32(c), vld1_s8(a), vld1_s8(b), 1));
#else
        for (int i = 0; i < 2; i++) { int32_t s = c[i]; for (int k = 0; k < 4; k++) s += a[4 * i + k] * b[4 + k]; r[i] = s; }
#endif
        t_hex("sdot.2s[1]", r, 16);
    }
    return 0;
}
