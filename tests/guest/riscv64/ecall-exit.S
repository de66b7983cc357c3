/*
 * exit_group(300) from asm: the parent sees status 300 & 0xff = 44
 * (ecall-exit.status).  Nothing after the ecall runs.
 */
#include "rvtest.h"

RVTEST_START
    PUTS    "exiting\n"
    li      a0, 300
    li      a7, SYS_exit_group
    ecall
    PUTS    "not reached\n"
    EXIT    0
RVTEST_END
