/* expected: native */
/* Shifts by immediate (sshr ushr ssra usra srshr urshr srsra sri sli shl,
 * including the full-width right shift) and by register (sshl ushl srshl
 * urshl: negative amounts shift right, rounding for the r forms). */
#include "simd-common.h"

static int64_t rshr(int64_t x, int s) { return s == 0 ? x : (int64_t)(((__int128)x + ((__int128)1 << (s - 1))) >> s); }

int main(void)
{
    int8_t a[16], b[16], c[16], r[16];
    int64_t x[2], y[2], z[2];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16); t_fill(x, 16); t_fill(y, 16);
#ifdef __aarch64__
        vst1q_s8(r, vsraq_n_s8(vld1q_s8(c), vld1q_s8(a), 8));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)(c[i] + (a[i] >> 7));
#endif
        t_hex("ssra #8", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vrshrq_n_u8(vld1q_u8((uint8_t *)a), 3));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)(((uint8_t)a[i] + 4) >> 3);
#endif
        t_hex("urshr #3", r, 16);
#ifdef __aarch64__
        vst1q_s8(r, vrsraq_n_s8(vld1q_s8(c), vld1q_s8(a), 2));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)(c[i] + ((a[i] + 2) >> 2));
#endif
        t_hex("srsra #2", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vsriq_n_u8(vld1q_u8((uint8_t *)c), vld1q_u8((uint8_t *)a), 3));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)(((uint8_t)c[i] & 0xe0) | ((uint8_t)a[i] >> 3));
#endif
        t_hex("sri #3", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vsliq_n_u8(vld1q_u8((uint8_t *)c), vld1q_u8((uint8_t *)a), 5));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)(((uint8_t)c[i] & 0x1f) | (uint8_t)((uint8_t)a[i] << 5));
#endif
        t_hex("sli #5", r, 16);
#ifdef __aarch64__
        vst1q_s64(z, vshrq_n_s64(vld1q_s64(x), 63));
        z[1] = (int64_t)vshrd_n_u64((uint64_t)x[1], 64);
#else
        z[0] = x[0] < 0 ? -1 : 0;
        z[1] = 0;
#endif
        t_hex("sshr #63|ushr d #64", z, 16);
#ifdef __aarch64__
        vst1q_s64(z, vrshrq_n_s64(vld1q_s64(x), 64));
#else
        for (int i = 0; i < 2; i++) z[i] = rshr(x[i], 64);
#endif
        t_hex("srshr #64", z, 16);
        for (int i = 0; i < 16; i++) b[i] = (int8_t)(b[i] % 12);
#ifdef __aarch64__
        vst1q_s8(r, vshlq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) { int s = b[i]; r[i] = (int8_t)(s >= 8 ? 0 : s >= 0 ? (uint8_t)(a[i] << s) : s <= -8 ? (a[i] >> 7) : (a[i] >> -s)); }
#endif
        t_hex("sshl", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vrshlq_u8(vld1q_u8((uint8_t *)a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) { int s = b[i]; uint8_t v = (uint8_t)a[i]; r[i] = (int8_t)(s >= 8 ? 0 : s >= 0 ? (uint8_t)(v << s) : -s > 8 ? 0 : (uint8_t)((v + (1 << (-s - 1))) >> -s)); }
#endif
        t_hex("urshl", r, 16);
        for (int i = 0; i < 2; i++) y[i] = (int64_t)(int8_t)(y[i] % 70);
#ifdef __aarch64__
        vst1q_s64(z, vrshlq_s64(vld1q_s64(x), vld1q_s64(y)));
#else
        for (int i = 0; i < 2; i++) { int s = (int)y[i]; z[i] = s >= 64 ? 0 : s >= 0 ? (int64_t)((uint64_t)x[i] << s) : rshr(x[i], -s > 64 ? 65 : -s); }
#endif
        t_hex("srshl.2d", z, 16);
#ifdef __aarch64__
        vst1q_u64((uint64_t *)z, vshlq_u64(vld1q_u64((uint64_t *)x), vld1q_s64(y)));
#else
        for (int i = 0; i < 2; i++) { int s = (int)y[i]; uint64_t v = (uint64_t)x[i]; z[i] = (int64_t)(s >= 64 || s <= -64 ? 0 : s >= 0 ? v << s : v >> -s); }
#endif
        t_hex("ushl.2d", z, 16);
    }
    return 0;
}
