/* expected: native */
/* Halving and absolute-difference ops: shadd uhadd srhadd urhadd shsub
 * uhsub, sabd uabd saba uaba, smax smin umax umin. */
#include "simd-common.h"

int main(void)
{
    int8_t a[16], b[16], c[16], r[16];
    for (int it = 0; it < 10; it++) {
        t_fill(a, 16); t_fill(b, 16); t_fill(c, 16);
#define OP8(label, expr, model) do { \
        for (int i = 0; i < 16; i++) { int x = a[i], y = b[i], ux = (uint8_t)a[i], uy = (uint8_t)b[i]; (void)x; (void)y; (void)ux; (void)uy; r[i] = (int8_t)(model); } \
        t_hex(label, r, 16); } while (0)
#ifdef __aarch64__
#define RUN(label, expr, model) do { vst1q_s8(r, expr); t_hex(label, r, 16); } while (0)
#define A vld1q_s8(a)
#define B vld1q_s8(b)
#define UA vld1q_u8((uint8_t *)a)
#define UB vld1q_u8((uint8_t *)b)
#define S(u) vreinterpretq_s8_u8(u)
#else
#define RUN OP8
#endif
        RUN("shadd", vhaddq_s8(A, B), (x + y) >> 1);
        RUN("uhadd", S(vhaddq_u8(UA, UB)), (ux + uy) >> 1);
        RUN("srhadd", vrhaddq_s8(A, B), (x + y + 1) >> 1);
        RUN("urhadd", S(vrhaddq_u8(UA, UB)), (ux + uy + 1) >> 1);
        RUN("shsub", vhsubq_s8(A, B), (x - y) >> 1);
        RUN("uhsub", S(vhsubq_u8(UA, UB)), (ux - uy) >> 1);
        RUN("sabd", vabdq_s8(A, B), x > y ? x - y : y - x);
        RUN("uabd", S(vabdq_u8(UA, UB)), ux > uy ? ux - uy : uy - ux);
        RUN("smax", vmaxq_s8(A, B), x > y ? x : y);
        RUN("umin", S(vminq_u8(UA, UB)), ux < uy ? ux : uy);
        RUN("smin", vminq_s8(A, B), x < y ? x : y);
        RUN("umax", S(vmaxq_u8(UA, UB)), ux > uy ? ux : uy);
#ifdef __aarch64__
        vst1q_s8(r, vabaq_s8(vld1q_s8(c), A, B));
#else
        for (int i = 0; i < 16; i++) { int d = a[i] - b[i]; r[i] = (int8_t)(c[i] + (d < 0 ? -d : d)); }
#endif
        t_hex("saba", r, 16);
#ifdef __aarch64__
        vst1q_u16((uint16_t *)r, vabaq_u16(vld1q_u16((uint16_t *)c), vld1q_u16((uint16_t *)a), vld1q_u16((uint16_t *)b)));
#else
        for (int i = 0; i < 8; i++) { uint16_t x, y, z; memcpy(&x, a + 2 * i, 2); memcpy(&y, b + 2 * i, 2); memcpy(&z, c + 2 * i, 2); z = (uint16_t)(z + (x > y ? x - y : y - x)); memcpy(r + 2 * i, &z, 2); }
#endif
        t_hex("uaba.8h", r, 16);
    }
    return 0;
}
