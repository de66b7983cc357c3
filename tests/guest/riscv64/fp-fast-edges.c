/* SPDX-License-Identifier: MIT */
/*
 * The cases where the JIT's inline FP code must hand over to the helpers
 * (translator/fp-fast.h), derived by hand from IEEE 754 and the RISC-V
 * spec.  fflags: NV 10, DZ 08, OF 04, UF 02, NX 01.
 *
 * 1. frm switched inside one block (fsrm right before the dynamic-rm ops,
 *    results printed after): 1/3 double = 1.0101...b x 2^-2, the bits
 *    after the 52nd are 0101...: RNE/RTZ/RDN/RMM 3fd5555555555555, RUP
 *    ...556.  1/3 single: the bits after the 23rd are 1010..., above
 *    half: RNE/RUP/RMM 3eaaaaab, RTZ/RDN 3eaaaaaa.  sqrt(2) =
 *    1.41421356237309504880..., 3ff6a09e667f3bcd is above it:
 *    RNE/RUP/RMM ...bcd, RTZ/RDN ...bcc.  fcvt.d.l 2^53 + 1, halfway
 *    between 2^53 and 2^53 + 2: RNE (even) / RTZ / RDN 4340000000000000,
 *    RUP/RMM 4340000000000001.  fcvt.w.d 2.5: RNE 2, RTZ 2, RDN 2, RUP 3,
 *    RMM 3.
 * 2. Accrual over a run of ops read once, and writes that must stick:
 *    50 exact adds 00; then 1/3 01; fsflags 0 then an exact add 00;
 *    csrs fflags DZ then an exact add 08; then 1/0 (DZ), max*2 (OF NX),
 *    min subnormal * 0.5 (UF NX): 0f; fcsr with frm RUP: 3<<5 | 0f = 6f.
 * 3. NaNs: a NaN result is the canonical NaN; a single that is not
 *    NaN-boxed reads as the canonical NaN (no flag).
 * 4. Conversions at the edges (32-bit results sign-extended): fcvt.wu.d
 *    -1.5 is out of range: NV alone (not NX); fcvt.lu.d 2^63 is exact,
 *    no flag, though x86 gives its overflow value 2^63 for it.
 * 5. Tininess after rounding: (1 + 2^-52)(2^-1022 - 2^-1074) =
 *    2^-1022 (1 - 2^-104) rounds to 2^-1022 with an unbounded exponent
 *    too: not tiny, NX alone; fcvt.s.d of 2^-126 (1 - 2^-30) likewise.
 */
#include "fp-util.h"

static void rm_switch(void)
{
    for (uint64_t rm = 0; rm <= 4; rm++) {
        uint64_t q, qs, r2, c, w;
        __asm__ volatile("li t0, 0x3ff0000000000000\n\t"
                         "fmv.d.x ft0, t0\n\t"
                         "li t0, 0x4008000000000000\n\t"
                         "fmv.d.x ft1, t0\n\t"
                         "li t0, 0x3f800000\n\t"
                         "fmv.w.x ft3, t0\n\t"
                         "li t0, 0x40400000\n\t"
                         "fmv.w.x ft4, t0\n\t"
                         "li t0, 0x4000000000000000\n\t"
                         "fmv.d.x ft5, t0\n\t"
                         "li t1, 0x20000000000001\n\t"
                         "li t0, 0x4004000000000000\n\t"
                         "fmv.d.x ft6, t0\n\t"
                         "fsrm %5\n\t"
                         "fdiv.d ft2, ft0, ft1\n\t"
                         "fmv.x.d %0, ft2\n\t"
                         "fdiv.s ft2, ft3, ft4\n\t"
                         "fmv.x.w %1, ft2\n\t"
                         "fsqrt.d ft2, ft5\n\t"
                         "fmv.x.d %2, ft2\n\t"
                         "fcvt.d.l ft2, t1\n\t"
                         "fmv.x.d %3, ft2\n\t"
                         "fcvt.w.d %4, ft6\n\t"
                         "fsrm zero"
                         : "=&r"(q), "=&r"(qs), "=&r"(r2), "=&r"(c), "=&r"(w)
                         : "r"(rm)
                         : "t0", "t1", "ft0", "ft1", "ft2", "ft3", "ft4",
                           "ft5", "ft6");
        printf("rm %d: %016llx %08x %016llx %016llx %lld\n", (int)rm,
               (unsigned long long)q, (unsigned)(uint32_t)qs,
               (unsigned long long)r2, (unsigned long long)c, (long long)w);
    }
}

static void accrual(void)
{
    uint64_t f1, f2, f3, f4, f5, fcsr;
    __asm__ volatile("fsflags zero\n\t"
                     "li t0, 0x3ff0000000000000\n\t"
                     "fmv.d.x ft0, t0\n\t"
                     "li t1, 50\n"
                     "1:\n\t"
                     "fadd.d ft1, ft0, ft0\n\t"
                     "addi t1, t1, -1\n\t"
                     "bnez t1, 1b\n\t"
                     "frflags %0\n\t"
                     "li t0, 0x4008000000000000\n\t"
                     "fmv.d.x ft1, t0\n\t"
                     "fdiv.d ft2, ft0, ft1\n\t"
                     "frflags %1\n\t"
                     "fsflags zero\n\t"
                     "fadd.d ft2, ft0, ft0\n\t"
                     "frflags %2\n\t"
                     "csrsi fflags, 8\n\t"
                     "fadd.d ft2, ft0, ft0\n\t"
                     "frflags %3\n\t"
                     "fmv.d.x ft1, zero\n\t"
                     "fdiv.d ft2, ft0, ft1\n\t"
                     "li t0, 0x7fefffffffffffff\n\t"
                     "fmv.d.x ft1, t0\n\t"
                     "fadd.d ft2, ft1, ft1\n\t"
                     "li t0, 1\n\t"
                     "fmv.d.x ft1, t0\n\t"
                     "li t0, 0x3fe0000000000000\n\t"
                     "fmv.d.x ft3, t0\n\t"
                     "fmul.d ft2, ft1, ft3\n\t"
                     "frflags %4\n\t"
                     "fsrmi 3\n\t"
                     "frcsr %5\n\t"
                     "fsrmi 0\n\t"
                     "frflags %4"
                     : "=&r"(f1), "=&r"(f2), "=&r"(f3), "=&r"(f4), "=&r"(f5),
                       "=&r"(fcsr)
                     :
                     : "t0", "t1", "ft0", "ft1", "ft2", "ft3");
    printf("accrual: %02x %02x %02x %02x %02x fcsr %02x\n", (unsigned)f1,
           (unsigned)f2, (unsigned)f3, (unsigned)f4, (unsigned)f5,
           (unsigned)fcsr);
}

int main(void)
{
    rm_switch();
    accrual();

    /* 3. NaNs: canonical results; an unboxed single input */
    pr_d("fadd.d qnan+1", FP_OP2("fadd.d", D, "", 0x7ff8000000000123ull,
                                 0x3ff0000000000000ull));
    pr_d("fmul.d inf*0", FP_OP2("fmul.d", D, "", 0x7ff0000000000000ull, 0));
    uint64_t r;
    __asm__ volatile("fsflags zero\n\t"
                     "li t0, 0x3f800000\n\t"
                     "fmv.d.x ft0, t0\n\t" /* upper half 0: not a boxed single */
                     "li t0, 0x3f800000\n\t"
                     "fmv.w.x ft1, t0\n\t"
                     "fadd.s ft2, ft0, ft1\n\t"
                     "fmv.x.d %0, ft2\n\t"
                     "frflags %1"
                     : "=&r"(r), "=&r"(fp_flags)
                     :
                     : "t0", "ft0", "ft1", "ft2");
    pr_d("fadd.s unboxed+1", r); /* ffffffff7fc00000 00 */
    pr_d("fmin.d 1 qnan", FP_OP2("fmin.d", D, "", 0x3ff0000000000000ull,
                                 0x7ff8000000000123ull)); /* 1.0, 00 */
    pr_d("fmin.d -0 +0", FP_OP2("fmin.d", D, "", 0x8000000000000000ull, 0));
    pr_d("fmax.d -0 +0", FP_OP2("fmax.d", D, "", 0x8000000000000000ull, 0));
    pr_d("flt.d qnan 1", FP_CMP("flt.d", D, 0x7ff8000000000000ull,
                                0x3ff0000000000000ull)); /* 0, NV */

    /* 4. conversions */
    pr_d("fcvt.w.d 2^31", FP_TOX("fcvt.w.d", D, ", rtz", 0x41e0000000000000ull));
    pr_d("fcvt.w.d -2^31", FP_TOX("fcvt.w.d", D, ", rtz", 0xc1e0000000000000ull));
    pr_d("fcvt.w.d -2^31-1", FP_TOX("fcvt.w.d", D, ", rtz", 0xc1e0000000200000ull));
    pr_d("fcvt.w.d -2^31-0.5", FP_TOX("fcvt.w.d", D, ", rtz", 0xc1e0000000100000ull));
    pr_d("fcvt.wu.d -1.5", FP_TOX("fcvt.wu.d", D, ", rtz", 0xbff8000000000000ull));
    pr_d("fcvt.wu.d -0.5", FP_TOX("fcvt.wu.d", D, ", rtz", 0xbfe0000000000000ull));
    pr_d("fcvt.wu.d 2^32-0.5", FP_TOX("fcvt.wu.d", D, ", rtz", 0x41efffffffff0000ull));
    pr_d("fcvt.wu.d 2^32", FP_TOX("fcvt.wu.d", D, ", rtz", 0x41f0000000000000ull));
    pr_d("fcvt.l.d 2^63", FP_TOX("fcvt.l.d", D, ", rtz", 0x43e0000000000000ull));
    pr_d("fcvt.l.d nan", FP_TOX("fcvt.l.d", D, ", rtz", 0x7ff8000000000000ull));
    pr_d("fcvt.lu.d 2^63", FP_TOX("fcvt.lu.d", D, ", rtz", 0x43e0000000000000ull));
    pr_d("fcvt.lu.d 2^64", FP_TOX("fcvt.lu.d", D, ", rtz", 0x43f0000000000000ull));
    pr_d("fcvt.l.d 2.5 rne", FP_TOX("fcvt.l.d", D, ", rne", 0x4004000000000000ull));
    pr_d("fcvt.w.d -2.5 rne", FP_TOX("fcvt.w.d", D, ", rne", 0xc004000000000000ull));
    pr_d("fcvt.w.s -2^31", FP_TOX("fcvt.w.s", S, ", rtz", 0xcf000000u));
    pr_d("fcvt.d.l 2^63-1", FP_FROMX("fcvt.d.l", D, "", 0x7fffffffffffffffull));
    pr_d("fcvt.d.lu 2^64-1", FP_FROMX("fcvt.d.lu", D, "", 0xffffffffffffffffull));
    pr_d("fcvt.s.wu ffffffff", FP_FROMX("fcvt.s.wu", D, "", 0xffffffffull));
    pr_d("fcvt.s.w 80000000", FP_FROMX("fcvt.s.w", D, "", 0x80000000ull));

    /* 5. tininess after rounding */
    pr_d("fmul.d to min normal", FP_OP2("fmul.d", D, "", 0x3ff0000000000001ull,
                                        0x000fffffffffffffull));
    pr_d("fcvt.s.d to min normal", FP_OP1("fcvt.s.d", D, D, "",
                                          0x380ffffff8000000ull));
    return 0;
}
