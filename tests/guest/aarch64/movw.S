/*
 * MOVZ/MOVN/MOVK at every halfword, 32 and 64 bits.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    movz x0, #0xbeef
    PHEX "movw 0", x0    /* 000000000000beef */
    movz x0, #0xbeef, lsl #16
    PHEX "movw 1", x0    /* 00000000beef0000 */
    movz x0, #0xbeef, lsl #32
    PHEX "movw 2", x0    /* 0000beef00000000 */
    movz x0, #0xbeef, lsl #48
    PHEX "movw 3", x0    /* beef000000000000 */
    movn x0, #0
    PHEX "movw 4", x0    /* ffffffffffffffff */
    movn x0, #0x1234, lsl #16
    PHEX "movw 5", x0    /* ffffffffedcbffff */
    movn x0, #0xffff, lsl #48
    PHEX "movw 6", x0    /* 0000ffffffffffff */
    movn w0, #0
    PHEX "movw 7", x0    /* 00000000ffffffff */
    movn w0, #0x8000, lsl #16
    PHEX "movw 8", x0    /* 000000007fffffff */
    movz w0, #0x1, lsl #16
    PHEX "movw 9", x0    /* 0000000000010000 */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    movk x0, #0x1111
    PHEX "movw 10", x0    /* 0123456789ab1111 */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    movk x0, #0x2222, lsl #16
    PHEX "movw 11", x0    /* 012345672222cdef */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    movk x0, #0x3333, lsl #32
    PHEX "movw 12", x0    /* 0123333389abcdef */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    movk x0, #0x4444, lsl #48
    PHEX "movw 13", x0    /* 4444456789abcdef */
    ldr x1, =0x123456789abcdef
    mov x0, x1
    movk w0, #0x5555, lsl #16
    PHEX "movw 14", x0    /* 000000005555cdef */
    mov x0, #-2
    PHEX "movw 15", x0    /* fffffffffffffffe */
    mov w0, #-2
    PHEX "movw 16", x0    /* 00000000fffffffe */
    EXIT 0
A64TEST_END
