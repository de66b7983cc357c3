/*
 * SBCS at 32 bits with carry in 0 and 1 on edge operands, and SBC after CMP.
 * Expected values: the Arm ARM pseudo-code (AddWithCarry), worked out per operand
 * pair independently of xrun; each printed pair is "result" then NZCV.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 0", x0
    PNZCV "sbcs 0"
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 1", x0
    PNZCV "sbcs 1"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 2", x0
    PNZCV "sbcs 2"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 3", x0
    PNZCV "sbcs 3"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 4", x0
    PNZCV "sbcs 4"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 5", x0
    PNZCV "sbcs 5"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 6", x0
    PNZCV "sbcs 6"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 7", x0
    PNZCV "sbcs 7"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 8", x0
    PNZCV "sbcs 8"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 9", x0
    PNZCV "sbcs 9"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 10", x0
    PNZCV "sbcs 10"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 11", x0
    PNZCV "sbcs 11"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 12", x0
    PNZCV "sbcs 12"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 13", x0
    PNZCV "sbcs 13"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 14", x0
    PNZCV "sbcs 14"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 15", x0
    PNZCV "sbcs 15"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 16", x0
    PNZCV "sbcs 16"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 17", x0
    PNZCV "sbcs 17"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 18", x0
    PNZCV "sbcs 18"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 19", x0
    PNZCV "sbcs 19"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 20", x0
    PNZCV "sbcs 20"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 21", x0
    PNZCV "sbcs 21"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 22", x0
    PNZCV "sbcs 22"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 23", x0
    PNZCV "sbcs 23"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 24", x0
    PNZCV "sbcs 24"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 25", x0
    PNZCV "sbcs 25"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 26", x0
    PNZCV "sbcs 26"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 27", x0
    PNZCV "sbcs 27"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 28", x0
    PNZCV "sbcs 28"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 29", x0
    PNZCV "sbcs 29"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 30", x0
    PNZCV "sbcs 30"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 31", x0
    PNZCV "sbcs 31"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 32", x0
    PNZCV "sbcs 32"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    sbcs w0, w1, w2
    PHEX "sbcs 33", x0
    PNZCV "sbcs 33"
    mov x4, #5
    mov x5, #3
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    sbc x0, x1, x2
    PHEX "sbc cmp 5 3", x0
    mov x4, #3
    mov x5, #5
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    sbc x0, x1, x2
    PHEX "sbc cmp 3 5", x0
    mov x4, #0
    mov x5, #0
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    sbc x0, x1, x2
    PHEX "sbc cmp 0 0", x0
    EXIT 0
A64TEST_END
