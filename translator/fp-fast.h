/* SPDX-License-Identifier: MIT */
/*
 * FP fast forms: what a backend needs to compute a guest FP helper inline
 * on the host FPU, with the helper as the slow path.  The IR stays a call;
 * the helper descriptor (struct ir_helper) may be the first member of a
 * struct fp_fast_form (flag IRH_FP_FAST), and the interpreter ignores it.  The fast path is taken
 * only where host and guest agree bit for bit: round-to-nearest-even, no
 * NaN result (the guest's NaN rules come from the helper), and on guests
 * that detect tininess before rounding no result near the underflow
 * threshold.  Inline code never clears host exception flags: on x86-64
 * they accrue in MXCSR and are folded into the guest's flag register by
 * fp_flags_fold() wherever C code reads or writes it.
 *
 * Invariant (x86-64): the guest's flags are its flag register OR the
 * mapped MXCSR status bits; every MXCSR bit is either raised by a fast op
 * or already held by the guest.  So C code folds before it reads the
 * guest's flags (or enters an FP helper, whose host ops clear MXCSR lazily),
 * and calls fp_flags_discard() after it wrote them (or did host FP
 * arithmetic whose flags are not the guest's).
 */
#ifndef XRUN_TRANSLATOR_FP_FAST_H
#define XRUN_TRANSLATOR_FP_FAST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "translator/ir.h"

struct cpu;
struct fp_fast_form;

enum fp_fast_op {
#define FP_FAST_OP(name, nfp) FP_FAST_##name,
#include "translator/fp-fast.def"
#undef FP_FAST_OP
    FP_FAST__COUNT
};

/* FP operands read by each form. */
extern const uint8_t fp_fast_nfp[FP_FAST__COUNT];

/* fp_fast_form.esz of a vector form: the format is in its descriptor. */
#define FP_FAST_VECTOR 0xff

/* An FP operand that is +0 instead of a call operand (fcmp #0.0). */
#define FP_FAST_ZERO 3

/* One call resolved: what the inline code computes. */
struct fp_fast_insn {
    uint8_t op;         /* enum fp_fast_op */
    uint8_t esz;        /* FP operands (cvt_i2f: the result): 2 single, 3 double */
    uint8_t arg[3];     /* call operand (0 a, 1 b, 2 c) of FP operand k, or
                           FP_FAST_ZERO; cvt_i2f: arg[0] is the integer */
    uint8_t neg;        /* bit k: FP operand k has its sign flipped first */
    bool check_mode;    /* test the guest's dynamic mode word at run time */
    bool trunc;         /* cvt_f2i: toward zero (else the host's RNE) */
    bool isigned;       /* cvt_f2i, cvt_i2f: signed integer */
    uint8_t ibits;      /* cvt_f2i, cvt_i2f: 32 or 64 */
    /*
     * Vector forms (add, sub, mul, div on every lane): the registers are
     * in the guest state at these byte offsets, not call operands; the
     * call's result is unused.  q: 128 bits (else 64, upper half zeroed).
     */
    bool vec, q;
    uint32_t voff_d, voff_n, voff_m;
    uint8_t flags_op;   /* flags_rw: enum fp_fast_flags_op */
};

/* What flags_rw does after reading: the RISC-V CSR operations. */
enum fp_fast_flags_op {
    FP_FAST_FLAGS_READ, FP_FAST_FLAGS_WRITE, FP_FAST_FLAGS_SET,
    FP_FAST_FLAGS_CLEAR,
};

/* Call operands the block sets to constants (k-th known: v[k] valid). */
struct fp_fast_consts {
    bool known[3];
    uint64_t v[3];
};

/* What a guest's fast paths must know of it: one per target. */
struct fp_guest {
    size_t flags_off;       /* uint64_t accrued flag register in the state */
    size_t mode_off;        /* uint64_t word with the dynamic rounding mode */
    uint32_t mode_mask;     /* fast only when (word & mask) == 0 */
    bool tiny_before_rounding; /* |r| <= smallest normal, r != 0: slow */
    bool single_boxed;      /* singles NaN-boxed in 64 bits (RISC-V) */
    bool int32_sext;        /* 32-bit cvt_f2i results sign-extended */
    uint32_t flags_mask;    /* the IEEE flag bits of the flag register */
    /*
     * Host flags (FP_FLAG_*, translator/fp-env.h; DENORMAL maps to
     * nothing) -> guest flag bits, and the guest's IEEE bits (the register
     * & 31: both guests keep them in bits 4:0) -> FP_FLAG_*.  Tables, so
     * inline code can index them too.
     */
    uint8_t to_guest[64];
    uint8_t from_guest[32];
    /*
     * The fast form of this call, or false: call it.  aux is the insn's;
     * k has the call operands the block sets to constants (a vector
     * descriptor, a CSR number).
     */
    bool (*resolve)(const struct fp_fast_form *f, unsigned aux,
                    const struct fp_fast_consts *k, struct fp_fast_insn *out);
};

/*
 * A helper descriptor with a fast form: h.flags has IRH_FP_FAST, and IR
 * calls pass &h (see FP_FAST_HELPER).
 */
struct fp_fast_form {
    struct ir_helper h;  /* must stay first */
    uint8_t op;          /* enum fp_fast_op */
    uint8_t esz;         /* 2 single, 3 double, 0: from aux (guest's rule) */
    const struct fp_guest *guest;
};

#define FP_FAST_HELPER(fn, name, flags, op, esz, guest)                      \
    {{(fn), (name), (flags) | IRH_FP_FAST}, FP_FAST_##op, (esz), (guest)}

/* The fast form of a call's helper, or NULL. */
static inline const struct fp_fast_form *
fp_fast_form_of(const struct ir_helper *h)
{
    return (h->flags & IRH_FP_FAST) ? (const struct fp_fast_form *)h : NULL;
}

/* Fold the host's pending flags into the guest's flag register. */
void fp_flags_fold(struct cpu *cpu, const struct fp_guest *g);
/* After the guest's flags were written: drop host flags it does not hold. */
void fp_flags_discard(struct cpu *cpu, const struct fp_guest *g);
/* The guest's flags as they stand, without folding (register dumps). */
uint64_t fp_flags_peek(const struct cpu *cpu, const struct fp_guest *g);
/* A new thread: no host flags of its parent (already folded there). */
void fp_flags_thread_start(void);
/*
 * In a host signal handler that leaves by siglongjmp (guest faults): put
 * back the interrupted code's MXCSR, which the kernel reset for the
 * handler and only sigreturn would restore.  uc is the ucontext_t.
 */
void fp_flags_restore_from_signal(const void *uc);

#endif
