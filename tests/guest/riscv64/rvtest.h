/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the stand-alone riscv64 asm tests (linked -nostdlib, own
 * _start, raw write/exit syscalls).  Use in a .S file:
 *
 *     #include "rvtest.h"
 *     RVTEST_START
 *         li      t0, 5
 *         PHEX    "five", t0      // prints "five: 0000000000000005\n"
 *         PUTS    "text\n"        // prints text
 *         EXIT    0
 *     RVTEST_END
 *
 * PHEX and PUTS preserve every register: ra, a0 and a1 are saved and
 * restored around the call and the routines save what they use.
 * They need a valid sp.  Labels must not contain '"' or '\'.
 */
#ifndef RVTEST_H
#define RVTEST_H

#define SYS_write 64
#define SYS_exit 93
#define SYS_exit_group 94

.macro RVTEST_START
    .text
    .globl _start
    .type _start, @function
_start:
    /* like crt1: the linker relaxes lla of nearby data to gp-relative */
    .option push
    .option norelax
    lla     gp, __global_pointer$
    .option pop
.endm

/* Print a label and a register as 16 hex digits. */
.macro PHEX label, reg
    .pushsection .rodata
.Lphex_\@:
    .asciz "\label"
    .popsection
    addi    sp, sp, -32
    sd      ra, 0(sp)
    sd      a0, 8(sp)
    sd      a1, 16(sp)
    mv      a1, \reg
    lla     a0, .Lphex_\@
    call    rt_phex
    ld      ra, 0(sp)
    ld      a0, 8(sp)
    ld      a1, 16(sp)
    addi    sp, sp, 32
.endm

/* Print a string (escapes like \n work). */
.macro PUTS str
    .pushsection .rodata
.Lputs_\@:
    .asciz "\str"
    .popsection
    addi    sp, sp, -32
    sd      ra, 0(sp)
    sd      a0, 8(sp)
    sd      a1, 16(sp)
    lla     a0, .Lputs_\@
    li      a1, 0
    call    rt_puts
    ld      ra, 0(sp)
    ld      a0, 8(sp)
    ld      a1, 16(sp)
    addi    sp, sp, 32
.endm

/* exit(code) with the exit syscall (not exit_group). */
.macro EXIT code
    li      a0, \code
    li      a7, SYS_exit
    ecall
.endm

/* The print routines; expand once, after the test code. */
.macro RVTEST_END
    .text
    .balign 4
/* rt_puts(a0 = NUL-terminated string): one write(1, ...). */
rt_puts:
    addi    sp, sp, -48
    sd      a0, 0(sp)
    sd      a1, 8(sp)
    sd      a2, 16(sp)
    sd      a7, 24(sp)
    sd      t0, 32(sp)
    mv      a1, a0
    mv      a2, a0
1:  lbu     t0, 0(a2)
    beqz    t0, 2f
    addi    a2, a2, 1
    j       1b
2:  sub     a2, a2, a1
    li      a0, 1
    li      a7, SYS_write
    ecall
    ld      a0, 0(sp)
    ld      a1, 8(sp)
    ld      a2, 16(sp)
    ld      a7, 24(sp)
    ld      t0, 32(sp)
    addi    sp, sp, 48
    ret

/* rt_phex(a0 = label, a1 = value): "label: %016lx\n" in one write. */
rt_phex:
    addi    sp, sp, -192
    sd      a0, 0(sp)
    sd      a1, 8(sp)
    sd      a2, 16(sp)
    sd      a7, 24(sp)
    sd      t0, 32(sp)
    sd      t1, 40(sp)
    sd      t2, 48(sp)
    addi    a2, sp, 64              /* buffer: 64(sp) .. 191(sp) */
    addi    t2, sp, 64 + 100        /* label at most 100 bytes */
1:  lbu     t0, 0(a0)
    beqz    t0, 2f
    bgeu    a2, t2, 2f
    sb      t0, 0(a2)
    addi    a0, a0, 1
    addi    a2, a2, 1
    j       1b
2:  li      t0, 58                  /* ':' */
    sb      t0, 0(a2)
    li      t0, 32                  /* ' ' */
    sb      t0, 1(a2)
    addi    a2, a2, 2
    li      t1, 60                  /* shift for the top nibble */
3:  srl     t0, a1, t1
    andi    t0, t0, 15
    addi    t0, t0, 48              /* '0' */
    li      t2, 57                  /* '9' */
    bleu    t0, t2, 4f
    addi    t0, t0, 39              /* 'a' - '0' - 10 */
4:  sb      t0, 0(a2)
    addi    a2, a2, 1
    addi    t1, t1, -4
    bgez    t1, 3b
    li      t0, 10                  /* '\n' */
    sb      t0, 0(a2)
    addi    a2, a2, 1
    addi    a1, sp, 64
    sub     a2, a2, a1
    li      a0, 1
    li      a7, SYS_write
    ecall
    ld      a0, 0(sp)
    ld      a1, 8(sp)
    ld      a2, 16(sp)
    ld      a7, 24(sp)
    ld      t0, 32(sp)
    ld      t1, 40(sp)
    ld      t2, 48(sp)
    addi    sp, sp, 192
    ret
.endm

#endif
