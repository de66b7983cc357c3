/*
 * LSE LDADD/LDCLR/LDEOR/LDSET/LDSMAX/LDSMIN/LDUMAX/LDUMIN/SWP in every size and ordering, and the ST* aliases.  Each line: old value ^ memory afterwards.
 * Expected values worked out by hand from the Arm ARM description of each
 * instruction (the value next to each case in the generator comment).
 */
#include "a64test.h"
A64TEST_START
    .arch armv8.1-a
    .pushsection .data
    .balign 16
mem:
    .skip 64
    .popsection
    adr x20, mem
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldaddb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 0", x0    /* 8877665544332202 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldclrab w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 1", x0    /* 8877665544332200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldeorlb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 2", x0    /* 8877665544332202 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldsetalb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 3", x0    /* 8877665544332202 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsmaxb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 4", x0    /* 887766554433226e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsminab w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 5", x0    /* 8877665544332200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldumaxlb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 6", x0    /* 8877665544332200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    lduminalb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 7", x0    /* 8877665544332213 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    swpb w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 8", x0    /* 8877665544332213 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldaddah w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 9", x0    /* 8877665544330302 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldclrlh w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 10", x0    /* 8877665544332200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldeoralh w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 11", x0    /* 887766554433ff02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldseth w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 12", x0    /* 887766554433dd02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsmaxah w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 13", x0    /* 8877665544330000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsminlh w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 14", x0    /* 887766554433ef6e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldumaxalh w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 15", x0    /* 887766554433dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    lduminh w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 16", x0    /* 8877665544330000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    swpah w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 17", x0    /* 887766554433dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldaddl w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 18", x0    /* 8877665507060302 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldclral w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 19", x0    /* 8877665544012200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldeor w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 20", x0    /* 88776655ff01ff02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldseta w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 21", x0    /* 88776655bb00dd02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsmaxl w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 22", x0    /* 8877665500000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsminal w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 23", x0    /* 88776655cd98ef6e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldumax w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 24", x0    /* 88776655bb32dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldumina w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 25", x0    /* 8877665500000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    swpl w2, w3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 26", x0    /* 88776655bb32dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldaddal x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 27", x0    /* 8f00838307060302 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldclr x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 28", x0    /* 0800660044012200 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldeora x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 29", x0    /* 7f007f80ff01ff02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldsetl x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 30", x0    /* 77001980bb00dd02 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsmaxal x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 31", x0    /* 89542332cd98ef6e */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x123456789abcd7f
    ldsmin x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 32", x0    /* 0000000000000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    ldumaxa x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 33", x0    /* 0000000000000000 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    lduminl x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 34", x0    /* f77719d5bb32dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    ldr x2, =0x7f007f80ff01ff02
    swpal x2, x3, [x20]
    ldr x4, [x20]
    eor x0, x3, x4
    PHEX "ops 35", x0    /* f77719d5bb32dd13 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, #1
    stadd x2, [x20]
    ldr x0, [x20]
    PHEX "ops 36", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, #1
    staddlb w2, [x20]
    ldr x0, [x20]
    PHEX "ops 37", x0    /* 8877665544332212 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, #-1
    stsmaxh w2, [x20]
    ldr x0, [x20]
    PHEX "ops 38", x0    /* 8877665544332211 */
    ldr x1, =0x8877665544332211
    str x1, [x20]
    str x1, [x20, #8]
    mov x2, sp
    sub sp, sp, #16
    str xzr, [sp]
    mov x3, #5
    ldadd x3, x4, [sp]
    ldr x0, [sp]
    mov sp, x2
    PHEX "ops 39", x0    /* 0000000000000005 */
    EXIT 0
A64TEST_END
