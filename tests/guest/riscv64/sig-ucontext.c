/*
 * A SIGTRAP handler that reads and rewrites the interrupted context.  The
 * asm function sets every integer register it may (ra, t0-t6, s0-s11,
 * a1-a7: x[n] = n * 0x0101010101010101), every FP register (f[n] =
 * 0x4000000000000000 + (n << 32) + n) and fcsr = 0x45 (frm 2, fflags 5),
 * then executes ebreak and stores all registers after it.  By hand from
 * the uapi <asm/sigcontext.h> (sc_regs: pc, x1..x31; sc_fpregs.d: f[32],
 * fcsr) and Linux (ebreak: SIGTRAP, TRAP_BRKPT, si_addr = pc):
 *  - the frame holds exactly those values -> "frame: x mismatches 0 f
 *    mismatches 0 fcsr 0x45";
 *  - the handler sets pc += 4 (skip ebreak), a1 = 0xabc, f11 = 1.0
 *    (0x3ff0000000000000) and fcsr = 0x81; rt_sigreturn restores all of
 *    it, so afterwards every other register still has its pattern ->
 *    "after: x mismatches 0 f mismatches 0 a1 0xabc f11
 *    0x3ff0000000000000 fcsr 0x81".
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define XPAT(n) ((uint64_t)(n) * 0x0101010101010101ull)
#define FPAT(n) (0x4000000000000000ull + ((uint64_t)(n) << 32) + (n))

extern char t_regs_brk[];
void t_regs(uint64_t out[65]);
__asm__(".text\n"
        ".option push\n"
        ".option norvc\n"
        "t_regs:\n"
        "   addi sp, sp, -112\n"
        "   sd ra, 0(sp)\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11\n"
        "   sd s\\n, (8 + 8 * \\n)(sp)\n"
        "   .endr\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
        "21,22,23,24,25,26,27,28,29,30,31\n"
        "   li t0, 0x4000000000000000 + (\\n << 32) + \\n\n"
        "   fmv.d.x f\\n, t0\n"
        "   .endr\n"
        "   li t0, 0x45\n"
        "   csrw fcsr, t0\n"
        "   .irp n, 1,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,"
        "24,25,26,27,28,29,30,31\n"
        "   li x\\n, \\n * 0x0101010101010101\n"
        "   .endr\n"
        "t_regs_brk:\n"
        "   ebreak\n"
        "   .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,"
        "23,24,25,26,27,28,29,30,31\n"
        "   sd x\\n, (8 * \\n)(a0)\n"
        "   .endr\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
        "21,22,23,24,25,26,27,28,29,30,31\n"
        "   fsd f\\n, (256 + 8 * \\n)(a0)\n"
        "   .endr\n"
        "   csrr t0, fcsr\n"
        "   sd t0, 512(a0)\n"
        "   csrwi fcsr, 0\n"
        "   ld ra, 0(sp)\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11\n"
        "   ld s\\n, (8 + 8 * \\n)(sp)\n"
        "   .endr\n"
        "   addi sp, sp, 112\n"
        "   ret\n"
        ".option pop\n");

static volatile int x_bad = -1, f_bad = -1, calls, code_ok, addr_ok, pc_ok;
static volatile unsigned fcsr_seen;

static int settable(int n)
{
    return n == 1 || (n >= 5 && n != 10);
}

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    int xb = 0, fb = 0;
    (void)sig;
    calls++;
    code_ok = si->si_code == TRAP_BRKPT;
    addr_ok = si->si_addr == (void *)t_regs_brk;
    pc_ok = mc->__gregs[0] == (unsigned long)t_regs_brk;
    for (int n = 1; n < 32; n++) {
        xb += settable(n) && mc->__gregs[n] != XPAT(n);
    }
    for (int n = 0; n < 32; n++) {
        fb += mc->__fpregs.__d.__f[n] != FPAT(n);
    }
    x_bad = xb;
    f_bad = fb;
    fcsr_seen = mc->__fpregs.__d.__fcsr;
    mc->__gregs[0] += 4;
    mc->__gregs[11] = 0xabc;
    mc->__fpregs.__d.__f[11] = 0x3ff0000000000000ull;
    mc->__fpregs.__d.__fcsr = 0x81;
}

int main(void)
{
    struct sigaction sa;
    static uint64_t out[65];
    int xb = 0, fb = 0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    t_regs(out);
    printf("trap: calls %d TRAP_BRKPT %d si_addr %d pc %d\n", calls, code_ok,
           addr_ok, pc_ok);
    printf("frame: x mismatches %d f mismatches %d fcsr 0x%x\n", x_bad, f_bad,
           fcsr_seen);
    for (int n = 1; n < 32; n++) {
        xb += settable(n) && n != 11 && out[n] != XPAT(n);
    }
    for (int n = 0; n < 32; n++) {
        fb += n != 11 && out[32 + n] != FPAT(n);
    }
    printf("after: x mismatches %d f mismatches %d a1 0x%llx f11 0x%016llx "
           "fcsr 0x%llx\n", xb, fb, (unsigned long long)out[11],
           (unsigned long long)out[32 + 11], (unsigned long long)out[64]);
    return 0;
}
