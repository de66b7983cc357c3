/*
 * CCMP/CCMN (register and immediate) with the condition true and false, then the resulting NZCV read back (MRS).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    mov x1, #5
    cmp x1, #5
    mov x2, #3
    ccmp x2, #4, #0, eq
    mrs x0, nzcv
    PHEX "ccmp 0", x0    /* 0000000080000000 */
    mov x1, #5
    cmp x1, #6
    mov x2, #3
    ccmp x2, #4, #0xf, eq
    mrs x0, nzcv
    PHEX "ccmp 1", x0    /* 00000000f0000000 */
    mov x1, #5
    cmp x1, #6
    mov x2, #3
    ccmp x2, #3, #0x2, ne
    mrs x0, nzcv
    PHEX "ccmp 2", x0    /* 0000000060000000 */
    mov x1, #5
    cmp x1, #6
    mov x2, #3
    mov x3, #5
    ccmp x2, x3, #0x4, lt
    mrs x0, nzcv
    PHEX "ccmp 3", x0    /* 0000000080000000 */
    mov x1, #5
    cmp x1, #6
    mov x2, #-1
    ccmn x2, #1, #0x1, ne
    mrs x0, nzcv
    PHEX "ccmp 4", x0    /* 0000000060000000 */
    mov x1, #5
    cmp x1, #6
    ldr x2, =0x7fffffffffffffff
    mov x3, #1
    ccmn x2, x3, #0, lt
    mrs x0, nzcv
    PHEX "ccmp 5", x0    /* 0000000090000000 */
    mov x1, #5
    cmp x1, #6
    mov w2, #0x80000000
    ccmp w2, #1, #0, mi
    mrs x0, nzcv
    PHEX "ccmp 6", x0    /* 0000000030000000 */
    mov x1, #5
    cmp x1, #6
    mov w2, #0x80000000
    ccmp w2, #1, #0x8, pl
    mrs x0, nzcv
    PHEX "ccmp 7", x0    /* 0000000080000000 */
    mov x1, #0
    cmp x1, #0
    mov x2, #7
    ccmp x2, #7, #0, ne
    b.eq 1f
    mov x0, #1
    b 2f
    1: mov x0, #2
    2:
    PHEX "ccmp 8", x0    /* 0000000000000001 */
    mov x1, #0
    cmp x1, #0
    mov x2, #7
    ccmp x2, #7, #0, eq
    b.eq 1f
    mov x0, #1
    b 2f
    1: mov x0, #2
    2:
    PHEX "ccmp 9", x0    /* 0000000000000002 */
    mov x1, #1
    cmp x1, #0
    mov x2, #1
    ccmp x2, #2, #0, hi
    cset x0, lt
    PHEX "ccmp 10", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
