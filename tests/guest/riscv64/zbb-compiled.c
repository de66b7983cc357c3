/* expected: native */
/* cflags: -march=rv64gc_zba_zbb_zbs */
/*
 * bitops-builtins.c built with Zba/Zbb/Zbs enabled.  With Debian's gcc 12,
 * riscv64-linux-gnu-objdump -d shows the compiler using clz clzw ctz ctzw
 * cpop cpopw rev8 rol rorw min max minu maxu andn orn xnor sext.b sext.h
 * zext.h zext.w (add.uw) sh1add sh2add sh3add bset for this source.
 * Same output as the native build.
 */
#include "bitops-builtins.c"
