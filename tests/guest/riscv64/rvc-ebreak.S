/*
 * c.ebreak (the 16-bit encoding 0x9002) raises a breakpoint exception:
 * SIGTRAP kills the process (rvc-ebreak.status).
 */
#include "rvtest.h"

RVTEST_START
    PUTS    "before c.ebreak\n"
    c.ebreak
    PUTS    "after c.ebreak\n"
    EXIT    0
RVTEST_END
