/*
 * SBFM and its aliases: ASR, SBFX, SBFIZ, SXTB, SXTH, SXTW (32 and 64 bits).
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0xfedcba9876543210
    asr x0, x1, #4
    PHEX "sbfm 0", x0    /* ffedcba987654321 */
    ldr x1, =0xfedcba9876543210
    asr x0, x1, #63
    PHEX "sbfm 1", x0    /* ffffffffffffffff */
    ldr x1, =0x123456789abcdef
    asr x0, x1, #63
    PHEX "sbfm 2", x0    /* 0000000000000000 */
    ldr x1, =0x80000000
    asr w0, w1, #4
    PHEX "sbfm 3", x0    /* 00000000f8000000 */
    ldr x1, =0x80000000
    asr w0, w1, #31
    PHEX "sbfm 4", x0    /* 00000000ffffffff */
    ldr x1, =0x123456789abcdef
    sbfx x0, x1, #4, #8
    PHEX "sbfm 5", x0    /* ffffffffffffffde */
    ldr x1, =0x123456789abcdef
    sbfx x0, x1, #0, #4
    PHEX "sbfm 6", x0    /* ffffffffffffffff */
    ldr x1, =0x123456789abcdef
    sbfx w0, w1, #12, #8
    PHEX "sbfm 7", x0    /* 00000000ffffffbc */
    ldr x1, =0x123456789abcdef
    sbfiz x0, x1, #8, #8
    PHEX "sbfm 8", x0    /* ffffffffffffef00 */
    ldr x1, =0x123456789abcdef
    sbfiz w0, w1, #28, #4
    PHEX "sbfm 9", x0    /* 00000000f0000000 */
    ldr x1, =0x80
    sxtb x0, w1
    PHEX "sbfm 10", x0    /* ffffffffffffff80 */
    ldr x1, =0x80
    sxtb w0, w1
    PHEX "sbfm 11", x0    /* 00000000ffffff80 */
    ldr x1, =0x8000
    sxth x0, w1
    PHEX "sbfm 12", x0    /* ffffffffffff8000 */
    ldr x1, =0x8000
    sxth w0, w1
    PHEX "sbfm 13", x0    /* 00000000ffff8000 */
    ldr x1, =0x1234567880000000
    sxtw x0, w1
    PHEX "sbfm 14", x0    /* ffffffff80000000 */
    ldr x1, =0x7fffffff
    sxtw x0, w1
    PHEX "sbfm 15", x0    /* 000000007fffffff */
    EXIT 0
A64TEST_END
