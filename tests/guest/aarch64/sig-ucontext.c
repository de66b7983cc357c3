/*
 * A SIGTRAP handler that reads and rewrites the interrupted context.  The
 * asm function t_regs sets V0-V31 (v[n] = VLO(n) : VHI(n)), FPCR = 0x400000
 * (RMode RP), FPSR = 0x8000011 (QC, IXC, IOC), NZCV = N V (0x9), and every
 * general register x0-x30 (x[n] = XPAT(n)), executes brk #0x123 and then
 * stores all of them to g_out.  By hand from the uapi <asm/sigcontext.h>
 * (sigcontext: fault_address, regs[31], sp, pc, pstate, __reserved with an
 * fpsimd_context {magic 0x46508001, size 528, fpsr, fpcr, vregs[32]}) and
 * arch/arm64/kernel/signal.c (get_sigframe, setup_sigframe, setup_return;
 * a BRK: SIGTRAP, TRAP_BRKPT, si_addr = pc):
 *  - "trap: calls 1 TRAP_BRKPT 1 si_addr 1 pc 1";
 *  - the frame holds exactly those values; pstate has NZCV 0x9 in 31:28
 *    and mode EL0t (M = 0)
 *    -> "frame: x mismatches 0 nzcv 0x9 el0t 1 fpsimd 1 fpsr 0x8000011
 *    fpcr 0x400000 v mismatches 0";
 *  - the handler is entered (asm stub g_entry) with x0 = SIGTRAP, x1 =
 *    &info, x2 = &uc, sp = the frame (= &info, 16-aligned), x29 = the frame
 *    record, which is right above the rt_sigframe (sizeof = 4688) and
 *    holds the interrupted x29 and x30, and x30 = the vDSO's
 *    __kernel_rt_sigreturn: mov x8, #139 (0xd2801168); svc #0
 *    (0xd4000001), as no SA_RESTORER is used
 *    -> "entry: x0 1 x1 1 x2 1 sp 1 x29 1 record 1 1 x30 tramp 1";
 *  - the handler sets pc += 4 (skip brk), regs[11] = 0xabc, NZCV = Z C
 *    (0x6), v11 = 1.0 : 0x1234, fpsr = 0x1, fpcr = 0x800000 (RMode RM);
 *    rt_sigreturn restores all of it, so afterwards every other register
 *    still has its pattern -> "after: x mismatches 0 x11 0xabc nzcv 0x6
 *    v mismatches 0 v11 0x3ff0000000000000:0x1234 fpsr 0x1 fpcr 0x800000".
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define XPAT(n) ((uint64_t)(n) * 0x0101010101010101ull)
#define VLO(n) (0x4000000000000000ull + ((uint64_t)(n) << 32) + (n))
#define VHI(n) (0x5500000000000000ull + (uint64_t)(n))

/* x0-x30, nzcv, fpsr, fpcr, v0-v31 (low, high). */
uint64_t g_out[34 + 64];
/* The handler's entry registers: x0, x1, x2, x29, x30, sp. */
uint64_t g_entry[6];

extern char t_regs_brk[];
void t_regs(void);
void entry_stub(int, siginfo_t *, void *);
/* Global labels: a GOT reference to a local one would lose its offset. */
__asm__(".text\n"
        ".globl t_regs, t_regs_brk, entry_stub\n"
        "t_regs:\n"
        "   stp x29, x30, [sp, #-176]!\n"
        "   stp x19, x20, [sp, #16]\n"
        "   stp x21, x22, [sp, #32]\n"
        "   stp x23, x24, [sp, #48]\n"
        "   stp x25, x26, [sp, #64]\n"
        "   stp x27, x28, [sp, #80]\n"
        "   stp d8, d9, [sp, #96]\n"
        "   stp d10, d11, [sp, #112]\n"
        "   stp d12, d13, [sp, #128]\n"
        "   stp d14, d15, [sp, #144]\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
        "21,22,23,24,25,26,27,28,29,30,31\n"
        "   ldr x0, =(0x4000000000000000 + (\\n << 32) + \\n)\n"
        "   fmov d\\n, x0\n"
        "   ldr x0, =(0x5500000000000000 + \\n)\n"
        "   mov v\\n\\().d[1], x0\n"
        "   .endr\n"
        "   mov x0, #0x400000\n"
        "   msr fpcr, x0\n"
        "   mov x0, #0x11\n"
        "   movk x0, #0x800, lsl #16\n"
        "   msr fpsr, x0\n"
        "   mov x0, #0x90000000\n"
        "   msr nzcv, x0\n"
        "   .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
        "21,22,23,24,25,26,27,28,29,30\n"
        "   ldr x\\n, =(\\n * 0x0101010101010101)\n"
        "   .endr\n"
        "t_regs_brk:\n"
        "   brk #0x123\n"
        "   str x0, [sp, #-16]!\n"
        "   adrp x0, g_out\n"
        "   add x0, x0, :lo12:g_out\n"
        "   .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,"
        "22,23,24,25,26,27,28,29,30\n"
        "   str x\\n, [x0, #(8 * \\n)]\n"
        "   .endr\n"
        "   ldr x1, [sp], #16\n"
        "   str x1, [x0]\n"
        "   mrs x1, nzcv\n"
        "   str x1, [x0, #248]\n"
        "   mrs x1, fpsr\n"
        "   str x1, [x0, #256]\n"
        "   mrs x1, fpcr\n"
        "   str x1, [x0, #264]\n"
        "   msr fpcr, xzr\n"
        "   msr fpsr, xzr\n"
        "   add x1, x0, #272\n"
        "   st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x1], #64\n"
        "   st1 {v4.2d, v5.2d, v6.2d, v7.2d}, [x1], #64\n"
        "   st1 {v8.2d, v9.2d, v10.2d, v11.2d}, [x1], #64\n"
        "   st1 {v12.2d, v13.2d, v14.2d, v15.2d}, [x1], #64\n"
        "   st1 {v16.2d, v17.2d, v18.2d, v19.2d}, [x1], #64\n"
        "   st1 {v20.2d, v21.2d, v22.2d, v23.2d}, [x1], #64\n"
        "   st1 {v24.2d, v25.2d, v26.2d, v27.2d}, [x1], #64\n"
        "   st1 {v28.2d, v29.2d, v30.2d, v31.2d}, [x1], #64\n"
        "   ldp x19, x20, [sp, #16]\n"
        "   ldp x21, x22, [sp, #32]\n"
        "   ldp x23, x24, [sp, #48]\n"
        "   ldp x25, x26, [sp, #64]\n"
        "   ldp x27, x28, [sp, #80]\n"
        "   ldp d8, d9, [sp, #96]\n"
        "   ldp d10, d11, [sp, #112]\n"
        "   ldp d12, d13, [sp, #128]\n"
        "   ldp d14, d15, [sp, #144]\n"
        "   ldp x29, x30, [sp], #176\n"
        "   ret\n"
        "   .ltorg\n"
        /* The handler as installed: record the entry registers. */
        "entry_stub:\n"
        "   adrp x9, g_entry\n"
        "   add x9, x9, :lo12:g_entry\n"
        "   stp x0, x1, [x9]\n"
        "   stp x2, x29, [x9, #16]\n"
        "   mov x10, sp\n"
        "   stp x30, x10, [x9, #32]\n"
        "   b handler\n");

static volatile int x_bad = -1, v_bad = -1, calls, code_ok, addr_ok, pc_ok;
static volatile int el0t, fpsimd_ok;
static volatile uint64_t nzcv_seen, fpsr_seen, fpcr_seen;
static const siginfo_t *volatile info_seen;
static const void *volatile uc_seen;
static volatile uint64_t rec_fp, rec_lr;

struct fpsimd_ctx {
    uint32_t magic, size, fpsr, fpcr;
    uint64_t v[32][2];
};

void handler(int sig, siginfo_t *si, void *ucv);
void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    struct fpsimd_ctx *fp = (struct fpsimd_ctx *)(void *)mc->__reserved;
    int xb = 0, vb = 0;
    (void)sig;
    calls++;
    info_seen = si;
    uc_seen = uc;
    code_ok = si->si_code == TRAP_BRKPT;
    addr_ok = si->si_addr == (void *)t_regs_brk;
    pc_ok = mc->pc == (uintptr_t)t_regs_brk;
    for (int n = 0; n < 31; n++) {
        xb += mc->regs[n] != XPAT(n);
    }
    x_bad = xb;
    nzcv_seen = mc->pstate >> 28;
    el0t = (mc->pstate & 0xf) == 0;
    fpsimd_ok = fp->magic == 0x46508001u && fp->size == 528;
    fpsr_seen = fp->fpsr;
    fpcr_seen = fp->fpcr;
    for (int n = 0; n < 32; n++) {
        vb += fp->v[n][0] != VLO(n) || fp->v[n][1] != VHI(n);
    }
    v_bad = vb;
    /* struct frame_record right above the 4688-byte rt_sigframe. */
    const uint64_t *rec = (const uint64_t *)((const char *)si + 4688);
    rec_fp = rec[0];
    rec_lr = rec[1];

    mc->pc += 4;
    mc->regs[11] = 0xabc;
    mc->pstate = (mc->pstate & ~0xf0000000ull) | 0x60000000ull;
    fp->v[11][0] = 0x3ff0000000000000ull;
    fp->v[11][1] = 0x1234;
    fp->fpsr = 0x1;
    fp->fpcr = 0x800000;
}

int main(void)
{
    struct sigaction sa;
    int xb = 0, vb = 0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = entry_stub;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    t_regs();
    printf("trap: calls %d TRAP_BRKPT %d si_addr %d pc %d\n", calls, code_ok,
           addr_ok, pc_ok);
    printf("frame: x mismatches %d nzcv 0x%llx el0t %d fpsimd %d fpsr 0x%llx "
           "fpcr 0x%llx v mismatches %d\n", x_bad,
           (unsigned long long)nzcv_seen, el0t, fpsimd_ok,
           (unsigned long long)fpsr_seen, (unsigned long long)fpcr_seen,
           v_bad);
    const uint32_t *tramp = (const uint32_t *)(uintptr_t)g_entry[4];
    uint64_t frame = (uint64_t)(uintptr_t)info_seen;
    printf("entry: x0 %d x1 %d x2 %d sp %d x29 %d record %d %d x30 tramp %d\n",
           g_entry[0] == SIGTRAP, g_entry[1] == frame,
           g_entry[2] == (uint64_t)(uintptr_t)uc_seen,
           g_entry[5] == frame && frame % 16 == 0, g_entry[3] == frame + 4688,
           rec_fp == XPAT(29), rec_lr == XPAT(30),
           tramp[0] == 0xd2801168u && tramp[1] == 0xd4000001u);
    for (int n = 0; n < 31; n++) {
        xb += n != 11 && g_out[n] != XPAT(n);
    }
    for (int n = 0; n < 32; n++) {
        vb += n != 11 && (g_out[34 + 2 * n] != VLO(n) ||
                          g_out[34 + 2 * n + 1] != VHI(n));
    }
    printf("after: x mismatches %d x11 0x%llx nzcv 0x%llx v mismatches %d "
           "v11 0x%016llx:0x%llx fpsr 0x%llx fpcr 0x%llx\n", xb,
           (unsigned long long)g_out[11], (unsigned long long)(g_out[31] >> 28),
           vb, (unsigned long long)g_out[34 + 22],
           (unsigned long long)g_out[34 + 23], (unsigned long long)g_out[32],
           (unsigned long long)g_out[33]);
    return 0;
}
