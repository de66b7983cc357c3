/* cflags: -march=armv8-a+crypto */
/* PMULL/PMULL2 (8-bit and 64-bit polynomial multiply) and PMUL.
 * Expected values by hand in GF(2)[x]:
 *   0xff * 0xff (8-bit): squaring spreads the bits: 0x5555
 *   0x80 * 0x80 = x^14 = 0x4000; 0x03 * 0x03 = x^2 + 1 = 0x0005
 *   0x87 * 0x02 = 0x010e; 0x0f * 0x11 = 0x00ff
 *   all-ones (64) squared: 0x5555...5555 in both halves
 *   x^63 * x (pmull2 of the upper doublewords) = x^64: hi 1, lo 0
 *   0x1b * 0x1b (pmul, 8-bit result) = x^8+x^6+x^4+x^2+1 -> low byte 0x45 */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    poly8x8_t a = vcreate_p8(0x0f87038000ff0000ull), b = vcreate_p8(0x1102038000ff0000ull);
    poly16x8_t p = vmull_p8(a, b);
    uint16_t r[8];
    vst1q_u16(r, vreinterpretq_u16_p16(p));
    for (int i = 2; i < 8; i++) printf("pmull8 lane %d: %04x\n", i, r[i]);
    poly128_t q = vmull_p64(0xffffffffffffffffull, 0xffffffffffffffffull);
    printf("pmull64 ones: %016llx%016llx\n", (unsigned long long)(q >> 64), (unsigned long long)q);
    poly64x2_t x = vcombine_p64(vcreate_p64(5), vcreate_p64(1ull << 63));
    poly64x2_t y = vcombine_p64(vcreate_p64(7), vcreate_p64(2));
    q = vmull_high_p64(x, y);
    printf("pmull2 x^63*x: %016llx%016llx\n", (unsigned long long)(q >> 64), (unsigned long long)q);
    poly8x16_t m = vmulq_p8(vdupq_n_p8(0x1b), vdupq_n_p8(0x1b));
    printf("pmul 1b*1b: %02x\n", vgetq_lane_u8(vreinterpretq_u8_p8(m), 9));
    return 0;
}
