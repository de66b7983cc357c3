/*
 * B.cond for all 16 conditions after CMP/CMN/TST at 64 and 32 bits, the branch in the next block (flags from the lazy state).
 * Each printed value is a mask with bit k set when condition k (eq ne cs
 * cc mi pl vs vc hi ls ge lt gt le al nv) held.  Expected: the flags from
 * the Arm ARM pseudo-code (AddWithCarry, ConditionHolds) per operand pair,
 * worked out independently of xrun.
 */
#include "a64test.h"
A64TEST_START
    ldr x1, =0x5
    ldr x2, =0x3
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 0", x9
    ldr x1, =0x3
    ldr x2, =0x5
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 1", x9
    ldr x1, =0x7
    ldr x2, =0x7
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 2", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 3", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 4", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    mov x9, #0
    cmp x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 5", x9
    ldr x1, =0x80000000
    ldr x2, =0x1
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    cmp w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 6", x9
    ldr x1, =0x1
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    cmp w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 7", x9
    ldr x1, =0x7fffffff
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    cmp w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmp w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmp w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmp w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmp w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmp w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmp w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmp w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmp w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmp w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmp w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmp w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmp w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmp w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmp w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmp w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmp 8", x9
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    mov x9, #0
    cmn x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmn x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmn x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmn x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmn x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmn x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmn x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmn x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmn x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmn x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmn x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmn x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmn x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmn x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmn x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmn x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmn 9", x9
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    mov x9, #0
    cmn x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmn x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmn x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmn x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmn x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmn x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmn x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmn x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmn x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmn x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmn x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmn x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmn x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmn x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmn x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmn x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmn 10", x9
    ldr x1, =0x3
    ldr x2, =0x4
    mov x9, #0
    cmn x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmn x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmn x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmn x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmn x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmn x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmn x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmn x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmn x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmn x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmn x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmn x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmn x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmn x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmn x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmn x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmn 11", x9
    ldr x1, =0xffffffff
    ldr x2, =0x2
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    cmn w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmn w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmn w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmn w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmn w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmn w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmn w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmn w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmn w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmn w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmn w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmn w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmn w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmn w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmn w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmn w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmn 12", x9
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    cmn w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    cmn w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    cmn w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    cmn w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    cmn w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    cmn w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    cmn w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    cmn w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    cmn w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    cmn w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    cmn w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    cmn w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    cmn w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    cmn w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    cmn w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    cmn w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "cmn 13", x9
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    mov x9, #0
    tst x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    tst x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    tst x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    tst x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    tst x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    tst x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    tst x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    tst x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    tst x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    tst x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    tst x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    tst x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    tst x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    tst x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    tst x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    tst x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "tst 14", x9
    ldr x1, =0xf0
    ldr x2, =0xf
    mov x9, #0
    tst x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    tst x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    tst x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    tst x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    tst x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    tst x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    tst x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    tst x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    tst x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    tst x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    tst x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    tst x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    tst x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    tst x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    tst x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    tst x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "tst 15", x9
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    movk x1, #0x5555, lsl #48
    movk x2, #0xaaaa, lsl #48
    mov x9, #0
    tst w1, w2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    tst w1, w2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    tst w1, w2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    tst w1, w2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    tst w1, w2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    tst w1, w2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    tst w1, w2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    tst w1, w2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    tst w1, w2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    tst w1, w2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    tst w1, w2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    tst w1, w2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    tst w1, w2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    tst w1, w2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    tst w1, w2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    tst w1, w2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "tst 16", x9
    ldr x1, =0x3
    ldr x2, =0x1
    mov x9, #0
    tst x1, x2
    b 3f
3:
    b.eq 1f
    b 2f
1:  orr x9, x9, #0x1
2:
    tst x1, x2
    b 3f
3:
    b.ne 1f
    b 2f
1:  orr x9, x9, #0x2
2:
    tst x1, x2
    b 3f
3:
    b.cs 1f
    b 2f
1:  orr x9, x9, #0x4
2:
    tst x1, x2
    b 3f
3:
    b.cc 1f
    b 2f
1:  orr x9, x9, #0x8
2:
    tst x1, x2
    b 3f
3:
    b.mi 1f
    b 2f
1:  orr x9, x9, #0x10
2:
    tst x1, x2
    b 3f
3:
    b.pl 1f
    b 2f
1:  orr x9, x9, #0x20
2:
    tst x1, x2
    b 3f
3:
    b.vs 1f
    b 2f
1:  orr x9, x9, #0x40
2:
    tst x1, x2
    b 3f
3:
    b.vc 1f
    b 2f
1:  orr x9, x9, #0x80
2:
    tst x1, x2
    b 3f
3:
    b.hi 1f
    b 2f
1:  orr x9, x9, #0x100
2:
    tst x1, x2
    b 3f
3:
    b.ls 1f
    b 2f
1:  orr x9, x9, #0x200
2:
    tst x1, x2
    b 3f
3:
    b.ge 1f
    b 2f
1:  orr x9, x9, #0x400
2:
    tst x1, x2
    b 3f
3:
    b.lt 1f
    b 2f
1:  orr x9, x9, #0x800
2:
    tst x1, x2
    b 3f
3:
    b.gt 1f
    b 2f
1:  orr x9, x9, #0x1000
2:
    tst x1, x2
    b 3f
3:
    b.le 1f
    b 2f
1:  orr x9, x9, #0x2000
2:
    tst x1, x2
    b 3f
3:
    b.al 1f
    b 2f
1:  orr x9, x9, #0x4000
2:
    tst x1, x2
    b 3f
3:
    b.nv 1f
    b 2f
1:  orr x9, x9, #0x8000
2:
    PHEX "tst 17", x9
    EXIT 0
A64TEST_END
