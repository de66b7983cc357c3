/*
 * A load from address 0 faults: SIGSEGV.  The registers written before
 * must not matter; the text before it must be written.
 */
#include "a64test.h"
A64TEST_START
    PUTS "before load\n"
    mov x1, #0
    ldr x0, [x1]
    PUTS "after load\n"
    EXIT 0
A64TEST_END
