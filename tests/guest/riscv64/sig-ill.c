/*
 * A SIGILL handler.  By hand from the privileged spec (cycle is a
 * read-only CSR: csrrw writing it is an illegal instruction) and Linux
 * (arch/riscv/kernel/traps.c: SIGILL, si_code ILL_ILLOPC, si_addr = the
 * instruction's address):
 *  - si_signo SIGILL, si_code ILL_ILLOPC, si_addr = t_ill_insn, the
 *    saved pc (__gregs[0]) = t_ill_insn;
 *  - the handler skips the 4-byte instruction and returns; the
 *    instruction had no effect (a0 keeps 0x55, the li after it runs:
 *    a1 = 0x66) -> "resumed: a0 0x55 a1 0x66"; twice, 2 calls.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char t_ill_insn[];
uint64_t t_ill(uint64_t *a1_out);
__asm__(".text\n"
        ".option push\n"
        ".option norvc\n"
        "t_ill:\n"
        "   li a1, 0\n"
        "   li a2, 0x55\n"
        "   mv t0, a0\n"
        "   mv a0, a2\n"
        "t_ill_insn:\n"
        "   csrrw a0, cycle, a0\n"
        "   li a1, 0x66\n"
        "   sd a1, 0(t0)\n"
        "   ret\n"
        ".option pop\n");

static volatile int signo_ok, code_ok, addr_ok, pc_ok, calls;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    signo_ok = sig == SIGILL && si->si_signo == SIGILL;
    code_ok = si->si_code == ILL_ILLOPC;
    addr_ok = si->si_addr == (void *)t_ill_insn;
    pc_ok = uc->uc_mcontext.__gregs[0] == (unsigned long)t_ill_insn;
    calls++;
    uc->uc_mcontext.__gregs[0] += 4;
}

int main(void)
{
    struct sigaction sa;
    uint64_t a1 = 0, a0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    a0 = t_ill(&a1);
    printf("sigill: signo %d ILL_ILLOPC %d si_addr %d pc %d\n", signo_ok,
           code_ok, addr_ok, pc_ok);
    printf("resumed: a0 0x%llx a1 0x%llx\n", (unsigned long long)a0,
           (unsigned long long)a1);
    a0 = t_ill(&a1);
    printf("again: calls %d a0 0x%llx\n", calls, (unsigned long long)a0);
    return 0;
}
