/*
 * ADCS at 32 bits with carry in 0 and 1 on edge operands, and ADC after CMP.
 * Expected values: the Arm ARM pseudo-code (AddWithCarry), worked out per operand
 * pair independently of xrun; each printed pair is "result" then NZCV.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 0", x0
    PNZCV "adcs 0"
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 1", x0
    PNZCV "adcs 1"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 2", x0
    PNZCV "adcs 2"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 3", x0
    PNZCV "adcs 3"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 4", x0
    PNZCV "adcs 4"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 5", x0
    PNZCV "adcs 5"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 6", x0
    PNZCV "adcs 6"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 7", x0
    PNZCV "adcs 7"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 8", x0
    PNZCV "adcs 8"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 9", x0
    PNZCV "adcs 9"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 10", x0
    PNZCV "adcs 10"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 11", x0
    PNZCV "adcs 11"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 12", x0
    PNZCV "adcs 12"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 13", x0
    PNZCV "adcs 13"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 14", x0
    PNZCV "adcs 14"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 15", x0
    PNZCV "adcs 15"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 16", x0
    PNZCV "adcs 16"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 17", x0
    PNZCV "adcs 17"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 18", x0
    PNZCV "adcs 18"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 19", x0
    PNZCV "adcs 19"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 20", x0
    PNZCV "adcs 20"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 21", x0
    PNZCV "adcs 21"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 22", x0
    PNZCV "adcs 22"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 23", x0
    PNZCV "adcs 23"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 24", x0
    PNZCV "adcs 24"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 25", x0
    PNZCV "adcs 25"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 26", x0
    PNZCV "adcs 26"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 27", x0
    PNZCV "adcs 27"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 28", x0
    PNZCV "adcs 28"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 29", x0
    PNZCV "adcs 29"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 30", x0
    PNZCV "adcs 30"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 31", x0
    PNZCV "adcs 31"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x0
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 32", x0
    PNZCV "adcs 32"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x20000000
    msr nzcv, x3
    adcs w0, w1, w2
    PHEX "adcs 33", x0
    PNZCV "adcs 33"
    mov x4, #5
    mov x5, #3
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    adc x0, x1, x2
    PHEX "adc cmp 5 3", x0
    mov x4, #3
    mov x5, #5
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    adc x0, x1, x2
    PHEX "adc cmp 3 5", x0
    mov x4, #0
    mov x5, #0
    cmp x4, x5
    mov x1, #0x1000
    mov x2, #0x10
    adc x0, x1, x2
    PHEX "adc cmp 0 0", x0
    EXIT 0
A64TEST_END
