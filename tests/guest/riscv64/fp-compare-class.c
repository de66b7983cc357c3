/* SPDX-License-Identifier: MIT */
/*
 * feq/flt/fle (feq is quiet: NV only for a signaling NaN; flt and fle
 * signal on any NaN) and fclass of every class.  Hand-derived expected
 * output: fp-compare-class.expected.
 */
#include "fp-util.h"

static void pr_x(const char *label, uint64_t r)
{
    printf("%s: %llx %02x\n", label, (unsigned long long)r, (unsigned)fp_flags);
}

#define CMP3_D(l, a, b)                                                        \
    do {                                                                       \
        pr_x("feq.d " l, FP_CMP("feq.d", D, a, b));                            \
        pr_x("flt.d " l, FP_CMP("flt.d", D, a, b));                            \
        pr_x("fle.d " l, FP_CMP("fle.d", D, a, b));                            \
    } while (0)
#define CMP3_S(l, a, b)                                                        \
    do {                                                                       \
        pr_x("feq.s " l, FP_CMP("feq.s", S, a, b));                            \
        pr_x("flt.s " l, FP_CMP("flt.s", S, a, b));                            \
        pr_x("fle.s " l, FP_CMP("fle.s", S, a, b));                            \
    } while (0)
#define CLASS_D(l, a) pr_x("fclass.d " l, FP_TOX("fclass.d", D, "", a))
#define CLASS_S(l, a) pr_x("fclass.s " l, FP_TOX("fclass.s", S, "", a))

#define D1 0x3ff0000000000000ull
#define D2 0x4000000000000000ull

int main(void)
{
    CMP3_D("1,1", D1, D1);
    CMP3_D("1,2", D1, D2);
    CMP3_D("2,1", D2, D1);
    CMP3_D("-0,+0", 0x8000000000000000, 0);
    CMP3_D("qnan,1", 0x7ff8000000000000, D1);
    CMP3_D("snan,1", 0x7ff4000000000000, D1);
    CMP3_D("1,-qnan", D1, 0xfff8000000000000);
    CMP3_D("inf,inf", 0x7ff0000000000000, 0x7ff0000000000000);
    CMP3_D("-inf,inf", 0xfff0000000000000, 0x7ff0000000000000);
    CMP3_D("minsub,0", 1, 0);
    CMP3_S("1,1", 0x3f800000, 0x3f800000);
    CMP3_S("-0,+0", 0x80000000, 0);
    CMP3_S("qnan,1", 0x7fc00000, 0x3f800000);
    CMP3_S("snan,qnan", 0x7f800001, 0x7fc00000);
    CMP3_S("-1,-2", 0xbf800000, 0xc0000000);
    CMP3_S("-2,-1", 0xc0000000, 0xbf800000);
    CLASS_D("-inf", 0xfff0000000000000);
    CLASS_D("-normal", 0xc000000000000000);
    CLASS_D("-subnormal", 0x800fffffffffffff);
    CLASS_D("-0", 0x8000000000000000);
    CLASS_D("+0", 0);
    CLASS_D("+subnormal", 0x0000000000000001);
    CLASS_D("+normal", 0x0010000000000000);
    CLASS_D("+inf", 0x7ff0000000000000);
    CLASS_D("snan", 0x7ff0000000000001);
    CLASS_D("qnan", 0x7ff8000000000000);
    CLASS_D("-snan", 0xfff7ffffffffffff);
    CLASS_S("-inf", 0xff800000);
    CLASS_S("-normal", 0xff7fffff);
    CLASS_S("-subnormal", 0x80000001);
    CLASS_S("-0", 0x80000000);
    CLASS_S("+0", 0);
    CLASS_S("+subnormal", 0x007fffff);
    CLASS_S("+normal", 0x3f800000);
    CLASS_S("+inf", 0x7f800000);
    CLASS_S("snan", 0x7fbfffff);
    CLASS_S("qnan", 0x7fc00000);
    CLASS_S("-qnan", 0xffffffff);
    return 0;
}
