/* SPDX-License-Identifier: MIT */
/*
 * Byte offsets in the arm64 struct rt_sigframe (target/aarch64/signal.c),
 * from the uapi headers <asm/ucontext.h> and <asm/sigcontext.h>: siginfo
 * (128 bytes), then struct ucontext { uc_flags, uc_link, stack_t uc_stack
 * (24), sigset_t uc_sigmask (8), __unused[120], struct sigcontext
 * uc_mcontext (16-aligned: __reserved is aligned(16)) }; sigcontext =
 * fault_address, regs[31], sp, pc, pstate, then __reserved[4096] at the
 * next 16-byte boundary, which holds _aarch64_ctx records: fpsimd_context
 * (always), esr_context (faults), a null terminator.  Above the frame
 * (at frame + A64_FRAME_SIZE) the kernel puts a struct frame_record
 * { fp, lr } for unwinders; x29 points at it.
 */
#ifndef XRUN_TARGET_AARCH64_SIGNAL_H
#define XRUN_TARGET_AARCH64_SIGNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/cpu.h"

#define A64_OFF_INFO 0
#define A64_OFF_UC 128
#define A64_OFF_UC_FLAGS (A64_OFF_UC + 0)
#define A64_OFF_UC_LINK (A64_OFF_UC + 8)
#define A64_OFF_UC_STACK (A64_OFF_UC + 16)   /* ss_sp, ss_flags, ss_size */
#define A64_OFF_UC_SIGMASK (A64_OFF_UC + 40)
#define A64_OFF_MCONTEXT (A64_OFF_UC + 176)  /* uc_mcontext */
#define A64_OFF_FAULT_ADDR (A64_OFF_MCONTEXT + 0)
#define A64_OFF_REGS (A64_OFF_MCONTEXT + 8)  /* regs[0..30] */
#define A64_OFF_SP (A64_OFF_MCONTEXT + 256)
#define A64_OFF_PC (A64_OFF_MCONTEXT + 264)
#define A64_OFF_PSTATE (A64_OFF_MCONTEXT + 272)
#define A64_OFF_RESERVED (A64_OFF_MCONTEXT + 288) /* __reserved[4096] */
#define A64_RESERVED_SIZE 4096
#define A64_FRAME_SIZE (A64_OFF_RESERVED + A64_RESERVED_SIZE)

/* Records in __reserved (each 16-aligned, head = { u32 magic, u32 size }). */
#define A64_FPSIMD_MAGIC 0x46508001u
#define A64_FPSIMD_SIZE 528          /* head, fpsr, fpcr, __uint128 v[32] */
#define A64_ESR_MAGIC 0x45535201u
#define A64_ESR_SIZE 16              /* head, u64 esr */
#define A64_EXTRA_MAGIC 0x45585401u  /* not generated, refused on return */
#define A64_OFF_FPSIMD A64_OFF_RESERVED
#define A64_OFF_FPSR (A64_OFF_FPSIMD + 8)
#define A64_OFF_FPCR (A64_OFF_FPSIMD + 12)
#define A64_OFF_VREGS (A64_OFF_FPSIMD + 16)
#define A64_OFF_ESR (A64_OFF_FPSIMD + A64_FPSIMD_SIZE) /* when present */

/* struct frame_record { u64 fp, lr; } right above the frame. */
#define A64_FRAME_RECORD_SIZE 16

/*
 * ESR_EL1 as the kernel reports it in esr_context for a synchronous
 * fault with guest siginfo info (128 bytes) taken at cpu->pc, and the
 * sigcontext fault_address; false if no esr_context is written (not a
 * fault, or a fault Linux records no ESR for).  mem_ok as in
 * struct guest_sigframe_req.
 */
bool a64_fault_esr(const struct cpu *cpu, const void *info,
                   bool (*mem_ok)(uint64_t addr, uint64_t len, int prot),
                   uint64_t *esr, uint64_t *fault_addr);

#endif
