// MOVI, MVNI, ORR/BIC (vector, immediate) and FMOV (vector, immediate):
// AdvSIMDExpandImm by hand for each cmode.  Prints the two halves.
#include "a64test.h"
.macro PV label, reg
    mov     x9, \reg\().d[0]
    mov     x10, \reg\().d[1]
    PHEX    "\label lo", x9
    PHEX    "\label hi", x10
.endm
A64TEST_START
    movi    v0.16b, #0x9c           // every byte 9c
    PV      "movi 16b", v0
    movi    v0.4h, #0x12, lsl #8    // 1200 per halfword, 64-bit: hi 0
    PV      "movi 4h lsl8", v0
    movi    v0.4s, #0x34, lsl #24   // 34000000 per word
    PV      "movi 4s lsl24", v0
    movi    v0.2s, #0x56, msl #16   // 0056ffff
    PV      "movi 2s msl16", v0
    movi    v0.2d, #0xff00ff0000ff00ff  // byte mask abcdefgh = 10100101
    PV      "movi 2d", v0
    mvni    v0.4s, #0x12, lsl #8    // ~00001200 = ffffedff
    PV      "mvni 4s", v0
    mvni    v0.8h, #0x7             // ~0007 = fff8
    PV      "mvni 8h", v0
    mvni    v0.2s, #0x56, msl #8    // ~000056ff = ffffa900
    PV      "mvni 2s msl8", v0
    movi    v1.16b, #0x0f
    orr     v1.4s, #0x12, lsl #16   // 0f0f0f0f | 00120000 = 0f1f0f0f
    PV      "orr 4s", v1
    bic     v1.8h, #0x0f            // 0f1f & ~000f = 0f10; 0f0f -> 0f00
    PV      "bic 8h", v1
    movi    v2.16b, #0xff
    bic     v2.4h, #0xf0, lsl #8    // ffff & ~f000 = 0fff, and hi cleared
    PV      "bic 4h", v2
    fmov    v3.4s, #1.5             // 3fc00000
    PV      "fmov 4s", v3
    fmov    v3.2s, #-0.125          // be000000, hi 0
    PV      "fmov 2s", v3
    fmov    v3.2d, #31.0            // 403f000000000000
    PV      "fmov 2d", v3
    movi    d4, #0xff000000000000ff
    PV      "movi d", v4
    EXIT    0
A64TEST_END
