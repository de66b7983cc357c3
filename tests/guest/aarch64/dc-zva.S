/*
 * DC ZVA zeroes the aligned 64-byte block holding the address (DCZID_EL0 = 4), nothing around it; DC CVAU/CIVAC/CVAC/CVAP and IC IVAU run at EL0; barriers and hints execute as no-ops.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .arch armv8.2-a
    .pushsection .data
    .balign 64
zbuf:
    .skip 256
    .popsection
    adr x20, zbuf
    mov x1, #-1
    mov x2, #24
    1: str x1, [x20, x2, lsl #3]
    subs x2, x2, #1
    b.pl 1b
    add x3, x20, #64+37
    dc zva, x3
    ldr x0, [x20, #64]
    ldr x4, [x20, #120]
    orr x0, x0, x4
    PHEX "zva 0", x0    /* 0000000000000000 */
    ldr x0, [x20, #56]
    PHEX "zva 1", x0    /* ffffffffffffffff */
    ldr x0, [x20, #128]
    PHEX "zva 2", x0    /* ffffffffffffffff */
    add x3, x20, #8
    dc cvau, x3
    dc civac, x3
    dc cvac, x3
    dc cvap, x3
    ic ivau, x3
    dsb ish
    isb
    mov x0, #1
    PHEX "zva 3", x0    /* 0000000000000001 */
    nop
    yield
    sev
    sevl
    wfe
    hint #0x7f
    dmb ish
    dmb ishld
    dmb ishst
    dsb sy
    dsb ld
    isb
    clrex
    mov x0, #2
    PHEX "zva 4", x0    /* 0000000000000002 */
    hint #34
    hint #25
    hint #29
    mov x0, #3
    PHEX "zva 5", x0    /* 0000000000000003 */
    EXIT 0
A64TEST_END
