/*
 * BRK #imm raises a breakpoint: Linux sends SIGTRAP (the default action
 * kills the process).  The text before it must be written.
 */
#include "a64test.h"
A64TEST_START
    PUTS "before brk\n"
    brk #0x3e8
    PUTS "after brk\n"
    EXIT 0
A64TEST_END
