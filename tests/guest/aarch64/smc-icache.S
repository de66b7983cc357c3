/*
 * Self-modifying code: overwrite an instruction in a writable+executable
 * page, then DC CVAU / DSB / IC IVAU / DSB / ISB, and run the new one.
 * The page is made with mmap(PROT_READ|WRITE|EXEC).
 */
#include "a64test.h"
A64TEST_START
    mov x0, #0              /* addr */
    mov x1, #4096
    mov x2, #7              /* PROT_READ|PROT_WRITE|PROT_EXEC */
    mov x3, #0x22           /* MAP_PRIVATE|MAP_ANONYMOUS */
    mov x4, #-1
    mov x5, #0
    mov x8, #222            /* mmap */
    svc #0
    mov x20, x0
    /* copy "mov x0, #1; ret" there */
    ldr w1, insn1
    str w1, [x20]
    ldr w1, insn_ret
    str w1, [x20, #4]
    dc cvau, x20
    dsb ish
    ic ivau, x20
    dsb ish
    isb
    blr x20
    PHEX "first", x0        /* 1 */
    ldr w1, insn2
    str w1, [x20]
    dc cvau, x20
    dsb ish
    ic ivau, x20
    dsb ish
    isb
    blr x20
    PHEX "second", x0       /* 2 */
    EXIT 0
insn1:
    mov x0, #1
insn2:
    mov x0, #2
insn_ret:
    ret
A64TEST_END
