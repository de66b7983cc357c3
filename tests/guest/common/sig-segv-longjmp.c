/*
 * SIGSEGV handlers that read si_addr/si_code and leave with siglongjmp,
 * several times in a row.  By hand from sigaction(2), siglongjmp(3) and
 * Linux's fault reporting:
 *  - a read of a PROT_NONE page: SEGV_ACCERR, si_addr = the byte read;
 *  - a write to a PROT_READ page: SEGV_ACCERR, si_addr = the byte written;
 *  - a read of an unmapped page (a hole between two mapped pages):
 *    SEGV_MAPERR, si_addr = the byte;
 *  - sigsetjmp(jb, 1) saved the mask, so after each siglongjmp SIGSEGV
 *    (blocked while its handler ran) is unblocked again, and the next
 *    fault is delivered: 3 faults -> "faults 3 unblocked 1";
 *  - memory is unchanged by the faulting write -> "ro value 7".
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf jb;
static void *volatile addr;
static volatile int code, faults;

static void segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    addr = si->si_addr;
    code = si->si_code;
    faults++;
    siglongjmp(jb, 1);
}

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    struct sigaction sa;
    sigset_t m;

    p[pg] = 7;
    mprotect(p, pg, PROT_NONE);            /* page 0: no access */
    mprotect(p + pg, pg, PROT_READ);       /* page 1: read-only */
    munmap(p + 2 * pg, pg);                /* page 2: unmapped */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    if (sigsetjmp(jb, 1) == 0) {
        volatile char c = p[100];
        (void)c;
        printf("PROT_NONE read did not fault\n");
    }
    printf("prot_none read: addr ok %d ACCERR %d\n", addr == p + 100,
           code == SEGV_ACCERR);
    if (sigsetjmp(jb, 1) == 0) {
        p[pg + 5] = 1;
        printf("read-only write did not fault\n");
    }
    printf("read-only write: addr ok %d ACCERR %d\n", addr == p + pg + 5,
           code == SEGV_ACCERR);
    if (sigsetjmp(jb, 1) == 0) {
        volatile char c = p[2 * pg + 9];
        (void)c;
        printf("unmapped read did not fault\n");
    }
    printf("unmapped read: addr ok %d MAPERR %d\n", addr == p + 2 * pg + 9,
           code == SEGV_MAPERR);
    sigprocmask(SIG_BLOCK, NULL, &m);
    printf("faults %d unblocked %d\n", faults, !sigismember(&m, SIGSEGV));
    printf("ro value %d\n", p[pg]);
    return 0;
}
