/* expected: native */
/* sqdmulh, sqrdmulh (vector and by element), sqdmull, sqdmlal, sqdmlsl:
 * doubling products with saturation and QC; rounding adds 2^(esize-1). */
#include "simd-common.h"

static int16_t h(const void *p, int i) { int16_t v; memcpy(&v, (const char *)p + 2 * i, 2); return v; }
static int32_t w(const void *p, int i) { int32_t v; memcpy(&v, (const char *)p + 4 * i, 4); return v; }

int main(void)
{
    int16_t a[8], b[8], r16[8];
    int32_t c[4], r32[4];
    int64_t r64[2];
    for (int it = 0; it < 12; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
        if (it % 3 == 0) { a[1] = b[1] = INT16_MIN; a[5] = INT16_MIN; }
        t_qc();
#ifdef __aarch64__
        vst1q_s16(r16, vqdmulhq_s16(vld1q_s16(a), vld1q_s16(b)));
#else
        for (int i = 0; i < 8; i++) r16[i] = (int16_t)t_sat_s((2 * (int64_t)a[i] * b[i]) >> 16, 16);
#endif
        t_hex("sqdmulh.8h", r16, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s16(r16, vqrdmulhq_laneq_s16(vld1q_s16(a), vld1q_s16(b), 1));
#else
        for (int i = 0; i < 8; i++) r16[i] = (int16_t)t_sat_s((2 * (int64_t)a[i] * b[1] + (1 << 15)) >> 16, 16);
#endif
        t_hex("sqrdmulh.8h[1]", r16, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s32(r32, vqrdmulhq_s32(vld1q_s32(c), vld1q_s32((int32_t *)a)));
#else
        for (int i = 0; i < 4; i++) r32[i] = (int32_t)t_sat_s((int64_t)(((__int128)2 * c[i] * w(a, i) + (1ll << 31)) >> 32), 32);
#endif
        t_hex("sqrdmulh.4s", r32, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s32(r32, vqdmull_s16(vld1_s16(a), vld1_s16(b)));
#else
        for (int i = 0; i < 4; i++) r32[i] = (int32_t)t_sat_s(2 * (int64_t)a[i] * b[i], 32);
#endif
        t_hex("sqdmull.4s", r32, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s64(r64, vqdmlal_high_s32(vld1q_s64((int64_t *)a), vld1q_s32(c), vld1q_s32((int32_t *)b)));
#else
        for (int i = 0; i < 2; i++) {
            __int128 p = (__int128)2 * w(c, 2 + i) * w(b, 2 + i);
            int64_t ps = p > INT64_MAX ? (t_qc_model = 1, INT64_MAX) : (int64_t)p;
            int64_t acc; memcpy(&acc, (char *)a + 8 * i, 8);
            int64_t s;
            if (__builtin_add_overflow(acc, ps, &s)) { s = acc < 0 ? INT64_MIN : INT64_MAX; t_qc_model = 1; }
            r64[i] = s;
        }
#endif
        t_hex("sqdmlal2.2d", r64, 16); printf("qc %d\n", t_qc());
#ifdef __aarch64__
        vst1q_s32(r32, vqdmlsl_lane_s16(vld1q_s32(c), vld1_s16(a), vld1_s16(b), 2));
#else
        for (int i = 0; i < 4; i++) {
            int64_t p = t_sat_s(2 * (int64_t)a[i] * b[2], 32);
            r32[i] = (int32_t)t_sat_s((int64_t)c[i] - p, 32);
        }
#endif
        t_hex("sqdmlsl.4s[2]", r32, 16); printf("qc %d\n", t_qc());
        (void)h;
    }
    return 0;
}
