/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 rt_sigframe (target/aarch64/signal.c) against offsets
 * computed by hand from the uapi headers <asm/ucontext.h> and
 * <asm/sigcontext.h>, and a delivery/sigreturn round trip of every
 * register.  Derivation (LP64, members naturally aligned):
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
 *     struct sigcontext uc_mcontext: 16-aligned (its __reserved is
 *       __aligned__(16)): 168 rounded up to 176 -> 128 + 176 = 304
 *       __u64 fault_address             +0             -> 304
 *       __u64 regs[31]                  +8   (248)     -> 312 + 8 * n
 *       __u64 sp                        +256           -> 560
 *       __u64 pc                        +264           -> 568
 *       __u64 pstate                    +272           -> 576
 *       __u8 __reserved[4096]: +280 rounded up to 16 = +288 -> 592
 *       sizeof(struct sigcontext) = 288 + 4096 = 4384
 *   sizeof(struct ucontext) = 176 + 4384 = 4560
 *   sizeof(struct rt_sigframe) = 128 + 4560 = 4688 (a multiple of 16)
 * Records in __reserved, in the kernel's order:
 *   struct fpsimd_context { _aarch64_ctx head {u32 magic, u32 size};
 *     u32 fpsr; u32 fpcr; __uint128_t vregs[32] }: at 592, magic
 *     0x46508001 at 592, size at 596 = 8 + 4 + 4 + 32 * 16 = 528, fpsr 600,
 *     fpcr 604, vregs at 608 (16-aligned) .. 1120
 *   struct esr_context { head; u64 esr } (faults only): at 1120, size 16,
 *     esr at 1128
 *   the null terminator {0, 0}: at 1136 (after an esr_context) or 1120
 * get_sigframe(): struct frame_record { u64 fp, lr } at
 *   round_down(sp - 16, 16), the frame 4688 bytes below it, so the record
 *   is at frame + 4688.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "target/abi.h"
#include "target/aarch64/cpu.h"
#include "target/aarch64/signal.h"
#include "target/aarch64/trans.h"

#define OFF_UC 128
#define OFF_UC_FLAGS 128
#define OFF_UC_LINK 136
#define OFF_SS_SP 144
#define OFF_SS_FLAGS 152
#define OFF_SS_SIZE 160
#define OFF_SIGMASK 168
#define OFF_FAULT_ADDR 304
#define OFF_X(n) (312 + 8 * (n))
#define OFF_SP 560
#define OFF_PC 568
#define OFF_PSTATE 576
#define OFF_RESERVED 592
#define OFF_FPSIMD_MAGIC 592
#define OFF_FPSIMD_SIZE 596
#define OFF_FPSR 600
#define OFF_FPCR 604
#define OFF_V(n) (608 + 16 * (n))
#define OFF_ESR_MAGIC 1120
#define OFF_ESR_SIZE 1124
#define OFF_ESR 1128
#define FRAME_SIZE 4688
#define OFF_RECORD 4688     /* frame record, relative to the frame */

#define STACK_SIZE 16384

/* Guest (asm-generic) signal numbers. */
#define G_SIGILL 4
#define G_SIGTRAP 5
#define G_SIGBUS 7
#define G_SIGSEGV 11

static uint64_t rd(const uint8_t *f, size_t off, size_t size)
{
    uint64_t v = 0;
    memcpy(&v, f + off, size);
    return v;
}

static void wr(uint8_t *f, size_t off, size_t size, uint64_t v)
{
    memcpy(f + off, &v, size);
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

/* Readable and executable, but nothing writable: a read-only page. */
static bool ro_ok(uint64_t addr, uint64_t len, int prot)
{
    (void)addr;
    (void)len;
    return (prot & PROT_WRITE) == 0;
}

/* Nothing is accessible but code (a PROT_NONE or unmapped target). */
static bool code_only_ok(uint64_t addr, uint64_t len, int prot)
{
    (void)addr;
    (void)len;
    return prot == PROT_EXEC;
}

#define XPAT(n) ((uint64_t)(n) * 0x0101010101010101ull + 0x1000)
#define VLO(n) (0x1111000000000000ull + (uint64_t)(n))
#define VHI(n) (0x2222000000000000ull + ((uint64_t)(n) << 8))

/* A cpu with every register distinct; NZCV = N, C (0xa0000000). */
static struct a64_cpu *patterned_cpu(void)
{
    struct a64_cpu *s = calloc(1, sizeof(*s));
    cr_assert_not_null(s);
    s->common.arch = &a64_arch;
    s->common.guest_base = 0;
    s->common.pc = 0x400abc;
    for (int n = 0; n < 31; n++) {
        s->x[n] = XPAT(n);
    }
    s->x[31] = 0;   /* set by the test: the stack */
    for (int n = 0; n < 32; n++) {
        s->v[n][0] = VLO(n);
        s->v[n][1] = VHI(n);
    }
    s->fpcr = 0x00c00000;   /* RMode = RZ (23:22) */
    s->fpsr = 0x08000011;   /* QC, IXC, IOC */
    s->tpidr_el0 = 0x7777;
    s->excl_addr = 0x5000;
    a64_set_nzcv_state(s, A64_NZCV_N | A64_NZCV_C);
    return s;
}

static uint8_t *new_stack(void)
{
    uint8_t *st = aligned_alloc(16, STACK_SIZE);
    cr_assert_not_null(st);
    memset(st, 0xee, STACK_SIZE);
    return st;
}

static uint64_t stack_top(const uint8_t *st)
{
    return (uint64_t)(uintptr_t)st + STACK_SIZE;
}

Test(sigframe_a64, header_offsets_match_hand_derivation)
{
    cr_expect_eq(A64_OFF_INFO, 0);
    cr_expect_eq(A64_OFF_UC, OFF_UC);
    cr_expect_eq(A64_OFF_UC_FLAGS, OFF_UC_FLAGS);
    cr_expect_eq(A64_OFF_UC_LINK, OFF_UC_LINK);
    cr_expect_eq(A64_OFF_UC_STACK, OFF_SS_SP);
    cr_expect_eq(A64_OFF_UC_SIGMASK, OFF_SIGMASK);
    cr_expect_eq(A64_OFF_FAULT_ADDR, OFF_FAULT_ADDR);
    cr_expect_eq(A64_OFF_REGS, OFF_X(0));
    cr_expect_eq(A64_OFF_SP, OFF_SP);
    cr_expect_eq(A64_OFF_PC, OFF_PC);
    cr_expect_eq(A64_OFF_PSTATE, OFF_PSTATE);
    cr_expect_eq(A64_OFF_RESERVED, OFF_RESERVED);
    cr_expect_eq(A64_OFF_FPSIMD, OFF_FPSIMD_MAGIC);
    cr_expect_eq(A64_OFF_FPSR, OFF_FPSR);
    cr_expect_eq(A64_OFF_FPCR, OFF_FPCR);
    cr_expect_eq(A64_OFF_VREGS, OFF_V(0));
    cr_expect_eq(A64_OFF_ESR, OFF_ESR_MAGIC);
    cr_expect_eq(A64_FPSIMD_SIZE, 528);
    cr_expect_eq(A64_ESR_SIZE, 16);
    cr_expect_eq(A64_FPSIMD_MAGIC, 0x46508001u);
    cr_expect_eq(A64_ESR_MAGIC, 0x45535201u);
    cr_expect_eq(A64_FRAME_SIZE, FRAME_SIZE);
    cr_expect_eq(a64_sigframe.frame_size, FRAME_SIZE);
}

Test(sigframe_a64, setup_writes_kernel_layout)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    uint8_t info[128];
    for (int k = 0; k < 128; k++) {
        info[k] = (uint8_t)(k + 1);
    }
    /* SIGUSR1 (10) from kill(): si_signo 10, si_code SI_USER (0). */
    int32_t head[3] = {10, 0, 0};
    memcpy(info, head, sizeof(head));
    /* sp 8 bytes below the top: the record goes at round_down(sp - 16,
     * 16) = top - 32, the frame 4688 below it. */
    uint64_t sp = stack_top(st) - 8;
    uint64_t record = stack_top(st) - 32;
    uint64_t want = record - FRAME_SIZE;
    s->x[31] = sp;
    struct guest_sigframe_req r = {
        .sig = 10, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = sp, .mask = 0x8000000000000201ull,
        .ss_sp = 0x7000, .ss_size = 0x2000, .ss_flags = 0,
        .mem_ok = all_ok,
    };
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    const uint8_t *f = (const uint8_t *)(uintptr_t)want;

    cr_expect_eq(memcmp(f, info, 128), 0);
    cr_expect_eq(rd(f, OFF_UC_FLAGS, 8), 0);
    cr_expect_eq(rd(f, OFF_UC_LINK, 8), 0);
    cr_expect_eq(rd(f, OFF_SS_SP, 8), 0x7000);
    cr_expect_eq(rd(f, OFF_SS_FLAGS, 4), 0);
    cr_expect_eq(rd(f, OFF_SS_SIZE, 8), 0x2000);
    cr_expect_eq(rd(f, OFF_SIGMASK, 8), 0x8000000000000201ull);
    cr_expect_eq(rd(f, OFF_FAULT_ADDR, 8), 0);
    for (int n = 0; n < 31; n++) {
        cr_expect_eq(rd(f, OFF_X(n), 8), XPAT(n), "x%d", n);
    }
    cr_expect_eq(rd(f, OFF_SP, 8), sp);
    cr_expect_eq(rd(f, OFF_PC, 8), 0x400abc);
    /* N (bit 31) and C (bit 29); EL0t, DAIF clear: 0xa0000000. */
    cr_expect_eq(rd(f, OFF_PSTATE, 8), 0xa0000000ull);
    cr_expect_eq(rd(f, OFF_FPSIMD_MAGIC, 4), 0x46508001u);
    cr_expect_eq(rd(f, OFF_FPSIMD_SIZE, 4), 528);
    cr_expect_eq(rd(f, OFF_FPSR, 4), 0x08000011u);
    cr_expect_eq(rd(f, OFF_FPCR, 4), 0x00c00000u);
    for (int n = 0; n < 32; n++) {
        cr_expect_eq(rd(f, OFF_V(n), 8), VLO(n), "v%d low", n);
        cr_expect_eq(rd(f, OFF_V(n) + 8, 8), VHI(n), "v%d high", n);
    }
    /* No fault: no esr_context, the terminator follows fpsimd. */
    cr_expect_eq(rd(f, OFF_ESR_MAGIC, 4), 0);
    cr_expect_eq(rd(f, OFF_ESR_SIZE, 4), 0);
    /* The frame record: the interrupted x29, x30. */
    cr_expect_eq(rd(f, OFF_RECORD, 8), XPAT(29));
    cr_expect_eq(rd(f, OFF_RECORD + 8, 8), XPAT(30));
    /* Registers as the kernel's setup_return() leaves them. */
    cr_expect_eq(s->common.pc, 0x4000);
    cr_expect_eq(s->x[0], 10);                        /* sig */
    cr_expect_eq(s->x[1], want);                      /* &info */
    cr_expect_eq(s->x[2], want + OFF_UC);             /* &uc */
    cr_expect_eq(s->x[29], record);                   /* &frame_record */
    cr_expect_eq(s->x[30], 0x9000);                   /* return address */
    cr_expect_eq(s->x[31], want);                     /* sp = frame */
    cr_expect_eq(s->x[3], XPAT(3));                   /* others kept */
    cr_expect_eq(s->x[28], XPAT(28));
    cr_expect_eq(a64_nzcv_from_lazy(s), 0xa0000000ull);
    cr_expect_eq(s->v[7][1], VHI(7));
    cr_expect_eq(s->fpcr, 0x00c00000u);
    cr_expect_eq(s->excl_addr, A64_NO_EXCL);
    free(st);
    free(s);
}

Test(sigframe_a64, round_trip_restores_everything)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    s->x[31] = stack_top(st) - 64;
    struct a64_cpu before = *s;
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 11, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mask = 0x3,
        .ss_sp = 0x7000, .ss_size = 0x2000, .ss_flags = 1u << 31,
        .mem_ok = all_ok,
    };
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    /* The handler clobbers everything but sp. */
    for (int n = 0; n < 31; n++) {
        s->x[n] = 0xdead0000 + (uint64_t)n;
    }
    for (int n = 0; n < 32; n++) {
        s->v[n][0] = 0;
        s->v[n][1] = 0;
    }
    s->fpcr = 0;
    s->fpsr = 0;
    a64_set_nzcv_state(s, A64_NZCV_Z | A64_NZCV_V);
    s->excl_addr = 0x1234;
    struct guest_sigreturn out;
    cr_assert_eq(a64_sigframe.rt_sigreturn(&s->common, &out, all_ok), 0);
    cr_expect_eq(out.mask, 0x3);
    cr_expect_eq(out.ss_sp, 0x7000);
    cr_expect_eq(out.ss_size, 0x2000);
    cr_expect_eq(out.ss_flags, 1u << 31);
    cr_expect_eq(s->common.pc, before.common.pc);
    for (int n = 0; n < 32; n++) {
        cr_expect_eq(s->x[n], before.x[n], "x%d", n);
    }
    for (int n = 0; n < 32; n++) {
        cr_expect_eq(s->v[n][0], before.v[n][0], "v%d low", n);
        cr_expect_eq(s->v[n][1], before.v[n][1], "v%d high", n);
    }
    cr_expect_eq(a64_nzcv_from_lazy(s), A64_NZCV_N | A64_NZCV_C);
    cr_expect_eq(s->fpcr, 0x00c00000u);
    cr_expect_eq(s->fpsr, 0x08000011u);
    cr_expect_eq(s->tpidr_el0, 0x7777);
    cr_expect_eq(s->excl_addr, A64_NO_EXCL);
    free(st);
    free(s);
}

Test(sigframe_a64, handler_edits_are_applied)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    s->x[31] = stack_top(st);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 5, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mem_ok = all_ok,
    };
    struct guest_sigreturn out;
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    uint8_t *f = (uint8_t *)(uintptr_t)s->x[31];
    wr(f, OFF_PC, 8, 0x400abc + 4);               /* skip the insn */
    wr(f, OFF_X(7), 8, 0xabc);
    wr(f, OFF_SP, 8, 0x123450);
    wr(f, OFF_PSTATE, 8, 0x60000000);             /* Z, C */
    wr(f, OFF_V(3), 8, 0x3ff0000000000000ull);    /* d3 = 1.0 */
    wr(f, OFF_V(3) + 8, 8, 0xfeed);
    wr(f, OFF_FPCR, 4, 0xffffffffu);              /* RES0 bits dropped */
    wr(f, OFF_FPSR, 4, 0x1u);
    cr_assert_eq(a64_sigframe.rt_sigreturn(&s->common, &out, all_ok), 0);
    cr_expect_eq(s->common.pc, 0x400ac0);
    cr_expect_eq(s->x[7], 0xabc);
    cr_expect_eq(s->x[31], 0x123450);
    cr_expect_eq(a64_nzcv_from_lazy(s), 0x60000000u);
    cr_expect_eq(s->v[3][0], 0x3ff0000000000000ull);
    cr_expect_eq(s->v[3][1], 0xfeed);
    /* FPCR AHP DN FZ RMode FZ16 = bits 26..22 and 19: 0x07c80000. */
    cr_expect_eq(s->fpcr, 0x07c80000u);
    cr_expect_eq(s->fpsr, 1);
    free(st);
    free(s);
}

/* Deliver, damage the frame with edit, expect -EFAULT and no change. */
static void expect_refused(void (*edit)(uint8_t *f), const char *what)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    s->x[31] = stack_top(st);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 5, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mem_ok = all_ok,
    };
    struct guest_sigreturn out;
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    edit((uint8_t *)(uintptr_t)s->x[31]);
    struct a64_cpu mid;
    memcpy(&mid, s, sizeof(mid));
    cr_expect_eq(a64_sigframe.rt_sigreturn(&s->common, &out, all_ok),
                 -EFAULT, "%s", what);
    cr_expect_eq(memcmp(&mid, s, sizeof(mid)), 0, "%s: state changed", what);
    free(st);
    free(s);
}

static void bad_fpsimd_magic(uint8_t *f) { wr(f, OFF_FPSIMD_MAGIC, 4, 0x46508002); }
static void bad_fpsimd_size(uint8_t *f) { wr(f, OFF_FPSIMD_SIZE, 4, 512); }
static void bad_term_size(uint8_t *f) { wr(f, OFF_ESR_SIZE, 4, 16); }
static void unknown_record(uint8_t *f)
{
    wr(f, OFF_ESR_MAGIC, 4, 0x53564501);   /* SVE_MAGIC: no SVE here */
    wr(f, OFF_ESR_SIZE, 4, 16);
}
static void no_fpsimd(uint8_t *f)
{
    wr(f, OFF_FPSIMD_MAGIC, 4, 0);
    wr(f, OFF_FPSIMD_SIZE, 4, 0);
}
static void two_fpsimd(uint8_t *f)
{
    memcpy(f + OFF_ESR_MAGIC, f + OFF_FPSIMD_MAGIC, 528);
}
static void oversized_record(uint8_t *f)
{
    /* 528 + 4096 runs past the end of __reserved. */
    wr(f, OFF_ESR_MAGIC, 4, 0x45535201);
    wr(f, OFF_ESR_SIZE, 4, 4096);
}
static void misaligned_record(uint8_t *f)
{
    /* An esr_context of size 24 would put the next record off 16. */
    wr(f, OFF_ESR_MAGIC, 4, 0x45535201);
    wr(f, OFF_ESR_SIZE, 4, 24);
}
static void el1_pstate(uint8_t *f) { wr(f, OFF_PSTATE, 8, 0x5); }
static void daif_pstate(uint8_t *f) { wr(f, OFF_PSTATE, 8, 0x3c0); }
static void aarch32_pstate(uint8_t *f) { wr(f, OFF_PSTATE, 8, 0x10); }

Test(sigframe_a64, bad_frames_are_refused)
{
    expect_refused(bad_fpsimd_magic, "fpsimd magic");
    expect_refused(bad_fpsimd_size, "fpsimd size");
    expect_refused(bad_term_size, "terminator with a size");
    expect_refused(unknown_record, "unknown magic");
    expect_refused(no_fpsimd, "no fpsimd_context");
    expect_refused(two_fpsimd, "two fpsimd_contexts");
    expect_refused(oversized_record, "record past __reserved");
    expect_refused(misaligned_record, "misaligned record");
    expect_refused(el1_pstate, "pstate EL1h");
    expect_refused(daif_pstate, "pstate DAIF");
    expect_refused(aarch32_pstate, "pstate AArch32");
}

Test(sigframe_a64, esr_record_is_accepted_and_ignored)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    s->x[31] = stack_top(st);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 5, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mem_ok = all_ok,
    };
    struct guest_sigreturn out;
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    uint8_t *f = (uint8_t *)(uintptr_t)s->x[31];
    wr(f, OFF_ESR_MAGIC, 4, 0x45535201);
    wr(f, OFF_ESR_SIZE, 4, 16);
    wr(f, OFF_ESR, 8, 0x12345678);
    cr_expect_eq(a64_sigframe.rt_sigreturn(&s->common, &out, all_ok), 0);
    cr_expect_eq(s->common.pc, 0x400abc);
    free(st);
    free(s);
}

Test(sigframe_a64, unusable_stacks)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    s->x[31] = stack_top(st);
    uint8_t info[128] = {0};
    struct guest_sigframe_req r = {
        .sig = 5, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mem_ok = none_ok,
    };
    struct guest_sigreturn out;
    struct a64_cpu mid;
    memcpy(&mid, s, sizeof(mid));
    /* Unwritable stack: nothing changes. */
    cr_expect_eq(a64_sigframe.setup_rt_frame(&s->common, &r), -EFAULT);
    cr_expect_eq(memcmp(&mid, s, sizeof(mid)), 0);
    /* A stack too low for the frame. */
    r.sp = 4096;
    r.mem_ok = all_ok;
    cr_expect_eq(a64_sigframe.setup_rt_frame(&s->common, &r), -EFAULT);
    cr_expect_eq(memcmp(&mid, s, sizeof(mid)), 0);
    /* Unreadable frame, or sp not 16-aligned, at sigreturn. */
    cr_expect_eq(a64_sigframe.rt_sigreturn(&s->common, &out, none_ok),
                 -EFAULT);
    s->x[31] = stack_top(st) - FRAME_SIZE - 8;
    memcpy(&mid, s, sizeof(mid));
    cr_expect_eq(a64_sigframe.rt_sigreturn(&s->common, &out, all_ok),
                 -EFAULT);
    cr_expect_eq(memcmp(&mid, s, sizeof(mid)), 0);
    free(st);
    free(s);
}

/* Deliver a fault signal with siginfo (sig, code, addr) at a pc holding
 * insn, every page accessible; return the frame. */
static const uint8_t *deliver_fault(struct a64_cpu *s, uint8_t *st,
                                    uint32_t *code_page, uint32_t insn,
                                    int sig, int code, uint64_t addr)
{
    uint8_t info[128] = {0};
    int32_t head[3] = {sig, 0, code};
    memcpy(info, head, sizeof(head));
    memcpy(info + 16, &addr, 8);
    code_page[0] = insn;
    s->common.pc = (uint64_t)(uintptr_t)code_page;
    s->x[31] = stack_top(st);
    struct guest_sigframe_req r = {
        .sig = sig, .info = info, .handler = 0x4000, .ret_addr = 0x9000,
        .sp = s->x[31], .mem_ok = all_ok,
    };
    cr_assert_eq(a64_sigframe.setup_rt_frame(&s->common, &r), 0);
    return (const uint8_t *)(uintptr_t)s->x[31];
}

/*
 * ESR values by hand from the Arm ARM (ESR_EL1: EC 31:26, IL 25, WnR 6,
 * DFSC/IFSC 5:0) and the kernel (do_el0_undef: EC 0 with IL, fault_address
 * 0; __do_user_fault: the fault address and the abort's syndrome):
 *  - G_SIGILL: 0 << 26 | 1 << 25 = 0x02000000;
 *  - a load from an unmapped page: EC 0x24 (data abort, lower EL), IL,
 *    WnR 0, DFSC 0b000111 (translation fault, level 3) = 0x92000007;
 *  - a store to a read-only page: EC 0x24, IL, WnR, DFSC 0b001111
 *    (permission, level 3) = 0x9200004f;
 *  - a fetch from a page with no access at pc: EC 0x20 (instruction
 *    abort, lower EL), IL, IFSC 0b000111 = 0x82000007;
 *  - G_SIGBUS BUS_ADRALN for an exclusive store: EC 0x24, IL, WnR, DFSC
 *    0b100001 (alignment) = 0x92000061.
 */
Test(sigframe_a64, fault_frames_carry_esr)
{
    struct a64_cpu *s = patterned_cpu();
    uint8_t *st = new_stack();
    uint32_t *code = aligned_alloc(16, 64);
    cr_assert_not_null(code);
    const uint8_t *f;
    uint64_t esr, fa;
    uint8_t info[128] = {0};
    int32_t head[3];

    /* SIGILL, ILL_ILLOPC at pc: udf #0. */
    f = deliver_fault(s, st, code, 0x00000000u, G_SIGILL, 1,
                      (uint64_t)(uintptr_t)code);
    cr_expect_eq(rd(f, OFF_ESR_MAGIC, 4), 0x45535201u);
    cr_expect_eq(rd(f, OFF_ESR_SIZE, 4), 16);
    cr_expect_eq(rd(f, OFF_ESR, 8), 0x02000000u);
    cr_expect_eq(rd(f, OFF_FAULT_ADDR, 8), 0);
    cr_expect_eq(rd(f, OFF_ESR + 8, 8), 0);   /* the terminator */

    /* ldr x0, [x1] (0xf9400020) from an unmapped page: SEGV_MAPERR. */
    head[0] = G_SIGSEGV;
    head[1] = 0;
    head[2] = 1;
    memcpy(info, head, sizeof(head));
    wr(info, 16, 8, 0x1120);
    code[0] = 0xf9400020u;
    s->common.pc = (uint64_t)(uintptr_t)code;
    cr_assert(a64_fault_esr(&s->common, info, code_only_ok, &esr, &fa));
    cr_expect_eq(esr, 0x92000007u);
    cr_expect_eq(fa, 0x1120);

    /* str x0, [x1] (0xf9000020) to a read-only page: SEGV_ACCERR. */
    head[2] = 2;
    memcpy(info, head, sizeof(head));
    code[0] = 0xf9000020u;
    cr_assert(a64_fault_esr(&s->common, info, ro_ok, &esr, &fa));
    cr_expect_eq(esr, 0x9200004fu);
    /* ... and the same through a whole delivery. */
    f = deliver_fault(s, st, code, 0xf9000020u, G_SIGSEGV, 2, 0x2008);
    cr_expect_eq(rd(f, OFF_ESR, 8), 0x9200004fu);
    cr_expect_eq(rd(f, OFF_FAULT_ADDR, 8), 0x2008);
    cr_expect_eq(rd(f, OFF_ESR_MAGIC, 4), 0x45535201u);

    /* A branch to a PROT_NONE page: the fetch itself faults at pc. */
    head[2] = 2;
    memcpy(info, head, sizeof(head));
    wr(info, 16, 8, 0x30000);
    s->common.pc = 0x30000;
    cr_assert(a64_fault_esr(&s->common, info, none_ok, &esr, &fa));
    cr_expect_eq(esr, 0x82000007u);
    cr_expect_eq(fa, 0x30000);

    /* stxr w2, x0, [x1] (0xc8027c20) misaligned: G_SIGBUS BUS_ADRALN. */
    head[0] = G_SIGBUS;
    head[2] = 1;
    memcpy(info, head, sizeof(head));
    wr(info, 16, 8, 0x2001);
    code[0] = 0xc8027c20u;
    s->common.pc = (uint64_t)(uintptr_t)code;
    cr_assert(a64_fault_esr(&s->common, info, all_ok, &esr, &fa));
    cr_expect_eq(esr, 0x92000061u);

    /* kill(pid, G_SIGSEGV): si_code SI_USER (0), no esr_context. */
    head[0] = G_SIGSEGV;
    head[2] = 0;
    memcpy(info, head, sizeof(head));
    cr_expect_not(a64_fault_esr(&s->common, info, all_ok, &esr, &fa));
    /* G_SIGTRAP from brk: the kernel records no ESR for it. */
    head[0] = G_SIGTRAP;
    head[2] = 1;
    memcpy(info, head, sizeof(head));
    cr_expect_not(a64_fault_esr(&s->common, info, all_ok, &esr, &fa));
    free(code);
    free(st);
    free(s);
}

Test(sigframe_a64, trampoline_is_mov_x8_139_svc_0)
{
    /* movz x8, #139: sf 1, opc 10, 100101, hw 00, imm16 139, Rd 8
     * = 0xd2800000 | 139 << 5 | 8 = 0xd2801168; svc #0 = 0xd4000001. */
    uint32_t w[2];
    cr_assert_eq(a64_sigframe.trampoline_len, 8);
    memcpy(w, a64_sigframe.trampoline, 8);
    cr_expect_eq(w[0], 0xd2800000u | (139u << 5) | 8u);
    cr_expect_eq(w[0], 0xd2801168u);
    cr_expect_eq(w[1], 0xd4000001u);
}
