/*
 * B, BL, BR, BLR, RET, CBZ/CBNZ (W forms ignore the upper half), TBZ/TBNZ on bits 0, 31, 32 and 63.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    mov x0, #1
    b 1f
    mov x0, #2
    1:
    PHEX "branch 0", x0    /* 0000000000000001 */
    adr x1, 3f
    bl 1f
    3: b 2f
    1: mov x0, x30
    ret
    2: sub x0, x0, x1
    PHEX "branch 1", x0    /* 0000000000000000 */
    adr x1, 1f
    mov x0, #5
    br x1
    mov x0, #6
    1:
    PHEX "branch 2", x0    /* 0000000000000005 */
    adr x1, 1f
    blr x1
    3: b 2f
    1: adr x2, 3b
    sub x0, x30, x2
    ret
    2:
    PHEX "branch 3", x0    /* 0000000000000000 */
    adr x30, 1f
    mov x0, #7
    ret
    mov x0, #8
    1:
    PHEX "branch 4", x0    /* 0000000000000007 */
    adr x1, 1f
    mov x30, x1
    blr x30
    b 2f
    1: mov x0, #9
    ret
    2:
    PHEX "branch 5", x0    /* 0000000000000009 */
    adr x3, 1f
    mov x0, #4
    ret x3
    mov x0, #3
    1:
    PHEX "branch 6", x0    /* 0000000000000004 */
    mov x1, #0x100000000
    mov x0, #0
    cbz w1, 1f
    mov x0, #1
    1:
    PHEX "branch 7", x0    /* 0000000000000000 */
    mov x1, #0x100000000
    mov x0, #0
    cbz x1, 1f
    mov x0, #1
    1:
    PHEX "branch 8", x0    /* 0000000000000001 */
    mov x1, #0x100000000
    mov x0, #0
    cbnz w1, 1f
    mov x0, #1
    1:
    PHEX "branch 9", x0    /* 0000000000000001 */
    mov x1, #0
    mov x0, #0
    cbnz x1, 1f
    mov x0, #1
    1:
    PHEX "branch 10", x0    /* 0000000000000001 */
    mov x1, #1
    mov x0, #0
    tbz x1, #0, 1f
    mov x0, #1
    1:
    PHEX "branch 11", x0    /* 0000000000000001 */
    mov x1, #0x80000000
    mov x0, #0
    tbnz w1, #31, 1f
    mov x0, #1
    1:
    PHEX "branch 12", x0    /* 0000000000000000 */
    mov x1, #0x100000000
    mov x0, #0
    tbnz x1, #32, 1f
    mov x0, #1
    1:
    PHEX "branch 13", x0    /* 0000000000000000 */
    mov x1, #0x7fffffffffffffff
    mov x0, #0
    tbz x1, #63, 1f
    mov x0, #1
    1:
    PHEX "branch 14", x0    /* 0000000000000000 */
    mov x1, #-1
    mov x0, #0
    tbz x1, #63, 1f
    mov x0, #1
    1:
    PHEX "branch 15", x0    /* 0000000000000001 */
    mov x0, #0
    mov x1, #10
    1: add x0, x0, x1
    subs x1, x1, #1
    b.ne 1b
    PHEX "branch 16", x0    /* 0000000000000037 */
    mov x0, #0
    mov x1, #10
    1: add x0, x0, #2
    sub x1, x1, #1
    cbnz x1, 1b
    PHEX "branch 17", x0    /* 0000000000000014 */
    EXIT 0
A64TEST_END
