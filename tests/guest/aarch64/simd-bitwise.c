/* expected: native */
/* and orr orn bic eor bsl bit bif not, cnt clz cls rbit, rev16 rev32
 * rev64 on bytes/halfwords: bit and byte manipulations per lane. */
#include "simd-common.h"

static int clz8(uint8_t x) { int n = 0; while (n < 8 && !(x & (0x80 >> n))) n++; return n; }

int main(void)
{
    uint8_t a[16], b[16], c[16], r[16];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
#ifdef __aarch64__
        uint8x16_t va = vld1q_u8(a), vb = vld1q_u8(b), vc = vld1q_u8(c);
        vst1q_u8(r, veorq_u8(vorrq_u8(vandq_u8(va, vb), vbicq_u8(vc, va)), vornq_u8(vb, vc)));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)(((a[i] & b[i]) | (c[i] & ~a[i])) ^ (b[i] | (uint8_t)~c[i]));
#endif
        t_hex("and|bic|orn|eor", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vbslq_u8(vld1q_u8(a), vld1q_u8(b), vld1q_u8(c)));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)((a[i] & b[i]) | (~a[i] & c[i]));
#endif
        t_hex("bsl", r, 16);
        memcpy(r, c, 16);
#ifdef __aarch64__
        { uint8x16_t d = vld1q_u8(r); __asm__("bit %0.16b, %1.16b, %2.16b" : "+w"(d) : "w"(vld1q_u8(a)), "w"(vld1q_u8(b))); vst1q_u8(r, d); }
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)((c[i] & ~b[i]) | (a[i] & b[i]));
#endif
        t_hex("bit", r, 16);
        memcpy(r, c, 16);
#ifdef __aarch64__
        { uint8x8_t d = vld1_u8(r); __asm__("bif %0.8b, %1.8b, %2.8b" : "+w"(d) : "w"(vld1_u8(a)), "w"(vld1_u8(b))); vst1_u8(r, d); memset(r + 8, 0, 8); }
#else
        for (int i = 0; i < 8; i++) r[i] = (uint8_t)((c[i] & b[i]) | (a[i] & ~b[i]));
        memset(r + 8, 0, 8);
#endif
        t_hex("bif.8b", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vmvnq_u8(vcntq_u8(vld1q_u8(a))));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)~__builtin_popcount(a[i]);
#endif
        t_hex("not(cnt)", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vclzq_u8(vld1q_u8(a)));
#else
        for (int i = 0; i < 16; i++) r[i] = (uint8_t)clz8(a[i]);
#endif
        t_hex("clz.16b", r, 16);
#ifdef __aarch64__
        vst1q_s16((int16_t *)r, vclsq_s16(vld1q_s16((int16_t *)a)));
#else
        for (int i = 0; i < 8; i++) { int16_t v; memcpy(&v, a + 2 * i, 2); int n = 0; while (n < 15 && ((v >> (14 - n)) & 1) == ((v >> 15) & 1)) n++; int16_t o = (int16_t)n; memcpy(r + 2 * i, &o, 2); }
#endif
        t_hex("cls.8h", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vrbitq_u8(vld1q_u8(a)));
#else
        for (int i = 0; i < 16; i++) { uint8_t v = 0; for (int k = 0; k < 8; k++) v |= (uint8_t)(((a[i] >> k) & 1) << (7 - k)); r[i] = v; }
#endif
        t_hex("rbit", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vrev16q_u8(vld1q_u8(a)));
#else
        for (int i = 0; i < 16; i++) r[i] = a[i ^ 1];
#endif
        t_hex("rev16", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vrev32q_u16(vld1q_u16((uint16_t *)a)));
#else
        for (int i = 0; i < 8; i++) memcpy(r + 2 * i, a + 2 * (i ^ 1), 2);
#endif
        t_hex("rev32.8h", r, 16);
#ifdef __aarch64__
        vst1q_u8(r, vrev64q_u8(vld1q_u8(a)));
#else
        for (int i = 0; i < 16; i++) r[i] = a[i ^ 7];
#endif
        t_hex("rev64.16b", r, 16);
    }
    return 0;
}
