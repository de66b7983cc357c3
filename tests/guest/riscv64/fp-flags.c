/* SPDX-License-Identifier: MIT */
/*
 * fflags after each op (cleared before it), then accrual and the fcsr
 * views: NV, DZ, OF, UF (tininess after rounding), NX.  Flags print as
 * two hex digits: NV 10, DZ 08, OF 04, UF 02, NX 01.
 * fp-flags.expected is derived by hand from IEEE 754 / the RISC-V spec.
 */
#include "fp-util.h"

#define D_ONE 0x3ff0000000000000ull
#define D_INF 0x7ff0000000000000ull
#define D_QNAN 0x7ff8000000000000ull

int main(void)
{
    pr_d("fadd.d 1+1", FP_OP2("fadd.d", D, "", D_ONE, D_ONE));
    pr_d("fdiv.d 1/3", FP_OP2("fdiv.d", D, "", D_ONE, 0x4008000000000000));
    pr_d("fdiv.d 1/0", FP_OP2("fdiv.d", D, "", D_ONE, 0));
    pr_d("fdiv.d -1/0", FP_OP2("fdiv.d", D, "", 0xbff0000000000000, 0));
    pr_d("fdiv.d 0/0", FP_OP2("fdiv.d", D, "", 0, 0));
    pr_d("fdiv.d inf/0", FP_OP2("fdiv.d", D, "", D_INF, 0));
    pr_d("fmul.d max*2", FP_OP2("fmul.d", D, "", 0x7fefffffffffffff, 0x4000000000000000));
    pr_d("fmul.d max*2 rtz", FP_OP2("fmul.d", D, ", rtz", 0x7fefffffffffffff,
                                    0x4000000000000000));
    pr_s("fadd.s max+max", FP_OP2("fadd.s", S, "", 0x7f7fffff, 0x7f7fffff));
    pr_s("fmul.s minsub*0.5", FP_OP2("fmul.s", S, "", 0x00000001, 0x3f000000));
    pr_s("fmul.s minnorm*0.5", FP_OP2("fmul.s", S, "", 0x00800000, 0x3f000000));
    pr_s("fmul.s tiny-after-round", FP_OP2("fmul.s", S, "", 0x3f800001, 0x007fffff));
    pr_s("fmul.s tiny-after-round rtz", FP_OP2("fmul.s", S, ", rtz", 0x3f800001,
                                               0x007fffff));
    pr_d("fmul.d tiny-after-round", FP_OP2("fmul.d", D, "", 0x3ff0000000000001,
                                           0x000fffffffffffff));
    pr_d("fsub.d inf-inf", FP_OP2("fsub.d", D, "", D_INF, D_INF));
    pr_d("fmul.d inf*0", FP_OP2("fmul.d", D, "", D_INF, 0));
    pr_d("fsqrt.d -1", FP_OP1("fsqrt.d", D, D, "", 0xbff0000000000000));
    pr_d("fsqrt.d -0", FP_OP1("fsqrt.d", D, D, "", 0x8000000000000000));
    pr_s("fadd.s snan+1", FP_OP2("fadd.s", S, "", 0x7f800001, 0x3f800000));
    pr_s("fadd.s qnan+1", FP_OP2("fadd.s", S, "", 0xffc12345, 0x3f800000));
    pr_d("fadd.d qnan+1", FP_OP2("fadd.d", D, "", 0x7ff8000000000abc, D_ONE));
    pr_d("fmadd.d inf*0+qnan", FP_OP3("fmadd.d", D, "", D_INF, 0, D_QNAN));
    pr_d("fmadd.d 1*1+snan", FP_OP3("fmadd.d", D, "", D_ONE, D_ONE, 0x7ff0000000000001));
    pr_s("fcvt.s.d 1e300", FP_OP1("fcvt.s.d", S, D, "", 0x7e37e43c8800759c));
    pr_s("fcvt.s.d 2^-150", FP_OP1("fcvt.s.d", S, D, "", 0x3690000000000000));
    pr_s("fcvt.s.d 2^-140", FP_OP1("fcvt.s.d", S, D, "", 0x3730000000000000));
    pr_d("fcvt.d.s snan", FP_OP1("fcvt.d.s", D, S, "", 0x7fa00000));
    pr_d("fcvt.w.d 1e10", FP_TOX("fcvt.w.d", D, ", rtz", 0x4202a05f20000000));
    pr_d("fcvt.w.d 1.5", FP_TOX("fcvt.w.d", D, ", rtz", 0x3ff8000000000000));
    pr_d("fcvt.d.l 2^53+1", FP_FROMX("fcvt.d.l", D, "", 0x20000000000001));
    pr_s("fcvt.s.l 2^24", FP_FROMX("fcvt.s.l", S, "", 0x1000000));
    pr_d("feq.d qnan", FP_CMP("feq.d", D, D_QNAN, D_ONE));
    pr_d("flt.d qnan", FP_CMP("flt.d", D, D_QNAN, D_ONE));
    pr_d("fmin.d snan", FP_OP2("fmin.d", D, "", 0x7ff0000000000001, D_ONE));

    /* accrual: nothing clears fflags between these two */
    uint64_t acc, fcsr, frm;
    __asm__ volatile("fsflags zero\n\t"
                     "fmv.d.x ft0, %3\n\t"
                     "fmv.d.x ft1, %4\n\t"
                     "fdiv.d ft2, ft0, ft1\n\t" /* 1/3: NX */
                     "fmv.d.x ft1, zero\n\t"
                     "fdiv.d ft2, ft0, ft1\n\t" /* 1/0: DZ */
                     "frflags %0\n\t"
                     "fsrm %5\n\t"
                     "frcsr %1\n\t"
                     "frrm %2"
                     : "=&r"(acc), "=&r"(fcsr), "=&r"(frm)
                     : "r"(D_ONE), "r"(0x4008000000000000ull), "r"(3ull)
                     : "ft0", "ft1", "ft2");
    printf("accrued: %02llx fcsr %02llx frm %llx\n", (unsigned long long)acc,
           (unsigned long long)fcsr, (unsigned long long)frm);
    fp_set_frm(0);
    return 0;
}
