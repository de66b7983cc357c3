/*
 * Precise faults seen from a SIGSEGV handler: it inspects the interrupted
 * context (uc_mcontext.pc, regs[n], fault_address and the esr_context in
 * __reserved) for a faulting LDR, STR, LDP, LDXR, LDADD, a misaligned LDR
 * straddling into an unmapped page and a branch to an unmapped address,
 * then resumes: pc += 4 for the data accesses, pc = x30 for the fetch.
 * Checked, by hand from the Arm ARM (exceptions are precise: the faulting
 * instruction has no effect, the ones before it have all of theirs; ESR
 * EC 0x24 = data abort from EL0, 0x20 = instruction abort from EL0, WnR =
 * bit 6 is 1 for a write) and Linux (si_addr = the faulting address, also
 * in uc_mcontext.fault_address; SEGV_MAPERR for no mapping, SEGV_ACCERR
 * for a write to a read-only page; __do_user_fault records the ESR so an
 * esr_context follows the fpsimd_context):
 *  - pc is the faulting instruction; its destination registers (even when
 *    one is the base) are unchanged; an earlier instruction of the same
 *    block has taken effect, a later one not yet; memory is unchanged
 *    after a faulting store.
 * Expected values (after "=") by hand.
 */
/* cflags: -march=armv8.1-a */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

static volatile uint64_t h_pc, h_x0, h_x1, h_x3, h_x5, h_addr, h_fault, h_esr;
static volatile int h_code, h_count;

static uint64_t find_esr(const ucontext_t *uc)
{
    const uint8_t *p = (const uint8_t *)uc->uc_mcontext.__reserved;
    for (size_t off = 0; off + 8 <= sizeof uc->uc_mcontext.__reserved;) {
        uint32_t magic, size;
        memcpy(&magic, p + off, 4);
        memcpy(&size, p + off + 4, 4);
        if (magic == 0 || size < 8) {
            break;
        }
        if (magic == 0x45535201u && size == 16) {
            uint64_t v;
            memcpy(&v, p + off + 8, 8);
            return v;
        }
        off += size;
    }
    return ~0ull;
}

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    (void)sig;
    h_pc = mc->pc;
    h_x0 = mc->regs[0];
    h_x1 = mc->regs[1];
    h_x3 = mc->regs[3];
    h_x5 = mc->regs[5];
    h_addr = (uint64_t)si->si_addr;
    h_fault = mc->fault_address;
    h_esr = find_esr(uc);
    h_code = si->si_code;
    h_count++;
    if (h_addr == h_pc) {
        mc->pc = mc->regs[30];     /* a fetch fault: return to the caller */
    } else {
        mc->pc += 4;
    }
}

/* Each t_* takes x0 = address (x1 = value for the store), returns x0. */
uint64_t t_load(uint64_t), t_store(uint64_t, uint64_t), t_pair(uint64_t),
    t_ldxr(uint64_t), t_ldadd(uint64_t), t_misld(uint64_t),
    t_call(uint64_t);
extern char f_load[], f_store[], f_pair[], f_ldxr[], f_ldadd[], f_misld[];
/* Global labels: a GOT reference to a local one would lose its offset. */
__asm__(".text\n"
        ".globl t_load, t_store, t_pair, t_ldxr, t_ldadd, t_misld, t_call\n"
        ".globl f_load, f_store, f_pair, f_ldxr, f_ldadd, f_misld\n"
        "t_load:\n"
        "   mov x5, #0\n"
        "   add x5, x5, #1\n"
        "f_load:\n"
        "   ldr x0, [x0]\n"
        "   add x5, x5, #1\n"
        "   add x0, x0, x5\n"
        "   ret\n"
        "t_store:\n"
        "   mov x5, #7\n"
        "f_store:\n"
        "   str x1, [x0, #8]\n"
        "   add x5, x5, #1\n"
        "   ldr x0, [x0, #8]\n"
        "   ret\n"
        "t_pair:\n"
        "   mov x1, #0x1111\n"
        "f_pair:\n"
        "   ldp x1, x0, [x0]\n"
        "   add x0, x0, x1\n"
        "   ret\n"
        "t_ldxr:\n"
        "f_ldxr:\n"
        "   ldxr x0, [x0]\n"
        "   ret\n"
        "t_ldadd:\n"
        "   mov x3, #0x3333\n"
        "   mov x4, #5\n"
        "f_ldadd:\n"
        "   ldadd x4, x3, [x0]\n"
        "   mov x0, x3\n"
        "   ret\n"
        "t_misld:\n"
        "f_misld:\n"
        "   ldr x0, [x0]\n"
        "   ret\n"
        "t_call:\n"
        "   stp x29, x30, [sp, #-16]!\n"
        "   mov x1, x0\n"
        "   mov x0, #0x77\n"
        "   blr x1\n"
        "   ldp x29, x30, [sp], #16\n"
        "   ret\n");

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* Never mapped: below Linux's mmap_min_addr and the program. */
    uint64_t bad = 0x1120;
    uint64_t *ro = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ro[1] = 0x5555;
    mprotect(ro, 4096, PROT_READ);          /* ro page, then a RW page */
    munmap((char *)ro + 4096, 4096);        /* ... now unmapped */

    uint64_t r = t_load(bad);
    P("load: faults", h_count);                             /* = 1 */
    P("load: pc - f_load", h_pc - (uint64_t)f_load);        /* = 0 */
    P("load: x0 (rt == rn) unchanged", h_x0 - bad);         /* = 0 */
    P("load: x5 (earlier insn done)", h_x5);                /* = 1 */
    P("load: si_addr - addr", h_addr - bad);                /* = 0 */
    P("load: fault_address - addr", h_fault - bad);         /* = 0 */
    P("load: SEGV_MAPERR", h_code == SEGV_MAPERR);          /* = 1 */
    P("load: esr EC", h_esr >> 26);                         /* = 0x24 */
    P("load: esr WnR", (h_esr >> 6) & 1);                   /* = 0 */
    P("load: result - addr", r - bad);                      /* = 2: x0 kept, + x5 (2) */

    r = t_store((uint64_t)ro, 0x9999);
    P("store: faults", h_count);                            /* = 2 */
    P("store: pc - f_store", h_pc - (uint64_t)f_store);     /* = 0 */
    P("store: x5 (later insn not done)", h_x5);             /* = 7 */
    P("store: si_addr - (ro + 8)", h_addr - (uint64_t)(ro + 1)); /* = 0 */
    P("store: SEGV_ACCERR", h_code == SEGV_ACCERR);         /* = 1 */
    P("store: esr EC", h_esr >> 26);                        /* = 0x24 */
    P("store: esr WnR", (h_esr >> 6) & 1);                  /* = 1 */
    P("store: memory unchanged", r);                        /* = 0x5555 */

    r = t_pair(bad);
    P("ldp: faults", h_count);                              /* = 3 */
    P("ldp: pc - f_pair", h_pc - (uint64_t)f_pair);         /* = 0 */
    P("ldp: x0 (rn) unchanged", h_x0 - bad);                /* = 0 */
    P("ldp: x1 unchanged", h_x1);                           /* = 0x1111 */
    P("ldp: result - addr", r - bad);                       /* = 0x1111 */

    r = t_ldxr(bad);
    P("ldxr: faults", h_count);                             /* = 4 */
    P("ldxr: pc - f_ldxr", h_pc - (uint64_t)f_ldxr);        /* = 0 */
    P("ldxr: esr WnR", (h_esr >> 6) & 1);                   /* = 0 */
    P("ldxr: x0 unchanged", r - bad);                       /* = 0 */

    r = t_ldadd(bad);
    P("ldadd: faults", h_count);                            /* = 5 */
    P("ldadd: pc - f_ldadd", h_pc - (uint64_t)f_ldadd);     /* = 0 */
    P("ldadd: x3 (rt) unchanged", h_x3);                    /* = 0x3333 */
    P("ldadd: si_addr - addr", h_addr - bad);               /* = 0 */
    P("ldadd: result", r);                                  /* = 0x3333 */

    /* ro page is mapped (readable), the next page is not: 4 bytes each */
    uint64_t straddle = (uint64_t)ro + 4096 - 4;
    r = t_misld(straddle);
    P("misaligned straddle: faults", h_count);              /* = 6 */
    P("misaligned straddle: pc - f_misld", h_pc - (uint64_t)f_misld); /* = 0 */
    P("misaligned straddle: x0 unchanged", r - straddle);   /* = 0 */

    /* A call to an unmapped address: the fetch faults, pc = si_addr. */
    uint64_t target = 0x2240;
    r = t_call(target);
    P("fetch: faults", h_count);                            /* = 7 */
    P("fetch: pc - target", h_pc - target);                 /* = 0 */
    P("fetch: si_addr - target", h_addr - target);          /* = 0 */
    P("fetch: SEGV_MAPERR", h_code == SEGV_MAPERR);         /* = 1 */
    P("fetch: esr EC", h_esr >> 26);                        /* = 0x20 */
    P("fetch: x0 (argument) kept", r);                      /* = 0x77 */
    return 0;
}
