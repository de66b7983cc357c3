/*
 * UDIV/SDIV at 32 and 64 bits: rounding toward zero, division by zero gives 0, INT_MIN / -1 gives INT_MIN.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    mov x1, #100
    mov x2, #7
    udiv x0, x1, x2
    PHEX "div 0", x0    /* 000000000000000e */
    mov x1, #-100
    mov x2, #7
    sdiv x0, x1, x2
    PHEX "div 1", x0    /* fffffffffffffff2 */
    mov x1, #100
    mov x2, #-7
    sdiv x0, x1, x2
    PHEX "div 2", x0    /* fffffffffffffff2 */
    mov x1, #-100
    mov x2, #-7
    sdiv x0, x1, x2
    PHEX "div 3", x0    /* 000000000000000e */
    mov x1, #-100
    mov x2, #7
    udiv x0, x1, x2
    PHEX "div 4", x0    /* 2492492492492484 */
    mov x1, #100
    mov x2, #0
    udiv x0, x1, x2
    PHEX "div 5", x0    /* 0000000000000000 */
    mov x1, #100
    mov x2, #0
    sdiv x0, x1, x2
    PHEX "div 6", x0    /* 0000000000000000 */
    ldr x1, =0x8000000000000000
    mov x2, #-1
    sdiv x0, x1, x2
    PHEX "div 7", x0    /* 8000000000000000 */
    mov w1, #0x80000000
    mov w2, #-1
    sdiv w0, w1, w2
    PHEX "div 8", x0    /* 0000000080000000 */
    mov w1, #-100
    mov w2, #7
    sdiv w0, w1, w2
    PHEX "div 9", x0    /* 00000000fffffff2 */
    mov w1, #-100
    mov w2, #7
    udiv w0, w1, w2
    PHEX "div 10", x0    /* 0000000024924916 */
    mov x1, #-1
    ldr x2, =0x100000002
    sdiv w0, w1, w2
    PHEX "div 11", x0    /* 0000000000000000 */
    mov w1, #5
    mov w2, #0
    sdiv w0, w1, w2
    PHEX "div 12", x0    /* 0000000000000000 */
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    PHEX "div 13", x0    /* 0000000000000001 */
    EXIT 0
A64TEST_END
