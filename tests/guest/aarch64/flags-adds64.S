/*
 * ADDS at 64 bits on the edge operands (0, 1, -1, INT_MIN, INT_MAX, carries).
 * Expected values: the Arm ARM pseudo-code (AddWithCarry), worked out per operand
 * pair independently of xrun; each printed pair is "result" then NZCV.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2
    PHEX "adds 0", x0
    PNZCV "adds 0"
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2
    PHEX "adds 1", x0
    PNZCV "adds 1"
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    adds x0, x1, x2
    PHEX "adds 2", x0
    PNZCV "adds 2"
    ldr x1, =0x0
    ldr x2, =0x100000000
    adds x0, x1, x2
    PHEX "adds 3", x0
    PNZCV "adds 3"
    ldr x1, =0x1
    ldr x2, =0x2
    adds x0, x1, x2
    PHEX "adds 4", x0
    PNZCV "adds 4"
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    adds x0, x1, x2
    PHEX "adds 5", x0
    PNZCV "adds 5"
    ldr x1, =0x1
    ldr x2, =0xffffffff
    adds x0, x1, x2
    PHEX "adds 6", x0
    PNZCV "adds 6"
    ldr x1, =0x2
    ldr x2, =0x1
    adds x0, x1, x2
    PHEX "adds 7", x0
    PNZCV "adds 7"
    ldr x1, =0x2
    ldr x2, =0xfffffffffffffffe
    adds x0, x1, x2
    PHEX "adds 8", x0
    PNZCV "adds 8"
    ldr x1, =0x2
    ldr x2, =0x8000000000000001
    adds x0, x1, x2
    PHEX "adds 9", x0
    PNZCV "adds 9"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    adds x0, x1, x2
    PHEX "adds 10", x0
    PNZCV "adds 10"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2
    PHEX "adds 11", x0
    PNZCV "adds 11"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    adds x0, x1, x2
    PHEX "adds 12", x0
    PNZCV "adds 12"
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x100000000
    adds x0, x1, x2
    PHEX "adds 13", x0
    PNZCV "adds 13"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0x2
    adds x0, x1, x2
    PHEX "adds 14", x0
    PNZCV "adds 14"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0x7fffffffffffffff
    adds x0, x1, x2
    PHEX "adds 15", x0
    PNZCV "adds 15"
    ldr x1, =0xfffffffffffffffe
    ldr x2, =0xffffffff
    adds x0, x1, x2
    PHEX "adds 16", x0
    PNZCV "adds 16"
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2
    PHEX "adds 17", x0
    PNZCV "adds 17"
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffffe
    adds x0, x1, x2
    PHEX "adds 18", x0
    PNZCV "adds 18"
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000001
    adds x0, x1, x2
    PHEX "adds 19", x0
    PNZCV "adds 19"
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    adds x0, x1, x2
    PHEX "adds 20", x0
    PNZCV "adds 20"
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2
    PHEX "adds 21", x0
    PNZCV "adds 21"
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2
    PHEX "adds 22", x0
    PNZCV "adds 22"
    ldr x1, =0x8000000000000000
    ldr x2, =0x100000000
    adds x0, x1, x2
    PHEX "adds 23", x0
    PNZCV "adds 23"
    ldr x1, =0x8000000000000001
    ldr x2, =0x2
    adds x0, x1, x2
    PHEX "adds 24", x0
    PNZCV "adds 24"
    ldr x1, =0x8000000000000001
    ldr x2, =0x7fffffffffffffff
    adds x0, x1, x2
    PHEX "adds 25", x0
    PNZCV "adds 25"
    ldr x1, =0x8000000000000001
    ldr x2, =0xffffffff
    adds x0, x1, x2
    PHEX "adds 26", x0
    PNZCV "adds 26"
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2
    PHEX "adds 27", x0
    PNZCV "adds 27"
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffffe
    adds x0, x1, x2
    PHEX "adds 28", x0
    PNZCV "adds 28"
    ldr x1, =0xffffffff
    ldr x2, =0x8000000000000001
    adds x0, x1, x2
    PHEX "adds 29", x0
    PNZCV "adds 29"
    ldr x1, =0x100000000
    ldr x2, =0x0
    adds x0, x1, x2
    PHEX "adds 30", x0
    PNZCV "adds 30"
    ldr x1, =0x100000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2
    PHEX "adds 31", x0
    PNZCV "adds 31"
    ldr x1, =0x100000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2
    PHEX "adds 32", x0
    PNZCV "adds 32"
    ldr x1, =0x100000000
    ldr x2, =0x100000000
    adds x0, x1, x2
    PHEX "adds 33", x0
    PNZCV "adds 33"
    EXIT 0
A64TEST_END
