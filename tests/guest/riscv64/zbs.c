/*
 * Zbs: bclr bclri bext bexti binv binvi bset bseti, with edge values.
 * Expected values (after "=") by hand from the Zbs specification: the bit
 * index is rs2 & 63 (or the 6-bit immediate); bext returns that bit in
 * bit 0; the result is never sign-extended from bit 31.
 */
/* cflags: -march=rv64gc_zba_zbb_zbs */
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
#define OPI(insn, a, sh)                                                    \
    ({ uint64_t r_;                                                         \
       __asm__ volatile(insn " %0, %1, " #sh : "=r"(r_) : "r"((uint64_t)(a))); \
       r_; })
OP(bclr, "bclr")
OP(bext, "bext")
OP(binv, "binv")
OP(bset, "bset")

#define m 0x8000000000000000ull

int main(void)
{
    P("bclr -1,0", bclr(-1, 0));                    /* = 0xfffffffffffffffe */
    P("bclr -1,63", bclr(-1, 63));                  /* = 0x7fffffffffffffff */
    P("bclr -1,64", bclr(-1, 64));                  /* = 0xfffffffffffffffe: 64 & 63 = 0 */
    P("bclr 0,5", bclr(0, 5));                      /* = 0 */
    P("bclr -1,31", bclr(-1, 31));                  /* = 0xffffffff7fffffff */
    P("bclri -1,31", OPI("bclri", -1, 31));         /* = 0xffffffff7fffffff */
    P("bclri -1,32", OPI("bclri", -1, 32));         /* = 0xfffffffeffffffff */
    P("bclri m,63", OPI("bclri", m, 63));           /* = 0 */

    P("bext m,63", bext(m, 63));                    /* = 1 */
    P("bext m,62", bext(m, 62));                    /* = 0 */
    P("bext 0x80000000,31", bext(0x80000000, 31));  /* = 1 */
    P("bext 1,64", bext(1, 64));                    /* = 1: bit 0 */
    P("bext -1,-1", bext(-1, -1));                  /* = 1: bit 63 */
    P("bexti 2^32,32", OPI("bexti", 0x100000000ull, 32)); /* = 1 */
    P("bexti 2^32,31", OPI("bexti", 0x100000000ull, 31)); /* = 0 */
    P("bexti -1,0", OPI("bexti", -1, 0));           /* = 1 */

    P("binv 0,63", binv(0, 63));                    /* = 0x8000000000000000 */
    P("binv m,63", binv(m, 63));                    /* = 0 */
    P("binv 0,127", binv(0, 127));                  /* = 0x8000000000000000: 127 & 63 = 63 */
    P("binvi 0,31", OPI("binvi", 0, 31));           /* = 0x80000000 */
    P("binvi -1,0", OPI("binvi", -1, 0));           /* = 0xfffffffffffffffe */

    P("bset 0,0", bset(0, 0));                      /* = 1 */
    P("bset 0,63", bset(0, 63));                    /* = 0x8000000000000000 */
    P("bset 1,0", bset(1, 0));                      /* = 1 */
    P("bset 0,96", bset(0, 96));                    /* = 0x100000000: 96 & 63 = 32 */
    P("bset 0,31", bset(0, 31));                    /* = 0x80000000 */
    P("bseti 0,31", OPI("bseti", 0, 31));           /* = 0x80000000 */
    P("bseti 0,63", OPI("bseti", 0, 63));           /* = 0x8000000000000000 */
    P("bseti -1,5", OPI("bseti", -1, 5));           /* = -1 */
    return 0;
}
