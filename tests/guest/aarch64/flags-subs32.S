/*
 * SUBS at 32 bits on the edge operands (0, 1, -1, INT_MIN, INT_MAX, carries).
 * Expected values: the Arm ARM pseudo-code (AddWithCarry), worked out per operand
 * pair independently of xrun; each printed pair is "result" then NZCV.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x0
    ldr x2, =0x0
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 0", x0
    PNZCV "subs 0"
    ldr x1, =0x0
    ldr x2, =0xffffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 1", x0
    PNZCV "subs 1"
    ldr x1, =0x0
    ldr x2, =0x80000000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 2", x0
    PNZCV "subs 2"
    ldr x1, =0x0
    ldr x2, =0xffff0000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 3", x0
    PNZCV "subs 3"
    ldr x1, =0x1
    ldr x2, =0x2
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 4", x0
    PNZCV "subs 4"
    ldr x1, =0x1
    ldr x2, =0x7fffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 5", x0
    PNZCV "subs 5"
    ldr x1, =0x1
    ldr x2, =0xffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 6", x0
    PNZCV "subs 6"
    ldr x1, =0x2
    ldr x2, =0x1
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 7", x0
    PNZCV "subs 7"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 8", x0
    PNZCV "subs 8"
    ldr x1, =0x2
    ldr x2, =0x80000001
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 9", x0
    PNZCV "subs 9"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 10", x0
    PNZCV "subs 10"
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 11", x0
    PNZCV "subs 11"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 12", x0
    PNZCV "subs 12"
    ldr x1, =0xffffffff
    ldr x2, =0xffff0000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 13", x0
    PNZCV "subs 13"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 14", x0
    PNZCV "subs 14"
    ldr x1, =0xfffffffe
    ldr x2, =0x7fffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 15", x0
    PNZCV "subs 15"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 16", x0
    PNZCV "subs 16"
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 17", x0
    PNZCV "subs 17"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 18", x0
    PNZCV "subs 18"
    ldr x1, =0x7fffffff
    ldr x2, =0x80000001
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 19", x0
    PNZCV "subs 19"
    ldr x1, =0x80000000
    ldr x2, =0x0
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 20", x0
    PNZCV "subs 20"
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 21", x0
    PNZCV "subs 21"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 22", x0
    PNZCV "subs 22"
    ldr x1, =0x80000000
    ldr x2, =0xffff0000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 23", x0
    PNZCV "subs 23"
    ldr x1, =0x80000001
    ldr x2, =0x2
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 24", x0
    PNZCV "subs 24"
    ldr x1, =0x80000001
    ldr x2, =0x7fffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 25", x0
    PNZCV "subs 25"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 26", x0
    PNZCV "subs 26"
    ldr x1, =0xffff
    ldr x2, =0x1
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 27", x0
    PNZCV "subs 27"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 28", x0
    PNZCV "subs 28"
    ldr x1, =0xffff
    ldr x2, =0x80000001
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 29", x0
    PNZCV "subs 29"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 30", x0
    PNZCV "subs 30"
    ldr x1, =0xffff0000
    ldr x2, =0xffffffff
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 31", x0
    PNZCV "subs 31"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 32", x0
    PNZCV "subs 32"
    ldr x1, =0xffff0000
    ldr x2, =0xffff0000
    movk x1, #0xdead, lsl #48
    movk x2, #0xbeef, lsl #32
    subs w0, w1, w2
    PHEX "subs 33", x0
    PNZCV "subs 33"
    EXIT 0
A64TEST_END
