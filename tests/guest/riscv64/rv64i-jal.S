/*
 * jal and jalr: link values (address of the next instruction), non-ra link
 * registers, jalr offsets (negative too), the target LSB cleared by jalr,
 * jalr with rd == rs1 (the target uses the old rs1), x0 links, a recursive
 * function, and a computed jump through a table.  Link values are printed
 * as differences from the expected label.  Expected values (after "=") by
 * hand from the ISA manual: jal rd = pc + 4, pc += sext(imm);
 * jalr: t = (rs1 + sext(imm)) & ~1; rd = pc + 4; pc = t.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    /* jal ra */
    jal     ra, f_ret_ra
1:  lla     t0, 1b
    sub     a0, a1, t0
    PHEX    "jal link - next", a0           /* = 0: f_ret_ra copies ra to a1 */

    /* jal with t0 as link register */
    jal     t0, f_ret_t0
2:  lla     t1, 2b
    sub     a0, a1, t1
    PHEX    "jal t0 link - next", a0        /* = 0 */

    /* jalr with positive and negative offsets */
    lla     t1, f_ret_ra - 8
    jalr    ra, 8(t1)
3:  lla     t0, 3b
    sub     a0, a1, t0
    PHEX    "jalr +8 link - next", a0       /* = 0 */
    lla     t1, f_ret_ra + 2040
    jalr    ra, -2040(t1)
    li      a0, 1
    PHEX    "jalr -2040 returned", a0       /* = 1 */

    /* jalr clears bit 0 of the target */
    lla     t1, f_ret_ra
    addi    t1, t1, 1
    jalr    ra, 0(t1)
4:  lla     t0, 4b
    sub     a0, a1, t0
    PHEX    "jalr odd target", a0           /* = 0 */
    lla     t1, f_ret_ra - 1
    jalr    ra, 2(t1)
    li      a0, 2
    PHEX    "jalr odd sum", a0              /* = 2: (f - 1 + 2) & ~1 = f */

    /* jalr with rd == rs1: jumps to the old value, then links */
    lla     a5, f_ret_a5
    jalr    a5, 0(a5)
5:  lla     t0, 5b
    sub     a0, a1, t0
    PHEX    "jalr a5,0(a5) link - next", a0 /* = 0 */

    /* jal/jalr with rd = x0 */
    li      a0, 0
    jal     zero, 6f
    li      a0, 99                          /* skipped */
6:  lla     t1, 7f
    jalr    zero, 0(t1)
    li      a0, 98                          /* skipped */
7:  mv      a1, zero
    or      a0, a0, a1
    PHEX    "j and jr x0", a0               /* = 0 */

    /* recursion through jal/jalr: fact(12) */
    li      a0, 12
    call    fact
    PHEX    "fact(12)", a0                  /* = 479001600 */

    /* jump table: for i = 0..4, a0 = a0 * 10 + case_i(); cases 3 1 4 1 5 */
    li      s2, 0
    li      s3, 0
8:  lla     t0, table
    slli    t1, s3, 2
    add     t0, t0, t1
    lw      t1, 0(t0)                       /* offset of case from table */
    lla     t0, table
    add     t1, t0, t1
    jalr    ra, 0(t1)
    li      t2, 10
    mul     s2, s2, t2
    add     s2, s2, a0
    addi    s3, s3, 1
    li      t2, 5
    blt     s3, t2, 8b
    PHEX    "jump table", s2                /* = 31415 */

    /* backward jal over a long distance (within +-1 MiB) */
    li      a0, 0
    jal     zero, far_fwd
far_back:
    addi    a0, a0, 1
    PHEX    "far jal", a0                   /* = 3 */
    EXIT    0

f_ret_ra:
    mv      a1, ra
    ret
f_ret_t0:
    mv      a1, t0
    jr      t0
f_ret_a5:
    mv      a1, a5
    jr      a5

/* fact(n) = n <= 1 ? 1 : n * fact(n - 1) */
fact:
    li      t0, 1
    bgt     a0, t0, 1f
    li      a0, 1
    ret
1:  addi    sp, sp, -16
    sd      ra, 0(sp)
    sd      a0, 8(sp)
    addi    a0, a0, -1
    call    fact
    ld      t0, 8(sp)
    mul     a0, a0, t0
    ld      ra, 0(sp)
    addi    sp, sp, 16
    ret

case0: li a0, 3
    ret
case1: li a0, 1
    ret
case2: li a0, 4
    ret
case4: li a0, 5
    ret

    .balign 4
    .skip   200000                          /* zeros: never executed */
far_fwd:
    addi    a0, a0, 2
    jal     zero, far_back
RVTEST_END

    .section .rodata
    .balign 4
table:
    .word   case0 - table
    .word   case1 - table
    .word   case2 - table
    .word   case1 - table
    .word   case4 - table
