/* SPDX-License-Identifier: MIT */
/*
 * Fused multiply-add: the four sign variants, one rounding only (the
 * exact error of a product comes out of fmsub; no overflow in an
 * intermediate), signed zeros, and NV for inf * 0 even with a quiet NaN
 * addend.  Hand-derived expected output: fp-fma.expected.
 */
#include "fp-util.h"

#define D2 0x4000000000000000ull
#define D3 0x4008000000000000ull
#define D1 0x3ff0000000000000ull
#define DMAX 0x7fefffffffffffffull
#define D_INF 0x7ff0000000000000ull
#define D_QNAN 0x7ff8000000000000ull

int main(void)
{
    pr_d("fmadd.d 2*3+1", FP_OP3("fmadd.d", D, "", D2, D3, D1));
    pr_d("fmsub.d 2*3-1", FP_OP3("fmsub.d", D, "", D2, D3, D1));
    pr_d("fnmsub.d -2*3+1", FP_OP3("fnmsub.d", D, "", D2, D3, D1));
    pr_d("fnmadd.d -2*3-1", FP_OP3("fnmadd.d", D, "", D2, D3, D1));
    /* a = 1 + 2^-30: a*a - rn(a*a) = 2^-60 exactly */
    pr_d("fmsub.d err(a*a)", FP_OP3("fmsub.d", D, "", 0x3ff0000000400000,
                                    0x3ff0000000400000, 0x3ff0000000800000));
    pr_d("fnmsub.d -err(a*a)", FP_OP3("fnmsub.d", D, "", 0x3ff0000000400000,
                                      0x3ff0000000400000, 0x3ff0000000800000));
    pr_d("fmadd.d max*2-max", FP_OP3("fmadd.d", D, "", DMAX, D2, DMAX | 1ull << 63));
    pr_d("fmadd.d 2^-1200+1", FP_OP3("fmadd.d", D, "", 0x1a70000000000000,
                                     0x1a70000000000000, D1));
    pr_d("fmadd.d 2^-1200+1 rup", FP_OP3("fmadd.d", D, ", rup", 0x1a70000000000000,
                                         0x1a70000000000000, D1));
    pr_d("fmadd.d tiny+0", FP_OP3("fmadd.d", D, "", 0x1e38000000000000,
                                  0x1e30000000000000, 0));
    pr_d("fmadd.d tiny+0 rup", FP_OP3("fmadd.d", D, ", rup", 0x1e38000000000000,
                                      0x1e30000000000000, 0));
    pr_d("fmadd.d inf*0+qnan", FP_OP3("fmadd.d", D, "", D_INF, 0, D_QNAN));
    pr_d("fmadd.d 0*inf+1", FP_OP3("fmadd.d", D, "", 0, D_INF, D1));
    pr_d("fmadd.d inf*1-inf", FP_OP3("fmadd.d", D, "", D_INF, D1, D_INF | 1ull << 63));
    pr_d("fmsub.d inf*1-inf", FP_OP3("fmsub.d", D, "", D_INF, D1, D_INF));
    pr_d("fmadd.d 1*1+snan", FP_OP3("fmadd.d", D, "", D1, D1, 0x7ff0000000000001));
    pr_d("fmadd.d qnan*0+1", FP_OP3("fmadd.d", D, "", D_QNAN, 0, D1));
    /* signed zeros */
    pr_d("fmadd.d 0*1+-0", FP_OP3("fmadd.d", D, "", 0, D1, 1ull << 63));
    pr_d("fmadd.d 0*1+-0 rdn", FP_OP3("fmadd.d", D, ", rdn", 0, D1, 1ull << 63));
    pr_d("fnmadd.d -(0*1)-0", FP_OP3("fnmadd.d", D, "", 0, D1, 0));
    pr_d("fmsub.d 1*1-1", FP_OP3("fmsub.d", D, "", D1, D1, D1));
    pr_d("fmsub.d 1*1-1 rdn", FP_OP3("fmsub.d", D, ", rdn", D1, D1, D1));
    pr_d("fnmsub.d -(1*1)+1 rdn", FP_OP3("fnmsub.d", D, ", rdn", D1, D1, D1));
    /* singles: a = 1 + 2^-12, rn(a*a) = 1 + 2^-11 (a tie, to even) */
    pr_s("fmsub.s err(a*a)", FP_OP3("fmsub.s", S, "", 0x3f800800, 0x3f800800, 0x3f801000));
    pr_s("fmadd.s max*2-max", FP_OP3("fmadd.s", S, "", 0x7f7fffff, 0x40000000, 0xff7fffff));
    pr_s("fmadd.s 0*inf+qnan", FP_OP3("fmadd.s", S, "", 0, 0x7f800000, 0x7fc00000));
    pr_s("fmadd.s 1*2+3", FP_OP3("fmadd.s", S, "", 0x3f800000, 0x40000000, 0x40400000));
    pr_s("fmsub.s 1*2-3", FP_OP3("fmsub.s", S, "", 0x3f800000, 0x40000000, 0x40400000));
    pr_s("fnmsub.s -(1*2)+3", FP_OP3("fnmsub.s", S, "", 0x3f800000, 0x40000000, 0x40400000));
    pr_s("fnmadd.s -(1*2)-3", FP_OP3("fnmadd.s", S, "", 0x3f800000, 0x40000000, 0x40400000));
    pr_s("fmadd.s 1/3*3-1", FP_OP3("fmadd.s", S, "", 0x3eaaaaab, 0x40400000, 0xbf800000));
    return 0;
}
