/* SPDX-License-Identifier: MIT */
/*
 * The arm64 Linux signal frame (arch/arm64/kernel/signal.c): struct
 * rt_sigframe { siginfo; ucontext } laid out as in the uapi headers
 * <asm/ucontext.h> and <asm/sigcontext.h>, with a struct frame_record
 * above it, written on signal delivery (setup_rt_frame) and read back by
 * rt_sigreturn; and the vDSO's return trampoline, __kernel_rt_sigreturn:
 * mov x8, #139; svc #0.
 *
 * get_sigframe(): the frame record is at round_down(sp - 16, 16), the
 * frame (sizeof(struct rt_sigframe) = 4688, a multiple of 16: the records
 * fit in __reserved, so no extra_context) right below it.  setup_return():
 * x0 = sig, x1 = &info, x2 = &uc, sp = frame, x29 = &record, x30 = the
 * return address, pc = handler; everything else (NZCV, V registers, FPCR)
 * is kept.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "target/abi.h"
#include "target/aarch64/cpu.h"
#include "target/aarch64/fpsimd-fp.h"
#include "target/aarch64/signal.h"
#include "target/frame-bytes.h"
#include "target/aarch64/sysreg.h"
#include "target/aarch64/trans.h"

enum { A64_REG_FP = 29, A64_REG_LR = 30, A64_REG_SP = 31 };

/* Guest (asm-generic) signal numbers and si_codes used here. */
enum {
    A64_SIGILL = 4, A64_SIGBUS = 7, A64_SIGSEGV = 11,
    A64_SEGV_ACCERR = 2, A64_SI_KERNEL = 0x80,
};

/* ESR_ELx fields (Arm ARM D17.2.37). */
#define ESR_EC_SHIFT 26
#define ESR_EC_UNKNOWN 0x00u
#define ESR_EC_IABT_LOW 0x20u
#define ESR_EC_DABT_LOW 0x24u
#define ESR_IL (1u << 25)
#define ESR_WNR (1u << 6)
#define ESR_FSC_TRANS_L3 0x07u  /* translation fault, level 3 */
#define ESR_FSC_PERM_L3 0x0fu   /* permission fault, level 3 */
#define ESR_FSC_ALIGN 0x21u     /* alignment fault */

/* PSTATE bits valid_native_regs() refuses at EL0: M[4:0], D, A, I, F. */
#define A64_PSTATE_BAD 0x3dfu

_Static_assert(A64_FRAME_SIZE == 4688, "rt_sigframe size");
_Static_assert(A64_FRAME_SIZE % 16 == 0, "rt_sigframe is 16-aligned");
_Static_assert(A64_OFF_VREGS % 16 == 0, "vregs are 16-aligned");

/*
 * Does the load/store encoding insn write memory?  For the data abort
 * ESR's WnR (ISV is left 0: no instruction syndrome).  Atomic
 * read-modify-writes count as reads (their first access).
 */
static bool a64_insn_writes(uint32_t insn)
{
    if ((insn & 0xffffffe0u) == 0xd50b7420u) {          /* DC ZVA */
        return true;
    }
    if ((insn & 0x0a000000u) != 0x08000000u) {          /* not ld/st */
        return false;
    }
    if ((insn & 0xbe000000u) == 0x0c000000u) {          /* SIMD structures */
        return !(insn & (1u << 22));
    }
    if ((insn & 0x3f000000u) == 0x08000000u) {          /* exclusive, CAS */
        return !(insn & (1u << 22));
    }
    if ((insn & 0x3b000000u) == 0x18000000u) {          /* literal */
        return false;
    }
    if ((insn & 0x3a000000u) == 0x28000000u) {          /* pair */
        return !(insn & (1u << 22));
    }
    if ((insn & 0x3a000000u) == 0x38000000u) {          /* register */
        unsigned opc = (insn >> 22) & 3;
        bool simd = (insn >> 26) & 1;
        if (!(insn & (1u << 24)) && (insn & (1u << 21)) &&
            ((insn >> 10) & 3) == 0) {
            return false;                               /* LSE atomic */
        }
        return opc == 0 || (simd && opc == 2);
    }
    return false;
}

bool a64_fault_esr(const struct cpu *cpu, const void *info,
                   bool (*mem_ok)(uint64_t addr, uint64_t len, int prot),
                   uint64_t *esr, uint64_t *fault_addr)
{
    int32_t w[3];
    uint64_t addr;
    memcpy(w, info, sizeof(w));
    memcpy(&addr, (const uint8_t *)info + 16, 8);
    int sig = w[0], code = w[2];

    *esr = 0;
    *fault_addr = 0;
    /* Only the kernel's own reports (si_code > 0, below SI_KERNEL). */
    if (code <= 0 || code >= A64_SI_KERNEL) {
        return false;
    }
    if (sig == A64_SIGILL) {
        /* do_el0_undef -> arm64_notify_die: fault_address 0, ESR with
         * EC 0 (unknown reason), IL set. */
        *esr = ESR_EC_UNKNOWN << ESR_EC_SHIFT | ESR_IL;
        return true;
    }
    if (sig != A64_SIGSEGV && sig != A64_SIGBUS) {
        /* SIGTRAP (BRK): send_user_sigtrap() records no ESR. */
        return false;
    }
    /* __do_user_fault -> set_thread_esr(addr, esr). */
    *fault_addr = addr;
    uint32_t fsc, ec = ESR_EC_DABT_LOW, wnr = 0;
    bool fetch = addr == cpu->pc && !mem_ok(cpu->pc, 4, PROT_EXEC);
    if (fetch) {
        ec = ESR_EC_IABT_LOW;
    } else if (mem_ok(cpu->pc, 4, PROT_EXEC)) {
        uint32_t insn;
        memcpy(&insn, cpu_g2h(cpu, cpu->pc), 4);
        wnr = a64_insn_writes(insn) ? ESR_WNR : 0;
    }
    if (sig == A64_SIGBUS) {
        fsc = ESR_FSC_ALIGN;
    } else if (code == A64_SEGV_ACCERR && mem_ok(addr, 1, PROT_READ)) {
        /* A valid entry, but not for this access: a permission fault
         * (a data access to a readable page can only be a write; a fetch
         * from one hits UXN).  PROT_NONE pages are invalid entries:
         * translation faults, as for no mapping at all. */
        fsc = ESR_FSC_PERM_L3;
        if (!fetch) {
            wnr = ESR_WNR;
        }
    } else {
        fsc = ESR_FSC_TRANS_L3;
    }
    *esr = ec << ESR_EC_SHIFT | ESR_IL | wnr | fsc;
    return true;
}

static int a64_setup_rt_frame(struct cpu *cpu,
                              const struct guest_sigframe_req *r)
{
    struct a64_cpu *s = a64_cpu(cpu);
    uint64_t record = (r->sp - A64_FRAME_RECORD_SIZE) & ~(uint64_t)15;
    uint64_t frame = record - A64_FRAME_SIZE;

    if (r->sp < A64_FRAME_SIZE + 2 * A64_FRAME_RECORD_SIZE ||
        !r->mem_ok(frame, r->sp - frame, PROT_WRITE)) {
        return -EFAULT;
    }
    uint64_t esr, fault_addr;
    bool have_esr = a64_fault_esr(cpu, r->info, r->mem_ok, &esr, &fault_addr);
    uint8_t *f = cpu_g2h(cpu, frame);

    /* struct frame_record: the interrupted fp and lr. */
    put64(f, A64_FRAME_SIZE, s->x[A64_REG_FP]);
    put64(f, A64_FRAME_SIZE + 8, s->x[A64_REG_LR]);

    memcpy(f + A64_OFF_INFO, r->info, 128);
    put64(f, A64_OFF_UC_FLAGS, 0);
    put64(f, A64_OFF_UC_LINK, 0);
    put64(f, A64_OFF_UC_STACK, r->ss_sp);
    put32(f, A64_OFF_UC_STACK + 8, r->ss_flags);
    put32(f, A64_OFF_UC_STACK + 12, 0);
    put64(f, A64_OFF_UC_STACK + 16, r->ss_size);
    put64(f, A64_OFF_UC_SIGMASK, r->mask);
    memset(f + A64_OFF_UC_SIGMASK + 8, 0,
           A64_OFF_MCONTEXT - (A64_OFF_UC_SIGMASK + 8));

    put64(f, A64_OFF_FAULT_ADDR, fault_addr);
    for (int n = 0; n < 31; n++) {
        put64(f, A64_OFF_REGS + 8 * (size_t)n, s->x[n]);
    }
    put64(f, A64_OFF_SP, s->x[A64_REG_SP]);
    put64(f, A64_OFF_PC, cpu->pc);
    /* PSTATE of EL0t: NZCV in 31:28, everything else 0. */
    put64(f, A64_OFF_PSTATE, a64_nzcv_from_lazy(s) & 0xf0000000u);
    memset(f + A64_OFF_PSTATE + 8, 0, A64_OFF_RESERVED - (A64_OFF_PSTATE + 8));

    /* __reserved: fpsimd_context, [esr_context], terminator, zeros. */
    memset(f + A64_OFF_RESERVED, 0, A64_RESERVED_SIZE);
    put32(f, A64_OFF_FPSIMD, A64_FPSIMD_MAGIC);
    put32(f, A64_OFF_FPSIMD + 4, A64_FPSIMD_SIZE);
    /* with the JIT's pending host FP flags (translator/fp-fast.h) */
    put32(f, A64_OFF_FPSR, (uint32_t)fp_flags_peek(cpu, &a64_fp_guest));
    put32(f, A64_OFF_FPCR, (uint32_t)s->fpcr);
    for (int n = 0; n < 32; n++) {
        put64(f, A64_OFF_VREGS + 16 * (size_t)n, s->v[n][0]);
        put64(f, A64_OFF_VREGS + 16 * (size_t)n + 8, s->v[n][1]);
    }
    if (have_esr) {
        put32(f, A64_OFF_ESR, A64_ESR_MAGIC);
        put32(f, A64_OFF_ESR + 4, A64_ESR_SIZE);
        put64(f, A64_OFF_ESR + 8, esr);
    }
    /* The null terminator is already there (zeros). */

    /* setup_return(): other registers keep their values. */
    s->x[0] = (uint64_t)r->sig;
    s->x[1] = frame + A64_OFF_INFO;
    s->x[2] = frame + A64_OFF_UC;
    s->x[A64_REG_FP] = record;
    s->x[A64_REG_LR] = r->ret_addr;
    s->x[A64_REG_SP] = frame;
    s->excl_addr = A64_NO_EXCL;
    cpu->pc = r->handler;
    return 0;
}

/*
 * parse_user_sigframe(): walk the records of __reserved; 0 with the
 * offset of the (single) fpsimd_context, or -EFAULT for anything the
 * kernel refuses: a misaligned or oversized record, an unknown magic
 * (SVE, ZA, ... are not implemented; extra_context is never generated),
 * a nonzero size on the terminator, a second fpsimd_context.
 */
static int a64_parse_records(const uint8_t *f, size_t *fpsimd_off)
{
    const size_t base = A64_OFF_RESERVED, limit = A64_RESERVED_SIZE;
    size_t off = 0;
    bool have_fpsimd = false;

    for (;;) {
        if (limit - off < 8 || (off & 15) != 0) {
            return -EFAULT;
        }
        uint32_t magic = get32(f, base + off);
        uint32_t size = get32(f, base + off + 4);
        if (limit - off < size) {
            return -EFAULT;
        }
        switch (magic) {
        case 0:
            if (size != 0) {
                return -EFAULT;
            }
            return have_fpsimd ? 0 : -EFAULT;
        case A64_FPSIMD_MAGIC:
            /* restore_fpsimd_context() wants exactly its size. */
            if (have_fpsimd || size != A64_FPSIMD_SIZE) {
                return -EFAULT;
            }
            have_fpsimd = true;
            *fpsimd_off = base + off;
            break;
        case A64_ESR_MAGIC:
            break;   /* ignored */
        default:
            return -EFAULT;
        }
        if (size < 8) {
            return -EFAULT;
        }
        off += size;
    }
}

static int a64_rt_sigreturn(struct cpu *cpu, struct guest_sigreturn *out,
                            bool (*mem_ok)(uint64_t, uint64_t, int))
{
    struct a64_cpu *s = a64_cpu(cpu);
    uint64_t frame = s->x[A64_REG_SP];
    size_t fp_off = 0;

    /* "we stacked the signal on a 128-bit boundary" */
    if ((frame & 15) != 0 || frame + A64_FRAME_SIZE < frame ||
        !mem_ok(frame, A64_FRAME_SIZE, PROT_READ)) {
        return -EFAULT;
    }
    const uint8_t *f = cpu_g2h(cpu, frame);
    uint64_t pstate = get64(f, A64_OFF_PSTATE);
    /* valid_native_regs(): EL0t, AArch64, DAIF clear. */
    if ((pstate & A64_PSTATE_BAD) != 0 || a64_parse_records(f, &fp_off) < 0) {
        return -EFAULT;
    }

    out->mask = get64(f, A64_OFF_UC_SIGMASK);
    out->ss_sp = get64(f, A64_OFF_UC_STACK);
    out->ss_flags = get32(f, A64_OFF_UC_STACK + 8);
    out->ss_size = get64(f, A64_OFF_UC_STACK + 16);

    for (int n = 0; n < 31; n++) {
        s->x[n] = get64(f, A64_OFF_REGS + 8 * (size_t)n);
    }
    s->x[A64_REG_SP] = get64(f, A64_OFF_SP);
    cpu->pc = get64(f, A64_OFF_PC);
    a64_set_nzcv_state(s, pstate & 0xf0000000u);
    /* What MSR FPSR/FPCR would keep (the other bits are RES0). */
    s->fpsr = get32(f, fp_off + 8) & A64_FPSR_WRITABLE;
    s->fpcr = get32(f, fp_off + 12) & A64_FPCR_WRITABLE;
    fp_flags_discard(cpu, &a64_fp_guest); /* the handler's flags are gone */
    for (int n = 0; n < 32; n++) {
        s->v[n][0] = get64(f, fp_off + 16 + 16 * (size_t)n);
        s->v[n][1] = get64(f, fp_off + 16 + 16 * (size_t)n + 8);
    }
    /* The exception return clears the exclusive monitor. */
    s->excl_addr = A64_NO_EXCL;
    return 0;
}

static uint64_t a64_get_sp(const struct cpu *cpu)
{
    return ((const struct a64_cpu *)cpu)->x[A64_REG_SP];
}

/* mov x8, #139 (movz x8, #0x8b); svc #0: __kernel_rt_sigreturn of the
 * arm64 vDSO, which libgcc's unwinder and gdb recognise. */
static const uint8_t a64_trampoline[8] = {
    0x68, 0x11, 0x80, 0xd2,   /* 0xd2801168 */
    0x01, 0x00, 0x00, 0xd4,   /* 0xd4000001 */
};

const struct guest_sigframe a64_sigframe = {
    .setup_rt_frame = a64_setup_rt_frame,
    .rt_sigreturn = a64_rt_sigreturn,
    .min_sigstksz = 5120,   /* arch/arm64/include/uapi/asm/signal.h */
    .get_sp = a64_get_sp,
    .trampoline = a64_trampoline,
    .trampoline_len = sizeof(a64_trampoline),
    .frame_size = A64_FRAME_SIZE,
};
