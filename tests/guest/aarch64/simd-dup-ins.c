/* expected: native */
/* dup (element, general), ins (element, general), umov, smov, mov to
 * scalar, and a 64-bit dup/ins through fmov: lane copies. */
#include "simd-common.h"

int main(void)
{
    uint8_t a[16], b[16], r[16];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16);
        uint64_t g; memcpy(&g, b, 8);
#ifdef __aarch64__
        vst1q_u8(r, vdupq_laneq_u8(vld1q_u8(a), 13));
#else
        memset(r, a[13], 16);
#endif
        t_hex("dup.16b[13]", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vdupq_n_u16((uint16_t)g));
#else
        for (int i = 0; i < 8; i++) memcpy(r + 2 * i, &g, 2);
#endif
        t_hex("dup.8h w", r, 16);
#ifdef __aarch64__
        vst1q_u32((uint32_t *)r, vsetq_lane_u32((uint32_t)(g >> 8), vld1q_u32((uint32_t *)a), 2));
#else
        memcpy(r, a, 16); { uint32_t v = (uint32_t)(g >> 8); memcpy(r + 8, &v, 4); }
#endif
        t_hex("ins.s[2] w", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vcopyq_laneq_u16(vld1q_u16((uint16_t *)a), 7, vld1q_u16((uint16_t *)b), 1));
#else
        memcpy(r, a, 16); memcpy(r + 14, b + 2, 2);
#endif
        t_hex("ins.h[7] h[1]", r, 16);
#ifdef __aarch64__
        vst1q_u64((uint64_t *)r, vdupq_laneq_u64(vld1q_u64((uint64_t *)a), 1));
#else
        memcpy(r, a + 8, 8); memcpy(r + 8, a + 8, 8);
#endif
        t_hex("dup.2d[1]", r, 16);
        long long u8v, s8v, s16v, s32v, u32v;
#ifdef __aarch64__
        uint8x16_t va = vld1q_u8(a);
        u8v = vgetq_lane_u8(va, 9);
        s8v = vgetq_lane_s8(vreinterpretq_s8_u8(va), 15);
        s16v = vgetq_lane_s16(vreinterpretq_s16_u8(va), 3);
        s32v = vgetq_lane_s32(vreinterpretq_s32_u8(va), 1);
        u32v = vgetq_lane_u32(vreinterpretq_u32_u8(va), 3);
#else
        u8v = a[9]; s8v = (int8_t)a[15];
        { int16_t v; memcpy(&v, a + 6, 2); s16v = v; }
        { int32_t v; memcpy(&v, a + 4, 4); s32v = v; }
        { uint32_t v; memcpy(&v, a + 12, 4); u32v = v; }
#endif
        printf("umov %lld smov %lld %lld %lld umov.s %lld\n", u8v, s8v, s16v, s32v, u32v);
    }
    return 0;
}
