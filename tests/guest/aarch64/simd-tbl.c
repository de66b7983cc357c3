/* expected: native */
/* tbl/tbx with 1 to 4 table registers, 8- and 16-byte indices: an index
 * beyond the table gives 0 (tbl) or keeps the destination byte (tbx). */
#include "simd-common.h"

int main(void)
{
    uint8_t t[64], idx[16], d[16], r[16];
    for (int it = 0; it < 10; it++) {
        t_fill(t, 64); t_fill(d, 16);
        for (int i = 0; i < 16; i++) idx[i] = (uint8_t)(t_rand() % 80);
        if (it & 1) idx[3] = 0xff;
        for (int n = 1; n <= 4; n++) {
#ifdef __aarch64__
            uint8x16_t ix = vld1q_u8(idx), dv = vld1q_u8(d);
            switch (n) {
            case 1: vst1q_u8(r, vqtbl1q_u8(vld1q_u8(t), ix)); break;
            case 2: vst1q_u8(r, vqtbx2q_u8(dv, vld1q_u8_x2(t), ix)); break;
            case 3: vst1q_u8(r, vqtbl3q_u8(vld1q_u8_x3(t), ix)); break;
            default: vst1q_u8(r, vqtbx4q_u8(dv, vld1q_u8_x4(t), ix)); break;
            }
#else
            for (int i = 0; i < 16; i++) {
                int tbx = n == 2 || n == 4;
                r[i] = idx[i] < 16 * n ? t[idx[i]] : tbx ? d[i] : 0;
            }
#endif
            printf("%s%d ", (n == 2 || n == 4) ? "tbx" : "tbl", n);
            t_hex("r", r, 16);
        }
        memset(r, 0, 16);
#ifdef __aarch64__
        vst1_u8(r, vqtbl2_u8(vld1q_u8_x2(t), vld1_u8(idx)));
        vst1_u8(r + 8, vtbx1_u8(vld1_u8(d), vld1_u8(t), vld1_u8(idx + 8)));
#else
        for (int i = 0; i < 8; i++) r[i] = idx[i] < 32 ? t[idx[i]] : 0;
        for (int i = 0; i < 8; i++) r[8 + i] = idx[8 + i] < 8 ? t[idx[8 + i]] : d[i];
#endif
        t_hex("tbl2.8b|tbx1.8b(vtbx1)", r, 16);
    }
    return 0;
}
