/*
 * LR/SC.  Two groups of checks.
 *
 * "spec:" lines hold for every implementation allowed by the ISA manual
 * ("Load-Reserved/Store-Conditional Instructions"):
 *  - LR returns the memory value, lr.w sign-extended;
 *  - a constrained LR/SC loop eventually succeeds (a single SC may fail
 *    spuriously, so success is only checked through retry loops);
 *  - "executing an SC instruction invalidates any reservation held by this
 *    hart", so an SC with no LR since the last SC fails, and so does a
 *    second SC after one LR ("An SC must fail if there is another SC (to
 *    any address) between the LR and the SC in program order");
 *  - a failed SC writes nonzero to rd ("Portable software should only
 *    assume the failure code will be non-zero") and does not write memory;
 *  - sc.w writes only the 32-bit word;
 *  - a store by the same hart between LR and SC: the SC may succeed or
 *    fail, but memory must then hold the SC value or the stored value.
 *
 * "impl:" lines are what an implementation that remembers the LR address
 * and value and performs the SC as a compare-and-swap against that value
 * (xrun, like qemu) gives.  The manual allows other outcomes for them (an
 * SC may fail spuriously; a reservation set may be arbitrarily large; a
 * store from the same hart need not break the reservation):
 *  - LR then SC to the same address with nothing in between succeeds;
 *  - SC to another address (another page) fails;
 *  - LR a, LR b, SC a fails: only the most recent LR counts;
 *  - LR, a store of a different value, SC fails (the compare fails);
 *  - LR, a store of the same value, SC succeeds (the compare passes).
 * Expected values (after "=") by hand.
 */
#include <stdint.h>
#include <stdio.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

static uint64_t pa[512] __attribute__((aligned(4096)));
static uint64_t pb[512] __attribute__((aligned(4096)));
static uint64_t scratch __attribute__((aligned(64)));

int main(void)
{
    uint64_t v, rc, rc2;
    uint32_t *w = (uint32_t *)&pa[0];

    /* --- spec --- */
    pa[0] = 0x8877665544332211ull;
    __asm__ volatile("lr.d %0, (%1)" : "=r"(v) : "r"(&pa[0]) : "memory");
    P("spec: lr.d value", v);                   /* = 0x8877665544332211 */
    w[0] = 0x80000000;
    w[1] = 0x5a5a5a5a;
    __asm__ volatile("lr.w %0, (%1)" : "=r"(v) : "r"(&w[0]) : "memory");
    P("spec: lr.w sign-extends", v);            /* = 0xffffffff80000000 */
    __asm__ volatile("lr.w.aq %0, (%1)" : "=r"(v) : "r"(&w[1]) : "memory");
    P("spec: lr.w.aq", v);                      /* = 0x5a5a5a5a */

    /* retry loop: atomic increment 1000 times */
    pa[1] = 0;
    for (int i = 0; i < 1000; i++) {
        uint64_t t, f;
        __asm__ volatile("1: lr.d %0, (%2)\n"
                         "   addi %0, %0, 1\n"
                         "   sc.d %1, %0, (%2)\n"
                         "   bnez %1, 1b"
                         : "=&r"(t), "=&r"(f)
                         : "r"(&pa[1])
                         : "memory");
    }
    P("spec: lr/sc loop counter", pa[1]);       /* = 1000 */

    /* retry loop with sc.w: writes only the word */
    w[0] = 0x11111111;
    w[1] = 0x5a5a5a5a;
    {
        uint64_t t, f;
        __asm__ volatile("1: lr.w.aqrl %0, (%2)\n"
                         "   sc.w.rl %1, %3, (%2)\n"
                         "   bnez %1, 1b"
                         : "=&r"(t), "=&r"(f)
                         : "r"(&w[0]), "r"(0x100000007ull)
                         : "memory");
        P("spec: sc.w loop old", t);            /* = 0x11111111 */
        P("spec: sc.w loop mem", pa[0]);        /* = 0x5a5a5a5a00000007 */
    }

    /* SC with no LR since the last SC fails and leaves memory alone */
    pa[2] = 0x1234;
    __asm__ volatile("sc.d %0, %3, (%2)\n"
                     "sc.d %1, %4, (%5)"
                     : "=&r"(rc2), "=&r"(rc)
                     : "r"(&scratch), "r"(0ull), "r"(0xdeadull), "r"(&pa[2])
                     : "memory");
    P("spec: sc without lr fails", rc != 0);    /* = 1 */
    P("spec: sc without lr mem", pa[2]);        /* = 0x1234 */
    w[0] = 0x77;
    __asm__ volatile("sc.d %0, %3, (%2)\n"
                     "sc.w %1, %4, (%5)"
                     : "=&r"(rc2), "=&r"(rc)
                     : "r"(&scratch), "r"(0ull), "r"(0x88ull), "r"(&w[0])
                     : "memory");
    P("spec: sc.w without lr fails", rc != 0);  /* = 1 */
    P("spec: sc.w without lr mem", w[0]);       /* = 0x77 */

    /* LR, successful SC (retried), then a second SC: must fail */
    pa[3] = 1;
    {
        uint64_t t, f;
        __asm__ volatile("1: lr.d %0, (%3)\n"
                         "   sc.d %1, %4, (%3)\n"
                         "   bnez %1, 1b\n"
                         "   sc.d %2, %5, (%3)"
                         : "=&r"(t), "=&r"(f), "=&r"(rc)
                         : "r"(&pa[3]), "r"(2ull), "r"(3ull)
                         : "memory");
    }
    P("spec: second sc fails", rc != 0);        /* = 1 */
    P("spec: second sc mem", pa[3]);            /* = 2: the first SC's value */

    /* a store between LR and SC: either outcome, but consistent */
    pa[4] = 10;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "sd %3, 0(%2)\n"
                     "sc.d %1, %4, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[4]), "r"(20ull), "r"(30ull)
                     : "memory");
    v = (rc == 0 && pa[4] == 30) || (rc != 0 && pa[4] == 20);
    P("spec: store between, consistent", v);    /* = 1 */

    /* --- impl (compare-and-swap on the LR value) --- */
    pa[5] = 5;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "sc.d %1, %3, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[5]), "r"(6ull)
                     : "memory");
    P("impl: lr/sc succeeds", rc);              /* = 0 */
    P("impl: lr/sc mem", pa[5]);                /* = 6 */

    pa[6] = 0x61;
    pb[0] = 0x62;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "sc.d %1, %3, (%4)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[6]), "r"(0x99ull), "r"(&pb[0])
                     : "memory");
    P("impl: sc other page fails", rc != 0);    /* = 1 */
    P("impl: sc other page mem", pb[0]);        /* = 0x62 */
    P("impl: sc other page lr mem", pa[6]);     /* = 0x61 */

    pa[7] = 0x71;
    pb[1] = 0x72;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "lr.d %0, (%4)\n"
                     "sc.d %1, %3, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[7]), "r"(0x99ull), "r"(&pb[1])
                     : "memory");
    P("impl: sc after newer lr fails", rc != 0);/* = 1 */
    P("impl: sc after newer lr mem", pa[7]);    /* = 0x71 */

    pa[8] = 0x81;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "sd %3, 0(%2)\n"
                     "sc.d %1, %4, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[8]), "r"(0x82ull), "r"(0x83ull)
                     : "memory");
    P("impl: store other value, sc fails", rc != 0); /* = 1 */
    P("impl: store other value mem", pa[8]);    /* = 0x82 */

    pa[9] = 0x91;
    __asm__ volatile("lr.d %0, (%2)\n"
                     "sd %3, 0(%2)\n"
                     "sc.d %1, %4, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&pa[9]), "r"(0x91ull), "r"(0x93ull)
                     : "memory");
    P("impl: store same value, sc", rc);        /* = 0 */
    P("impl: store same value mem", pa[9]);     /* = 0x93 */

    w = (uint32_t *)&pa[10];
    w[0] = 0xfffffffe;
    w[1] = 0x5a5a5a5a;
    __asm__ volatile("lr.w %0, (%2)\n"
                     "sc.w %1, %3, (%2)"
                     : "=&r"(v), "=&r"(rc)
                     : "r"(&w[0]), "r"(0xffffffff00000003ull)
                     : "memory");
    P("impl: lr.w/sc.w succeeds", rc);          /* = 0 */
    P("impl: lr.w/sc.w mem", pa[10]);           /* = 0x5a5a5a5a00000003 */
    return 0;
}
