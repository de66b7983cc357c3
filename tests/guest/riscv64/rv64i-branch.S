/*
 * The six conditional branches, taken and not taken, with signed/unsigned
 * edges; x0 operands (beqz/bnez/bltz/bgez/blez/bgtz); a backward loop; and a
 * forward branch near the +4 KiB limit of the B-type offset.
 * Each group runs its op on the same operand pairs and collects one bit per
 * pair, most significant first: 1 = taken.  Expected values (after "=")
 * are derived by hand; the pairs, in order, are
 *   beq/bne: (0,0) (0,1) (-1,-1) (m,0) (2^32,0)
 *   blt/bge/bltu/bgeu: (-1,0) (0,-1) (m,M) (M,m) (5,5) (m,m)
 *                      (0x80000000,0x7fffffff) (-2,-1)
 * with M = INT64_MAX, m = INT64_MIN.
 */
#include "rvtest.h"

.macro BR op, a, b
    li      t0, \a
    li      t1, \b
    slli    s1, s1, 1
    \op     t0, t1, 1f
    j       2f
1:  ori     s1, s1, 1
2:
.endm

.macro BR5 op
    li      s1, 0
    BR      \op, 0, 0
    BR      \op, 0, 1
    BR      \op, -1, -1
    BR      \op, 0x8000000000000000, 0
    BR      \op, 0x100000000, 0
.endm

.macro BR8 op
    li      s1, 0
    BR      \op, -1, 0
    BR      \op, 0, -1
    BR      \op, 0x8000000000000000, 0x7fffffffffffffff
    BR      \op, 0x7fffffffffffffff, 0x8000000000000000
    BR      \op, 5, 5
    BR      \op, 0x8000000000000000, 0x8000000000000000
    BR      \op, 0x80000000, 0x7fffffff
    BR      \op, -2, -1
.endm

/* branch against x0: BZ op, value */
.macro BZ op, a
    li      t0, \a
    slli    s1, s1, 1
    \op     t0, 1f
    j       2f
1:  ori     s1, s1, 1
2:
.endm

RVTEST_START
    .option norvc
    BR5     beq
    PHEX    "beq", s1                       /* = 0x14: 1 0 1 0 0 */
    BR5     bne
    PHEX    "bne", s1                       /* = 0x0b: 0 1 0 1 1 */
    BR8     blt
    PHEX    "blt", s1                       /* = 0xa1: 1 0 1 0 0 0 0 1 */
    BR8     bge
    PHEX    "bge", s1                       /* = 0x5e: 0 1 0 1 1 1 1 0 */
    BR8     bltu
    PHEX    "bltu", s1                      /* = 0x51: 0 1 0 1 0 0 0 1 */
    BR8     bgeu
    PHEX    "bgeu", s1                      /* = 0xae: 1 0 1 0 1 1 1 0 */

    /* x0 forms, values 0, 1, -1, m: */
    li      s1, 0
    BZ      beqz, 0
    BZ      beqz, 1
    BZ      beqz, -1
    BZ      beqz, 0x8000000000000000
    PHEX    "beqz", s1                      /* = 0x8: 1 0 0 0 */
    li      s1, 0
    BZ      bnez, 0
    BZ      bnez, 1
    BZ      bnez, -1
    BZ      bnez, 0x8000000000000000
    PHEX    "bnez", s1                      /* = 0x7: 0 1 1 1 */
    li      s1, 0
    BZ      bltz, 0
    BZ      bltz, 1
    BZ      bltz, -1
    BZ      bltz, 0x8000000000000000
    PHEX    "bltz", s1                      /* = 0x3: 0 0 1 1 */
    li      s1, 0
    BZ      bgez, 0
    BZ      bgez, 1
    BZ      bgez, -1
    BZ      bgez, 0x8000000000000000
    PHEX    "bgez", s1                      /* = 0xc: 1 1 0 0 */
    li      s1, 0
    BZ      blez, 0
    BZ      blez, 1
    BZ      blez, -1
    BZ      blez, 0x8000000000000000
    PHEX    "blez", s1                      /* = 0xb: 1 0 1 1 (bge x0, rs) */
    li      s1, 0
    BZ      bgtz, 0
    BZ      bgtz, 1
    BZ      bgtz, -1
    BZ      bgtz, 0x8000000000000000
    PHEX    "bgtz", s1                      /* = 0x4: 0 1 0 0 (blt x0, rs) */

    /* same register on both sides */
    li      s1, 0
    li      t0, 0x8000000000000000
    slli    s1, s1, 1
    beq     t0, t0, 1f
    j       2f
1:  ori     s1, s1, 1
2:  slli    s1, s1, 1
    blt     t0, t0, 1f
    j       2f
1:  ori     s1, s1, 1
2:  slli    s1, s1, 1
    bgeu    t0, t0, 1f
    j       2f
1:  ori     s1, s1, 1
2:  PHEX    "same reg beq blt bgeu", s1     /* = 0x5: 1 0 1 */

    /* backward loop: sum 1..10 */
    li      t0, 10
    li      a0, 0
1:  add     a0, a0, t0
    addi    t0, t0, -1
    bnez    t0, 1b
    PHEX    "loop sum 1..10", a0            /* = 55 */

    /* forward branch of 4092 bytes (limit is 4094): skips 1022 words */
    li      a0, 1
    li      t0, 3
    li      t1, 3
    beq     t0, t1, far
    .rept   1022
    addi    a0, a0, 16                      /* never executed */
    .endr
far:
    PHEX    "far branch", a0                /* = 1 */
    /* and back again: backward far branch */
    li      a0, 0
    j       back_src
back_dst:
    addi    a0, a0, 2
    j       back_done
    .rept   1018
    addi    a0, a0, 16                      /* never executed */
    .endr
back_src:
    addi    a0, a0, 1
    bne     a0, zero, back_dst
back_done:
    PHEX    "far back branch", a0           /* = 3 */
    EXIT    0
RVTEST_END
