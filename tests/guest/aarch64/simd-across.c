/* expected: native */
/* Across lanes and pairwise: addv, saddlv, uaddlv, smaxv, umaxv, sminv,
 * uminv; addp, smaxp, uminp, addp d; saddlp, uadalp. */
#include "simd-common.h"

int main(void)
{
    int8_t a[16], b[16];
    int16_t hw[8];
    for (int it = 0; it < 12; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(hw, 16);
        long long s1, s2, s3, s4, s5, s6, s7;
#ifdef __aarch64__
        s1 = (uint8_t)vaddvq_u8(vld1q_u8((uint8_t *)a));
        s2 = vaddlvq_s8(vld1q_s8(a));
        s3 = vaddlvq_u16(vld1q_u16((uint16_t *)hw));
        s4 = vmaxvq_s8(vld1q_s8(a));
        s5 = vminv_u8(vld1_u8((uint8_t *)a));
        s6 = vmaxvq_u32(vld1q_u32((uint32_t *)a));
        s7 = vminvq_s16(vld1q_s16(hw));
#else
        s1 = s2 = s3 = 0; s4 = -128; s5 = 255; s6 = 0; s7 = 32767;
        for (int i = 0; i < 16; i++) { s1 = (s1 + (uint8_t)a[i]) & 0xff; s2 += a[i]; if (a[i] > s4) s4 = a[i]; }
        for (int i = 0; i < 8; i++) { if ((uint8_t)a[i] < s5) s5 = (uint8_t)a[i]; s3 += (uint16_t)hw[i]; if (hw[i] < s7) s7 = hw[i]; }
        for (int i = 0; i < 4; i++) { uint32_t v; memcpy(&v, a + 4 * i, 4); if (v > (unsigned long long)s6) s6 = v; }
#endif
        printf("addv %lld saddlv %lld uaddlv %lld smaxv %lld uminv %lld umaxv %lld sminv %lld\n", s1, s2, s3, s4, s5, s6, s7);
        int8_t r[16];
#ifdef __aarch64__
        vst1q_s8(r, vpaddq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 8; i++) { r[i] = (int8_t)(a[2 * i] + a[2 * i + 1]); r[8 + i] = (int8_t)(b[2 * i] + b[2 * i + 1]); }
#endif
        t_hex("addp.16b", r, 16);
#ifdef __aarch64__
        vst1q_s8(r, vpmaxq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 8; i++) { r[i] = a[2 * i] > a[2 * i + 1] ? a[2 * i] : a[2 * i + 1]; r[8 + i] = b[2 * i] > b[2 * i + 1] ? b[2 * i] : b[2 * i + 1]; }
#endif
        t_hex("smaxp.16b", r, 16);
#ifdef __aarch64__
        vst1_u16((uint16_t *)r, vpmin_u16(vld1_u16((uint16_t *)a), vld1_u16((uint16_t *)b)));
#else
        { uint16_t x[4], y[4], o[4]; memcpy(x, a, 8); memcpy(y, b, 8);
          o[0] = x[0] < x[1] ? x[0] : x[1]; o[1] = x[2] < x[3] ? x[2] : x[3];
          o[2] = y[0] < y[1] ? y[0] : y[1]; o[3] = y[2] < y[3] ? y[2] : y[3]; memcpy(r, o, 8); }
#endif
        t_hex("uminp.4h", r, 8);
        uint64_t d;
#ifdef __aarch64__
        d = vpaddd_u64(vld1q_u64((uint64_t *)a));
#else
        { uint64_t x[2]; memcpy(x, a, 16); d = x[0] + x[1]; }
#endif
        printf("addp d %016llx\n", (unsigned long long)d);
#ifdef __aarch64__
        vst1q_s16((int16_t *)r, vpaddlq_s8(vld1q_s8(a)));
#else
        for (int i = 0; i < 8; i++) { int16_t v = (int16_t)(a[2 * i] + a[2 * i + 1]); memcpy(r + 2 * i, &v, 2); }
#endif
        t_hex("saddlp", r, 16);
#ifdef __aarch64__
        vst1q_u32((uint32_t *)r, vpadalq_u16(vld1q_u32((uint32_t *)b), vld1q_u16((uint16_t *)hw)));
#else
        for (int i = 0; i < 4; i++) { uint32_t acc; memcpy(&acc, b + 4 * i, 4); acc += (uint16_t)hw[2 * i] + (uint32_t)(uint16_t)hw[2 * i + 1]; memcpy(r + 4 * i, &acc, 4); }
#endif
        t_hex("uadalp", r, 16);
    }
    return 0;
}
