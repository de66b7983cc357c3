/*
 * The reserved static rounding modes 5 and 6 make an encoding illegal
 * (RISC-V F chapter, "Rounding mode encoding").  rm = 4 (RMM) executes;
 * fadd.d with rm = 5 raises SIGILL (fp-illegal-rm.status).
 */
#include "rvtest.h"

RVTEST_START
    .4byte  0x02004053      /* fadd.d f0, f0, f0, rmm */
    PUTS    "rmm ok\n"
    .4byte  0x02005053      /* fadd.d f0, f0, f0, rm = 5 */
    PUTS    "after rm 5\n"
    EXIT    0
RVTEST_END
