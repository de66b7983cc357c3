/*
 * ANDS/BICS/TST flags: N and Z from the result, C and V cleared (set before each op).
 * Expected values: the Arm ARM pseudo-code (LogicalShiftedReg), worked out per operand
 * pair independently of xrun; each printed pair is "result" then NZCV.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 0", x0
    PNZCV "ands64 0"
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 1", x0
    PNZCV "bics64 1"
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 2", x0
    PNZCV "ands64 2"
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 3", x0
    PNZCV "bics64 3"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 4", x0
    PNZCV "ands64 4"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 5", x0
    PNZCV "bics64 5"
    ldr x1, =0x1
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 6", x0
    PNZCV "ands64 6"
    ldr x1, =0x1
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 7", x0
    PNZCV "bics64 7"
    ldr x1, =0x2
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 8", x0
    PNZCV "ands64 8"
    ldr x1, =0x2
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 9", x0
    PNZCV "bics64 9"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 10", x0
    PNZCV "ands64 10"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 11", x0
    PNZCV "bics64 11"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 12", x0
    PNZCV "ands64 12"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 13", x0
    PNZCV "bics64 13"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 14", x0
    PNZCV "ands64 14"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 15", x0
    PNZCV "bics64 15"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 16", x0
    PNZCV "ands64 16"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 17", x0
    PNZCV "bics64 17"
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 18", x0
    PNZCV "ands64 18"
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 19", x0
    PNZCV "bics64 19"
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 20", x0
    PNZCV "ands64 20"
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 21", x0
    PNZCV "bics64 21"
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 22", x0
    PNZCV "ands64 22"
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 23", x0
    PNZCV "bics64 23"
    ldr x1, =0x8000000000000001
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 24", x0
    PNZCV "ands64 24"
    ldr x1, =0x8000000000000001
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 25", x0
    PNZCV "bics64 25"
    ldr x1, =0x8000000000000001
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 26", x0
    PNZCV "ands64 26"
    ldr x1, =0x8000000000000001
    ldr x2, =0xffffffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 27", x0
    PNZCV "bics64 27"
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 28", x0
    PNZCV "ands64 28"
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 29", x0
    PNZCV "bics64 29"
    ldr x1, =0x100000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 30", x0
    PNZCV "ands64 30"
    ldr x1, =0x100000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 31", x0
    PNZCV "bics64 31"
    ldr x1, =0x100000000
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands x0, x1, x2
    PHEX "ands64 32", x0
    PNZCV "ands64 32"
    ldr x1, =0x100000000
    ldr x2, =0x8000000000000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics x0, x1, x2
    PHEX "bics64 33", x0
    PNZCV "bics64 33"
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 34", x0
    PNZCV "ands32 34"
    ldr x1, =0x0
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 35", x0
    PNZCV "bics32 35"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 36", x0
    PNZCV "ands32 36"
    ldr x1, =0x0
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 37", x0
    PNZCV "bics32 37"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 38", x0
    PNZCV "ands32 38"
    ldr x1, =0x1
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 39", x0
    PNZCV "bics32 39"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 40", x0
    PNZCV "ands32 40"
    ldr x1, =0x1
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 41", x0
    PNZCV "bics32 41"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 42", x0
    PNZCV "ands32 42"
    ldr x1, =0x2
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 43", x0
    PNZCV "bics32 43"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 44", x0
    PNZCV "ands32 44"
    ldr x1, =0xffffffff
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 45", x0
    PNZCV "bics32 45"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 46", x0
    PNZCV "ands32 46"
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 47", x0
    PNZCV "bics32 47"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 48", x0
    PNZCV "ands32 48"
    ldr x1, =0xfffffffe
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 49", x0
    PNZCV "bics32 49"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 50", x0
    PNZCV "ands32 50"
    ldr x1, =0xfffffffe
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 51", x0
    PNZCV "bics32 51"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 52", x0
    PNZCV "ands32 52"
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 53", x0
    PNZCV "bics32 53"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 54", x0
    PNZCV "ands32 54"
    ldr x1, =0x80000000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 55", x0
    PNZCV "bics32 55"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 56", x0
    PNZCV "ands32 56"
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 57", x0
    PNZCV "bics32 57"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 58", x0
    PNZCV "ands32 58"
    ldr x1, =0x80000001
    ldr x2, =0x2
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 59", x0
    PNZCV "bics32 59"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 60", x0
    PNZCV "ands32 60"
    ldr x1, =0x80000001
    ldr x2, =0xffff
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 61", x0
    PNZCV "bics32 61"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 62", x0
    PNZCV "ands32 62"
    ldr x1, =0xffff
    ldr x2, =0xfffffffe
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 63", x0
    PNZCV "bics32 63"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 64", x0
    PNZCV "ands32 64"
    ldr x1, =0xffff0000
    ldr x2, =0x0
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 65", x0
    PNZCV "bics32 65"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    ands w0, w1, w2
    PHEX "ands32 66", x0
    PNZCV "ands32 66"
    ldr x1, =0xffff0000
    ldr x2, =0x80000000
    mov x3, #0x30000000
    msr nzcv, x3
    bics w0, w1, w2
    PHEX "bics32 67", x0
    PNZCV "bics32 67"
    ldr x1, =0xf0
    tst x1, #0xf
    PNZCV "tst f0 f"
    ldr x1, =0xf0
    tst x1, #0x10
    PNZCV "tst f0 10"
    ldr x1, =0x8000000000000000
    tst x1, #0x8000000000000000
    PNZCV "tst 8000000000000000 8000000000000000"
    EXIT 0
A64TEST_END
