/* SPDX-License-Identifier: MIT */
/*
 * Accrued FP flags across signals, as Linux keeps them on riscv64 and
 * arm64 (fcsr / FPSR are part of the signal frame; nothing resets them
 * for the handler): under the JIT they may still be pending in the host's
 * MXCSR (translator/fp-fast.h).
 * 1. An inexact divide, then a fault whose handler leaves by siglongjmp
 *    (no sigreturn): the flag is still raised afterwards (inexact 1).
 * 2. A handler that raises inexact and returns: sigreturn restores the
 *    flags saved at delivery, none (inexact 0).
 * 3. Raised before the signal, kept through a handler that returns:
 *    inexact 1; and the handler saw it too (1).
 * Shared by aarch64/fp-fast-signal.c.
 */
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile double one = 1.0, three = 3.0, sink;
static sigjmp_buf jb;
static volatile int seen;

static void on_segv(int sig)
{
    (void)sig;
    siglongjmp(jb, 1);
}

static void on_usr1_inexact(int sig)
{
    (void)sig;
    sink = one / three;
}

static void on_usr1_look(int sig)
{
    (void)sig;
    seen = fetestexcept(FE_INEXACT) != 0;
}

static void handle(int sig, void (*fn)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = fn;
    sigaction(sig, &sa, NULL);
}

int main(void)
{
    handle(SIGSEGV, on_segv);
    feclearexcept(FE_ALL_EXCEPT);
    sink = one / three;
    if (sigsetjmp(jb, 1) == 0) {
        *(volatile int *)16 = 1;
    }
    printf("1. after the fault: inexact %d\n", fetestexcept(FE_INEXACT) != 0);

    handle(SIGUSR1, on_usr1_inexact);
    feclearexcept(FE_ALL_EXCEPT);
    sink = one + one;
    raise(SIGUSR1);
    printf("2. after the handler: inexact %d\n", fetestexcept(FE_INEXACT) != 0);

    handle(SIGUSR1, on_usr1_look);
    feclearexcept(FE_ALL_EXCEPT);
    sink = one / three;
    raise(SIGUSR1);
    printf("3. kept: inexact %d, seen by the handler %d\n",
           fetestexcept(FE_INEXACT) != 0, seen);
    return 0;
}
