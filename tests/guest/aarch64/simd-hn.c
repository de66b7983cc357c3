/* expected: native */
/* High-half narrowing: addhn raddhn subhn rsubhn and the "2" forms;
 * mul/mla/mls by element. */
#include "simd-common.h"

int main(void)
{
    uint8_t a[16], b[16], c[16], r[16];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
        uint16_t x[8], y[8]; uint32_t p[4], q[4];
        memcpy(x, a, 16); memcpy(y, b, 16); memcpy(p, a, 16); memcpy(q, b, 16);
#ifdef __aarch64__
        vst1q_u8(r, vcombine_u8(vaddhn_u16(vld1q_u16(x), vld1q_u16(y)), vraddhn_u16(vld1q_u16(x), vld1q_u16(y))));
#else
        for (int i = 0; i < 8; i++) { r[i] = (uint8_t)((uint16_t)(x[i] + y[i]) >> 8); r[8 + i] = (uint8_t)((uint16_t)(x[i] + y[i] + 128) >> 8); }
#endif
        t_hex("addhn|raddhn", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vsubhn_high_u32(vld1_u16((uint16_t *)c), vld1q_u32(p), vld1q_u32(q)));
#else
        memcpy(r, c, 8);
        for (int i = 0; i < 4; i++) { uint16_t v = (uint16_t)((uint32_t)(p[i] - q[i]) >> 16); memcpy(r + 8 + 2 * i, &v, 2); }
#endif
        t_hex("subhn2", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vrsubhn_high_u32(vld1_u16((uint16_t *)c), vld1q_u32(p), vld1q_u32(q)));
#else
        memcpy(r, c, 8);
        for (int i = 0; i < 4; i++) { uint16_t v = (uint16_t)((uint32_t)(p[i] - q[i] + 0x8000u) >> 16); memcpy(r + 8 + 2 * i, &v, 2); }
#endif
        t_hex("rsubhn2", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vmulq_laneq_u16(vld1q_u16(x), vld1q_u16(y), 6));
#else
        for (int i = 0; i < 8; i++) { uint16_t v = (uint16_t)(x[i] * y[6]); memcpy(r + 2 * i, &v, 2); }
#endif
        t_hex("mul.8h[6]", r, 16);
#ifdef __aarch64__
        vst1q_u32((uint32_t *)r, vmlsq_lane_u32(vld1q_u32((uint32_t *)c), vld1q_u32(p), vld1_u32(q), 1));
#else
        for (int i = 0; i < 4; i++) { uint32_t v; memcpy(&v, c + 4 * i, 4); v -= p[i] * q[1]; memcpy(r + 4 * i, &v, 4); }
#endif
        t_hex("mls.4s[1]", r, 16);
    }
    return 0;
}
