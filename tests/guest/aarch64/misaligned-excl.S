/*
 * Exclusives must be naturally aligned (no FEAT_LSE2): LDXR from an odd
 * address takes an alignment fault, SIGBUS.
 */
#include "a64test.h"
A64TEST_START
    PUTS "before ldxr\n"
    adr x1, data
    add x1, x1, #1
    ldxr x0, [x1]
    PUTS "after ldxr\n"
    EXIT 0
    .balign 8
data:
    .quad 0, 0
A64TEST_END
