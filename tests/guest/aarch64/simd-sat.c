/* expected: native */
/* Saturating add/sub/abs/neg/shift (sqadd uqadd sqsub uqsub sqabs sqneg
 * suqadd usqadd sqshl uqshl sqshlu) on bytes, halfwords and doublewords,
 * with FPSR.QC read after each: the model clamps to the lane's range. */
#include "simd-common.h"

int main(void)
{
    int8_t a[16], b[16], r[16];
    int64_t x[2], y[2], z[2];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(x, 16); t_fill(y, 16);
        if (it & 1) { x[0] = INT64_MAX - (it & 3); y[1] = INT64_MIN; }
        t_qc();
#ifdef __aarch64__
        vst1q_s8(r, vqaddq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_s(a[i] + b[i], 8);
#endif
        t_hex("sqadd.16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vqsubq_u8(vld1q_u8((uint8_t *)a), vld1q_u8((uint8_t *)b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_u((uint8_t)a[i] - (uint8_t)b[i], 8);
#endif
        t_hex("uqsub.16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vqaddq_u8(vld1q_u8((uint8_t *)a), vld1q_u8((uint8_t *)b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_u((uint8_t)a[i] + (uint8_t)b[i], 8);
#endif
        t_hex("uqadd.16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s16((int16_t *)r, vqsubq_s16(vld1q_s16((int16_t *)a), vld1q_s16((int16_t *)b)));
#else
        for (int i = 0; i < 8; i++) { int16_t p, q, s; memcpy(&p, a + 2 * i, 2); memcpy(&q, b + 2 * i, 2); s = (int16_t)t_sat_s(p - q, 16); memcpy(r + 2 * i, &s, 2); }
#endif
        t_hex("sqsub.8h", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s64(z, vqaddq_s64(vld1q_s64(x), vld1q_s64(y)));
#else
        for (int i = 0; i < 2; i++) {
            int64_t s;
            if (__builtin_add_overflow(x[i], y[i], &s)) { s = x[i] < 0 ? INT64_MIN : INT64_MAX; t_qc_model = 1; }
            z[i] = s;
        }
#endif
        t_hex("sqadd.2d", z, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s8(r, vqnegq_s8(vqabsq_s8(vld1q_s8(a))));
#else
        for (int i = 0; i < 16; i++) { int v = a[i] < 0 ? -a[i] : a[i]; v = (int)t_sat_s(v, 8); r[i] = (int8_t)t_sat_s(-v, 8); }
#endif
        t_hex("sqneg(sqabs).16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s8(r, vuqaddq_s8(vld1q_s8(a), vld1q_u8((uint8_t *)b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_s(a[i] + (uint8_t)b[i], 8);
#endif
        t_hex("suqadd.16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vsqaddq_u8(vld1q_u8((uint8_t *)a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_u((uint8_t)a[i] + b[i], 8);
#endif
        t_hex("usqadd.16b", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s8(r, vqshlq_n_s8(vld1q_s8(a), 3));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_s(a[i] * 8, 8);
#endif
        t_hex("sqshl #3", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vqshluq_n_s8(vld1q_s8(a), 2));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)t_sat_u(a[i] * 4, 8);
#endif
        t_hex("sqshlu #2", r, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vqshlq_u16(vld1q_u16((uint16_t *)a), vld1q_s16((int16_t *)b)));
#else
        for (int i = 0; i < 8; i++) {
            uint16_t p; int16_t q; memcpy(&p, a + 2 * i, 2); memcpy(&q, b + 2 * i, 2);
            int sh = (int8_t)(q & 0xff); uint16_t s;
            if (sh >= 0) s = (uint16_t)(sh >= 16 ? (p ? t_sat_u(1 << 20, 16) : 0) : t_sat_u((int64_t)p << sh, 16));
            else s = (uint16_t)(-sh >= 16 ? 0 : p >> -sh);
            memcpy(r + 2 * i, &s, 2);
        }
#endif
        t_hex("uqshl reg.8h", r, 16); printf("qc %d\n", t_qc());
    }
    return 0;
}
