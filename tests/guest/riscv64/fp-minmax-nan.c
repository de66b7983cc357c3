/* SPDX-License-Identifier: MIT */
/*
 * fmin/fmax with the 2.2+ (IEEE 754-2019 minimumNumber) rules: -0 < +0,
 * one NaN operand gives the other operand, two NaNs give the canonical
 * NaN, a signaling NaN sets NV; and NaN results of arithmetic are always
 * the canonical NaN, whatever the input payloads.  Hand-derived
 * expected output: fp-minmax-nan.expected.
 */
#include "fp-util.h"

#define MIN_D(l, a, b) pr_d("fmin.d " l, FP_OP2("fmin.d", D, "", a, b))
#define MAX_D(l, a, b) pr_d("fmax.d " l, FP_OP2("fmax.d", D, "", a, b))
#define MIN_S(l, a, b) pr_s("fmin.s " l, FP_OP2("fmin.s", S, "", a, b))
#define MAX_S(l, a, b) pr_s("fmax.s " l, FP_OP2("fmax.s", S, "", a, b))

#define D_ONE 0x3ff0000000000000ull
#define D_QNAN 0x7ff8000000000000ull
#define D_SNAN 0x7ff0000000000001ull

int main(void)
{
    MIN_D("-0,+0", 0x8000000000000000, 0);
    MIN_D("+0,-0", 0, 0x8000000000000000);
    MAX_D("-0,+0", 0x8000000000000000, 0);
    MAX_D("+0,-0", 0, 0x8000000000000000);
    MIN_D("qnan,1", D_QNAN, D_ONE);
    MIN_D("1,qnan", D_ONE, D_QNAN);
    MAX_D("-qnan.payload,1", 0xfff8000000000123, D_ONE);
    MIN_D("snan,1", D_SNAN, D_ONE);
    MAX_D("1,snan", D_ONE, D_SNAN);
    MIN_D("qnan,qnan", 0xfff8000000000123, 0x7ff8000000000456);
    MAX_D("snan,qnan", D_SNAN, D_QNAN);
    MIN_D("-1,2", 0xbff0000000000000, 0x4000000000000000);
    MAX_D("-1,2", 0xbff0000000000000, 0x4000000000000000);
    MIN_D("-inf,1", 0xfff0000000000000, D_ONE);
    MAX_D("+inf,qnan", 0x7ff0000000000000, D_QNAN);
    MIN_D("minsub,-minsub", 0x0000000000000001, 0x8000000000000001);
    MIN_S("-0,+0", 0x80000000, 0);
    MAX_S("-0,+0", 0x80000000, 0);
    MIN_S("snan,1", 0x7f800001, 0x3f800000);
    MAX_S("qnan,qnan", 0xffc00001, 0x7fc00002);
    MAX_S("3,-3", 0x40400000, 0xc0400000);
    MIN_S("qnan.payload,-2", 0x7fc0abcd, 0xc0000000);
    /* arithmetic NaN results: canonical, whatever came in */
    pr_d("fadd.d -qnan.payload+1", FP_OP2("fadd.d", D, "", 0xfff8000000000abc, D_ONE));
    pr_d("fmul.d 1*qnan.payload", FP_OP2("fmul.d", D, "", D_ONE, 0x7ff800000000beef));
    pr_d("fdiv.d snan.payload/1", FP_OP2("fdiv.d", D, "", 0xfff0000000001234, D_ONE));
    pr_s("fsub.s -qnan-qnan", FP_OP2("fsub.s", S, "", 0xffc00000, 0x7fc00001));
    pr_s("fsqrt.s qnan.payload", FP_OP1("fsqrt.s", S, S, "", 0x7fd00000));
    pr_s("fmadd.s qnan.payload", FP_OP3("fmadd.s", S, "", 0x3f800000, 0x3f800000, 0xffc00005));
    pr_s("fcvt.s.d -qnan.payload", FP_OP1("fcvt.s.d", S, D, "", 0xfff8000000012345));
    pr_d("fcvt.d.s -qnan.payload", FP_OP1("fcvt.d.s", D, S, "", 0xffc12345));
    return 0;
}
