/*
 * An unallocated encoding (UDF #0, the all-zero word) raises SIGILL.
 */
#include "a64test.h"
A64TEST_START
    PUTS "before udf\n"
    .inst 0x00000000
    PUTS "after udf\n"
    EXIT 0
A64TEST_END
