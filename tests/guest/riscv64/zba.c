/*
 * Zba: add.uw sh1add sh2add sh3add sh1add.uw sh2add.uw sh3add.uw slli.uw
 * (and zext.w = add.uw rd, rs, zero), with edge values.
 * Expected values (after "=") by hand from the Zba specification:
 *   add.uw    rd = rs2 + zext32(rs1)
 *   shNadd    rd = rs2 + (rs1 << N)
 *   shNadd.uw rd = rs2 + (zext32(rs1) << N)
 *   slli.uw   rd = zext32(rs1) << shamt   (shamt 0..63)
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
OP(add_uw, "add.uw")
OP(sh1add, "sh1add")
OP(sh2add, "sh2add")
OP(sh3add, "sh3add")
OP(sh1add_uw, "sh1add.uw")
OP(sh2add_uw, "sh2add.uw")
OP(sh3add_uw, "sh3add.uw")

#define SLLI_UW(a, sh)                                                      \
    ({ uint64_t r_;                                                         \
       __asm__ volatile("slli.uw %0, %1, " #sh : "=r"(r_) : "r"((uint64_t)(a))); \
       r_; })

int main(void)
{
    P("add.uw sext low", add_uw(0xffffffff80000000ull, 0));     /* = 0x80000000 */
    P("add.uw -1+1", add_uw(-1, 1));                            /* = 0x100000000 */
    P("add.uw hi ignored", add_uw(0x100000005ull, 10));         /* = 15 */
    P("add.uw rs2 full", add_uw(1, 0xffffffffffffffffull));     /* = 0: rs2 not truncated */
    uint64_t r;
    __asm__ volatile("zext.w %0, %1" : "=r"(r) : "r"(-1ull));
    P("zext.w -1", r);                                          /* = 0xffffffff */

    P("sh1add M,0", sh1add(0x7fffffffffffffffull, 0));          /* = 0xfffffffffffffffe */
    P("sh1add 1,1", sh1add(1, 1));                              /* = 3 */
    P("sh1add m,1", sh1add(0x8000000000000000ull, 1));          /* = 1: m << 1 = 0 */
    P("sh2add 1,0", sh2add(1, 0));                              /* = 4 */
    P("sh2add 2^62,5", sh2add(0x4000000000000000ull, 5));       /* = 5: bit 62 shifted out */
    P("sh2add -1,0", sh2add(-1, 0));                            /* = -4 */
    P("sh3add 1,8", sh3add(1, 8));                              /* = 16 */
    P("sh3add 2^61,0", sh3add(0x2000000000000000ull, 0));       /* = 0 */
    P("sh3add -1,-1", sh3add(-1, -1));                          /* = -9 */

    P("sh1add.uw -1,0", sh1add_uw(-1, 0));                      /* = 0x1fffffffe */
    P("sh1add.uw 0x80000000,1", sh1add_uw(0x80000000, 1));      /* = 0x100000001 */
    P("sh2add.uw -1,0", sh2add_uw(-1, 0));                      /* = 0x3fffffffc */
    P("sh2add.uw hi,1", sh2add_uw(0xabcdef0000000001ull, 1));   /* = 5 */
    P("sh3add.uw -1,0", sh3add_uw(-1, 0));                      /* = 0x7fffffff8 */
    P("sh3add.uw 2^32+1,0", sh3add_uw(0x100000001ull, 0));      /* = 8 */
    P("sh3add.uw 1,-8", sh3add_uw(1, -8));                      /* = 0 */

    P("slli.uw -1,0", SLLI_UW(-1, 0));                          /* = 0xffffffff */
    P("slli.uw -1,32", SLLI_UW(-1, 32));                        /* = 0xffffffff00000000 */
    P("slli.uw 0x80000000,63", SLLI_UW(0x80000000, 63));        /* = 0: bit 31 moves to bit 94 */
    P("slli.uw 1,63", SLLI_UW(1, 63));                          /* = 0x8000000000000000 */
    P("slli.uw x,4", SLLI_UW(0xfedcba9876543210ull, 4));        /* = 0x765432100 */
    P("slli.uw 0x80000000,1", SLLI_UW(0x80000000, 1));          /* = 0x100000000 */
    return 0;
}
