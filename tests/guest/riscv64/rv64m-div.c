/*
 * M extension divides: div divu rem remu and the W forms divw divuw remw
 * remuw, including division by zero and the signed overflow m / -1.
 * Expected values (after "=") derived by hand from the ISA manual: division
 * rounds toward zero; the remainder has the sign of the dividend; x / 0 =
 * all ones (-1 signed, 2^XLEN-1 unsigned) and x % 0 = x; m / -1 = m and
 * m % -1 = 0.  W forms use the low 32 bits and sign-extend the 32-bit
 * result (also for divuw/remuw).  M = INT64_MAX, m = INT64_MIN.
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
OP(div_, "div")
OP(divu, "divu")
OP(rem, "rem")
OP(remu, "remu")
OP(divw, "divw")
OP(divuw, "divuw")
OP(remw, "remw")
OP(remuw, "remuw")

#define M 0x7fffffffffffffffull
#define m 0x8000000000000000ull

int main(void)
{
    P("div 7/2", div_(7, 2));               /* = 3 */
    P("div -7/2", div_(-7, 2));             /* = -3: toward zero */
    P("div 7/-2", div_(7, -2));             /* = -3 */
    P("div -7/-2", div_(-7, -2));           /* = 3 */
    P("div 5/0", div_(5, 0));               /* = -1 */
    P("div -5/0", div_(-5, 0));             /* = -1 */
    P("div 0/0", div_(0, 0));               /* = -1 */
    P("div m/-1", div_(m, -1));             /* = 0x8000000000000000: overflow */
    P("div m/1", div_(m, 1));               /* = 0x8000000000000000 */
    P("div M/m", div_(M, m));               /* = 0 */
    P("div m/M", div_(m, M));               /* = -1: -2^63 / (2^63-1) = -1.00..., toward zero */

    P("divu 7/2", divu(7, 2));              /* = 3 */
    P("divu -1/2", divu(-1, 2));            /* = 0x7fffffffffffffff */
    P("divu 5/0", divu(5, 0));              /* = 0xffffffffffffffff */
    P("divu m/-1", divu(m, -1));            /* = 0: 2^63 < 2^64-1 */
    P("divu -1/-1", divu(-1, -1));          /* = 1 */
    P("divu -7/2", divu(-7, 2));            /* = 0x7ffffffffffffffc: (2^64-7)/2 = 2^63 - 4 (rounded down) */

    P("rem 7%2", rem(7, 2));                /* = 1 */
    P("rem -7%2", rem(-7, 2));              /* = -1: sign of dividend */
    P("rem 7%-2", rem(7, -2));              /* = 1 */
    P("rem -7%-2", rem(-7, -2));            /* = -1 */
    P("rem -7%0", rem(-7, 0));              /* = -7: dividend */
    P("rem m%-1", rem(m, -1));              /* = 0: overflow */
    P("rem m%M", rem(m, M));                /* = -1: -2^63 - (-1)(2^63-1) */

    P("remu -1%10", remu(-1, 10));          /* = 5: 18446744073709551615 mod 10 */
    P("remu m%0", remu(m, 0));              /* = 0x8000000000000000: dividend */
    P("remu m%-1", remu(m, -1));            /* = 0x8000000000000000: m < 2^64-1 */
    P("remu 7%2", remu(7, 2));              /* = 1 */

    P("divw 0x80000000/-1", divw(0x80000000, -1));   /* = 0xffffffff80000000: overflow, sext */
    P("divw 5/0", divw(5, 0));                        /* = -1 */
    P("divw -7/2", divw(-7, 2));                      /* = -3 */
    P("divw hi ignored", divw(0x100000007ull, 2));    /* = 3: 7 / 2 */
    P("divw 0xffffffff/1", divw(0xffffffff, 1));      /* = -1: low word is -1 */
    P("divw 0x80000000/2", divw(0x80000000, 2));      /* = 0xffffffffc0000000: -2^31 / 2 */
    P("divw divisor hi", divw(100, 0x100000000ull));  /* = -1: divisor's low word 0 */

    P("divuw 0xffffffff/1", divuw(0xffffffff, 1));    /* = -1: 0xffffffff sign-extended */
    P("divuw 0x80000000/0", divuw(0x80000000, 0));    /* = -1: 2^32-1, sext */
    P("divuw 0xffffffff/2", divuw(0xffffffff, 2));    /* = 0x7fffffff */
    P("divuw 0x80000000/-1", divuw(0x80000000, -1));  /* = 0: 2^31 / (2^32-1) */
    P("divuw -8/hi 2", divuw(-8, 0x100000002ull));    /* = 0x7ffffffc: 0xfffffff8 / 2 */
    P("divuw 0x80000000/1", divuw(0x180000000ull, 1)); /* = 0xffffffff80000000 */

    P("remw 0x80000000%-1", remw(0x80000000, -1));    /* = 0: overflow */
    P("remw -7%0", remw(-7, 0));                      /* = -7 */
    P("remw hi%0", remw(0x180000000ull, 0));          /* = 0xffffffff80000000: sext of the low word */
    P("remw -7%2", remw(-7, 2));                      /* = -1 */
    P("remw 7%-2", remw(7, -2));                      /* = 1 */

    P("remuw -1%10", remuw(-1, 10));                  /* = 5: 4294967295 mod 10 */
    P("remuw 0x80000000%0", remuw(0x80000000, 0));    /* = 0xffffffff80000000: dividend, sext */
    P("remuw 0xffffffff%0x80000000", remuw(0xffffffff, 0x80000000)); /* = 0x7fffffff */
    P("remuw hi ignored", remuw(0x123456789ull, 0x100));/* = 0x89: 0x23456789 mod 256 */
    P("remuw 0xfffffffe%0xffffffff", remuw(0xfffffffe, 0xffffffff)); /* = -2: 0xfffffffe, sext */
    return 0;
}
