// Reciprocal estimates and steps (Arm ARM FPRecipEstimate, RecipEstimate,
// FPRSqrtEstimate, RecipSqrtEstimate, FPRecipStepFused, FPRSqrtStepFused):
//   frecpe 1.0f: scaled 256, 2^19 / 513 = 1022, (1022 + 1) / 2 = 511,
//     exponent 253 - 127 = 126: 3f7f8000; 2.0f: exponent 125: 3eff8000
//   frecpe 1.0 (double): exponent 2045 - 1023 = 1022: 3feff00000000000
//   frsqrte 1.0f: odd exponent, scaled 128: a = 257, b = 1021, r = 511,
//     exponent (380 - 127) / 2 = 126: 3f7f8000; 4.0f: exponent 125: 3eff8000
//   frsqrte 2.0f: even exponent, scaled 256: a = 514, b = 721 (722^2 =
//     521284 < 2^28 / 514), r = 361 = 0x169: 3f000000 | 0x69 << 15 = 3f348000
//   frecpe +0: +inf, DZC (2); frecpe +inf: +0
//   frecps 2, 0.5: 2 - 1 = 1.0; frecps inf, 0: 2.0
//   frsqrts 3, 0.5: (3 - 1.5) / 2 = 0.75 (3f400000)
//   frecpx 3.0f (exponent 128): ~128 = 127: 3f800000; denormal: 7f000000
//   urecpe 0x80000000: RecipEstimate(256) << 23 = 0x1ff << 23 = ff800000;
//     0x7fffffff (top bit clear): ffffffff
#include "a64test.h"
.macro SHOWS label
    fmov    w9, s0
    mrs     x10, fpsr
    PHEX    "\label", x9
    PHEX    "  fpsr", x10
    msr     fpsr, xzr
.endm
.macro LDS reg, val
    ldr     w11, =\val
    fmov    \reg, w11
.endm
A64TEST_START
    msr     fpsr, xzr
    fmov    s1, #1.0
    frecpe  s0, s1
    SHOWS   "frecpe 1"
    fmov    s1, #2.0
    frecpe  s0, s1
    SHOWS   "frecpe 2"
    fmov    d1, #1.0
    frecpe  d0, d1
    fmov    x9, d0
    PHEX    "frecpe d 1", x9
    fmov    s1, #1.0
    frsqrte s0, s1
    SHOWS   "frsqrte 1"
    fmov    s1, #4.0
    frsqrte s0, s1
    SHOWS   "frsqrte 4"
    fmov    s1, #2.0
    frsqrte s0, s1
    SHOWS   "frsqrte 2"
    movi    v1.2s, #0
    frecpe  s0, s1
    SHOWS   "frecpe 0"
    LDS     s1, 0x7f800000
    frecpe  s0, s1
    SHOWS   "frecpe inf"
    fmov    s1, #2.0
    fmov    s2, #0.5
    frecps  s0, s1, s2
    SHOWS   "frecps 2,0.5"
    LDS     s1, 0x7f800000
    movi    v2.2s, #0
    frecps  s0, s1, s2
    SHOWS   "frecps inf,0"
    fmov    s1, #3.0
    fmov    s2, #0.5
    frsqrts s0, s1, s2
    SHOWS   "frsqrts 3,0.5"
    fmov    s1, #3.0
    frecpx  s0, s1
    SHOWS   "frecpx 3"
    LDS     s1, 0x00000001
    frecpx  s0, s1
    SHOWS   "frecpx denorm"
    ldr     x11, =0x7fffffff80000000
    fmov    d1, x11
    urecpe  v0.2s, v1.2s
    fmov    x9, d0
    PHEX    "urecpe", x9
    EXIT    0
A64TEST_END
