/* SPDX-License-Identifier: MIT */
/*
 * Byte offsets in the riscv64 struct rt_sigframe (target/riscv64/signal.c),
 * from the uapi headers: siginfo (128 bytes), then struct ucontext
 * { uc_flags, uc_link, stack_t uc_stack (24), sigset_t uc_sigmask (8),
 * __unused[120], struct sigcontext uc_mcontext (16-aligned: union
 * __riscv_fp_state holds a 16-aligned member) }, sigcontext = 32 u64
 * user_regs_struct (pc, x1..x31) + union __riscv_fp_state (528 bytes:
 * the q layout f[64] u64, fcsr, reserved[3]; the d layout f[32] u64,
 * fcsr is what Linux saves).
 */
#ifndef XRUN_TARGET_RISCV64_SIGNAL_H
#define XRUN_TARGET_RISCV64_SIGNAL_H

#include <stdint.h>

#include "translator/cpu.h"

#define RV_OFF_INFO 0
#define RV_OFF_UC 128
#define RV_OFF_UC_FLAGS (RV_OFF_UC + 0)
#define RV_OFF_UC_LINK (RV_OFF_UC + 8)
#define RV_OFF_UC_STACK (RV_OFF_UC + 16)     /* ss_sp, ss_flags, ss_size */
#define RV_OFF_UC_SIGMASK (RV_OFF_UC + 40)
#define RV_OFF_REGS (RV_OFF_UC + 176)        /* uc_mcontext.sc_regs */
#define RV_OFF_FPREGS (RV_OFF_REGS + 256)    /* sc_fpregs.d.f[0] */
#define RV_OFF_FCSR (RV_OFF_FPREGS + 256)    /* sc_fpregs.d.fcsr */
#define RV_OFF_FP_RESERVED (RV_OFF_FPREGS + 516) /* sc_fpregs.q.reserved */
#define RV_FRAME_SIZE (RV_OFF_FPREGS + 528)

/*
 * Registers <-> the frame at f (host pointer to the whole rt_sigframe):
 * pc, x1..x31, f0..f31 and fcsr; restore also drops the LR reservation.
 */
void rv_sigcontext_save(const struct cpu *cpu, uint8_t *f);
void rv_sigcontext_restore(struct cpu *cpu, const uint8_t *f);

#endif
