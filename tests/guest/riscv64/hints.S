/*
 * HINT encodings execute as no-ops (they must not trap, and do not change
 * any register).  RV64I: register-immediate and register-register ops
 * with rd = x0, lui/auipc x0.  RVC (ISA manual, "RVC HINT Instructions"):
 *   c.nop with nzimm != 0      0x0005  (000 0 00000 00001 01)
 *   c.addi a0, 0               0x0501  (000 0 01010 00000 01)
 *   c.li x0, 5                 0x4015  (010 0 00000 00101 01)
 *   c.lui x0, 1                0x6005  (011 0 00000 00001 01)
 *   c.mv x0, a0                0x802a  (100 0 00000 01010 10)
 *   c.add x0, a0               0x902a  (100 1 00000 01010 10)
 *   c.slli x0, 1               0x0006  (000 0 00000 00001 10)
 *   c.slli a0, 0 (c.slli64)    0x0502  (000 0 01010 00000 10)
 *   c.srli a0, 0 (c.srli64)    0x8101  (100 0 00 010 00000 01)
 *   c.srai a0, 0 (c.srai64)    0x8501  (100 0 01 010 00000 01)
 * a0..a2 hold known values throughout; expected values (after "=") by hand.
 */
#include "rvtest.h"

RVTEST_START
    li      a0, 0x8000000000000123
    li      a1, 0x55
    li      a2, -1
    .option push
    .option norvc
    addi    zero, a0, 5
    slti    zero, a2, 1
    andi    zero, a0, 0x7ff
    slli    zero, a0, 3
    lui     zero, 0x12345
    auipc   zero, 1
    add     zero, a0, a1
    sub     zero, a0, a1
    sltu    zero, a1, a2
    .option pop
    PUTS    "32-bit hints done\n"
    .2byte  0x0005
    .2byte  0x0501
    .2byte  0x4015
    .2byte  0x6005
    .2byte  0x802a
    .2byte  0x902a
    .2byte  0x0006
    .2byte  0x0502
    .2byte  0x8101
    .2byte  0x8501
    PUTS    "rvc hints done\n"
    PHEX    "a0", a0                        /* = 0x8000000000000123 */
    PHEX    "a1", a1                        /* = 0x55 */
    PHEX    "a2", a2                        /* = -1 */
    mv      t0, zero
    PHEX    "x0", t0                        /* = 0 */
    EXIT    0
RVTEST_END
