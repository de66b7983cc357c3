/*
 * ebreak (the 32-bit encoding 0x00100073) raises a breakpoint exception;
 * Linux delivers SIGTRAP, which kills the process (ebreak.status).  The
 * line written before must appear; the one after must not.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    PUTS    "before ebreak\n"
    ebreak
    PUTS    "after ebreak\n"
    EXIT    0
RVTEST_END
