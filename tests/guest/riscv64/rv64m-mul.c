/*
 * M extension multiplies: mul mulh mulhsu mulhu mulw, with edge values.
 * Expected values (after "=") derived by hand from the ISA manual:
 * mul = low 64 bits of the product; mulh/mulhsu/mulhu = high 64 bits of
 * the 128-bit signed*signed / signed*unsigned / unsigned*unsigned product;
 * mulw = low 32 bits of the product, sign-extended.
 * M = INT64_MAX = 2^63-1, m = INT64_MIN = -2^63.
 */
#include <stdint.h>
#include <stdio.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))
#define OP(name, insn)                                                      \
    static uint64_t name(uint64_t a, uint64_t b)                            \
    {                                                                       \
        uint64_t r;                                                         \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));    \
        return r;                                                           \
    }
OP(mul, "mul")
OP(mulh, "mulh")
OP(mulhsu, "mulhsu")
OP(mulhu, "mulhu")
OP(mulw, "mulw")

#define M 0x7fffffffffffffffull
#define m 0x8000000000000000ull
#define X1 0x123456789ull
#define X2 0x987654321ull

int main(void)
{
    P("mul M*M", mul(M, M));                /* = 1: (2^63-1)^2 = 2^126 - 2^64 + 1 */
    P("mul m*-1", mul(m, -1));              /* = 0x8000000000000000: 2^63 mod 2^64 */
    P("mul -1*-1", mul(-1, -1));            /* = 1 */
    P("mul 2^32*2^32", mul(1ull << 32, 1ull << 32)); /* = 0: 2^64 */
    P("mul 3*-5", mul(3, -5));              /* = -15 */
    /* X1 * X2 = 4886718345 * 40926266145 = 199995135563123930025
     *         = 0xa_d77d742c_ce1833a9 */
    P("mul X1*X2", mul(X1, X2));            /* = 0xd77d742cce1833a9: low 64 bits */
    P("mulhu X1*X2", mulhu(X1, X2));        /* = 0xa: bits 64 and up */
    P("mulh -X1*X2", mulh(-X1, X2));        /* = -11: -(0xa * 2^64 + L), 0 < L < 2^64, floor(/2^64) = -11 */
    P("mul 0*x", mul(0, 0xdeadbeef));       /* = 0 */

    P("mulh M*M", mulh(M, M));              /* = 0x3fffffffffffffff: (2^126 - 2^64 + 1) >> 64 = 2^62 - 1 */
    P("mulh m*m", mulh(m, m));              /* = 0x4000000000000000: 2^126 >> 64 */
    P("mulh m*M", mulh(m, M));              /* = 0xc000000000000000: -2^126 + 2^63, floor(/2^64) = -2^62 */
    P("mulh -1*-1", mulh(-1, -1));          /* = 0: product 1 */
    P("mulh -1*1", mulh(-1, 1));            /* = -1: product -1, high half all ones */
    P("mulh m*-1", mulh(m, -1));            /* = 0: product +2^63 */
    P("mulh 2^32*2^32", mulh(1ull << 32, 1ull << 32)); /* = 1: 2^64 */

    P("mulhu -1*-1", mulhu(-1, -1));        /* = 0xfffffffffffffffe: (2^64-1)^2 = 2^128 - 2^65 + 1 */
    P("mulhu m*2", mulhu(m, 2));            /* = 1: 2^64 */
    P("mulhu -1*1", mulhu(-1, 1));          /* = 0 */
    P("mulhu m*m", mulhu(m, m));            /* = 0x4000000000000000: 2^126 */
    P("mulhu M*M", mulhu(M, M));            /* = 0x3fffffffffffffff */

    P("mulhsu -1*-1", mulhsu(-1, -1));      /* = -1: -1 * (2^64-1) = -2^64 + 1, floor(/2^64) = -1 */
    P("mulhsu -1*1", mulhsu(-1, 1));        /* = -1: -1 */
    P("mulhsu 1*-1", mulhsu(1, -1));        /* = 0: 2^64 - 1 */
    P("mulhsu m*-1", mulhsu(m, -1));        /* = 0x8000000000000000: -2^63 * (2^64-1) = -2^127 + 2^63 */
    P("mulhsu M*-1", mulhsu(M, -1));        /* = 0x7ffffffffffffffe: (2^63-1)(2^64-1) = 2^127 - 2^64 - 2^63 + 1 */
    P("mulhsu 0*-1", mulhsu(0, -1));        /* = 0 */
    P("mulhsu -2*m", mulhsu(-2, m));        /* = -1: -2 * 2^63 = -2^64 */

    P("mulw 0x7fffffff*2", mulw(0x7fffffff, 2));         /* = -2: 0xfffffffe sign-extended */
    P("mulw 2^16*2^16", mulw(0x10000, 0x10000));         /* = 0: 2^32, low word 0 */
    P("mulw 2^15*2^16", mulw(0x8000, 0x10000));          /* = 0xffffffff80000000 */
    P("mulw hi ignored", mulw(0xffffffff00000003ull, 0x0000000100000005ull)); /* = 15 */
    P("mulw -1*-1", mulw(-1, -1));                       /* = 1 */
    P("mulw 0x80000000*-1", mulw(0x80000000, -1));       /* = 0xffffffff80000000: wraps */
    return 0;
}
