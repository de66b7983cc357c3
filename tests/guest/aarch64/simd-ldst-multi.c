/* expected: native */
/* LD1-LD4 / ST1-ST4 (multiple structures): de-interleave 64 bytes into
 * 2, 3 or 4 registers and interleave them back, byte and halfword
 * elements; the model is the Arm ARM's element order (for each element e,
 * for each register s: mem[(e * selem + s) * esize]). */
#include "simd-common.h"

static uint8_t src[64], dst[64];

static void model_deint(int selem, int esize, int lanes, uint8_t out[4][16])
{
    for (int e = 0; e < lanes; e++) {
        for (int s = 0; s < selem; s++) {
            memcpy(&out[s][e * esize], &src[(e * selem + s) * esize], esize);
        }
    }
}

int main(void)
{
    uint8_t r[4][16];
    for (int it = 0; it < 6; it++) {
        t_fill(src, 64);
        memset(r, 0, sizeof(r));
#ifdef __aarch64__
        uint8x16x2_t b2 = vld2q_u8(src);
        vst1q_u8(r[0], b2.val[0]); vst1q_u8(r[1], b2.val[1]);
#else
        model_deint(2, 1, 16, r);
#endif
        t_hex("ld2.16b a", r[0], 16); t_hex("ld2.16b b", r[1], 16);
#ifdef __aarch64__
        uint8x16x3_t b3 = vld3q_u8(src);
        vst1q_u8(r[0], b3.val[0]); vst1q_u8(r[1], b3.val[1]); vst1q_u8(r[2], b3.val[2]);
#else
        model_deint(3, 1, 16, r);
#endif
        t_hex("ld3.16b a", r[0], 16); t_hex("ld3.16b c", r[2], 16);
#ifdef __aarch64__
        uint16x8x4_t h4 = vld4q_u16((const uint16_t *)src);
        for (int i = 0; i < 4; i++) vst1q_u16((uint16_t *)r[i], h4.val[i]);
#else
        model_deint(4, 2, 8, r);
#endif
        t_hex("ld4.8h a", r[0], 16); t_hex("ld4.8h d", r[3], 16);
#ifdef __aarch64__
        uint8x8x4_t b4 = vld4_u8(src);
        for (int i = 0; i < 4; i++) vst1_u8(r[i], b4.val[i]);
#else
        memset(r, 0, sizeof(r));
        model_deint(4, 1, 8, r);
#endif
        t_hex("ld4.8b b", r[1], 8);
        /* interleave back: st2/st3/st4 must restore the source */
        memset(dst, 0, sizeof(dst));
#ifdef __aarch64__
        vst3q_u8(dst, vld3q_u8(src));
        vst2q_u32((uint32_t *)(dst + 48), vld2q_u32((const uint32_t *)src));
        vst4_u16((uint16_t *)dst, vld4_u16((const uint16_t *)src));
#else
        memcpy(dst, src, 48);
        memcpy(dst + 48, src, 16);
        memcpy(dst, src, 32);
#endif
        t_hex("st round trip lo", dst, 32);
        t_hex("st round trip hi", dst + 32, 32);
        /* ld1 of 4 registers, post-indexed in a loop */
        uint32_t sum = 0;
#ifdef __aarch64__
        const uint8_t *p = src;
        uint8x16_t acc = vdupq_n_u8(0);
        for (int k = 0; k < 2; k++, p += 32) {
            uint8x16x2_t v = vld1q_u8_x2(p);
            acc = veorq_u8(acc, veorq_u8(v.val[0], v.val[1]));
        }
        uint8_t tmp[16];
        vst1q_u8(tmp, acc);
        for (int i = 0; i < 16; i++) sum = sum * 31 + tmp[i];
#else
        for (int i = 0; i < 16; i++) {
            uint8_t x = src[i] ^ src[16 + i] ^ src[32 + i] ^ src[48 + i];
            sum = sum * 31 + x;
        }
#endif
        printf("ld1x2 xor sum %08x\n", sum);
    }
    return 0;
}
