// FPCR.FZ (bit 24): denormal inputs read as zero (IDC, FPSR bit 7);
// results tiny before rounding become zero of their sign (UFC, bit 3, and
// no IXC).  Without FZ, tininess is also detected before rounding (Arm):
// 2^-126 - 2^-151 rounds up to 2^-126 yet underflows (UFC|IXC = 0x18).
#include "a64test.h"
.macro LDS reg, val
    ldr     w9, =\val
    fmov    \reg, w9
.endm
.macro SHOW label
    fmov    x9, d0
    mrs     x10, fpsr
    PHEX    "\label", x9
    PHEX    "  fpsr", x10
    msr     fpsr, xzr
.endm
A64TEST_START
    mov     x20, #(1 << 24)
    mov     x21, #0
1:  msr     fpcr, x21
    msr     fpsr, xzr
    PHEX    "fpcr", x21
    LDS     s1, 0x00000001
    fmov    s2, #1.0
    fadd    s0, s1, s2              // FZ: 3f800000 IDC; else 3f800000 IXC
    SHOW    "denorm+1"
    LDS     s1, 0x00800000
    fmov    s2, #0.5
    fmul    s0, s1, s2              // FZ: 0 UFC; else 00400000 exact
    SHOW    "min*0.5"
    LDS     s1, 0x80800000
    fmul    s0, s1, s2              // FZ: 80000000 UFC; else 80400000
    SHOW    "-min*0.5"
    LDS     s1, 0x00800001
    LDS     s3, 0x00800000
    fsub    s0, s1, s3              // exact 2^-149: FZ 0 UFC; else 00000001
    SHOW    "sub tiny"
    fmul    s0, s1, s2              // 2^-127 (1 + 2^-23): tie to 00400000; FZ 0 UFC; else UFC|IXC
    SHOW    "mul tiny inexact"
    LDS     s1, 0x3f7fffff
    LDS     s3, 0x00800000
    fmul    s0, s1, s3              // 2^-126 (1 - 2^-24): rounds to 00800000; FZ 0 UFC; else UFC|IXC
    SHOW    "mul to min"
    LDS     s1, 0xb3000000          // -2^-25
    fmadd   s0, s1, s3, s3          // 2^-126 - 2^-151: 00800000 UFC|IXC; FZ 0 UFC
    SHOW    "fmadd to min"
    mov     x9, #0x0010000000000000 // DBL_MIN
    fmov    d1, x9
    fmov    d2, #0.5
    fmul    d0, d1, d2              // FZ: 0 UFC; else 0008000000000000
    SHOW    "dmin*0.5"
    LDS     s1, 0x00000003
    fcvt    d0, s1                  // 1.5 x 2^-148: FZ 0 IDC; else 36b8000000000000
    SHOW    "fcvt denorm"
    mov     x9, #0x0000000000000005
    fmov    d1, x9
    fcvt    s0, d1                  // FZ: input flushed, 0 IDC; else 0 UFC|IXC
    SHOW    "fcvt d denorm"
    add     x21, x21, x20
    cmp     x21, x20, lsl #1
    b.ne    1b
    msr     fpcr, xzr
    EXIT    0
A64TEST_END
