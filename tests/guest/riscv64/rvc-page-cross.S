/*
 * With C, a 32-bit instruction may straddle a page boundary.  A page of
 * code: 2047 c.addi a0, 1 (4094 bytes), then the 32-bit
 * "addi a0, a0, 0x100" whose halves lie in two pages, then more code in
 * the second page.  Run it once from the top of the page (a block that
 * crosses the boundary) and once by jumping straight to the straddling
 * instruction (a block that starts with it).  Expected values by hand.
 */
#include "rvtest.h"

RVTEST_START
    li      a0, 0
    call    page_top
    PHEX    "from page top", a0             /* = 0x902: 2047 + 0x100 + 3 */
    li      a0, 0
    call    straddle
    PHEX    "from straddler", a0            /* = 0x103 */
    lla     t0, straddle
    lla     t1, page_top
    sub     t0, t0, t1
    PHEX    "straddler offset", t0          /* = 4094 */
    EXIT    0

    .balign 4096
page_top:
    .rept   2047
    c.addi  a0, 1
    .endr
straddle:
    .option push
    .option norvc
    addi    a0, a0, 0x100
    .option pop
    c.addi  a0, 1
    c.addi  a0, 2
    ret
RVTEST_END
