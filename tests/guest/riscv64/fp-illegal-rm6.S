/*
 * rm = 6 is reserved too, in the R4 format (fmadd.s) as in R: SIGILL
 * (fp-illegal-rm6.status).
 */
#include "rvtest.h"

RVTEST_START
    .4byte  0x00004043      /* fmadd.s f0, f0, f0, f0, rmm */
    PUTS    "fmadd.s rmm ok\n"
    .4byte  0x00006043      /* fmadd.s f0, f0, f0, f0, rm = 6 */
    PUTS    "after rm 6\n"
    EXIT    0
RVTEST_END
