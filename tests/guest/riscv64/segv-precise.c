/*
 * Precise faults: a SIGSEGV handler inspects the interrupted context
 * (ucontext: __gregs[0] = pc, __gregs[n] = xn) for faulting loads, stores,
 * an AMO, an LR, a compressed load and a misaligned load straddling into
 * an unmapped page, then skips the faulting instruction (pc += 2 or 4,
 * from the low bits of its first halfword) and returns through sigreturn.
 * Checked, by hand from the ISA manual (exceptions are precise: the
 * faulting instruction has no effect, the ones before it have all of
 * theirs) and Linux (si_addr = the faulting address, si_code MAPERR for
 * no mapping, ACCERR for a write to a read-only page):
 *  - pc is the faulting instruction; its rd (even when rd == rs1) is
 *    unchanged; an earlier instruction of the same block has taken effect,
 *    a later one not yet; memory is unchanged after a faulting store.
 * Expected values (after "=") by hand.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

static volatile uint64_t h_pc, h_a0, h_a3, h_a5, h_addr, h_len;
static volatile int h_code, h_count;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    unsigned long *g = uc->uc_mcontext.__gregs;
    (void)sig;
    h_pc = g[0];
    h_a0 = g[10];
    h_a3 = g[13];
    h_a5 = g[15];
    h_addr = (uint64_t)si->si_addr;
    h_code = si->si_code;
    h_count++;
    uint16_t first = *(const uint16_t *)g[0];
    h_len = (first & 3) == 3 ? 4 : 2;
    g[0] += h_len;
}

/* Each t_* takes a0 = address, returns a0. */
uint64_t t_load(uint64_t), t_store(uint64_t, uint64_t), t_amo(uint64_t),
    t_lr(uint64_t), t_cld(uint64_t), t_misld(uint64_t);
extern char f_load[], f_store[], f_amo[], f_lr[], f_cld[], f_misld[];
__asm__(".text\n"
        ".option push\n"
        ".option norvc\n"
        "t_load:\n"
        "   li a5, 0\n"
        "   addi a5, a5, 1\n"
        "f_load:\n"
        "   ld a0, 0(a0)\n"
        "   addi a5, a5, 1\n"
        "   add a0, a0, a5\n"
        "   ret\n"
        "t_store:\n"
        "   li a5, 7\n"
        "f_store:\n"
        "   sd a1, 8(a0)\n"
        "   addi a5, a5, 1\n"
        "   ld a0, 8(a0)\n"
        "   ret\n"
        "t_amo:\n"
        "   li a3, 0x3333\n"
        "   li a4, 5\n"
        "f_amo:\n"
        "   amoadd.d a3, a4, (a0)\n"
        "   mv a0, a3\n"
        "   ret\n"
        "t_lr:\n"
        "f_lr:\n"
        "   lr.d a0, (a0)\n"
        "   ret\n"
        "t_misld:\n"
        "f_misld:\n"
        "   ld a0, 0(a0)\n"
        "   ret\n"
        ".option rvc\n"
        "t_cld:\n"
        "f_cld:\n"
        "   c.ld a0, 0(a0)\n"
        "   c.jr ra\n"
        ".option pop\n");

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* Never mapped: below Linux's mmap_min_addr and the program (a freshly
     * unmapped range would not do: a later mmap may reuse it). */
    uint64_t bad = 0x1120;
    uint64_t *ro = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ro[1] = 0x5555;
    mprotect(ro, 4096, PROT_READ);          /* ro page, then a RW page */
    munmap((char *)ro + 4096, 4096);        /* ... now unmapped */

    uint64_t r = t_load(bad);
    P("load: faults", h_count);                             /* = 1 */
    P("load: pc - f_load", h_pc - (uint64_t)f_load);        /* = 0 */
    P("load: a0 (rd == rs1) unchanged", h_a0 - bad);        /* = 0 */
    P("load: a5 (earlier insn done)", h_a5);                /* = 1 */
    P("load: si_addr - addr", h_addr - bad);                /* = 0 */
    P("load: SEGV_MAPERR", h_code == SEGV_MAPERR);          /* = 1 */
    P("load: insn length", h_len);                          /* = 4 */
    P("load: result - addr", r - bad);                      /* = 2: a0 kept, + a5 (2) */

    r = t_store((uint64_t)ro, 0x9999);
    P("store: faults", h_count);                            /* = 2 */
    P("store: pc - f_store", h_pc - (uint64_t)f_store);     /* = 0 */
    P("store: a5 (later insn not done)", h_a5);             /* = 7 */
    P("store: si_addr - (ro + 8)", h_addr - (uint64_t)(ro + 1)); /* = 0 */
    P("store: SEGV_ACCERR", h_code == SEGV_ACCERR);         /* = 1 */
    P("store: memory unchanged", r);                        /* = 0x5555 */

    r = t_amo(bad);
    P("amo: faults", h_count);                              /* = 3 */
    P("amo: pc - f_amo", h_pc - (uint64_t)f_amo);           /* = 0 */
    P("amo: a3 (rd) unchanged", h_a3);                      /* = 0x3333 */
    P("amo: si_addr - addr", h_addr - bad);                 /* = 0 */
    P("amo: result", r);                                    /* = 0x3333 */

    r = t_lr(bad);
    P("lr: faults", h_count);                               /* = 4 */
    P("lr: pc - f_lr", h_pc - (uint64_t)f_lr);              /* = 0 */
    P("lr: a0 unchanged", r - bad);                         /* = 0 */

    r = t_cld(bad);
    P("c.ld: faults", h_count);                             /* = 5 */
    P("c.ld: pc - f_cld", h_pc - (uint64_t)f_cld);          /* = 0 */
    P("c.ld: insn length", h_len);                          /* = 2 */
    P("c.ld: a0 unchanged", r - bad);                       /* = 0 */

    /* ro page is mapped (readable), the next page is not: 4 bytes each */
    uint64_t straddle = (uint64_t)ro + 4096 - 4;
    r = t_misld(straddle);
    P("misaligned straddle: faults", h_count);              /* = 6 */
    P("misaligned straddle: pc - f_misld", h_pc - (uint64_t)f_misld); /* = 0 */
    P("misaligned straddle: a0 unchanged", r - straddle);   /* = 0 */
    return 0;
}
