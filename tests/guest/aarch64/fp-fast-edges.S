// The cases where the JIT's inline FP code must hand over to the helpers
// (translator/fp-fast.h), each checked against the Arm ARM by hand.
// FPSR bits: IOC 01, DZC 02, OFC 04, UFC 08, IXC 10.
//
// 1. FPCR.RMode switched inside one block (no branch between the msr and
//    the ops), results kept in registers and printed after:
//    1/3 double = 1.0101...b x 2^-2, bit 53 on is 0101...: RN/RM/RZ
//    3fd5555555555555, RP ...556.  1/3 single: the bits after 23 are
//    1010..., above half: RN/RP 3eaaaaab, RM/RZ 3eaaaaaa.
//    sqrt(2) = 1.41421356237309504880..., 3ff6a09e667f3bcd is above it:
//    RN/RP 3ff6a09e667f3bcd, RM/RZ 3ff6a09e667f3bcc.  scvtf 2^53 + 1 is
//    halfway between 2^53 and 2^53 + 2: RN (even) / RM / RZ
//    4340000000000000, RP 4340000000000001.
// 2. Flags accrued by a run of ops and read once; a write of FPSR keeps
//    them cleared: 50 exact adds 0; 1/3 IXC 10; msr fpsr, xzr then an exact
//    add 0; 1/0 DZC, max*2 OFC|IXC, the tiny product of 3 IXC|UFC: 1e.
// 3. Tininess before rounding: (1 + 2^-52) x (2^-1022 - 2^-1074) =
//    2^-1022 (1 - 2^-104) rounds up to the smallest normal
//    0010000000000000, inexact and tiny before rounding: UFC|IXC 18; the
//    single (1 + 2^-23) x (2^-126 - 2^-149) likewise 00800000, 18; fmadd
//    with addend +0 the same as the double product, 18; fcvt to single of
//    2^-126 (1 - 2^-30) (380ffffff8000000) rounds to 00800000, 18.
//    Exact: 2^-1021 x 0.5 = 0010000000000000, 0; 2^-1022 x 0.5 =
//    0008000000000000 (subnormal, exact), 0.
// 4. Integer conversion edges (W results zero-extended in X):
//    fcvtzs w 2^31 -> 7fffffff IOC; -2^31 -> 80000000, 0; -2^31 - 1 ->
//    80000000 IOC; -2147483648.5 -> 80000000 IXC (in range once
//    truncated); fcvtzu w -1.5 -> 0 IOC alone; -0.5 -> 0 IXC;
//    4294967295.5 -> ffffffff IXC; 2^32 -> ffffffff IOC; fcvtzs x 2^63 ->
//    7fffffffffffffff IOC; fcvtzs x NaN -> 0 IOC; fcvtzu x 2^63 ->
//    8000000000000000, 0; fcvtzu x 2^64 -> ffffffffffffffff IOC;
//    fcvtns x 2.5 -> 2 IXC (ties to even); fcvtns w -2.5 -> fffffffe IXC;
//    scvtf d 2^63 - 1 -> 2^63 43e0000000000000 IXC; ucvtf d 2^64 - 1 ->
//    43f0000000000000 IXC; ucvtf s w ffffffff -> 2^32 4f800000 IXC;
//    scvtf s w 80000000 -> -2^31 cf000000, 0.
// 5. NaNs (FPProcessNaNs: the first signalling NaN, else the first quiet
//    one, quietened; DN: the default NaN 7ff8000000000000):
//    qNaN 7ff8000000000123 + 1 -> 7ff8000000000123, 0; 1 + sNaN
//    7ff0000000000456 -> 7ff8000000000456 IOC; qNaN + sNaN -> the sNaN
//    quietened 7ff8000000000456 IOC; qNaN 7ff8...123 + qNaN 7ff8...789 ->
//    the first; inf x 0 -> 7ff8000000000000 IOC; with DN: qNaN + 1 ->
//    7ff8000000000000, 0; single qNaN 7fc00123 + 1 -> 7fc00123.
//    fmax(1, qNaN) -> the qNaN; fmaxnm(1, qNaN) -> 1 (3ff0000000000000);
//    fmin(-0, +0) -> -0 8000000000000000; fmax(-0, +0) -> +0.
//    fcmp qNaN, 1 -> NZCV 0011 (30000000), 0; fcmpe -> 30000000 IOC;
//    fcmp 1, 2 -> 1000 (80000000); fcmp 2, 2 -> 0110 (60000000);
//    fcmp 3, #0.0 -> 0010 (20000000).
// 6. Vector lanes (printed as the low and high 64 bits of the result):
//    fadd 2d {1, qNaN 7ff8...123} + {2, 1} -> {4008000000000000,
//    7ff8000000000123}, 0; fmul 4s {3f800001, 2, 3, 1} x {007fffff, 3, 1,
//    1}: lane 0 rounds up to 00800000 tiny before rounding -> 40c00000
//    00800000 / 3f800000 40400000, UFC|IXC 18; fadd 2s {1, 2} + {0.5,
//    0.25} -> 40100000 3fc00000, upper half zeroed, 0; fdiv 2d {1, 1} /
//    {3, 0} -> {3fd5555555555555, 7ff0000000000000}, IXC|DZC 12.
#include "a64test.h"

// d0 = op d1, d2 on raw bits a, b; print d0 (or s0) and FPSR.
.macro OP2 label, op, r, a, b
    ldr     x10, =\a
    fmov    d1, x10
    ldr     x10, =\b
    fmov    d2, x10
    msr     fpsr, xzr
    \op     \r\()0, \r\()1, \r\()2
    mrs     x11, fpsr
    fmov    x10, d0
    PHEX    "\label", x10
    PHEX    "fpsr", x11
.endm

// x0 = op of the double a (conversions to integer); print x0 and FPSR.
.macro CVTI label, op, r, a
    ldr     x10, =\a
    fmov    d1, x10
    msr     fpsr, xzr
    \op     \r\()12, d1
    mrs     x11, fpsr
    PHEX    "\label", x12
    PHEX    "fpsr", x11
.endm

// d0 or s0 = op of the integer a; print the bits and FPSR.
.macro CVTF label, op, r, xr, a
    ldr     x10, =\a
    msr     fpsr, xzr
    \op     \r\()0, \xr\()10
    mrs     x11, fpsr
    fmov    x10, d0
    PHEX    "\label", x10
    PHEX    "fpsr", x11
.endm

// v0 = op v1, v2 (arrangement t) on raw 64-bit halves; print and FPSR.
.macro VOP label, op, t, alo, ahi, blo, bhi
    ldr     x10, =\alo
    fmov    d1, x10
    ldr     x10, =\ahi
    fmov    v1.d[1], x10
    ldr     x10, =\blo
    fmov    d2, x10
    ldr     x10, =\bhi
    fmov    v2.d[1], x10
    msr     fpsr, xzr
    \op     v0.\t, v1.\t, v2.\t
    mrs     x11, fpsr
    fmov    x10, d0
    fmov    x12, v0.d[1]
    PHEX    "\label", x10
    PHEX    "high", x12
    PHEX    "fpsr", x11
.endm

// NZCV of fcmp/fcmpe a, b; and FPSR.
.macro FCMPT label, op, a, b
    ldr     x10, =\a
    fmov    d1, x10
    ldr     x10, =\b
    fmov    d2, x10
    msr     fpsr, xzr
    msr     nzcv, xzr
    \op     d1, d2
    mrs     x12, nzcv
    mrs     x11, fpsr
    PHEX    "\label", x12
    PHEX    "fpsr", x11
.endm

A64TEST_START
    // 1. rounding modes switched inside one block
    mov     x20, #0
1:  lsl     x21, x20, #22
    fmov    d1, #1.0
    fmov    d2, #3.0
    fmov    s4, #1.0
    fmov    s5, #3.0
    fmov    d3, #2.0
    ldr     x9, =0x20000000000001
    msr     fpcr, x21
    fdiv    d0, d1, d2
    fmov    x22, d0
    fdiv    s0, s4, s5
    fmov    w23, s0
    fsqrt   d0, d3
    fmov    x24, d0
    scvtf   d0, x9
    fmov    x25, d0
    msr     fpcr, xzr
    PHEX    "mode", x20
    PHEX    "1/3", x22
    PHEX    "1/3 s", x23
    PHEX    "sqrt 2", x24
    PHEX    "scvtf 2^53+1", x25
    add     x20, x20, #1
    cmp     x20, #4
    b.ne    1b

    // 2. accrued flags
    msr     fpsr, xzr
    fmov    d1, #1.0
    mov     x20, #50
2:  fadd    d0, d1, d1
    subs    x20, x20, #1
    b.ne    2b
    mrs     x11, fpsr
    PHEX    "50 exact adds", x11
    fmov    d2, #3.0
    fdiv    d0, d1, d2
    mrs     x11, fpsr
    PHEX    "then 1/3", x11
    msr     fpsr, xzr
    fadd    d0, d1, d1
    mrs     x11, fpsr
    PHEX    "cleared, exact add", x11
    fmov    d2, xzr
    fdiv    d0, d1, d2
    ldr     x10, =0x7fefffffffffffff
    fmov    d3, x10
    fmov    d4, #2.0
    fmul    d0, d3, d4
    ldr     x10, =0x3ff0000000000001
    fmov    d3, x10
    ldr     x10, =0x000fffffffffffff
    fmov    d4, x10
    fmul    d0, d3, d4
    mrs     x11, fpsr
    PHEX    "1/0 max*2 tiny", x11

    // 3. tininess before rounding
    OP2     "tiny mul d", fmul, d, 0x3ff0000000000001, 0x000fffffffffffff
    OP2     "tiny mul s", fmul, s, 0x3f800001, 0x007fffff
    ldr     x10, =0x3ff0000000000001
    fmov    d1, x10
    ldr     x10, =0x000fffffffffffff
    fmov    d2, x10
    fmov    d3, xzr
    msr     fpsr, xzr
    fmadd   d0, d1, d2, d3
    mrs     x11, fpsr
    fmov    x10, d0
    PHEX    "tiny fmadd", x10
    PHEX    "fpsr", x11
    ldr     x10, =0x380ffffff8000000
    fmov    d1, x10
    msr     fpsr, xzr
    fcvt    s0, d1
    mrs     x11, fpsr
    fmov    x10, d0
    PHEX    "tiny fcvt", x10
    PHEX    "fpsr", x11
    OP2     "minnorm exact", fmul, d, 0x0020000000000000, 0x3fe0000000000000
    OP2     "subnormal exact", fmul, d, 0x0010000000000000, 0x3fe0000000000000

    // 4. integer conversions
    CVTI    "fcvtzs w 2^31", fcvtzs, w, 0x41e0000000000000
    CVTI    "fcvtzs w -2^31", fcvtzs, w, 0xc1e0000000000000
    CVTI    "fcvtzs w -2^31-1", fcvtzs, w, 0xc1e0000000200000
    CVTI    "fcvtzs w -2^31-0.5", fcvtzs, w, 0xc1e0000000100000
    CVTI    "fcvtzu w -1.5", fcvtzu, w, 0xbff8000000000000
    CVTI    "fcvtzu w -0.5", fcvtzu, w, 0xbfe0000000000000
    CVTI    "fcvtzu w 2^32-0.5", fcvtzu, w, 0x41efffffffff0000
    CVTI    "fcvtzu w 2^32", fcvtzu, w, 0x41f0000000000000
    CVTI    "fcvtzs x 2^63", fcvtzs, x, 0x43e0000000000000
    CVTI    "fcvtzs x nan", fcvtzs, x, 0x7ff8000000000000
    CVTI    "fcvtzu x 2^63", fcvtzu, x, 0x43e0000000000000
    CVTI    "fcvtzu x 2^64", fcvtzu, x, 0x43f0000000000000
    CVTI    "fcvtns x 2.5", fcvtns, x, 0x4004000000000000
    CVTI    "fcvtns w -2.5", fcvtns, w, 0xc004000000000000
    CVTF    "scvtf d 2^63-1", scvtf, d, x, 0x7fffffffffffffff
    CVTF    "ucvtf d 2^64-1", ucvtf, d, x, 0xffffffffffffffff
    CVTF    "ucvtf s ffffffff", ucvtf, s, w, 0xffffffff
    CVTF    "scvtf s 80000000", scvtf, s, w, 0x80000000

    // 5. NaNs, min/max, compares
    OP2     "qnan+1", fadd, d, 0x7ff8000000000123, 0x3ff0000000000000
    OP2     "1+snan", fadd, d, 0x3ff0000000000000, 0x7ff0000000000456
    OP2     "qnan+snan", fadd, d, 0x7ff8000000000123, 0x7ff0000000000456
    OP2     "qnan+qnan", fadd, d, 0x7ff8000000000123, 0x7ff8000000000789
    OP2     "inf*0", fmul, d, 0x7ff0000000000000, 0
    mov     x10, #1 << 25
    msr     fpcr, x10
    OP2     "dn qnan+1", fadd, d, 0x7ff8000000000123, 0x3ff0000000000000
    msr     fpcr, xzr
    OP2     "qnan+1 s", fadd, s, 0x7fc00123, 0x3f800000
    OP2     "fmax 1 qnan", fmax, d, 0x3ff0000000000000, 0x7ff8000000000123
    OP2     "fmaxnm 1 qnan", fmaxnm, d, 0x3ff0000000000000, 0x7ff8000000000123
    OP2     "fmin -0 +0", fmin, d, 0x8000000000000000, 0
    OP2     "fmax -0 +0", fmax, d, 0x8000000000000000, 0
    FCMPT   "fcmp qnan 1", fcmp, 0x7ff8000000000000, 0x3ff0000000000000
    FCMPT   "fcmpe qnan 1", fcmpe, 0x7ff8000000000000, 0x3ff0000000000000
    FCMPT   "fcmp 1 2", fcmp, 0x3ff0000000000000, 0x4000000000000000
    FCMPT   "fcmp 2 2", fcmp, 0x4000000000000000, 0x4000000000000000
    ldr     x10, =0x4008000000000000
    fmov    d1, x10
    msr     nzcv, xzr
    fcmp    d1, #0.0
    mrs     x12, nzcv
    PHEX    "fcmp 3 #0", x12

    // 6. vector lanes
    VOP     "fadd 2d nan lane", fadd, 2d, 0x3ff0000000000000, 0x7ff8000000000123, 0x4000000000000000, 0x3ff0000000000000
    VOP     "fmul 4s tiny lane", fmul, 4s, 0x400000003f800001, 0x3f80000040400000, 0x40400000007fffff, 0x3f8000003f800000
    VOP     "fadd 2s", fadd, 2s, 0x400000003f800000, 0x1234567812345678, 0x3e8000003f000000, 0x1234567812345678
    VOP     "fdiv 2d", fdiv, 2d, 0x3ff0000000000000, 0x3ff0000000000000, 0x4008000000000000, 0
    EXIT    0
A64TEST_END
