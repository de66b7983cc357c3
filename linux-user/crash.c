/* SPDX-License-Identifier: MIT */
/*
 * The report of an emulator crash (a fault or abort in xrun's own code):
 *   xrun: internal error: signal 11 at host pc 0x..., guest pc 0x...
 * then a host backtrace (libunwind, when configured), then abort().  It
 * runs in a signal handler, so it formats by hand into a stack buffer and
 * writes with write(2): no stdio, no malloc.
 */
#include "config.h"

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#ifdef HAVE_LIBUNWIND
#define UNW_LOCAL_ONLY
#include <libunwind.h>
#endif

#include "linux-user/lu.h"

#define LU_BACKTRACE_MAX 64

/* A line being formatted without stdio. */
struct lu_line {
    char buf[384];
    size_t n;
};

static void lu_put(struct lu_line *l, const char *s)
{
    while (*s && l->n < sizeof(l->buf) - 1) {
        l->buf[l->n++] = *s++;
    }
}

static void lu_put_num(struct lu_line *l, uint64_t v, unsigned base)
{
    char tmp[24];
    int i = 0;
    do {
        tmp[i++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v != 0);
    if (base == 16) {
        lu_put(l, "0x");
    }
    while (i > 0 && l->n < sizeof(l->buf) - 1) {
        l->buf[l->n++] = tmp[--i];
    }
}

static void lu_flush(struct lu_line *l)
{
    l->buf[l->n++] = '\n';
    for (size_t off = 0; off < l->n;) {
        ssize_t w = write(STDERR_FILENO, l->buf + off, l->n - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
    l->n = 0;
}

uint64_t lu_host_pc(const void *uc)
{
    const ucontext_t *u = uc;
    if (u == NULL) {
        return 0;
    }
#if defined(__x86_64__)
    return (uint64_t)u->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uint64_t)u->uc_mcontext.pc;
#elif defined(__riscv)
    return (uint64_t)u->uc_mcontext.__gregs[0];
#else
    return 0;
#endif
}

static void lu_backtrace(void)
{
    struct lu_line l = {.n = 0};
#ifdef HAVE_LIBUNWIND
    unw_context_t ctx;
    unw_cursor_t cur;
    lu_put(&l, "host backtrace:");
    lu_flush(&l);
    if (unw_getcontext(&ctx) != 0 || unw_init_local(&cur, &ctx) != 0) {
        lu_put(&l, "  (libunwind could not start)");
        lu_flush(&l);
        return;
    }
    for (int k = 0; k < LU_BACKTRACE_MAX && unw_step(&cur) > 0; k++) {
        unw_word_t ip = 0, off = 0;
        char name[160];
        unw_get_reg(&cur, UNW_REG_IP, &ip);
        lu_put(&l, "  #");
        lu_put_num(&l, (uint64_t)k, 10);
        lu_put(&l, " ");
        lu_put_num(&l, (uint64_t)ip, 16);
        if (unw_get_proc_name(&cur, name, sizeof(name), &off) == 0) {
            lu_put(&l, " ");
            lu_put(&l, name);
            lu_put(&l, "+");
            lu_put_num(&l, (uint64_t)off, 16);
        }
        lu_flush(&l);
    }
#else
    lu_put(&l, "host backtrace: not available (built without libunwind)");
    lu_flush(&l);
#endif
}

_Noreturn void lu_crash_report(int sig, const siginfo_t *si, void *uc)
{
    struct lu_line l = {.n = 0};
    struct cpu *cpu = cpu_current();
    if (cpu == NULL) {
        cpu = lu_thread_cpu();
    }
    lu_put(&l, "xrun: internal error: signal ");
    lu_put_num(&l, (uint64_t)sig, 10);
    lu_put(&l, " at host pc ");
    lu_put_num(&l, lu_host_pc(uc), 16);
    lu_put(&l, ", guest pc ");
    if (cpu != NULL) {
        lu_put_num(&l, cpu_current_pc(cpu), 16);
    } else {
        lu_put(&l, "none");
    }
    if (sig == SIGSEGV || sig == SIGBUS) {
        lu_put(&l, ", fault address ");
        lu_put_num(&l, (uint64_t)(uintptr_t)si->si_addr, 16);
    }
    lu_flush(&l);
    lu_backtrace();
    lu_exit_by_signal(SIGABRT);
}

/* Deliberate crashes in emulator code, so tests can see the report. */
void lu_crash_test_hook(void)
{
    const char *what = getenv("XRUN_CRASH_TEST");
    if (what == NULL || *what == '\0') {
        return;
    }
    if (strcmp(what, "abort") == 0) {
        abort();
    }
    if (strcmp(what, "ill") == 0) {
        __builtin_trap();
    }
    if (strcmp(what, "fpe") == 0) {
        /* Both volatile: gcc turns 1 / x into compares, without a divide. */
        volatile int zero = 0, seven = 7;
        volatile int r = seven / zero;
        (void)r;
    }
    /* "1", "segv" or anything else: a store to an unmapped page. */
    int *volatile bad = (int *)(uintptr_t)16;
    *bad = 1;
}
