/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the stand-alone aarch64 asm tests (linked -nostdlib, own
 * _start, raw write/exit syscalls).  Use in a .S file:
 *
 *     #include "a64test.h"
 *     A64TEST_START
 *         mov     x5, #5
 *         PHEX    "five", x5      // prints "five: 0000000000000005\n"
 *         PNZCV   "flags"         // prints "flags: nZcv" (upper = set)
 *         PUTS    "text\n"        // prints text
 *         EXIT    0
 *     A64TEST_END
 *
 * The macros preserve every general register and NZCV (x0, x1, x2 and
 * x30 are saved on the stack around the call; the routines save what they
 * use).  They need a valid 16-byte aligned sp; the register printed must
 * not be sp.  Labels must not contain '"' or '\'.
 */
#ifndef A64TEST_H
#define A64TEST_H

#define SYS_write 64
#define SYS_exit 93

.macro A64TEST_START
    .text
    .globl _start
    .type _start, %function
_start:
.endm

.macro A64_SAVE
    sub     sp, sp, #48
    stp     x0, x1, [sp]
    stp     x2, x30, [sp, #16]
    mrs     x2, nzcv
    str     x2, [sp, #32]
.endm

.macro A64_RESTORE
    ldr     x2, [sp, #32]
    msr     nzcv, x2
    ldp     x0, x1, [sp]
    ldp     x2, x30, [sp, #16]
    add     sp, sp, #48
.endm

/* Print a label and a register (x0..x30, xzr) as 16 hex digits. */
.macro PHEX label, reg
    .pushsection .rodata
.Lphex_\@:
    .asciz "\label"
    .popsection
    A64_SAVE
    mov     x1, \reg
    adr     x0, .Lphex_\@
    bl      a64t_phex
    A64_RESTORE
.endm

/* Print a label and NZCV as four letters, upper case when set: "nZCv". */
.macro PNZCV label
    .pushsection .rodata
.Lpnzcv_\@:
    .asciz "\label"
    .popsection
    A64_SAVE
    mrs     x1, nzcv
    adr     x0, .Lpnzcv_\@
    bl      a64t_pnzcv
    A64_RESTORE
.endm

/* Print a string (escapes like \n work). */
.macro PUTS str
    .pushsection .rodata
.Lputs_\@:
    .asciz "\str"
    .popsection
    A64_SAVE
    adr     x0, .Lputs_\@
    bl      a64t_puts
    A64_RESTORE
.endm

/* exit(code) with the exit syscall. */
.macro EXIT code
    mov     x0, #\code
    mov     x8, #SYS_exit
    svc     #0
.endm

/* The print routines; expand once, after the test code. */
.macro A64TEST_END
    .text
    .balign 4
/* a64t_puts(x0 = NUL-terminated string): one write(1, ...). */
a64t_puts:
    stp     x3, x8, [sp, #-16]!
    mov     x1, x0
    mov     x2, x0
1:  ldrb    w3, [x2]
    cbz     w3, 2f
    add     x2, x2, #1
    b       1b
2:  sub     x2, x2, x1
    mov     x0, #1
    mov     x8, #SYS_write
    svc     #0
    ldp     x3, x8, [sp], #16
    ret

/* Copy the label at x0 to the buffer at x2, then ": "; x2 = end. */
a64t_label:
    add     x4, x2, #100
1:  ldrb    w3, [x0], #1
    cbz     w3, 2f
    cmp     x2, x4
    b.hs    2f
    strb    w3, [x2], #1
    b       1b
2:  mov     w3, #':'
    strb    w3, [x2], #1
    mov     w3, #' '
    strb    w3, [x2], #1
    ret

/* Write the buffer from sp + 16 to x2, plus '\n'. */
a64t_flush:
    mov     w3, #'\n'
    strb    w3, [x2], #1
    add     x1, sp, #16
    sub     x2, x2, x1
    mov     x0, #1
    mov     x8, #SYS_write
    svc     #0
    ret

/* a64t_phex(x0 = label, x1 = value): "label: %016lx\n" in one write. */
a64t_phex:
    sub     sp, sp, #160
    stp     x3, x4, [sp]
    stp     x5, x8, [sp, #128]
    str     x30, [sp, #144]
    add     x2, sp, #16
    bl      a64t_label
    mov     x5, #60
3:  lsr     x3, x1, x5
    and     x3, x3, #15
    add     x3, x3, #'0'
    cmp     x3, #'9'
    b.ls    4f
    add     x3, x3, #('a' - '0' - 10)
4:  strb    w3, [x2], #1
    subs    x5, x5, #4
    b.pl    3b
    bl      a64t_flush
    ldp     x3, x4, [sp]
    ldp     x5, x8, [sp, #128]
    ldr     x30, [sp, #144]
    add     sp, sp, #160
    ret

/* a64t_pnzcv(x0 = label, x1 = NZCV in bits 31:28). */
a64t_pnzcv:
    sub     sp, sp, #160
    stp     x3, x4, [sp]
    stp     x5, x8, [sp, #128]
    str     x30, [sp, #144]
    add     x2, sp, #16
    bl      a64t_label
    adr     x4, .La64t_nzcv
    mov     x5, #31
5:  lsr     x3, x1, x5
    and     x3, x3, #1
    ldrb    w3, [x4, x3]
    strb    w3, [x2], #1
    add     x4, x4, #2
    sub     x5, x5, #1
    cmp     x5, #28
    b.ge    5b
    bl      a64t_flush
    ldp     x3, x4, [sp]
    ldp     x5, x8, [sp, #128]
    ldr     x30, [sp, #144]
    add     sp, sp, #160
    ret
    .pushsection .rodata
.La64t_nzcv:
    .ascii "nNzZcCvV"
    .popsection
.endm

#endif
