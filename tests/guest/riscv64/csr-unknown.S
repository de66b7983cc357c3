/*
 * Reading a CSR that does not exist (0x0ff: unallocated in the user
 * standard read/write range) raises an illegal-instruction exception:
 * SIGILL (csr-unknown.status).  Also first checks that a valid CSR read
 * right before it works.
 */
#include "rvtest.h"

RVTEST_START
    csrr    a0, fcsr
    PUTS    "fcsr read ok\n"
    csrr    a0, 0x0ff
    PUTS    "unknown csr read\n"
    EXIT    0
RVTEST_END
