/*
 * Writing a read-only CSR (cycle, 0xc00: bits 11:10 = 11 mark it
 * read-only) raises an illegal-instruction exception: SIGILL
 * (csr-readonly.status).  Reading it with csrrs rs1 = x0 right before is
 * fine, since that does not write.
 */
#include "rvtest.h"

RVTEST_START
    csrrs   a0, cycle, zero
    PUTS    "cycle read ok\n"
    li      a1, 5
    csrrw   zero, cycle, a1
    PUTS    "cycle written\n"
    EXIT    0
RVTEST_END
