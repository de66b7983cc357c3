/*
 * A extension AMOs: amoswap amoadd amoand amoor amoxor amomin amomax
 * amominu amomaxu in .w and .d forms, aq/rl variants, rd = x0, and rd
 * aliasing rs1 or rs2.  Each line pair prints the old value returned in rd
 * and the memory doubleword afterwards.  For .w the word at the address is
 * the low half of the printed doubleword; its neighbour (high half) holds
 * 0x5a5a5a5a and must never change.
 * Expected values (after "=", old then mem) derived by hand from the ISA
 * manual: rd = the old memory value (.w: the 32-bit word sign-extended);
 * memory = op(old, rs2) on 32 bits for .w (rs2's upper 32 bits ignored)
 * and 64 bits for .d; min/max signed, minu/maxu unsigned.
 * M = INT64_MAX, m = INT64_MIN.
 */
#include <stdint.h>
#include <stdio.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

static union {
    uint64_t d;
    uint32_t w[2];
} cell __attribute__((aligned(16)));

#define TW(label, insn, init, v)                                            \
    do {                                                                    \
        uint64_t old_;                                                      \
        cell.w[0] = (init);                                                 \
        cell.w[1] = 0x5a5a5a5a;                                             \
        __asm__ volatile(insn " %0, %2, (%1)"                               \
                         : "=&r"(old_)                                      \
                         : "r"(&cell.w[0]), "r"((uint64_t)(v))              \
                         : "memory");                                       \
        P(label " old", old_);                                              \
        P(label " mem", cell.d);                                            \
    } while (0)

#define TD(label, insn, init, v)                                            \
    do {                                                                    \
        uint64_t old_;                                                      \
        cell.d = (init);                                                    \
        __asm__ volatile(insn " %0, %2, (%1)"                               \
                         : "=&r"(old_)                                      \
                         : "r"(&cell.d), "r"((uint64_t)(v))                 \
                         : "memory");                                       \
        P(label " old", old_);                                              \
        P(label " mem", cell.d);                                            \
    } while (0)

#define M 0x7fffffffffffffffull
#define m 0x8000000000000000ull

int main(void)
{
    TW("amoswap.w", "amoswap.w", 0x80000000, 0x100000005ull);   /* = 0xffffffff80000000, 0x5a5a5a5a00000005 */
    TW("amoadd.w", "amoadd.w", 0x7fffffff, 1);                  /* = 0x7fffffff, 0x5a5a5a5a80000000 */
    TW("amoadd.w carry", "amoadd.w", 0xffffffff, 1);            /* = -1, 0x5a5a5a5a00000000: no carry out */
    TW("amoand.w", "amoand.w", 0xf0f0f0f0, 0xffffffffff00ff00ull); /* = 0xfffffffff0f0f0f0, 0x5a5a5a5af000f000 */
    TW("amoor.w", "amoor.w", 0x0000ffff, 0x80000000);           /* = 0xffff, 0x5a5a5a5a8000ffff */
    TW("amoxor.w", "amoxor.w", 0xffffffff, 0x0f0f0f0f);         /* = -1, 0x5a5a5a5af0f0f0f0 */
    TW("amomin.w", "amomin.w", 0x80000000, 0x7fffffff);         /* = 0xffffffff80000000, 0x5a5a5a5a80000000 */
    TW("amomin.w hi", "amomin.w", 5, 0x1fffffffeull);           /* = 5, 0x5a5a5a5afffffffe: min(5, -2) */
    TW("amomax.w", "amomax.w", 0x80000000, 0x7fffffff);         /* = 0xffffffff80000000, 0x5a5a5a5a7fffffff */
    TW("amomax.w neg", "amomax.w", 0xffffffff, 0);              /* = -1, 0x5a5a5a5a00000000: max(-1, 0) */
    TW("amomax.w hi", "amomax.w", 5, 0x1fffffffeull);           /* = 5, 0x5a5a5a5a00000005: max(5, -2) */
    TW("amominu.w", "amominu.w", 0x80000000, 0x7fffffff);       /* = 0xffffffff80000000, 0x5a5a5a5a7fffffff */
    TW("amominu.w hi", "amominu.w", 1, 0xffffffff00000000ull);  /* = 1, 0x5a5a5a5a00000000: minu(1, 0) */
    TW("amomaxu.w", "amomaxu.w", 0x80000000, 0x7fffffff);       /* = 0xffffffff80000000, 0x5a5a5a5a80000000 */
    TW("amomaxu.w ones", "amomaxu.w", 0xffffffff, 1);           /* = -1, 0x5a5a5a5affffffff */
    TW("amomaxu.w hi", "amomaxu.w", 5, 0x100000000ull);         /* = 5, 0x5a5a5a5a00000005: maxu(5, 0) */
    TW("amoadd.w.aqrl", "amoadd.w.aqrl", 1, 2);                 /* = 1, 0x5a5a5a5a00000003 */
    TW("amoswap.w.aq", "amoswap.w.aq", 0x7fffffff, 0xffffffff); /* = 0x7fffffff, 0x5a5a5a5affffffff */
    TW("amoor.w.rl", "amoor.w.rl", 0x80000000, 1);              /* = 0xffffffff80000000, 0x5a5a5a5a80000001 */

    TD("amoswap.d", "amoswap.d", m, M);                         /* = 0x8000000000000000, 0x7fffffffffffffff */
    TD("amoadd.d", "amoadd.d", M, 1);                           /* = 0x7fffffffffffffff, 0x8000000000000000 */
    TD("amoadd.d carry", "amoadd.d", 0xffffffff, 1);            /* = 0xffffffff, 0x100000000 */
    TD("amoand.d", "amoand.d", -1, 0x0123456789abcdefull);      /* = -1, 0x0123456789abcdef */
    TD("amoor.d", "amoor.d", m, 1);                             /* = 0x8000000000000000, 0x8000000000000001 */
    TD("amoxor.d", "amoxor.d", 0xaaaaaaaaaaaaaaaaull, -1);      /* = 0xaaaaaaaaaaaaaaaa, 0x5555555555555555 */
    TD("amomin.d", "amomin.d", m, M);                           /* = 0x8000000000000000, 0x8000000000000000 */
    TD("amomin.d neg", "amomin.d", -1, 0);                      /* = -1, -1 */
    TD("amomin.d 2^31", "amomin.d", 0x80000000, 0x7fffffff);    /* = 0x80000000, 0x7fffffff: both positive */
    TD("amomax.d", "amomax.d", m, M);                           /* = 0x8000000000000000, 0x7fffffffffffffff */
    TD("amomax.d neg", "amomax.d", -1, 0);                      /* = -1, 0 */
    TD("amominu.d", "amominu.d", m, M);                         /* = 0x8000000000000000, 0x7fffffffffffffff */
    TD("amominu.d neg", "amominu.d", -1, 0);                    /* = -1, 0 */
    TD("amomaxu.d", "amomaxu.d", m, M);                         /* = 0x8000000000000000, 0x8000000000000000 */
    TD("amomaxu.d neg", "amomaxu.d", -1, 0);                    /* = -1, -1 */
    TD("amomaxu.d 2^32", "amomaxu.d", 0xffffffff, 0x100000000ull); /* = 0xffffffff, 0x100000000: 64-bit compare */
    TD("amoadd.d.aqrl", "amoadd.d.aqrl", 40, 2);                /* = 40, 42 */
    TD("amoswap.d.rl", "amoswap.d.rl", 1, m);                   /* = 1, 0x8000000000000000 */

    /* rd = x0: memory still updated */
    cell.d = 100;
    __asm__ volatile("amoadd.d zero, %1, (%0)" : : "r"(&cell.d), "r"(23ull) : "memory");
    P("amoadd.d rd=x0 mem", cell.d);                            /* = 123 */
    cell.w[0] = 0xfffffff0;
    cell.w[1] = 0x5a5a5a5a;
    __asm__ volatile("amoxor.w zero, %1, (%0)" : : "r"(&cell.w[0]), "r"(-1ull) : "memory");
    P("amoxor.w rd=x0 mem", cell.d);                            /* = 0x5a5a5a5a0000000f */

    /* rd == rs2: the old value replaces the operand */
    uint64_t x = 5;
    cell.d = 37;
    __asm__ volatile("amoadd.d %0, %0, (%1)" : "+r"(x) : "r"(&cell.d) : "memory");
    P("amoadd.d rd=rs2 old", x);                                /* = 37 */
    P("amoadd.d rd=rs2 mem", cell.d);                           /* = 42 */
    /* rd == rs1: the address is used before rd is written */
    uint64_t y = (uint64_t)&cell.d;
    cell.d = 0x1111;
    __asm__ volatile("amoswap.d %0, %1, (%0)" : "+r"(y) : "r"(0x2222ull) : "memory");
    P("amoswap.d rd=rs1 old", y);                               /* = 0x1111 */
    P("amoswap.d rd=rs1 mem", cell.d);                          /* = 0x2222 */
    return 0;
}
