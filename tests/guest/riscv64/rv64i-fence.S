/*
 * FENCE in its forms: fence, fence rw,rw, fence.tso, fence i,o, fence w,r,
 * pause (Zihintpause, fence w,0 = 0x0100000f), a fence with pred = 0
 * (a HINT), and encodings with nonzero rd/rs1 and a reserved fm value.
 * The ISA manual: "base implementations shall ignore these fields [rs1,
 * rd]" and treat reserved fm configurations "as normal fences with
 * fm=0000"; so none may trap and none may write rd.  Memory ops around the
 * fences still see program order.  Expected values (after "=") by hand.
 */
#include "rvtest.h"

RVTEST_START
    .option norvc
    lla     s0, cell
    li      t0, 0x11
    sd      t0, 0(s0)
    fence
    ld      a0, 0(s0)
    PHEX    "fence", a0                     /* = 0x11 */
    li      t0, 0x22
    sd      t0, 0(s0)
    fence   rw, rw
    ld      a0, 0(s0)
    PHEX    "fence rw,rw", a0               /* = 0x22 */
    li      t0, 0x33
    sd      t0, 0(s0)
    fence.tso
    ld      a0, 0(s0)
    PHEX    "fence.tso", a0                 /* = 0x33 */
    fence   i, o
    fence   w, r
    fence   r, rw
    .4byte  0x0100000f                      /* pause */
    .4byte  0x0030000f                      /* fence 0,rw: a HINT */
    li      a0, 0x5a
    li      a1, 0x1234
    .4byte  0x0ff5850f                      /* fence iorw,iorw with rd=a0, rs1=a1 */
    PHEX    "fence rd=a0 ignored", a0       /* = 0x5a */
    PHEX    "fence rs1=a1 kept", a1         /* = 0x1234 */
    .4byte  0x1ff0000f                      /* fm=0001 (reserved): a normal fence */
    li      t0, 0x44
    sd      t0, 0(s0)
    .4byte  0x8ff0000f                      /* fm=1000 with iorw,iorw: reserved, normal fence */
    ld      a0, 0(s0)
    PHEX    "reserved fm", a0               /* = 0x44 */
    EXIT    0
RVTEST_END

    .data
    .balign 8
cell:
    .dword  0
