/*
 * Unwinding out of a signal handler through the signal frame, as gdb and
 * C++ exceptions do.  libgcc's aarch64 Linux unwinder
 * (libgcc/config/aarch64/linux-unwind.h) recognises the return address
 * the kernel gives handlers without SA_RESTORER, the vDSO's
 * __kernel_rt_sigreturn (mov x8, #139; svc #0), and takes the interrupted
 * registers from the rt_sigframe at sp (uc_mcontext at sp + 128 + 176).
 * By hand from that code and arch/arm64/kernel/signal.c:
 *  - backtrace() in a SIGSEGV handler for a load in asm function victim
 *    (called from asm function outer, both with CFI) lists the handler,
 *    the trampoline, then victim's faulting pc itself and the return
 *    address in outer -> "backtrace: victim 1 outer 1";
 *  - the handler leaves with siglongjmp -> "back in main 1".
 */
#include <execinfo.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern char victim[], victim_end[], outer[], outer_end[];
void outer_fn(uint64_t addr) __asm__("outer");
/* Global labels: a GOT reference to a local one would lose its offset. */
__asm__(".text\n"
        ".globl victim, victim_end, outer, outer_end\n"
        ".type victim, %function\n"
        "victim:\n"
        "   .cfi_startproc\n"
        "   ldr x0, [x0]\n"
        "   ret\n"
        "   .cfi_endproc\n"
        "victim_end:\n"
        ".type outer, %function\n"
        "outer:\n"
        "   .cfi_startproc\n"
        "   stp x29, x30, [sp, #-16]!\n"
        "   .cfi_def_cfa_offset 16\n"
        "   .cfi_offset 29, -16\n"
        "   .cfi_offset 30, -8\n"
        "   mov x29, sp\n"
        "   bl victim\n"
        "   ldp x29, x30, [sp], #16\n"
        "   .cfi_restore 29\n"
        "   .cfi_restore 30\n"
        "   .cfi_def_cfa_offset 0\n"
        "   ret\n"
        "   .cfi_endproc\n"
        "outer_end:\n");

static sigjmp_buf jb;
static volatile int in_victim, in_outer;

static int within(void *p, const char *lo, const char *hi)
{
    return (uintptr_t)p >= (uintptr_t)lo && (uintptr_t)p < (uintptr_t)hi;
}

static void segv(int sig, siginfo_t *si, void *uc)
{
    void *bt[32];
    (void)sig;
    (void)si;
    (void)uc;
    int n = backtrace(bt, 32);
    for (int k = 0; k < n; k++) {
        in_victim |= within(bt[k], victim, victim_end);
        in_outer |= within(bt[k], outer, outer_end);
    }
    siglongjmp(jb, 1);
}

int main(void)
{
    struct sigaction sa;
    volatile int back = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jb, 1) == 0) {
        outer_fn(0x1120);
        printf("no fault\n");
    } else {
        back = 1;
    }
    printf("backtrace: victim %d outer %d\n", in_victim, in_outer);
    printf("back in main %d\n", back);
    return 0;
}
