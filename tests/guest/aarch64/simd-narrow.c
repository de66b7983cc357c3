/* expected: native */
/* Narrowing: xtn, sqxtn, uqxtn, sqxtun (and the "2" forms writing the
 * upper half), shrn, rshrn, sqshrn, uqrshrn, sqshrun, sqrshrun. */
#include "simd-common.h"

static int16_t h(const void *p, int i) { int16_t v; memcpy(&v, (const char *)p + 2 * i, 2); return v; }

int main(void)
{
    uint8_t a[16], keep[16], r[16];
    for (int it = 0; it < 12; it++) {
        t_fill(a, 16); t_fill(keep, 16);
        memcpy(r, keep, 16);
        t_qc();
#ifdef __aarch64__
        vst1q_u8(r, vcombine_u8(vmovn_u16(vld1q_u16((uint16_t *)a)), vqmovn_u16(vld1q_u16((uint16_t *)a))));
#else
        for (int i = 0; i < 8; i++) { r[i] = (uint8_t)h(a, i); r[8 + i] = (uint8_t)t_sat_u((uint16_t)h(a, i), 8); }
#endif
        t_hex("xtn|uqxtn", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s8((int8_t *)r, vqmovn_high_s16(vld1_s8((int8_t *)keep), vld1q_s16((int16_t *)a)));
#else
        memcpy(r, keep, 8);
        for (int i = 0; i < 8; i++) r[8 + i] = (uint8_t)t_sat_s(h(a, i), 8);
#endif
        t_hex("sqxtn2", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1_u16((uint16_t *)r, vqmovun_s32(vld1q_s32((int32_t *)a)));
#else
        for (int i = 0; i < 4; i++) { int32_t v; memcpy(&v, a + 4 * i, 4); uint16_t s = (uint16_t)t_sat_u(v, 16); memcpy(r + 2 * i, &s, 2); }
#endif
        t_hex("sqxtun.4h", r, 8); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8(r, vcombine_u8(vshrn_n_u16(vld1q_u16((uint16_t *)a), 4), vrshrn_n_u16(vld1q_u16((uint16_t *)a), 8)));
#else
        for (int i = 0; i < 8; i++) { uint16_t v = (uint16_t)h(a, i); r[i] = (uint8_t)(v >> 4); r[8 + i] = (uint8_t)((v + 128u) >> 8); }
#endif
        t_hex("shrn #4|rshrn #8", r, 16);
#ifdef __aarch64__
        vst1q_s8((int8_t *)r, vcombine_s8(vqshrn_n_s16(vld1q_s16((int16_t *)a), 3), vqrshrn_n_s16(vld1q_s16((int16_t *)a), 1)));
#else
        for (int i = 0; i < 8; i++) { int v = h(a, i); r[i] = (uint8_t)t_sat_s(v >> 3, 8); r[8 + i] = (uint8_t)t_sat_s((v + 1) >> 1, 8); }
#endif
        t_hex("sqshrn #3|sqrshrn #1", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8(r, vcombine_u8(vqshrun_n_s16(vld1q_s16((int16_t *)a), 2), vqrshrun_n_s16(vld1q_s16((int16_t *)a), 7)));
#else
        for (int i = 0; i < 8; i++) { int v = h(a, i); r[i] = (uint8_t)t_sat_u(v >> 2, 8); r[8 + i] = (uint8_t)t_sat_u((v + 64) >> 7, 8); }
#endif
        t_hex("sqshrun #2|sqrshrun #7", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1_u32((uint32_t *)r, vqrshrn_n_u64(vld1q_u64((uint64_t *)a), 32));
#else
        for (int i = 0; i < 2; i++) { uint64_t v; memcpy(&v, a + 8 * i, 8); unsigned __int128 s = ((unsigned __int128)v + (1ull << 31)) >> 32; uint32_t o = (uint32_t)t_sat_u(s > 0xffffffffu ? 0x100000000ll : (int64_t)s, 32); memcpy(r + 4 * i, &o, 4); }
#endif
        t_hex("uqrshrn #32", r, 8); printf("qc %d\n", t_qc());
    }
    return 0;
}
