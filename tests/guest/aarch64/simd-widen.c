/* expected: native */
/* Widening: saddl, uaddl2, ssubw, uaddw2, smull, umull2, smlal, umlsl2,
 * sabal, uabdl2, sshll, ushll2, shll, and the by-element smull/umlal. */
#include "simd-common.h"

static int8_t sb(const void *p, int i) { return ((const int8_t *)p)[i]; }
static uint8_t ub(const void *p, int i) { return ((const uint8_t *)p)[i]; }
static int16_t sh(const void *p, int i) { int16_t v; memcpy(&v, (const char *)p + 2 * i, 2); return v; }
static uint16_t uh(const void *p, int i) { uint16_t v; memcpy(&v, (const char *)p + 2 * i, 2); return v; }
static int32_t sw(const void *p, int i) { int32_t v; memcpy(&v, (const char *)p + 4 * i, 4); return v; }
static uint32_t uw(const void *p, int i) { uint32_t v; memcpy(&v, (const char *)p + 4 * i, 4); return v; }

int main(void)
{
    uint8_t a[16], b[16], c[16];
    uint16_t r16[8]; uint32_t r32[4]; uint64_t r64[2];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
#ifdef __aarch64__
        vst1q_s16((int16_t *)r16, vaddl_s8(vld1_s8((int8_t *)a), vld1_s8((int8_t *)b)));
#else
        for (int i = 0; i < 8; i++) r16[i] = (uint16_t)(sb(a, i) + sb(b, i));
#endif
        t_hex("saddl", r16, 16);
#ifdef __aarch64__
        vst1q_u16(r16, vaddl_high_u8(vld1q_u8(a), vld1q_u8(b)));
#else
        for (int i = 0; i < 8; i++) r16[i] = (uint16_t)(ub(a, 8 + i) + ub(b, 8 + i));
#endif
        t_hex("uaddl2", r16, 16);
#ifdef __aarch64__
        vst1q_s32((int32_t *)r32, vsubw_s16(vld1q_s32((int32_t *)c), vld1_s16((int16_t *)a)));
#else
        for (int i = 0; i < 4; i++) r32[i] = (uint32_t)(sw(c, i) - sh(a, i));
#endif
        t_hex("ssubw", r32, 16);
#ifdef __aarch64__
        vst1q_u64(r64, vaddw_high_u32(vld1q_u64((uint64_t *)c), vld1q_u32((uint32_t *)a)));
#else
        for (int i = 0; i < 2; i++) { uint64_t v; memcpy(&v, c + 8 * i, 8); r64[i] = v + uw(a, 2 + i); }
#endif
        t_hex("uaddw2", r64, 16);
#ifdef __aarch64__
        vst1q_s64((int64_t *)r64, vmull_s32(vld1_s32((int32_t *)a), vld1_s32((int32_t *)b)));
#else
        for (int i = 0; i < 2; i++) r64[i] = (uint64_t)((int64_t)sw(a, i) * sw(b, i));
#endif
        t_hex("smull.2d", r64, 16);
#ifdef __aarch64__
        vst1q_u32(r32, vmull_high_u16(vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 4; i++) r32[i] = (uint32_t)uh(a, 4 + i) * uh(b, 4 + i);
#endif
        t_hex("umull2.4s", r32, 16);
#ifdef __aarch64__
        vst1q_s16((int16_t *)r16, vmlal_s8(vld1q_s16((int16_t *)c), vld1_s8((int8_t *)a), vld1_s8((int8_t *)b)));
#else
        for (int i = 0; i < 8; i++) r16[i] = (uint16_t)(sh(c, i) + sb(a, i) * sb(b, i));
#endif
        t_hex("smlal.8h", r16, 16);
#ifdef __aarch64__
        vst1q_u32(r32, vmlsl_high_u16(vld1q_u32((uint32_t *)c), vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 4; i++) r32[i] = uw(c, i) - (uint32_t)uh(a, 4 + i) * uh(b, 4 + i);
#endif
        t_hex("umlsl2.4s", r32, 16);
#ifdef __aarch64__
        vst1q_s16((int16_t *)r16, vabal_s8(vld1q_s16((int16_t *)c), vld1_s8((int8_t *)a), vld1_s8((int8_t *)b)));
#else
        for (int i = 0; i < 8; i++) { int d = sb(a, i) - sb(b, i); r16[i] = (uint16_t)(sh(c, i) + (d < 0 ? -d : d)); }
#endif
        t_hex("sabal.8h", r16, 16);
#ifdef __aarch64__
        vst1q_u16(r16, vabdl_high_u8(vld1q_u8(a), vld1q_u8(b)));
#else
        for (int i = 0; i < 8; i++) { int d = ub(a, 8 + i) - ub(b, 8 + i); r16[i] = (uint16_t)(d < 0 ? -d : d); }
#endif
        t_hex("uabdl2.8h", r16, 16);
#ifdef __aarch64__
        vst1q_s32((int32_t *)r32, vshll_n_s16(vld1_s16((int16_t *)a), 5));
#else
        for (int i = 0; i < 4; i++) r32[i] = (uint32_t)(sh(a, i) * 32);
#endif
        t_hex("sshll #5", r32, 16);
#ifdef __aarch64__
        vst1q_u16(r16, vshll_high_n_u8(vld1q_u8(a), 8));
#else
        for (int i = 0; i < 8; i++) r16[i] = (uint16_t)(ub(a, 8 + i) << 8);
#endif
        t_hex("shll2 #8", r16, 16);
#ifdef __aarch64__
        vst1q_u64(r64, vmlal_laneq_u32(vld1q_u64((uint64_t *)c), vld1_u32((uint32_t *)a), vld1q_u32((uint32_t *)b), 3));
#else
        for (int i = 0; i < 2; i++) { uint64_t v; memcpy(&v, c + 8 * i, 8); r64[i] = v + (uint64_t)uw(a, i) * uw(b, 3); }
#endif
        t_hex("umlal.2d[3]", r64, 16);
    }
    return 0;
}
