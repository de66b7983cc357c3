// FPCR.RMode (RN, RP, RM, RZ set with msr fpcr) on frinti, frintx, scvtf,
// fadd, fdiv, fmul overflow and fcvt (double to single).  Derivations:
//   frinti 2.5 / -2.5: RN 2 / -2 (ties to even), RP 3 / -2, RM 2 / -3, RZ 2 / -2
//   scvtf 2^24+1 to single: halfway between 2^24 and 2^24+2:
//     RN 2^24 (4b800000), RP 4b800001, RM 4b800000, RZ 4b800000;
//     for -(2^24+1): RN cb800000, RP cb800000, RM cb800001, RZ cb800000
//   1 + 2^-24 (single): RN 3f800000 (tie, even), RP 3f800001, RM/RZ 3f800000
//   1/3 (double) = 1.0101...b x 2^-2, the bit after the 52nd is 0:
//     RN/RM/RZ 3fd5555555555555, RP 3fd5555555555556
//   FLT_MAX * 2: RN/RP inf 7f800000, RM/RZ 7f7fffff
//   fcvt of 1 + 2^-24 + 2^-50 (3ff0000010000004), above the midpoint:
//     RN/RP 3f800001, RM/RZ 3f800000
//   frintx 0.5: RN 0, RP 1.0 (3ff0000000000000), RM 0, RZ 0; IXC (bit 4)
#include "a64test.h"
A64TEST_START
    mov     x20, #0
1:  lsl     x21, x20, #22
    msr     fpcr, x21
    msr     fpsr, xzr
    PHEX    "mode", x20
    fmov    d1, #2.5
    frinti  d0, d1
    fmov    x9, d0
    PHEX    "frinti 2.5", x9
    fmov    d1, #-2.5
    frinti  d0, d1
    fmov    x9, d0
    PHEX    "frinti -2.5", x9
    ldr     x10, =0x1000001
    scvtf   s0, x10
    fmov    w9, s0
    PHEX    "scvtf 2^24+1", x9
    neg     x10, x10
    scvtf   s0, x10
    fmov    w9, s0
    PHEX    "scvtf -(2^24+1)", x9
    fmov    s1, #1.0
    ldr     w10, =0x33800000        // 2^-24
    fmov    s2, w10
    fadd    s0, s1, s2
    fmov    w9, s0
    PHEX    "fadd", x9
    fmov    d1, #1.0
    fmov    d2, #3.0
    fdiv    d0, d1, d2
    fmov    x9, d0
    PHEX    "fdiv 1/3", x9
    ldr     w10, =0x7f7fffff
    fmov    s1, w10
    fmov    s2, #2.0
    fmul    s0, s1, s2
    fmov    w9, s0
    PHEX    "fmul max*2", x9
    ldr     x10, =0x3ff0000010000004
    fmov    d1, x10
    fcvt    s0, d1
    fmov    w9, s0
    PHEX    "fcvt", x9
    msr     fpsr, xzr
    fmov    d1, #0.5
    frintx  d0, d1
    fmov    x9, d0
    PHEX    "frintx 0.5", x9
    mrs     x9, fpsr
    PHEX    "fpsr", x9
    add     x20, x20, #1
    cmp     x20, #4
    b.ne    1b
    msr     fpcr, xzr
    EXIT    0
A64TEST_END
