/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 rt_sigframe (target/riscv64/signal.c) against offsets
 * computed by hand from the uapi headers, and a save/restore round trip
 * of every register through a frame.  Derivation (LP64, all members
 * naturally aligned):
 *   struct rt_sigframe { siginfo_t info; struct ucontext uc; }
 *   siginfo_t                          128 bytes       -> uc at 128
 *   struct ucontext:
 *     unsigned long uc_flags            +0   (8)       -> 128
 *     struct ucontext *uc_link          +8   (8)       -> 136
 *     stack_t uc_stack {void *ss_sp +0; int ss_flags +8; size_t ss_size +16}
 *                                       +16  (24)      -> 144 (sp), 152
 *                                                         (flags), 160 (size)
 *     sigset_t uc_sigmask               +40  (8)       -> 168
 *     __u8 __unused[1024/8 - 8]         +48  (120)     -> ends at +168
 *     struct sigcontext uc_mcontext: 16-aligned, because union
 *       __riscv_fp_state contains __riscv_q_ext_state whose f[] is
 *       aligned(16): 168 rounded up to 176 -> 128 + 176 = 304
 *       user_regs_struct sc_regs: pc, ra, sp, gp, tp, t0..t2, s0, s1,
 *         a0..a7, s2..s11, t3..t6 = 32 unsigned longs -> 304 .. 560
 *         (xN at 304 + 8 * N for N >= 1, pc at 304)
 *       union __riscv_fp_state sc_fpregs at 304 + 256 = 560:
 *         d.f[32] (u64) at 560 .. 816, d.fcsr (u32) at 816
 *         q.f[64] (u64) 512 bytes, q.fcsr at 560 + 512 = 1072,
 *         q.reserved[3] at 1076 .. 1088; the union is 528 bytes
 *   sizeof(struct rt_sigframe) = 560 + 528 = 1088 (a multiple of 16).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "target/abi.h"
#include "target/riscv64/cpu.h"
#include "target/riscv64/signal.h"

#define OFF_UC 128
#define OFF_UC_FLAGS 128
#define OFF_UC_LINK 136
#define OFF_SS_SP 144
#define OFF_SS_FLAGS 152
#define OFF_SS_SIZE 160
#define OFF_SIGMASK 168
#define OFF_PC 304
#define OFF_X(n) (304 + 8 * (n))
#define OFF_F(n) (560 + 8 * (n))
#define OFF_FCSR 816
#define OFF_Q_RESERVED 1076
#define FRAME_SIZE 1088

static uint64_t rd(const uint8_t *f, size_t off, size_t size)
{
    uint64_t v = 0;
    memcpy(&v, f + off, size);
    return v;
}

static bool all_ok(uint64_t addr, uint64_t len, int prot)
{
    (void)addr;
    (void)len;
    (void)prot;
    return true;
}

static bool none_ok(uint64_t addr, uint64_t len, int prot)
{
    (void)addr;
    (void)len;
    (void)prot;
    return false;
}

/* A cpu with every register distinct: x[n] = n * 0x1111, f[n] = ~n. */
static struct rv_cpu *patterned_cpu(void)
{
    struct rv_cpu *rv = calloc(1, sizeof(*rv));
    cr_assert_not_null(rv);
    rv->common.arch = &rv64_arch;
    rv->common.guest_base = 0;
    rv->common.pc = 0x10abc;
    for (int n = 1; n < 32; n++) {
        rv->x[n] = (uint64_t)n * 0x1111;
    }
    for (int n = 0; n < 32; n++) {
        rv->f[n] = ~(uint64_t)n;
    }
    rv->frm = 3;
    rv->fflags = 0x15;
    rv->res_addr = 0x5000;
    return rv;
}

Test(sigframe, header_offsets_match_hand_derivation)
{
    cr_expect_eq(RV_OFF_INFO, 0);
    cr_expect_eq(RV_OFF_UC, OFF_UC);
    cr_expect_eq(RV_OFF_UC_FLAGS, OFF_UC_FLAGS);
    cr_expect_eq(RV_OFF_UC_LINK, OFF_UC_LINK);
    cr_expect_eq(RV_OFF_UC_STACK, OFF_SS_SP);
    cr_expect_eq(RV_OFF_UC_SIGMASK, OFF_SIGMASK);
    cr_expect_eq(RV_OFF_REGS, OFF_PC);
    cr_expect_eq(RV_OFF_FPREGS, OFF_F(0));
    cr_expect_eq(RV_OFF_FCSR, OFF_FCSR);
    cr_expect_eq(RV_OFF_FP_RESERVED, OFF_Q_RESERVED);
    cr_expect_eq(RV_FRAME_SIZE, FRAME_SIZE);
    cr_expect_eq(rv64_sigframe.frame_size, FRAME_SIZE);
}

Test(sigframe, setup_writes_kernel_layout)
{
    struct rv_cpu *rv = patterned_cpu();
    uint8_t *stack = aligned_alloc(16, 8192);
    cr_assert_not_null(stack);
    memset(stack, 0xee, 8192);
    uint8_t info[128];
    for (int k = 0; k < 128; k++) {
        info[k] = (uint8_t)(k + 1);
    }
    /* sp 8 bytes below the top: the frame is 16-aligned below it. */
    uint64_t sp = (uint64_t)(uintptr_t)stack + 8192 - 8;
    uint64_t want = (sp - FRAME_SIZE) & ~(uint64_t)15;
    struct guest_sigframe_req r = {
        .sig = 10, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = sp, .mask = 0x8000000000000201ull,
        .ss_sp = 0x7000, .ss_size = 0x2000, .ss_flags = 0,
        .mem_ok = all_ok,
    };
    cr_assert_eq(rv64_sigframe.setup_rt_frame(&rv->common, &r), 0);
    const uint8_t *f = (const uint8_t *)(uintptr_t)want;

    cr_expect_eq(memcmp(f, info, 128), 0);
    cr_expect_eq(rd(f, OFF_UC_FLAGS, 8), 0);
    cr_expect_eq(rd(f, OFF_UC_LINK, 8), 0);
    cr_expect_eq(rd(f, OFF_SS_SP, 8), 0x7000);
    cr_expect_eq(rd(f, OFF_SS_FLAGS, 4), 0);
    cr_expect_eq(rd(f, OFF_SS_SIZE, 8), 0x2000);
    cr_expect_eq(rd(f, OFF_SIGMASK, 8), 0x8000000000000201ull);
    cr_expect_eq(rd(f, OFF_PC, 8), 0x10abc);
    for (int n = 1; n < 32; n++) {
        cr_expect_eq(rd(f, OFF_X(n), 8), (uint64_t)n * 0x1111, "x%d", n);
    }
    for (int n = 0; n < 32; n++) {
        cr_expect_eq(rd(f, OFF_F(n), 8), ~(uint64_t)n, "f%d", n);
    }
    /* fcsr = frm << 5 | fflags = 3 << 5 | 0x15 = 0x75 */
    cr_expect_eq(rd(f, OFF_FCSR, 4), 0x75);
    for (size_t off = OFF_Q_RESERVED; off < FRAME_SIZE; off += 4) {
        cr_expect_eq(rd(f, off, 4), 0, "reserved at %zu", off);
    }
    /* Registers as the kernel's setup_rt_frame leaves them. */
    cr_expect_eq(rv->common.pc, 0x4000);
    cr_expect_eq(rv->x[1], 0x9000);                  /* ra */
    cr_expect_eq(rv->x[2], want);                    /* sp */
    cr_expect_eq(rv->x[10], 10);                     /* a0 = sig */
    cr_expect_eq(rv->x[11], want);                   /* a1 = &info */
    cr_expect_eq(rv->x[12], want + OFF_UC);          /* a2 = &uc */
    cr_expect_eq(rv->x[13], 13 * 0x1111);            /* others kept */
    cr_expect_eq(rv->res_addr, RV_NO_RESERVATION);
    free(stack);
    free(rv);
}

Test(sigframe, round_trip_restores_everything)
{
    struct rv_cpu *rv = patterned_cpu();
    struct rv_cpu before = *rv;
    uint8_t *stack = aligned_alloc(16, 8192);
    cr_assert_not_null(stack);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 11, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = (uint64_t)(uintptr_t)stack + 8192, .mask = 0x3,
        .ss_sp = 0x7000, .ss_size = 0x2000, .ss_flags = 1u << 31,
        .mem_ok = all_ok,
    };
    cr_assert_eq(rv64_sigframe.setup_rt_frame(&rv->common, &r), 0);
    /* The handler clobbers everything but sp. */
    for (int n = 1; n < 32; n++) {
        if (n != 2) {
            rv->x[n] = 0xdead0000 + (uint64_t)n;
        }
    }
    for (int n = 0; n < 32; n++) {
        rv->f[n] = 0;
    }
    rv->frm = 0;
    rv->fflags = 0;
    rv->res_addr = 0x1234;
    struct guest_sigreturn out;
    cr_assert_eq(rv64_sigframe.rt_sigreturn(&rv->common, &out, all_ok), 0);
    cr_expect_eq(out.mask, 0x3);
    cr_expect_eq(out.ss_sp, 0x7000);
    cr_expect_eq(out.ss_size, 0x2000);
    cr_expect_eq(out.ss_flags, 1u << 31);
    cr_expect_eq(rv->common.pc, before.common.pc);
    for (int n = 1; n < 32; n++) {
        cr_expect_eq(rv->x[n], before.x[n], "x%d", n);
    }
    for (int n = 0; n < 32; n++) {
        cr_expect_eq(rv->f[n], before.f[n], "f%d", n);
    }
    cr_expect_eq(rv->frm, 3);
    cr_expect_eq(rv->fflags, 0x15);
    cr_expect_eq(rv->res_addr, RV_NO_RESERVATION);
    free(stack);
    free(rv);
}

Test(sigframe, handler_edits_and_bad_frames)
{
    struct rv_cpu *rv = patterned_cpu();
    uint8_t *stack = aligned_alloc(16, 8192);
    cr_assert_not_null(stack);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 5, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = (uint64_t)(uintptr_t)stack + 8192, .mem_ok = all_ok,
    };
    struct guest_sigreturn out;
    cr_assert_eq(rv64_sigframe.setup_rt_frame(&rv->common, &r), 0);
    uint8_t *f = (uint8_t *)(uintptr_t)rv->x[2];
    uint64_t pc = 0x10abc + 4, a1 = 0xabc;
    uint32_t fcsr = 0x81;
    memcpy(f + OFF_PC, &pc, 8);
    memcpy(f + OFF_X(11), &a1, 8);
    memcpy(f + OFF_FCSR, &fcsr, 4);
    cr_assert_eq(rv64_sigframe.rt_sigreturn(&rv->common, &out, all_ok), 0);
    cr_expect_eq(rv->common.pc, 0x10ac0);
    cr_expect_eq(rv->x[11], 0xabc);
    cr_expect_eq(rv->frm, 4);
    cr_expect_eq(rv->fflags, 1);

    /* Nonzero reserved extension words: refused, registers untouched. */
    cr_assert_eq(rv64_sigframe.setup_rt_frame(&rv->common, &r), 0);
    f = (uint8_t *)(uintptr_t)rv->x[2];
    f[OFF_Q_RESERVED] = 1;
    uint64_t pc_before = rv->common.pc;
    cr_expect_eq(rv64_sigframe.rt_sigreturn(&rv->common, &out, all_ok),
                 -EFAULT);
    cr_expect_eq(rv->common.pc, pc_before);
    /* Unwritable stack: nothing changes. */
    r.mem_ok = none_ok;
    cr_expect_eq(rv64_sigframe.setup_rt_frame(&rv->common, &r), -EFAULT);
    cr_expect_eq(rv->common.pc, pc_before);
    cr_expect_eq(rv64_sigframe.rt_sigreturn(&rv->common, &out, none_ok),
                 -EFAULT);
    free(stack);
    free(rv);
}

Test(sigframe, trampoline_is_li_a7_139_ecall)
{
    /* addi a7, x0, 139: imm 139 << 20 | rs1 0 | funct3 0 | rd 17 << 7 |
     * opcode 0x13 = 0x08b00893; ecall = 0x00000073. */
    uint32_t w[2];
    cr_assert_eq(rv64_sigframe.trampoline_len, 8);
    memcpy(w, rv64_sigframe.trampoline, 8);
    cr_expect_eq(w[0], (139u << 20) | (17u << 7) | 0x13u);
    cr_expect_eq(w[0], 0x08b00893u);
    cr_expect_eq(w[1], 0x00000073u);
}
