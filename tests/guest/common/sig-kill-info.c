/*
 * kill() to ourselves with an SA_SIGINFO handler for SIGUSR1, SA_RESETHAND,
 * sa_mask and SA_NODEFER.  Expected values by hand from signal(7),
 * sigaction(2) and the kernel's signal delivery:
 *  - kill() fills si_signo = SIGUSR1, si_code = SI_USER, si_pid = the
 *    sender (getpid()), si_uid = getuid(); the third handler argument is
 *    the ucontext (non-NULL) -> "info: signo 1 code SI_USER 1 pid 1 uid 1
 *    uc 1";
 *  - SA_RESETHAND: the handler runs once, the disposition is then SIG_DFL
 *    -> "resethand: calls 1 now SIG_DFL 1";
 *  - during a handler its signal and sa_mask (SIGUSR2) are blocked: a
 *    SIGUSR2 raised inside it is pending there and runs after it
 *    returns, so the order is "12"; the mask is back to empty afterwards
 *    -> "sa_mask: in handler usr1 1 usr2 1 usr2 pending 1", "order 12",
 *    "after: usr1 0 usr2 0";
 *  - without SA_NODEFER a raise of the same signal inside its handler
 *    waits (depth stays 1, two calls); with SA_NODEFER it nests (depth
 *    2, two calls) -> "defer: calls 2 max depth 1",
 *    "nodefer: calls 2 max depth 2".
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int ok_signo, ok_code, ok_pid, ok_uid, ok_uc, calls;
static volatile int in_usr1, in_usr2, usr2_pending, depth, max_depth;
static char order[8];
static volatile int n_order;

static void info_handler(int sig, siginfo_t *si, void *uc)
{
    ok_signo = sig == SIGUSR1 && si->si_signo == SIGUSR1;
    ok_code = si->si_code == SI_USER;
    ok_pid = si->si_pid == getpid();
    ok_uid = si->si_uid == getuid();
    ok_uc = uc != NULL;
}

static void count_handler(int sig)
{
    (void)sig;
    calls++;
}

static void usr1_masking(int sig)
{
    sigset_t cur, pend;
    (void)sig;
    raise(SIGUSR2);
    sigprocmask(SIG_BLOCK, NULL, &cur);
    sigpending(&pend);
    in_usr1 = sigismember(&cur, SIGUSR1);
    in_usr2 = sigismember(&cur, SIGUSR2);
    usr2_pending = sigismember(&pend, SIGUSR2);
    order[n_order++] = '1';
}

static void usr2_order(int sig)
{
    (void)sig;
    order[n_order++] = '2';
}

static void recurse(int sig)
{
    calls++;
    depth++;
    if (depth > max_depth) {
        max_depth = depth;
    }
    if (calls == 1) {
        raise(sig);
    }
    depth--;
}

int main(void)
{
    struct sigaction sa, cur;
    sigset_t m;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = info_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    printf("info: signo %d code SI_USER %d pid %d uid %d uc %d\n", ok_signo,
           ok_code, ok_pid, ok_uid, ok_uc);

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = count_handler;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    sigaction(SIGUSR1, NULL, &cur);
    printf("resethand: calls %d now SIG_DFL %d\n", calls,
           cur.sa_handler == SIG_DFL);

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = usr1_masking;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    sigaction(SIGUSR1, &sa, NULL);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = usr2_order;
    sigaction(SIGUSR2, &sa, NULL);
    kill(getpid(), SIGUSR1);
    printf("sa_mask: in handler usr1 %d usr2 %d usr2 pending %d\n", in_usr1,
           in_usr2, usr2_pending);
    printf("order %s\n", order);
    sigprocmask(SIG_BLOCK, NULL, &m);
    printf("after: usr1 %d usr2 %d\n", sigismember(&m, SIGUSR1),
           sigismember(&m, SIGUSR2));

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = recurse;
    sigaction(SIGUSR1, &sa, NULL);
    calls = 0;
    max_depth = 0;
    kill(getpid(), SIGUSR1);
    printf("defer: calls %d max depth %d\n", calls, max_depth);
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGUSR1, &sa, NULL);
    calls = 0;
    max_depth = 0;
    kill(getpid(), SIGUSR1);
    printf("nodefer: calls %d max depth %d\n", calls, max_depth);
    return 0;
}
