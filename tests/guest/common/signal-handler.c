/* expected: native */
/*
 * Signal delivery: sigaction handlers with and without SA_SIGINFO
 * (si_signo, si_code SI_TKILL for raise, SI_USER for kill), a blocked
 * signal kept pending until unblocked, SA_RESETHAND, a handler on an
 * alternate stack (sigaltstack), registers preserved across a handler,
 * and SIGSEGV handlers that read si_addr and si_code (SEGV_MAPERR for an
 * unmapped page, SEGV_ACCERR for a write to a read-only page) and leave
 * with siglongjmp.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static volatile sig_atomic_t hits, last_sig, last_code;
static volatile uintptr_t on_alt;
static char altstack[64 * 1024];
static sigjmp_buf jb;
static void *volatile fault_addr;
static volatile int fault_code;

static void plain(int sig)
{
    hits++;
    last_sig = sig;
}

static void info(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    hits++;
    last_sig = si->si_signo == sig ? sig : -1;
    last_code = si->si_code;
}

static void alt(int sig)
{
    char here;
    (void)sig;
    on_alt = (uintptr_t)&here >= (uintptr_t)altstack &&
             (uintptr_t)&here < (uintptr_t)altstack + sizeof altstack;
}

static void segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    fault_addr = si->si_addr;
    fault_code = si->si_code;
    siglongjmp(jb, 1);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = plain;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("plain: hits %d sig %d\n", hits, last_sig == SIGUSR1);

    sa.sa_sigaction = info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    printf("siginfo raise: hits %d sig ok %d code SI_TKILL %d\n", hits,
           last_sig == SIGUSR2, last_code == SI_TKILL);
    kill(getpid(), SIGUSR2);
    printf("siginfo kill: hits %d code SI_USER %d\n", hits,
           last_code == SI_USER);

    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    sigset_t pend;
    sigpending(&pend);
    printf("blocked: hits %d pending %d\n", hits, sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: hits %d\n", hits);

    sa.sa_handler = plain;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    struct sigaction cur;
    sigaction(SIGUSR1, NULL, &cur);
    printf("resethand: hits %d now default %d\n", hits,
           cur.sa_handler == SIG_DFL);

    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    sa.sa_handler = alt;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    printf("altstack: handler on alt stack %d\n", (int)on_alt);

    /* values live in registers across a signal */
    sa.sa_handler = plain;
    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    volatile uint64_t acc = 0;
    for (uint64_t i = 1; i <= 10; i++) {
        uint64_t x = i * 0x0101010101010101ull;
        raise(SIGUSR1);
        acc += x ^ (x >> 3);
    }
    printf("registers across signals: acc %016llx hits %d\n",
           (unsigned long long)acc, hits);

    long pg = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(p + pg, pg);
    mprotect(p, pg, PROT_READ);
    sa.sa_sigaction = segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jb, 1) == 0) {
        volatile char c = p[pg + 123];
        (void)c;
        printf("unmapped read did not fault\n");
    }
    printf("unmapped: addr ok %d MAPERR %d\n", fault_addr == p + pg + 123,
           fault_code == SEGV_MAPERR);
    if (sigsetjmp(jb, 1) == 0) {
        p[77] = 1;
        printf("read-only write did not fault\n");
    }
    printf("read-only: addr ok %d ACCERR %d\n", fault_addr == p + 77,
           fault_code == SEGV_ACCERR);
    return 0;
}
