/*
 * Accessing a machine-mode CSR (mstatus, 0x300) from user mode raises an
 * illegal-instruction exception: SIGILL (csr-priv.status).
 */
#include "rvtest.h"

RVTEST_START
    PUTS    "before mstatus\n"
    csrr    a0, mstatus
    PUTS    "mstatus read\n"
    EXIT    0
RVTEST_END
