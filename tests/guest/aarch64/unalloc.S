/*
 * More unallocated or EL1-only encodings, each in its own process run
 * would be ideal; here the first one must kill with SIGILL: MSR to
 * TPIDRRO_EL0 (read-only at EL0).  The decode unit test covers the rest.
 */
#include "a64test.h"
A64TEST_START
    PUTS "before\n"
    msr tpidrro_el0, x0
    PUTS "after\n"
    EXIT 0
A64TEST_END
