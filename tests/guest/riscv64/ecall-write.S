/*
 * ecall straight from asm: write(2) and exit(2) by number (write = 64,
 * exit = 93 in the asm-generic table riscv64 uses).  The result comes back
 * in a0 (negative errno on failure); every other register is preserved.
 * Expected values (after "=") by hand.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    li      a0, 1
    lla     a1, msg
    li      a2, 6
    li      a7, SYS_write
    li      s1, 0x1234
    li      t3, -7
    li      a3, 0x33
    li      a4, 0x44
    li      a5, 0x55
    li      a6, 0x66
    mv      s2, sp
    ecall                                   /* out: hello */
    PHEX    "write ret", a0                 /* = 6: bytes written */
    lla     t0, msg
    sub     t0, a1, t0
    PHEX    "a1 kept", t0                   /* = 0 */
    PHEX    "a2 kept", a2                   /* = 6 */
    PHEX    "a3 kept", a3                   /* = 0x33 */
    PHEX    "a6 kept", a6                   /* = 0x66 */
    PHEX    "a7 kept", a7                   /* = 64 */
    PHEX    "s1 kept", s1                   /* = 0x1234 */
    PHEX    "t3 kept", t3                   /* = -7 */
    sub     t0, sp, s2
    PHEX    "sp kept", t0                   /* = 0 */

    li      a0, 1
    lla     a1, msg
    li      a2, 0
    li      a7, SYS_write
    ecall
    PHEX    "write len 0", a0               /* = 0 */

    li      a0, -1
    lla     a1, msg
    li      a2, 6
    li      a7, SYS_write
    ecall
    PHEX    "write fd -1", a0               /* = -9: -EBADF */

    li      a0, 1
    li      a1, 0                           /* NULL buffer */
    li      a2, 6
    li      a7, SYS_write
    ecall
    PHEX    "write NULL", a0                /* = -14: -EFAULT */

    li      a7, 4000                        /* no such syscall */
    ecall
    PHEX    "syscall 4000", a0              /* = -38: -ENOSYS */

    li      a0, 0
    li      a7, SYS_exit
    ecall
    PUTS    "not reached\n"
RVTEST_END

    .section .rodata
msg:
    .ascii  "hello\n"
