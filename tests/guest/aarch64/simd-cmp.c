/* expected: native */
/* Integer compares to all-ones/zero lanes: cmeq cmge cmgt cmhi cmhs
 * cmtst, against zero (cmeq cmge cmgt cmle cmlt #0), and scalar d. */
#include "simd-common.h"

int main(void)
{
    int8_t a[16], b[16], r[16];
    int64_t x[2], y[2];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(x, 16); t_fill(y, 16);
        if (it & 1) { memcpy(b, a, 5); y[0] = x[0]; }
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vceqq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = a[i] == b[i] ? -1 : 0;
#endif
        t_hex("cmeq", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vcgeq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = a[i] >= b[i] ? -1 : 0;
#endif
        t_hex("cmge", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vcgtq_u16(vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 8; i++) { uint16_t p, q, o; memcpy(&p, a + 2 * i, 2); memcpy(&q, b + 2 * i, 2); o = p > q ? 0xffff : 0; memcpy(r + 2 * i, &o, 2); }
#endif
        t_hex("cmhi.8h", r, 16);
#ifdef __aarch64__
        vst1q_u32((uint32_t *)r, vcgeq_u32(vld1q_u32((uint32_t *)a), vld1q_u32((uint32_t *)b)));
#else
        for (int i = 0; i < 4; i++) { uint32_t p, q, o; memcpy(&p, a + 4 * i, 4); memcpy(&q, b + 4 * i, 4); o = p >= q ? ~0u : 0; memcpy(r + 4 * i, &o, 4); }
#endif
        t_hex("cmhs.4s", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vtstq_s8(vld1q_s8(a), vld1q_s8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (a[i] & b[i]) ? -1 : 0;
#endif
        t_hex("cmtst", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vorrq_u8(vandq_u8(vcgtzq_s8(vld1q_s8(a)), vdupq_n_u8(1)),
                                        vorrq_u8(vandq_u8(vceqzq_s8(vld1q_s8(a)), vdupq_n_u8(2)),
                                                 vandq_u8(vcltzq_s8(vld1q_s8(a)), vdupq_n_u8(4)))));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)((a[i] > 0) | (a[i] == 0) << 1 | (a[i] < 0) << 2);
#endif
        t_hex("cmgt|cmeq|cmlt #0", r, 16);
#ifdef __aarch64__
        vst1q_u8((uint8_t *)r, vorrq_u8(vandq_u8(vcgezq_s8(vld1q_s8(a)), vdupq_n_u8(1)), vandq_u8(vclezq_s8(vld1q_s8(a)), vdupq_n_u8(2))));
#else
        for (int i = 0; i < 16; i++) r[i] = (int8_t)((a[i] >= 0) | (a[i] <= 0) << 1);
#endif
        t_hex("cmge|cmle #0", r, 16);
        uint64_t d1, d2;
#ifdef __aarch64__
        d1 = vceqd_s64(x[0], y[0]) ^ vcgtd_s64(x[1], y[1]);
        d2 = vcled_u64((uint64_t)x[1], (uint64_t)y[1]);
#else
        d1 = (x[0] == y[0] ? ~0ull : 0) ^ (x[1] > y[1] ? ~0ull : 0);
        d2 = (uint64_t)x[1] <= (uint64_t)y[1] ? ~0ull : 0;
#endif
        printf("scalar %016llx %016llx\n", (unsigned long long)d1, (unsigned long long)d2);
    }
    return 0;
}
