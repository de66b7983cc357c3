/*
 * sigaltstack with SA_ONSTACK.  By hand from sigaltstack(2) and the
 * kernel (get_sigframe, __save_altstack, do_sigaltstack):
 *  - a handler with SA_ONSTACK runs with its locals inside the alternate
 *    stack; sigaltstack(NULL, &cur) there reports SS_ONSTACK; the
 *    ucontext's uc_stack holds the alternate stack as set (ss_sp, ss_size,
 *    ss_flags 0) -> "onstack: in alt 1 SS_ONSTACK 1 uc_stack 1 flags 0";
 *  - changing the alternate stack while on it fails with EPERM
 *    -> "change on it: -1 EPERM 1";
 *  - outside any handler the flags are 0 (enabled, not on it)
 *    -> "outside: flags 0 size ok 1";
 *  - a handler without SA_ONSTACK stays on the normal stack -> "no
 *    SA_ONSTACK: in alt 0";
 *  - after SS_DISABLE, SA_ONSTACK has no effect and the query reports
 *    SS_DISABLE -> "disabled: in alt 0 flags SS_DISABLE 1";
 *  - a size below MINSIGSTKSZ is ENOMEM -> "small: -1 ENOMEM 1".
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define ALT_SIZE (64 * 1024)
static char alt[ALT_SIZE] __attribute__((aligned(16)));
static volatile int in_alt, onstack_flag, uc_ok, uc_flags, eperm_ret,
    eperm_errno;

static int on_alt(const void *p)
{
    return (uintptr_t)p >= (uintptr_t)alt &&
           (uintptr_t)p < (uintptr_t)alt + ALT_SIZE;
}

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    char here;
    stack_t cur, other;
    (void)sig;
    (void)si;
    in_alt = on_alt(&here);
    sigaltstack(NULL, &cur);
    onstack_flag = cur.ss_flags == SS_ONSTACK;
    uc_ok = uc->uc_stack.ss_sp == alt && uc->uc_stack.ss_size == ALT_SIZE;
    uc_flags = uc->uc_stack.ss_flags;
    if (in_alt) {
        other.ss_sp = alt;
        other.ss_size = ALT_SIZE / 2;
        other.ss_flags = 0;
        eperm_ret = sigaltstack(&other, NULL);
        eperm_errno = errno;
    }
}

int main(void)
{
    struct sigaction sa;
    stack_t ss = {.ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0}, cur;

    sigaltstack(&ss, NULL);
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("onstack: in alt %d SS_ONSTACK %d uc_stack %d flags %d\n", in_alt,
           onstack_flag, uc_ok, uc_flags);
    printf("change on it: %d EPERM %d\n", eperm_ret, eperm_errno == EPERM);
    sigaltstack(NULL, &cur);
    printf("outside: flags %d size ok %d\n", cur.ss_flags,
           cur.ss_size == ALT_SIZE);

    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("no SA_ONSTACK: in alt %d\n", in_alt);

    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    sigaltstack(NULL, &cur);
    printf("disabled: in alt %d flags SS_DISABLE %d\n", in_alt,
           cur.ss_flags == SS_DISABLE);

    ss.ss_flags = 0;
    ss.ss_size = 512;
    int r = sigaltstack(&ss, NULL);
    printf("small: %d ENOMEM %d\n", r, errno == ENOMEM);
    return 0;
}
