// Arm NaN rules (FPProcessNaNs): a signaling NaN operand wins over a quiet
// one and is quieted (IOC, FPSR bit 0); otherwise the first quiet NaN in
// operand order (fmadd: addend, n, m); invalid operations and FPCR.DN give
// the default NaN 7fc00000; fmaxnm/fminnm prefer a number to a quiet NaN;
// +0 > -0 for fmax/fmin; fneg/fabs/fabd/fnmul change only the sign bit;
// fcvt keeps the top payload bits.  Each line: result, then FPSR.
#include "a64test.h"
.macro LDS reg, val
    ldr     w9, =\val
    fmov    \reg, w9
.endm
.macro SHOW label
    fmov    w9, s0
    mrs     x10, fpsr
    PHEX    "\label", x9
    PHEX    "  fpsr", x10
    msr     fpsr, xzr
.endm
A64TEST_START
    msr     fpsr, xzr
    LDS     s1, 0x7fc00001
    fmov    s2, #1.0
    fadd    s0, s1, s2              // 7fc00001, 0
    SHOW    "q+1"
    LDS     s3, 0x7f800002
    fadd    s0, s2, s3              // 7fc00002, IOC
    SHOW    "1+s"
    LDS     s1, 0x7fc00003
    LDS     s3, 0xff800004
    fadd    s0, s1, s3              // ffc00004, IOC
    SHOW    "q+s"
    LDS     s1, 0xffc00005
    LDS     s3, 0x7fc00006
    fmul    s0, s1, s3              // ffc00005
    SHOW    "q*q"
    LDS     s1, 0x7fc00007
    LDS     s3, 0x7f800008
    fmadd   s0, s1, s2, s3          // addend first: 7fc00008, IOC
    SHOW    "fmadd s addend"
    LDS     s1, 0x7f800000
    movi    v4.2s, #0
    LDS     s3, 0x7fc00009
    fmadd   s0, s1, s4, s3          // inf * 0 + qNaN: 7fc00000, IOC
    SHOW    "fmadd inf*0+q"
    fsub    s0, s1, s1              // inf - inf: 7fc00000, IOC
    SHOW    "inf-inf"
    LDS     s1, 0x7fc0000a
    fmax    s0, s1, s2              // 7fc0000a
    SHOW    "fmax q,1"
    fmaxnm  s0, s1, s2              // 3f800000
    SHOW    "fmaxnm q,1"
    LDS     s3, 0x7f80000b
    fminnm  s0, s2, s3              // 7fc0000b, IOC
    SHOW    "fminnm 1,s"
    movi    v5.2s, #0
    LDS     s6, 0x80000000
    fmax    s0, s6, s5              // +0
    SHOW    "fmax -0,+0"
    fmin    s0, s5, s6              // -0: 80000000
    SHOW    "fmin +0,-0"
    LDS     s3, 0x7fc0000e
    fmaxnm  s0, s1, s3              // both quiet: first, 7fc0000a
    SHOW    "fmaxnm q,q"
    LDS     s1, 0x7fc0000c
    fneg    s0, s1                  // ffc0000c
    SHOW    "fneg q"
    LDS     s1, 0xffc0000d
    fabs    s0, s1                  // 7fc0000d
    SHOW    "fabs q"
    LDS     s1, 0xffc00012
    fabd    s0, s1, s2              // 7fc00012
    SHOW    "fabd q"
    LDS     s1, 0x7fc00013
    fnmul   s0, s1, s2              // ffc00013
    SHOW    "fnmul q"
    LDS     s1, 0x7f800011
    fcvt    d7, s1                  // 7ff8000220000000, IOC
    fmov    x9, d7
    mrs     x10, fpsr
    PHEX    "fcvt d s", x9
    PHEX    "  fpsr", x10
    msr     fpsr, xzr
    fcvt    s0, d7                  // 7fc00011
    SHOW    "fcvt s d"
    mov     x11, #(1 << 25)         // FPCR.DN
    msr     fpcr, x11
    LDS     s1, 0x7fc00001
    fadd    s0, s1, s2              // 7fc00000
    SHOW    "DN q+1"
    LDS     s1, 0xff800014
    fmul    s0, s2, s1              // 7fc00000, IOC
    SHOW    "DN 1*s"
    msr     fpcr, xzr
    EXIT    0
A64TEST_END
