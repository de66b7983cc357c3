/* expected: native */
/* LD1/LD2 (single structure) into one lane, LD1R/LD2R/LD4R replicate and
 * ST1/ST2 (single structure) from one lane: the other lanes keep their
 * values (lane loads) or are all the element (replicate). */
#include "simd-common.h"

int main(void)
{
    uint8_t mem[32], base[32], r[32];
    for (int it = 0; it < 8; it++) {
        t_fill(mem, 32);
        t_fill(base, 32);
        memcpy(r, base, 32);
#ifdef __aarch64__
        vst1q_u8(r, vld1q_lane_u8(mem + 3, vld1q_u8(base), 13));
        vst1q_u16((uint16_t *)(r + 16),
                  vld1q_lane_u16((const uint16_t *)mem, vld1q_u16((const uint16_t *)(base + 16)), 5));
#else
        r[13] = mem[3];
        memcpy(r + 16 + 10, mem, 2);
#endif
        t_hex("ld1 lane", r, 32);
        memcpy(r, base, 32);
#ifdef __aarch64__
        uint32x4x2_t s2 = {{vld1q_u32((const uint32_t *)base), vld1q_u32((const uint32_t *)(base + 16))}};
        s2 = vld2q_lane_u32((const uint32_t *)(mem + 8), s2, 2);
        vst1q_u32((uint32_t *)r, s2.val[0]);
        vst1q_u32((uint32_t *)(r + 16), s2.val[1]);
#else
        memcpy(r + 8, mem + 8, 4);
        memcpy(r + 16 + 8, mem + 12, 4);
#endif
        t_hex("ld2 lane", r, 32);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vld1q_dup_u16((const uint16_t *)(mem + 6)));
        vst1_u64((uint64_t *)(r + 16), vld1_dup_u64((const uint64_t *)(mem + 8)));
        memset(r + 24, 0, 8);
#else
        for (int i = 0; i < 8; i++) memcpy(r + 2 * i, mem + 6, 2);
        memcpy(r + 16, mem + 8, 8);
        memset(r + 24, 0, 8);
#endif
        t_hex("ld1r", r, 32);
#ifdef __aarch64__
        uint8x8x4_t d4 = vld4_dup_u8(mem + 20);
        for (int i = 0; i < 4; i++) vst1_u8(r + 8 * i, d4.val[i]);
#else
        for (int s = 0; s < 4; s++) memset(r + 8 * s, mem[20 + s], 8);
#endif
        t_hex("ld4r", r, 32);
        memcpy(r, base, 32);
#ifdef __aarch64__
        vst1q_lane_u32((uint32_t *)(r + 4), vld1q_u32((const uint32_t *)mem), 3);
        uint16x4x2_t h2 = {{vld1_u16((const uint16_t *)mem), vld1_u16((const uint16_t *)(mem + 8))}};
        vst2_lane_u16((uint16_t *)(r + 20), h2, 1);
#else
        memcpy(r + 4, mem + 12, 4);
        memcpy(r + 20, mem + 2, 2);
        memcpy(r + 22, mem + 10, 2);
#endif
        t_hex("st lane", r, 32);
    }
    return 0;
}
