/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 Linux signal frame (arch/riscv/kernel/signal.c): struct
 * rt_sigframe { siginfo; ucontext } laid out as in the uapi headers
 * <asm/ucontext.h>, <asm/sigcontext.h>, <asm/ptrace.h>, written on signal
 * delivery and read back by rt_sigreturn; and the vDSO's return
 * trampoline, __vdso_rt_sigreturn: li a7, 139; ecall.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "target/abi.h"
#include "target/riscv64/cpu.h"
#include "target/riscv64/fpu.h"
#include "target/riscv64/signal.h"
#include "target/frame-bytes.h"

enum { RV_REG_RA = 1, RV_REG_SP = 2, RV_REG_A0 = 10 };

_Static_assert(RV_FRAME_SIZE == 1088, "rt_sigframe size");

void rv_sigcontext_save(const struct cpu *cpu, uint8_t *f)
{
    const struct rv_cpu *rv = (const struct rv_cpu *)cpu;
    /* user_regs_struct: pc in place of x0, then x1..x31 in order. */
    put64(f, RV_OFF_REGS, cpu->pc);
    for (int n = 1; n < 32; n++) {
        put64(f, RV_OFF_REGS + 8 * (size_t)n, rv->x[n]);
    }
    for (int n = 0; n < 32; n++) {
        put64(f, RV_OFF_FPREGS + 8 * (size_t)n, rv->f[n]);
    }
    /* fflags with the JIT's pending host flags (translator/fp-fast.h) */
    uint64_t fflags = fp_flags_peek(cpu, &rv_fp_guest);
    put32(f, RV_OFF_FCSR, (uint32_t)((rv->frm & 7) << 5 | (fflags & 0x1f)));
    /* The rest of union __riscv_fp_state: reserved, must read back 0. */
    memset(f + RV_OFF_FCSR + 4, 0, RV_FRAME_SIZE - (RV_OFF_FCSR + 4));
}

void rv_sigcontext_restore(struct cpu *cpu, const uint8_t *f)
{
    struct rv_cpu *rv = rv_cpu(cpu);
    cpu->pc = get64(f, RV_OFF_REGS);
    for (int n = 1; n < 32; n++) {
        rv->x[n] = get64(f, RV_OFF_REGS + 8 * (size_t)n);
    }
    for (int n = 0; n < 32; n++) {
        rv->f[n] = get64(f, RV_OFF_FPREGS + 8 * (size_t)n);
    }
    uint32_t fcsr = get32(f, RV_OFF_FCSR);
    rv->frm = (fcsr >> 5) & 7;
    rv->fflags = fcsr & 0x1f;
    fp_flags_discard(cpu, &rv_fp_guest); /* the handler's flags are gone */
    /* Any trap return drops the reservation (the kernel does an sc). */
    rv->res_addr = RV_NO_RESERVATION;
}

static int rv_setup_rt_frame(struct cpu *cpu,
                             const struct guest_sigframe_req *r)
{
    struct rv_cpu *rv = rv_cpu(cpu);
    uint64_t frame = (r->sp - RV_FRAME_SIZE) & ~(uint64_t)15;

    if (frame > r->sp || !r->mem_ok(frame, RV_FRAME_SIZE, PROT_WRITE)) {
        return -EFAULT;
    }
    uint8_t *f = cpu_g2h(cpu, frame);
    memcpy(f + RV_OFF_INFO, r->info, 128);
    put64(f, RV_OFF_UC_FLAGS, 0);
    put64(f, RV_OFF_UC_LINK, 0);
    put64(f, RV_OFF_UC_STACK, r->ss_sp);
    put32(f, RV_OFF_UC_STACK + 8, r->ss_flags);
    put32(f, RV_OFF_UC_STACK + 12, 0);
    put64(f, RV_OFF_UC_STACK + 16, r->ss_size);
    put64(f, RV_OFF_UC_SIGMASK, r->mask);
    memset(f + RV_OFF_UC_SIGMASK + 8, 0, RV_OFF_REGS - (RV_OFF_UC_SIGMASK + 8));
    rv_sigcontext_save(cpu, f);

    /* As setup_rt_frame(): other registers keep their values. */
    rv->x[RV_REG_RA] = r->ret_addr;
    rv->x[RV_REG_SP] = frame;
    rv->x[RV_REG_A0] = (uint64_t)r->sig;
    rv->x[RV_REG_A0 + 1] = frame + RV_OFF_INFO;
    rv->x[RV_REG_A0 + 2] = frame + RV_OFF_UC;
    rv->res_addr = RV_NO_RESERVATION;
    cpu->pc = r->handler;
    return 0;
}

static int rv_rt_sigreturn(struct cpu *cpu, struct guest_sigreturn *out,
                           bool (*mem_ok)(uint64_t, uint64_t, int))
{
    uint64_t frame = rv_cpu(cpu)->x[RV_REG_SP];

    if (frame + RV_FRAME_SIZE < frame ||
        !mem_ok(frame, RV_FRAME_SIZE, PROT_READ)) {
        return -EFAULT;
    }
    const uint8_t *f = cpu_g2h(cpu, frame);
    /* The kernel refuses extension state it does not know (nonzero). */
    for (size_t off = RV_OFF_FP_RESERVED; off < RV_FRAME_SIZE; off += 4) {
        if (get32(f, off) != 0) {
            return -EFAULT;
        }
    }
    out->mask = get64(f, RV_OFF_UC_SIGMASK);
    out->ss_sp = get64(f, RV_OFF_UC_STACK);
    out->ss_flags = get32(f, RV_OFF_UC_STACK + 8);
    out->ss_size = get64(f, RV_OFF_UC_STACK + 16);
    rv_sigcontext_restore(cpu, f);
    return 0;
}

static uint64_t rv_get_sp(const struct cpu *cpu)
{
    return ((const struct rv_cpu *)cpu)->x[RV_REG_SP];
}

/* li a7, 139 (addi a7, zero, 139); ecall: what libgcc's unwinder and
 * gdb recognise as the riscv64 Linux sigreturn trampoline. */
static const uint8_t rv_trampoline[8] = {
    0x93, 0x08, 0xb0, 0x08,   /* 0x08b00893 */
    0x73, 0x00, 0x00, 0x00,   /* 0x00000073 */
};

const struct guest_sigframe rv64_sigframe = {
    .setup_rt_frame = rv_setup_rt_frame,
    .rt_sigreturn = rv_rt_sigreturn,
    .min_sigstksz = 2048,   /* asm-generic MINSIGSTKSZ */
    .get_sp = rv_get_sp,
    .trampoline = rv_trampoline,
    .trampoline_len = sizeof(rv_trampoline),
    .frame_size = RV_FRAME_SIZE,
};
