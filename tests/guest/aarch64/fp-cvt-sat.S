// FP -> integer conversions saturate (FPToFixed): out of range or
// infinite gives the nearest bound with IOC (FPSR bit 0) and no IXC; NaN
// gives 0 with IOC; in range but inexact sets IXC (bit 4).  Each rounding
// variant on 2.5 / -2.5: n = ties to even, a = ties away, p = up, m =
// down.  Fixed point (#fbits) scales by 2^fbits first; fjcvtzs wraps
// modulo 2^32 and sets Z only for an exact in-range result.
/* cflags: -march=armv8.3-a */
#include "a64test.h"
.macro SHOW label
    mrs     x10, fpsr
    PHEX    "\label", x9
    PHEX    "  fpsr", x10
    msr     fpsr, xzr
.endm
.macro LDS reg, val
    ldr     w11, =\val
    fmov    \reg, w11
.endm
.macro LDD reg, val
    ldr     x11, =\val
    fmov    \reg, x11
.endm
A64TEST_START
    msr     fpsr, xzr
    LDS     s1, 0x4f32d05e          // 3e9
    fcvtzs  w9, s1                  // 7fffffff IOC
    SHOW    "fcvtzs w 3e9"
    LDD     d1, 0xc3e158e460913d00  // -1e19
    fcvtzs  x9, d1                  // 8000000000000000 IOC
    SHOW    "fcvtzs x -1e19"
    fmov    s1, #-1.5
    fcvtzu  w9, s1                  // -1 after RZ: 0 IOC
    SHOW    "fcvtzu -1.5"
    fmov    s1, #-0.5
    fcvtzu  w9, s1                  // -0 after RZ: 0 IXC
    SHOW    "fcvtzu -0.5"
    LDS     s1, 0x7fc00000
    fcvtzs  w9, s1                  // NaN: 0 IOC
    SHOW    "fcvtzs nan"
    LDD     d1, 0x7ff0000000000000
    fcvtzu  x9, d1                  // +inf: ffffffffffffffff IOC
    SHOW    "fcvtzu inf"
    fmov    s1, #2.5
    fcvtns  w9, s1                  // 2 IXC
    SHOW    "fcvtns 2.5"
    fcvtas  w9, s1                  // 3 IXC
    SHOW    "fcvtas 2.5"
    fcvtps  w9, s1                  // 3 IXC
    SHOW    "fcvtps 2.5"
    fcvtms  w9, s1                  // 2 IXC
    SHOW    "fcvtms 2.5"
    fmov    s1, #-2.5
    fcvtns  w9, s1                  // -2: 00000000fffffffe IXC
    SHOW    "fcvtns -2.5"
    fcvtas  x9, s1                  // -3: fffffffffffffffd IXC
    SHOW    "fcvtas -2.5"
    fcvtmu  w9, s1                  // -3 < 0: 0 IOC
    SHOW    "fcvtmu -2.5"
    fmov    s1, #1.75
    fcvtzs  w9, s1, #4              // 28 = 1c
    SHOW    "fcvtzs #4 1.75"
    fmov    d1, #0.5
    fcvtzs  w9, d1, #32             // 2^31 > max: 7fffffff IOC
    SHOW    "fcvtzs #32 0.5"
    fmov    d1, #0.25
    fcvtzu  x9, d1, #64             // 2^62
    SHOW    "fcvtzu #64 0.25"
    mov     w12, #-256
    scvtf   s0, w12, #8             // -1.0: bf800000
    fmov    w9, s0
    SHOW    "scvtf #8 -256"
    mov     x12, #0x8000000000000000
    ucvtf   d0, x12, #64            // 0.5: 3fe0000000000000
    fmov    x9, d0
    SHOW    "ucvtf #64 2^63"
    fmov    d1, #-1.5
    fjcvtzs w9, d1                  // -1: ffffffff, IXC, Z clear
    mrs     x13, nzcv
    SHOW    "fjcvtzs -1.5"
    PHEX    "  nzcv", x13
    LDD     d1, 0x41f0000000500000  // 2^32 + 5: 5, IOC, Z clear
    fjcvtzs w9, d1
    mrs     x13, nzcv
    SHOW    "fjcvtzs 2^32+5"
    PHEX    "  nzcv", x13
    fmov    d1, #3.0
    fjcvtzs w9, d1                  // 3, exact: Z set (40000000)
    mrs     x13, nzcv
    SHOW    "fjcvtzs 3"
    PHEX    "  nzcv", x13
    EXIT    0
A64TEST_END
