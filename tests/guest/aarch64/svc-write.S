/*
 * SVC #0: number in x8, arguments in x0..x5, result in x0; the other
 * registers and NZCV survive.  write(1, msg, 6) returns 6; write to a bad
 * fd returns -EBADF (-9); exit status 7.
 */
#include "a64test.h"
A64TEST_START
    mov x9, #0x99
    mov x3, #0x60000000
    msr nzcv, x3
    mov x0, #1
    adr x1, msg
    mov x2, #6
    mov x8, #SYS_write
    svc #0
    PHEX "write", x0        /* 6 */
    PHEX "x9", x9           /* 0x99 */
    PNZCV "nzcv"            /* nZCv */
    mov x0, #99
    adr x1, msg
    mov x2, #6
    mov x8, #SYS_write
    svc #0
    PHEX "ebadf", x0        /* -9 */
    mov x0, #7
    mov x8, #SYS_exit
    svc #0
msg:
    .ascii "hello\n"
    .balign 4
A64TEST_END
