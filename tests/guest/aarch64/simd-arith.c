/* expected: native */
/* add, sub, mul, mla, mls, neg, abs on every element size, 64 and 128
 * bits: modular arithmetic on each lane. */
#include "simd-common.h"

int main(void)
{
    uint8_t a[16], b[16], c[16], r[16];
    for (int it = 0; it < 12; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
#ifdef __aarch64__
        vst1q_u8(r, vaddq_u8(vld1q_u8(a), vld1q_u8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)(a[i] + b[i]);
#endif
        t_hex("add.16b", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vsubq_u16(vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 8; i++) { uint16_t x, y, z; memcpy(&x, a + 2 * i, 2); memcpy(&y, b + 2 * i, 2); z = (uint16_t)(x - y); memcpy(r + 2 * i, &z, 2); }
#endif
        t_hex("sub.8h", r, 16);
#ifdef __aarch64__
        vst1q_u64((uint64_t *)r, vaddq_u64(vld1q_u64((uint64_t *)a), vld1q_u64((uint64_t *)b)));
#else
        for (int i = 0; i < 2; i++) { uint64_t x, y, z; memcpy(&x, a + 8 * i, 8); memcpy(&y, b + 8 * i, 8); z = x + y; memcpy(r + 8 * i, &z, 8); }
#endif
        t_hex("add.2d", r, 16);
        memset(r, 0, 16);
#ifdef __aarch64__
        vst1_u32((uint32_t *)r, vmul_u32(vld1_u32((uint32_t *)a), vld1_u32((uint32_t *)b)));
#else
        for (int i = 0; i < 2; i++) { uint32_t x, y, z; memcpy(&x, a + 4 * i, 4); memcpy(&y, b + 4 * i, 4); z = x * y; memcpy(r + 4 * i, &z, 4); }
#endif
        t_hex("mul.2s", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vmlaq_u8(vld1q_u8(c), vld1q_u8(a), vld1q_u8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)(c[i] + a[i] * b[i]);
#endif
        t_hex("mla.16b", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vmlsq_u16(vld1q_u16((uint16_t *)c), vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 8; i++) { uint16_t x, y, z; memcpy(&x, a + 2 * i, 2); memcpy(&y, b + 2 * i, 2); memcpy(&z, c + 2 * i, 2); z = (uint16_t)(z - x * y); memcpy(r + 2 * i, &z, 2); }
#endif
        t_hex("mls.8h", r, 16);
#ifdef __aarch64__
        vst1q_s32((int32_t *)r, vabsq_s32(vnegq_s32(vld1q_s32((int32_t *)a))));
#else
        for (int i = 0; i < 4; i++) { int32_t x; memcpy(&x, a + 4 * i, 4); uint32_t u = (uint32_t)x; u = x < 0 ? u : -u; /* neg */ int32_t n = (int32_t)u; u = n < 0 ? -(uint32_t)n : (uint32_t)n; memcpy(r + 4 * i, &u, 4); }
#endif
        t_hex("abs(neg).4s", r, 16);
#ifdef __aarch64__
        vst1q_s64((int64_t *)r, vnegq_s64(vld1q_s64((int64_t *)a)));
#else
        for (int i = 0; i < 2; i++) { uint64_t x; memcpy(&x, a + 8 * i, 8); x = -x; memcpy(r + 8 * i, &x, 8); }
#endif
        t_hex("neg.2d", r, 16);
    }
    return 0;
}
