/*
 * The all-zero halfword is defined to be an illegal instruction (ISA
 * manual, "Compressed" chapter: 0x0000 is never a valid instruction, even
 * with C).  Linux delivers SIGILL (rvc-illegal.status).
 */
#include "rvtest.h"

RVTEST_START
    PUTS    "before illegal\n"
    .2byte  0x0000
    PUTS    "after illegal\n"
    EXIT    0
RVTEST_END
