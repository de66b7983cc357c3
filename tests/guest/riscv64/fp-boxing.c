/* SPDX-License-Identifier: MIT */
/*
 * NaN boxing of singles in the 64-bit f registers: flw, fmv.w.x, fcvt.s.*
 * and single arithmetic set the upper 32 bits to ones; an operand whose
 * upper half is not all ones reads as the canonical NaN (fsgnj.s included);
 * fmv.x.w and fsw move the raw low bits whatever the boxing; fsgnj.d and
 * fsd move all 64 bits untouched.  Hand-derived: fp-boxing.expected.
 */
#include "fp-util.h"

/* Run "body" with ft0 = a (64 raw bits), ft1 = b; result from ft2 (64 bits). */
#define SEQ(body, a, b)                                                        \
    ({                                                                         \
        uint64_t r_;                                                           \
        __asm__ volatile("fsflags zero\n\tfmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\t" \
                         body "\n\tfmv.x.d %0, ft2\n\tfrflags %1"              \
                         : "=&r"(r_), "=&r"(fp_flags)                          \
                         : "r"((uint64_t)(a)), "r"((uint64_t)(b))              \
                         : "ft0", "ft1", "ft2");                               \
        r_;                                                                    \
    })

#define D1 0x3ff0000000000000ull

int main(void)
{
    static volatile uint32_t w = 0x40490fdb; /* pi as a single */
    static volatile uint64_t dw = 0;
    uint64_t r;

    pr_d("fmv.w.x 1", SEQ("fmv.w.x ft2, %2", 0x3f800000, 0));
    pr_d("fmv.w.x low32", SEQ("fmv.w.x ft2, %2", 0x123456783f800000, 0));
    pr_d("fmv.x.w -0", FP_TOX("fmv.x.w", S, "", 0x80000000));
    pr_d("fmv.x.w 1", FP_TOX("fmv.x.w", S, "", 0x3f800000));
    pr_d("fmv.x.w unboxed 1.0d", FP_TOX("fmv.x.w", D, "", D1));
    pr_d("fmv.x.w unboxed raw", FP_TOX("fmv.x.w", D, "", 0x40000000c0000000));
    __asm__ volatile("flw ft2, 0(%1)\n\tfmv.x.d %0, ft2" : "=r"(r) : "r"(&w) : "ft2");
    printf("flw pi: %016llx\n", (unsigned long long)r);
    __asm__ volatile("flw ft2, 0(%0)\n\tfsd ft2, 0(%1)" : : "r"(&w), "r"(&dw) : "ft2", "memory");
    printf("flw+fsd pi: %016llx\n", (unsigned long long)dw);
    dw = 0;
    __asm__ volatile("fmv.d.x ft2, %0\n\tfsw ft2, 0(%1)"
                     : : "r"(0x1122334455667788ull), "r"(&dw) : "ft2", "memory");
    printf("fsw unboxed: %016llx\n", (unsigned long long)dw);
    /* a double register used as a single: the canonical NaN, quietly */
    pr_d("fadd.s unboxed", SEQ("fadd.s ft2, ft0, ft0", D1, 0));
    pr_d("fadd.s half-boxed", SEQ("fadd.s ft2, ft0, ft1", 0x7fffffff3f800000,
                                  0xffffffff3f800000));
    pr_d("fmadd.s unboxed", SEQ("fmadd.s ft2, ft1, ft1, ft0", 0x3f800000,
                                0xffffffff3f800000));
    pr_d("fmv.s unboxed", SEQ("fmv.s ft2, ft0", D1, 0));
    pr_d("fneg.s unboxed", SEQ("fneg.s ft2, ft0", D1, 0));
    pr_d("fabs.s unboxed", SEQ("fabs.s ft2, ft0", D1, 0));
    pr_d("fsgnj.s -2,unboxed", SEQ("fsgnj.s ft2, ft0, ft1", 0xffffffffc0000000, D1));
    pr_d("fsgnjx.s -2,-1", SEQ("fsgnjx.s ft2, ft0, ft1", 0xffffffffc0000000,
                               0xffffffffbf800000));
    pr_d("fsgnjn.s snan", SEQ("fsgnjn.s ft2, ft0, ft0", 0xffffffff7f800123, 0));
    pr_d("fmax.s unboxed,2", SEQ("fmax.s ft2, ft0, ft1", D1, 0xffffffff40000000));
    pr_d("fcvt.d.s unboxed", SEQ("fcvt.d.s ft2, ft0", D1, 0));
    pr_d("fcvt.s.d 1", SEQ("fcvt.s.d ft2, ft0", D1, 0));
    pr_d("fcvt.s.w 1", SEQ("fcvt.s.w ft2, %2", 1, 0));
    pr_d("feq.s unboxed", FP_CMP("feq.s", D, D1, D1));
    pr_d("flt.s unboxed", FP_CMP("flt.s", D, D1, D1));
    pr_d("fclass.s unboxed", FP_TOX("fclass.s", D, "", D1));
    pr_d("fcvt.w.s unboxed", FP_TOX("fcvt.w.s", D, ", rtz", D1));
    /* doubles: sign injection keeps payloads and never flags */
    pr_d("fmv.d snan", SEQ("fmv.d ft2, ft0", 0x7ff4000000000123, 0));
    pr_d("fneg.d snan", SEQ("fneg.d ft2, ft0", 0x7ff4000000000123, 0));
    pr_d("fabs.d -1", SEQ("fabs.d ft2, ft0", 0xbff0000000000000, 0));
    pr_d("fsgnj.d 1,-0", SEQ("fsgnj.d ft2, ft0, ft1", D1, 0x8000000000000000));
    pr_d("fsgnjn.d -1,-0", SEQ("fsgnjn.d ft2, ft0, ft1", 0xbff0000000000000,
                               0x8000000000000000));
    pr_d("fsgnjx.d -1,-2", SEQ("fsgnjx.d ft2, ft0, ft1", 0xbff0000000000000,
                               0xc000000000000000));
    /* a boxed single survives fmv.d and is still usable as a single */
    pr_d("fmv.d boxed then fadd.s",
         SEQ("fmv.d ft1, ft0\n\tfadd.s ft2, ft1, ft1", 0xffffffff3f800000, 0));
    pr_d("fmv.d.x / fmv.x.d", SEQ("fmv.d.x ft2, %2", 0x0123456789abcdef, 0));
    return 0;
}
