/* SPDX-License-Identifier: MIT */
/*
 * One block under one backend.  This is cpu_exec without the cache: the
 * fuzzer translates each block itself and runs it twice, so it owns the
 * recovery point (cpu->jmp) and the host fault handler.  The handler maps
 * a fault the same way cpu_recover_host_fault does (the JIT's fault table,
 * or the op the interpreter recorded) and raises the guest exception; a
 * host signal anywhere else inside a block is a backend crash, reported
 * as a difference instead of killing the run.
 */
#include "tests/fuzz/fuzz-exec.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "host/interp/interp.h"
#include "host/x86_64/jit.h"
#include "translator/fp-env.h"
#include "translator/translate.h"

struct fz_mem fz_mem;
const struct backend *fz_backend_under_test = &jit_backend;

static struct cpu *volatile running_cpu;
static const struct backend *volatile running_be;
static volatile sig_atomic_t crash_signal;
static unsigned mxcsr_default;

static const char *const excp_names[EXCP__COUNT] = {
    [EXCP_NONE] = "none", [EXCP_SYSCALL] = "syscall",
    [EXCP_ILLEGAL] = "illegal", [EXCP_SEGV_MAPERR] = "segv-maperr",
    [EXCP_SEGV_ACCERR] = "segv-accerr", [EXCP_BUS_ADRALN] = "bus-adraln",
    [EXCP_BREAKPOINT] = "breakpoint", [EXCP_FLUSH] = "flush",
    [EXCP_INTERRUPT] = "interrupt", [EXCP_HALT] = "halt",
};

const char *fz_excp_name(enum cpu_excp e)
{
    return (unsigned)e < EXCP__COUNT && excp_names[e] ? excp_names[e]
                                                       : "host-crash";
}

static volatile bool in_run_loop;

/* In cpu_exec: the run loop's own recovery, as linux-user's handler. */
static void on_signal_in_run_loop(int sig, siginfo_t *si, uintptr_t host_pc)
{
    if (sig == SIGSEGV || sig == SIGBUS) {
        cpu_recover_host_fault(si->si_addr, sig, si->si_code, host_pc);
    }
    struct cpu *cpu = cpu_current(); /* not a guest access: a crash */
    crash_signal = sig;
    cpu->pending_excp = EXCP__COUNT;
    siglongjmp(cpu->jmp, 1);
}

/* In fz_run_block: the same mapping as cpu_recover_host_fault. */
static void on_signal_in_block(struct cpu *cpu, int sig, siginfo_t *si,
                               uintptr_t host_pc)
{
    bool guest_access = false;
    if (sig == SIGSEGV || sig == SIGBUS) {
        const struct tb *tb;
        const struct ir_insn *insn;
        if (running_be->fault_pc != NULL &&
            running_be->fault_pc(cpu, host_pc, &tb, &insn)) {
            cpu->cur_tb = tb;
            cpu->cur_insn = insn;
            guest_access = true;
        } else {
            /* The interpreter names the op before every access. */
            guest_access = cpu->cur_insn != NULL;
        }
    }
    if (!guest_access) {
        crash_signal = sig;
        siglongjmp(cpu->jmp, 2);
    }
    enum cpu_excp e = EXCP_SEGV_MAPERR;
    if (sig == SIGBUS) {
        e = EXCP_BUS_ADRALN;
    } else if (si->si_code == SEGV_ACCERR) {
        e = EXCP_SEGV_ACCERR;
    }
    cpu_raise(cpu, e, (uint64_t)(uintptr_t)si->si_addr - cpu->guest_base);
}

static void on_host_signal(int sig, siginfo_t *si, void *uc)
{
    tr_probe_recover(); /* a code fetch probe: does not return if it was */
    const ucontext_t *u = uc;
    uintptr_t host_pc = (uintptr_t)u->uc_mcontext.gregs[REG_RIP];
    /* The kernel gave the handler a fresh MXCSR and only sigreturn would
     * put the block's back: a backend may hold guest FP flags there. */
    if (u->uc_mcontext.fpregs != NULL) {
        fp_mxcsr_set(u->uc_mcontext.fpregs->mxcsr);
    }
    if (in_run_loop && cpu_current() != NULL && cpu_current()->in_exec) {
        on_signal_in_run_loop(sig, si, host_pc);
    }
    if (running_cpu != NULL) {
        on_signal_in_block(running_cpu, sig, si, host_pc);
    }
    static const char msg[] = "xrun-fuzz: host fault outside a block\n";
    ssize_t w = write(2, msg, sizeof(msg) - 1);
    (void)w;
    signal(sig, SIG_DFL); /* the faulting insn runs again and dumps */
}

static void *map_window(uint64_t guest, uint64_t size, int prot)
{
    void *want = (void *)(fz_mem.guest_base + guest);
    void *p = mmap(want, size, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                   -1, 0);
    return p == want ? p : NULL;
}

bool fz_exec_init(void)
{
    uint8_t *res = mmap(NULL, 2 * FZ_GUARD, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (res == MAP_FAILED) {
        return false;
    }
    fz_mem.guest_base = (uintptr_t)(res + FZ_GUARD);
    mxcsr_default = fp_mxcsr_get() & ~(unsigned)FP_FLAG_ALL;
    fz_mem.code = map_window(FZ_CODE_LO, FZ_CODE_SIZE, PROT_READ);
    fz_mem.probe = map_window(FZ_PROBE_LO, 4096, PROT_READ | PROT_WRITE);
    fz_mem.data = map_window(FZ_DATA_LO, FZ_DATA_SIZE,
                             PROT_READ | PROT_WRITE);
    if (fz_mem.code == NULL || fz_mem.probe == NULL || fz_mem.data == NULL) {
        return false;
    }
    struct sigaction sa = {.sa_sigaction = on_host_signal,
                           .sa_flags = SA_SIGINFO | SA_NODEFER};
    sigemptyset(&sa.sa_mask);
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
    for (size_t k = 0; k < sizeof(sigs) / sizeof(sigs[0]); k++) {
        if (sigaction(sigs[k], &sa, NULL) != 0) {
            return false;
        }
    }
    return true;
}

void fz_code_write(const uint8_t *bytes, size_t n)
{
    mprotect(fz_mem.code, FZ_CODE_SIZE, PROT_READ | PROT_WRITE);
    memcpy(fz_mem.code, bytes, n);
    mprotect(fz_mem.code, FZ_CODE_SIZE, PROT_READ);
}

struct tb *fz_translate(struct cpu *cpu, uint64_t pc)
{
    struct tb *tb = tr_translate(cpu, pc);
    interp_backend.prepare(tb);
    const struct backend *be = fz_backend_under_test;
    if (!be->prepare(tb) && be->flush != NULL) {
        /* The code cache is full: only tb will live in it. */
        be->flush();
        be->prepare(tb);
    }
    return tb;
}

void fz_drop(struct tb *tb)
{
    interp_backend.release(tb);
    fz_backend_under_test->release(tb);
    free(tb);
}

unsigned fz_host_fp_clean(void)
{
    return mxcsr_default;
}

unsigned fz_host_fp_get(void)
{
    return fp_mxcsr_get();
}

void fz_host_fp_set(unsigned mxcsr)
{
    fp_mxcsr_set(mxcsr);
}

void fz_run_block(const struct backend *be, struct tb *tb, struct cpu *cpu,
                  struct fz_outcome *o)
{
    memset(o, 0, sizeof(*o));
    cpu->cur_insn = NULL;
    cpu->cur_tb = NULL;
    cpu->exit_request = 0;
    cpu->guest_base = fz_mem.guest_base;
    running_be = be;
    running_cpu = cpu;
    crash_signal = 0;
    int how = sigsetjmp(cpu->jmp, 0);
    if (how == 0) {
        cpu->in_exec = true;
        struct tb *from = NULL;
        int ex = -1;
        o->excp = be->exec(cpu, tb, &from, &ex);
        o->chained = from != NULL;
        o->chain_exit = from != NULL ? ex : -1;
    } else if (how == 1) {
        o->excp = cpu->pending_excp; /* cpu_raise: pc and fault_addr set */
    } else {
        o->excp = EXCP__COUNT;
        o->host_signal = crash_signal;
    }
    running_cpu = NULL;
    cpu->in_exec = false;
    cpu->cur_insn = NULL;
    cpu->cur_tb = NULL;
    o->pc = cpu->pc;
    o->fault_addr = cpu->fault_addr;
}

void fz_run_loop(const struct backend *be, struct cpu *cpu,
                 struct fz_outcome *o)
{
    memset(o, 0, sizeof(*o));
    cpu->exit_request = 0;
    cpu->guest_base = fz_mem.guest_base;
    cpu_backend = be;
    crash_signal = 0;
    in_run_loop = true;
    enum cpu_excp e;
    while ((e = cpu_exec(cpu)) == EXCP_FLUSH) {
        tb_flush_all();
    }
    in_run_loop = false;
    o->excp = e;
    o->host_signal = crash_signal;
    o->pc = cpu->pc;
    o->fault_addr = cpu->fault_addr;
}

void fz_run_loop_end(void)
{
    tb_flush_all(); /* with the backend that prepared the blocks */
    cpu_backend = NULL;
}

/* A cpu for the harness's own blocks (probes, flag reads). */
static struct cpu *scratch_cpu(const struct fz_guest *g)
{
    static struct cpu *cpu;
    if (cpu == NULL || cpu->arch != g->arch) {
        free(cpu);
        cpu = calloc(1, g->arch->cpu_size);
        if (cpu == NULL) {
            abort();
        }
    }
    cpu->arch = g->arch;
    cpu->guest_base = fz_mem.guest_base;
    return cpu;
}

/* Put word and then trap words at the probe page. */
static void probe_write(const struct fz_guest *g, uint32_t word, unsigned len)
{
    memcpy(fz_mem.probe, &word, len);
    for (unsigned k = len; k + g->trap_len <= 64; k += g->trap_len) {
        memcpy(fz_mem.probe + k, &g->trap, g->trap_len);
    }
}

bool fz_translates(const struct fz_guest *g, uint32_t word, unsigned len)
{
    probe_write(g, word, len);
    struct tb *tb = tr_translate(scratch_cpu(g), FZ_PROBE_LO);
    bool ok = true;
    for (int k = 0; k < tb->n; k++) {
        const struct ir_insn *i = &tb->insn[k];
        if (i->opc == IR_raise && i->aux == EXCP_ILLEGAL &&
            (uint64_t)i->imm == FZ_PROBE_LO) {
            ok = false;
        }
    }
    free(tb);
    return ok;
}

void fz_observe_flags(const struct fz_guest *g, const struct backend *be,
                      struct cpu *s)
{
    struct cpu *o = scratch_cpu(g);
    memcpy((char *)o + sizeof(struct cpu), (char *)s + sizeof(struct cpu),
           g->arch->cpu_size - sizeof(struct cpu));
    probe_write(g, g->observe, 4);
    struct tb *tb = tr_translate(o, FZ_PROBE_LO);
    if (!be->prepare(tb) && be->flush != NULL) {
        be->flush();
        be->prepare(tb);
    }
    struct fz_outcome out;
    fz_run_block(be, tb, o, &out);
    be->release(tb);
    free(tb);
    memcpy((char *)s + g->flags_off, (char *)o + g->observe_reg_off, 8);
}
