/*
 * SIGILL handlers for two words that are not instructions: 0x00010000
 * (op0 0, op1 0000: the reserved group, unallocated unless bits 24:16 are
 * 0) and udf #0x1234 (0x00001234, permanently undefined).  By hand from
 * the Arm ARM (A64 encoding index) and Linux (arch/arm64/kernel/traps.c:
 * do_el0_undef -> force_signal_inject(SIGILL, ILL_ILLOPC, pc, esr) ->
 * arm64_notify_die, which sets the thread's fault_address to 0 and its
 * fault_code to the ESR; signal.c then adds an esr_context):
 *  - si_signo SIGILL, si_code ILL_ILLOPC, si_addr = the word's address,
 *    uc_mcontext.pc = that address
 *    -> "sigill: signo 1 ILL_ILLOPC 1 si_addr 1 pc 1";
 *  - uc_mcontext.fault_address is 0; __reserved holds the fpsimd_context
 *    (magic 0x46508001, size 528) first, then an esr_context (magic
 *    0x45535201, size 16) with ESR EC 0 (unknown reason) and IL (bit 25)
 *    = 0x2000000 -> "frame: fault_address 0 fpsimd 1 esr 0x2000000";
 *  - the handler skips the 4-byte word (pc += 4) and returns; the word had
 *    no effect (x0 keeps 0x55) and the instruction after it runs
 *    (x1 = 0x66 is stored) -> "resumed: x0 0x55 x1 0x66";
 *  - the same for udf, 2 calls in all
 *    -> "udf: calls 2 si_addr 1 pc 1 x0 0x55 x1 0x66".
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char t_unalloc_insn[], t_udf_insn[];
uint64_t t_unalloc(uint64_t *x1_out), t_udf(uint64_t *x1_out);
/* Global: a GOT reference to a local label would lose its offset. */
__asm__(".text\n"
        ".globl t_unalloc, t_unalloc_insn, t_udf, t_udf_insn\n"
        "t_unalloc:\n"
        "   mov x1, #0\n"
        "   mov x2, x0\n"
        "   mov x0, #0x55\n"
        "t_unalloc_insn:\n"
        "   .inst 0x00010000\n"
        "   mov x1, #0x66\n"
        "   str x1, [x2]\n"
        "   ret\n"
        "t_udf:\n"
        "   mov x1, #0\n"
        "   mov x2, x0\n"
        "   mov x0, #0x55\n"
        "t_udf_insn:\n"
        "   udf #0x1234\n"
        "   mov x1, #0x66\n"
        "   str x1, [x2]\n"
        "   ret\n");

static volatile int signo_ok, code_ok, addr_ok, pc_ok, calls, fpsimd_ok;
static volatile uint64_t fault_address = ~0ull, esr = ~0ull;
static void *volatile expect_at;

/* The esr_context's value, or ~0 if there is none. */
static uint64_t find_esr(const ucontext_t *uc, int *fpsimd_first)
{
    const uint8_t *p = (const uint8_t *)uc->uc_mcontext.__reserved;
    uint32_t magic, size;
    memcpy(&magic, p, 4);
    memcpy(&size, p + 4, 4);
    *fpsimd_first = magic == 0x46508001u && size == 528;
    for (size_t off = 0; off + 8 <= sizeof uc->uc_mcontext.__reserved;) {
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
    int first;
    signo_ok = sig == SIGILL && si->si_signo == SIGILL;
    code_ok = si->si_code == ILL_ILLOPC;
    addr_ok = si->si_addr == expect_at;
    pc_ok = uc->uc_mcontext.pc == (uintptr_t)expect_at;
    fault_address = uc->uc_mcontext.fault_address;
    esr = find_esr(uc, &first);
    fpsimd_ok = first;
    calls++;
    uc->uc_mcontext.pc += 4;
}

int main(void)
{
    struct sigaction sa;
    uint64_t x1 = 0, x0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    expect_at = t_unalloc_insn;
    x0 = t_unalloc(&x1);
    printf("sigill: signo %d ILL_ILLOPC %d si_addr %d pc %d\n", signo_ok,
           code_ok, addr_ok, pc_ok);
    printf("frame: fault_address %llu fpsimd %d esr 0x%llx\n",
           (unsigned long long)fault_address, fpsimd_ok,
           (unsigned long long)esr);
    printf("resumed: x0 0x%llx x1 0x%llx\n", (unsigned long long)x0,
           (unsigned long long)x1);
    x1 = 0;
    expect_at = t_udf_insn;
    x0 = t_udf(&x1);
    printf("udf: calls %d si_addr %d pc %d x0 0x%llx x1 0x%llx\n", calls,
           addr_ok, pc_ok, (unsigned long long)x0, (unsigned long long)x1);
    return 0;
}
