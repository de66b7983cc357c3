/*
 * Zicsr counters cycle, time, instret (rdcycle/rdtime/rdinstret and the
 * explicit csrrs/csrrsi forms with x0 / uimm 0, which do not write and
 * so are legal on these read-only CSRs).  The values are
 * implementation-specific; only comparisons are printed (by hand: all 1):
 * the counters never go backwards, instret grows by at least the number
 * of instructions retired in a loop of 1000 iterations (3 insns each),
 * time advances across a 20 ms sleep.
 */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

static inline uint64_t rdcycle(void) { uint64_t v; __asm__ volatile("rdcycle %0" : "=r"(v)); return v; }
static inline uint64_t rdtime(void) { uint64_t v; __asm__ volatile("rdtime %0" : "=r"(v)); return v; }
static inline uint64_t rdinstret(void) { uint64_t v; __asm__ volatile("rdinstret %0" : "=r"(v)); return v; }

int main(void)
{
    uint64_t c1 = rdcycle(), t1 = rdtime(), i1 = rdinstret();
    uint64_t n = 1000, acc = 0;
    __asm__ volatile("1: add %1, %1, %0\n"
                     "   addi %0, %0, -1\n"
                     "   bnez %0, 1b"
                     : "+r"(n), "+r"(acc));
    uint64_t c2 = rdcycle(), t2 = rdtime(), i2 = rdinstret();
    P("loop sum", acc);                             /* = 500500 */
    P("cycle monotonic", c2 >= c1);                 /* = 1 */
    P("time monotonic", t2 >= t1);                  /* = 1 */
    P("instret advances by >= 3000", i2 - i1 >= 3000); /* = 1 */

    uint64_t a, b, c;
    __asm__ volatile("csrrs %0, cycle, x0\n"
                     "csrrs %1, time, x0\n"
                     "csrrs %2, instret, x0" : "=r"(a), "=r"(b), "=r"(c));
    P("csrrs cycle", a >= c2);                      /* = 1 */
    P("csrrs time", b >= t2);                       /* = 1 */
    P("csrrs instret", c > i2);                     /* = 1 */
    __asm__ volatile("csrrsi %0, cycle, 0\n"
                     "csrrci %1, time, 0\n"
                     "csrrsi %2, instret, 0" : "=r"(a), "=r"(b), "=r"(c));
    P("csrrsi/csrrci uimm 0", a > 0 && b > 0 && c > 0); /* = 1 */

    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    uint64_t t3 = rdtime();
    P("time advances over a sleep", t3 > t2);       /* = 1 */
    return 0;
}
