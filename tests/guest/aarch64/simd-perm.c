/* expected: native */
/* zip1/zip2, uzp1/uzp2, trn1/trn2 (bytes, halfwords, words, doublewords)
 * and ext: the Arm ARM's element shuffles, modelled with index math. */
#include "simd-common.h"

static void model(int op, int esz, int lanes, const uint8_t *n, const uint8_t *m, uint8_t *r)
{
    int e = 1 << esz, half = lanes / 2;
    const uint8_t *nm[2] = {n, m};
    for (int i = 0; i < lanes; i++) {
        int src, idx;
        switch (op) {
        case 0: case 1: src = i & 1; idx = (op ? half : 0) + i / 2; break;     /* zip */
        case 2: case 3: idx = 2 * i + (op & 1); src = idx >= lanes; idx %= lanes; break; /* uzp */
        default: src = i & 1; idx = (i & ~1) + (op & 1); break;                /* trn */
        }
        memcpy(r + i * e, nm[src] + idx * e, e);
    }
}

int main(void)
{
    uint8_t a[16], b[16], r[16], w[16];
    for (int it = 0; it < 4; it++) {
        t_fill(a, 16); t_fill(b, 16);
        for (int esz = 0; esz < 4; esz++) {
            for (int op = 0; op < 6; op++) {
                memset(r, 0, 16);
#ifdef __aarch64__
#define P(fn, T, L) vst1q_##T((void *)r, fn(vld1q_##T((void *)a), vld1q_##T((void *)b)))
                switch (esz * 8 + op) {
                case 0: P(vzip1q_u8, u8, 16); break; case 1: P(vzip2q_u8, u8, 16); break;
                case 2: P(vuzp1q_u8, u8, 16); break; case 3: P(vuzp2q_u8, u8, 16); break;
                case 4: P(vtrn1q_u8, u8, 16); break; case 5: P(vtrn2q_u8, u8, 16); break;
                case 8: P(vzip1q_u16, u16, 8); break; case 9: P(vzip2q_u16, u16, 8); break;
                case 10: P(vuzp1q_u16, u16, 8); break; case 11: P(vuzp2q_u16, u16, 8); break;
                case 12: P(vtrn1q_u16, u16, 8); break; case 13: P(vtrn2q_u16, u16, 8); break;
                case 16: P(vzip1q_u32, u32, 4); break; case 17: P(vzip2q_u32, u32, 4); break;
                case 18: P(vuzp1q_u32, u32, 4); break; case 19: P(vuzp2q_u32, u32, 4); break;
                case 20: P(vtrn1q_u32, u32, 4); break; case 21: P(vtrn2q_u32, u32, 4); break;
                case 24: P(vzip1q_u64, u64, 2); break; case 25: P(vzip2q_u64, u64, 2); break;
                case 26: P(vuzp1q_u64, u64, 2); break; case 27: P(vuzp2q_u64, u64, 2); break;
                case 28: P(vtrn1q_u64, u64, 2); break; case 29: P(vtrn2q_u64, u64, 2); break;
                }
#else
                model(op, esz, 16 >> esz, a, b, r);
#endif
                printf("op %d esz %d ", op, esz);
                t_hex("r", r, 16);
            }
        }
        memset(w, 0, 16);
#ifdef __aarch64__
        vst1q_u8(r, vextq_u8(vld1q_u8(a), vld1q_u8(b), 11));
        vst1_u8(w, vext_u8(vld1_u8(a), vld1_u8(b), 3));
        vst1_u8(w + 8, vzip1_u8(vld1_u8(a), vld1_u8(b)));
#else
        for (int i = 0; i < 16; i++) r[i] = i + 11 < 16 ? a[i + 11] : b[i - 5];
        for (int i = 0; i < 8; i++) w[i] = i + 3 < 8 ? a[i + 3] : b[i - 5];
        for (int i = 0; i < 4; i++) { w[8 + 2 * i] = a[i]; w[9 + 2 * i] = b[i]; }
#endif
        t_hex("ext #11", r, 16);
        t_hex("ext #3 | zip1.8b", w, 16);
    }
    return 0;
}
