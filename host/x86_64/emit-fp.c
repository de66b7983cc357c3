/* SPDX-License-Identifier: MIT */
/*
 * Guest FP helpers inline (translator/fp-fast.h): a call whose descriptor
 * has a fast form becomes SSE code.  FP operands and results live in the
 * register cache's xmm registers (regalloc.c), xmm0-xmm3 are scratch, so
 * FP-heavy blocks keep their values in registers across ops.  Every case
 * where x86 could differ from the guest jumps to a cold path emitted after
 * the block (emit-fp-cold.c), which calls the helper exactly as the plain
 * call would and jumps back with its result:
 *
 *   the guest's dynamic rounding mode is not RNE (one test on its state),
 *   a single is not NaN-boxed, a result is NaN, a result is near the
 *   underflow threshold (guests that detect tininess before rounding),
 *   min/max of equal operands, an unordered compare, an integer result
 *   x86 gives as "integer indefinite", an unsigned conversion out of range.
 *
 * Exception flags stay in MXCSR (the helpers fold them: fp-fast.h).  Each
 * check is made where the flags the inline op already raised are a subset
 * of what the helper will accrue for the same op, so a retried op never
 * adds a flag: x86 raises invalid exactly when the guest does or with a
 * NaN result, and a range check that could follow an inexact conversion
 * comes before it.  The guest's flag register itself (RISC-V fflags CSR
 * accesses) is inline too; vector forms are in emit-fp-vec.c.
 */
#include "host/x86_64/enc-sse.h"
#include "host/x86_64/jit-internal.h"
#include "translator/cpu.h"
#include "translator/fp-env.h"
#include "translator/fp-fast.h"

/* The operands (and xmm0 the result) of an inline op. */
#define XA X64_XMM0
#define XB X64_XMM1
#define XC X64_XMM2

/* A single in xmm register x is NaN-boxed (upper half ones), else cold. */
static void check_boxed(struct jit_ctx *j, struct jit_cold *c, int x)
{
    x64_movq_rx(&j->b, 8, X64_RAX, (enum x64_xmm)x);
    x64_shift_ri(&j->b, X64_SHR, 8, X64_RAX, 32);
    x64_alu_ri(&j->b, X64_CMP, 4, X64_RAX, -1);
    jit_cold_jump(j, c, X64_CC_NE);
}

/* scratch x = FP operand from cache register r (-1: +0), sign flipped
 * if neg. */
static void load_operand(struct jit_ctx *j, unsigned w, enum x64_xmm x,
                         int r, bool neg)
{
    if (r < 0) {
        x64_xorps(&j->b, x, x);
        return;
    }
    if (neg) {
        x64_movq_rx(&j->b, 8, X64_RAX, (enum x64_xmm)r);
        x64_btc_ri(&j->b, w, X64_RAX, (uint8_t)(w * 8 - 1));
        x64_movq_xr(&j->b, 8, x, X64_RAX);
        return;
    }
    x64_movaps(&j->b, x, (enum x64_xmm)r);
}

/* xmm0 is a NaN (of w bytes): cold. */
static void check_nan(struct jit_ctx *j, struct jit_cold *c, unsigned w)
{
    x64_ucomis(&j->b, w, XA, XA);
    jit_cold_jump(j, c, X64_CC_P);
}

/*
 * 0 < |xmm0| <= the smallest normal: cold; else rax = its bits.  With the
 * sign shifted out: 2|x| - 1 < 2 * min_normal, where 0 wraps to all ones.
 */
static void check_tiny(struct jit_ctx *j, struct jit_cold *c, unsigned w)
{
    x64_movq_rx(&j->b, w, X64_RAX, XA);
    x64_lea(&j->b, w, X64_TMP, (struct x64_mem){X64_RAX, X64_RAX, 1, -1});
    x64_shift_ri(&j->b, X64_SHR, w, X64_TMP, w == 8 ? 53 : 24);
    jit_cold_jump(j, c, X64_CC_E);
}

/*
 * Cache register d = FP result in xmm0 (w bytes), in the guest's register
 * format: a single NaN-boxed, or zero-extended (the SSE single ops leave
 * bits 63:32 of xmm0 as they were).
 */
static void store_result(struct jit_ctx *j, const struct fp_guest *g,
                         unsigned w, int d)
{
    if (w == 4 && g->single_boxed) {
        x64_pcmpeqd(&j->b, XB, XB);
        x64_unpcklps(&j->b, XA, XB);
    } else if (w == 4) {
        x64_movq_rx(&j->b, 4, X64_RAX, XA);
        x64_movq_xr(&j->b, 4, (enum x64_xmm)d, X64_RAX);
        return;
    }
    x64_movaps(&j->b, (enum x64_xmm)d, XA);
}

/* An FP constant (bits v, w bytes) in xmm x, through rax. */
static void load_const(struct jit_ctx *j, unsigned w, enum x64_xmm x,
                       uint64_t v)
{
    x64_mov_ri(&j->b, X64_RAX, v);
    x64_movq_xr(&j->b, w, x, X64_RAX);
}

static void emit_arith(struct jit_ctx *j, struct jit_cold *c,
                       const struct fp_guest *g, const struct fp_fast_insn *f,
                       unsigned w, int d)
{
    static const uint8_t sse[FP_FAST__COUNT] = {
        [FP_FAST_add] = X64_ADDS, [FP_FAST_sub] = X64_SUBS,
        [FP_FAST_mul] = X64_MULS, [FP_FAST_div] = X64_DIVS,
        [FP_FAST_sqrt] = X64_SQRTS,
    };
    if (f->op == FP_FAST_fma) {
        x64_vfmadd213(&j->b, w, XA, XB, XC); /* xmm0 = xmm0 * xmm1 + xmm2 */
    } else {
        enum x64_xmm s = f->op == FP_FAST_sqrt ? XA : XB;
        x64_sse_arith(&j->b, (enum x64_sse_op)sse[f->op], w, XA, s);
    }
    check_nan(j, c, w);
    if (g->tiny_before_rounding) {
        check_tiny(j, c, w);
    }
    store_result(j, g, w, d);
}

/* min/max: the larger or smaller operand's bits; equal or NaN: cold. */
static void emit_minmax(struct jit_ctx *j, struct jit_cold *c,
                        const struct fp_guest *g, const struct fp_fast_insn *f,
                        unsigned w, int d)
{
    /* boxed singles keep their box; others are the low w bytes */
    unsigned bits = w == 4 && !g->single_boxed ? 4 : 8;
    x64_ucomis(&j->b, w, XA, XB);
    jit_cold_jump(j, c, X64_CC_P);
    jit_cold_jump(j, c, X64_CC_E);
    x64_movq_rx(&j->b, bits, X64_RAX, XA);
    x64_movq_rx(&j->b, bits, X64_TMP, XB);
    x64_cmov(&j->b, f->op == FP_FAST_max ? X64_CC_B : X64_CC_A, 8, X64_RAX,
             X64_TMP);
    x64_movq_xr(&j->b, bits, (enum x64_xmm)d, X64_RAX);
}

static void emit_cmp(struct jit_ctx *j, struct jit_cold *c,
                     const struct fp_fast_insn *f, unsigned w,
                     enum x64_reg d)
{
    x64_ucomis(&j->b, w, XA, XB);
    jit_cold_jump(j, c, X64_CC_P);
    if (f->op == FP_FAST_cmp_nzcv) {
        /* greater 0010, less 1000, equal 0110 (NZCV in bits 31:28) */
        x64_mov_ri32(&j->b, X64_RAX, 0x20000000u);
        x64_mov_ri32(&j->b, X64_TMP, 0x80000000u);
        x64_cmov(&j->b, X64_CC_B, 4, X64_RAX, X64_TMP);
        x64_mov_ri32(&j->b, X64_TMP, 0x60000000u);
        x64_cmov(&j->b, X64_CC_E, 4, X64_RAX, X64_TMP);
        x64_mov_rr(&j->b, 4, d, X64_RAX);
        return;
    }
    enum x64_cc cc = f->op == FP_FAST_cmp_eq   ? X64_CC_E
                     : f->op == FP_FAST_cmp_lt ? X64_CC_B
                                               : X64_CC_BE;
    x64_setcc(&j->b, cc, X64_RAX);
    x64_movzx_rr(&j->b, 1, d, X64_RAX);
}

static void emit_f2f(struct jit_ctx *j, struct jit_cold *c,
                     const struct fp_guest *g, unsigned w, int d)
{
    unsigned to = w == 8 ? 4 : 8;
    x64_cvt_f2f(&j->b, w, XA, XA);
    check_nan(j, c, to);
    if (to == 4 && g->tiny_before_rounding) {
        check_tiny(j, c, to);
    }
    store_result(j, g, to, d);
}

/*
 * FP -> integer.  Signed: cvt(t)s?2si, and 0x80..0 (overflow, NaN, or
 * the minimum itself) goes cold.  Unsigned, toward zero only: -1 < x <
 * 2^32 (2^63 for 64 bits) is checked first, as an out-of-range inexact
 * conversion would raise the inexact flag the guest does not, then the
 * 64-bit signed conversion is exact in range.
 */
static void emit_f2i(struct jit_ctx *j, struct jit_cold *c,
                     const struct fp_guest *g, const struct fp_fast_insn *f,
                     unsigned w, enum x64_reg d)
{
    struct x64_buf *b = &j->b;
    if (f->isigned) {
        x64_cvt_f2i(b, w, f->ibits, f->trunc, X64_RAX, XA);
        if (f->ibits == 32) {
            x64_alu_ri(b, X64_CMP, 4, X64_RAX, INT32_MIN);
        } else {
            x64_mov_rr(b, 8, X64_TMP, X64_RAX);
            x64_shift_ri(b, X64_ROL, 8, X64_TMP, 1);
            x64_alu_ri(b, X64_CMP, 8, X64_TMP, 1);
        }
        jit_cold_jump(j, c, X64_CC_E);
    } else {
        bool s = w == 4;
        uint64_t lo = s ? 0xbf800000u : 0xbff0000000000000ull; /* -1 */
        uint64_t hi = f->ibits == 32 ? (s ? 0x4f800000u : 0x41f0000000000000ull)
                                     : (s ? 0x5f000000u : 0x43e0000000000000ull);
        load_const(j, w, XB, lo);
        x64_ucomis(b, w, XA, XB);
        jit_cold_jump(j, c, X64_CC_BE); /* x <= -1 or unordered */
        load_const(j, w, XB, hi);
        x64_ucomis(b, w, XB, XA);
        jit_cold_jump(j, c, X64_CC_BE); /* hi <= x or unordered */
        x64_cvt_f2i(b, w, 64, true, X64_RAX, XA);
    }
    if (f->ibits == 64) {
        x64_mov_rr(b, 8, d, X64_RAX);
    } else if (g->int32_sext) {
        x64_movsx_rr(b, 8, 4, d, X64_RAX);
    } else {
        x64_mov_rr(b, 4, d, X64_RAX);
    }
}

/* Integer -> FP: exact widening to 64 bits, then the host's RNE. */
static void emit_i2f(struct jit_ctx *j, struct jit_cold *c,
                     const struct fp_guest *g, const struct fp_fast_insn *f,
                     unsigned w, enum x64_reg r, int d)
{
    struct x64_buf *b = &j->b;
    if (f->ibits == 32) {
        if (f->isigned) {
            x64_movsx_rr(b, 8, 4, X64_RAX, r);
        } else {
            x64_mov_rr(b, 4, X64_RAX, r);
        }
    } else {
        if (!f->isigned) {
            x64_test_rr(b, 8, r, r);
            jit_cold_jump(j, c, X64_CC_S); /* 2^63 and up: no x86 form */
        }
        x64_mov_rr(b, 8, X64_RAX, r);
    }
    x64_xorps(b, XA, XA); /* no false dependency on the old xmm0 */
    x64_cvt_i2f(b, w, XA, X64_RAX);
    store_result(j, g, w, d);
}

/*
 * The guest's flag register read (with the host's pending flags folded
 * in, as fp_flags_fold does) and then written as the CSR op says; host
 * flags the new value does not hold are cleared (fp_flags_discard).  All
 * inline: MXCSR goes through the red zone below rsp.
 *   stmxcsr [rsp-8]; eax = [rsp-8] & flags; rcx = to_guest[rax] | reg
 *   r11 = new; reg = r11; if (eax & ~from_guest[r11]) ldmxcsr cleared
 */
static void emit_flags_rw(struct jit_ctx *j, const struct ir_insn *i,
                          const struct fp_guest *g,
                          const struct fp_fast_insn *f)
{
    struct x64_buf *b = &j->b;
    struct x64_mem csr = x64_mb(X64_RSP, -8);
    struct x64_mem reg = x64_mb(X64_CPU, (int32_t)g->flags_off);
    enum x64_reg src = X64_NOREG, d = X64_NOREG;
    if (f->flags_op != FP_FAST_FLAGS_READ) {
        src = ra_use(j, i->a);
    }
    if (i->d != 0 && i->d != IR_NOSLOT) {
        d = ra_def(j, i->d);
    }
    x64_stmxcsr(b, csr);
    x64_load(b, 4, X64_RAX, csr);
    x64_alu_ri(b, X64_AND, 4, X64_RAX, FP_FLAG_ALL & ~FP_FLAG_DENORMAL);
    x64_mov_ri(b, X64_RCX, (uintptr_t)g->to_guest);
    x64_movzx_rm(b, 1, X64_RCX, x64_mbi(X64_RCX, X64_RAX, 0));
    x64_alu_rm(b, X64_OR, 8, X64_RCX, reg);
    if (f->flags_op == FP_FAST_FLAGS_READ) {
        x64_store(b, 8, reg, X64_RCX);
    } else {
        x64_mov_rr(b, 8, X64_TMP, src);
        if (f->flags_op == FP_FAST_FLAGS_CLEAR) {
            x64_unary(b, X64_NOT, 8, X64_TMP);
            x64_alu_rr(b, X64_AND, 8, X64_TMP, X64_RCX);
        } else {
            x64_alu_ri(b, X64_AND, 8, X64_TMP, (int32_t)g->flags_mask);
            if (f->flags_op == FP_FAST_FLAGS_SET) {
                x64_alu_rr(b, X64_OR, 8, X64_TMP, X64_RCX);
            }
        }
        x64_store(b, 8, reg, X64_TMP);
        x64_mov_ri(b, X64_RDX, (uintptr_t)g->from_guest);
        x64_movzx_rm(b, 1, X64_RDX, x64_mbi(X64_RDX, X64_TMP, 0));
        x64_unary(b, X64_NOT, 4, X64_RDX);
        x64_test_rr(b, 4, X64_RAX, X64_RDX);
        size_t keep = x64_jcc_rel8(b, X64_CC_E);
        x64_load(b, 4, X64_RDX, csr);
        x64_alu_ri(b, X64_AND, 4, X64_RDX, ~(int32_t)FP_FLAG_ALL);
        x64_store(b, 4, csr, X64_RDX);
        x64_ldmxcsr(b, csr);
        x64_bind_rel8(b, keep);
    }
    if (d != X64_NOREG) {
        x64_mov_rr(b, 8, d, X64_RCX);
    }
}

/* The value slot s was set to by a movi earlier in the block, if any. */
static bool block_const(const struct jit_ctx *j, ir_slot s, uint64_t *v)
{
    for (int k = j->k - 1; k >= 0; k--) {
        const struct ir_insn *x = &j->tb->insn[k];
        if (x->opc == IR_label) {
            return false; /* another path may set it */
        }
        if ((ir_opinfo[x->opc].nout || x->opc == IR_call) && x->d == s) {
            *v = x->type == IR_I32 ? (uint32_t)x->imm : (uint64_t)x->imm;
            return x->opc == IR_movi;
        }
    }
    return false;
}


/* The cache entry of a register ra_def/xa_def returned. */
static int entry_of_gpr(enum x64_reg r)
{
    for (int k = 0; k < RA_NREGS; k++) {
        if (ra_host_reg(k) == r) {
            return k;
        }
    }
    abort();
}

static int entry_of_xmm(int x)
{
    return RA_NREGS + x - RA_XMM_FIRST;
}


/* Does form op give an FP result (kept in an xmm register)? */
static bool fp_result(enum fp_fast_op op)
{
    switch (op) {
    case FP_FAST_cmp_eq: case FP_FAST_cmp_lt: case FP_FAST_cmp_le:
    case FP_FAST_cmp_nzcv: case FP_FAST_cvt_f2i:
        return false;
    default:
        return true;
    }
}

bool jit_emit_fp_fast(struct jit_ctx *j, const struct ir_insn *i)
{
    const struct ir_helper *h = (const struct ir_helper *)(intptr_t)i->imm;
    const struct fp_fast_form *form = fp_fast_form_of(h);
    struct fp_fast_insn f;
    struct fp_fast_consts kc;
    if (form == NULL || j->n_cold == JIT_MAX_COLD) {
        return false;
    }
    const ir_slot ops[3] = {i->a, i->b, i->c};
    for (int n = 0; n < 3; n++) {
        kc.known[n] = ops[n] != IR_NOSLOT && block_const(j, ops[n], &kc.v[n]);
    }
    if (!form->guest->resolve(form, i->aux, &kc, &f) ||
        (f.op == FP_FAST_fma && !x64_host.fma)) {
        return false;
    }
    if (f.op == FP_FAST_flags_rw) {
        emit_flags_rw(j, i, form->guest, &f);
        return true;
    }
    if (f.vec) {
        return jit_emit_fp_vector(j, i, form->guest, &f);
    }
    if (i->d == 0 || i->d == IR_NOSLOT) {
        return false;
    }
    const struct fp_guest *g = form->guest;
    int x[3] = {-1, -1, -1};       /* FP operands: xmm cache registers */
    enum x64_reg ri = X64_NOREG;   /* cvt_i2f: the integer operand */
    unsigned nfp = f.op == FP_FAST_cvt_i2f ? 0 : fp_fast_nfp[f.op];
    unsigned w = f.esz == 3 ? 8 : 4;
    if (f.op == FP_FAST_cvt_i2f) {
        ri = ra_use(j, ops[f.arg[0]]);
    }
    for (unsigned k = 0; k < nfp; k++) {
        if (f.arg[k] != FP_FAST_ZERO) {
            x[k] = xa_use(j, ops[f.arg[k]]);
        }
    }

    /* The cache as the cold path must store it: before d is allocated. */
    struct jit_cold *c = jit_cold_open(j, i);
    enum x64_reg dr = X64_NOREG;
    int dx = -1;
    if (fp_result((enum fp_fast_op)f.op)) {
        dx = xa_def(j, i->d);
        c->d = entry_of_xmm(dx);
    } else {
        dr = ra_def(j, i->d);
        c->d = entry_of_gpr(dr);
    }

    if (f.check_mode) {
        x64_test_mi(&j->b, x64_mb(X64_CPU, (int32_t)g->mode_off),
                    g->mode_mask);
        jit_cold_jump(j, c, X64_CC_NE);
    }
    if (f.op == FP_FAST_cvt_i2f) {
        emit_i2f(j, c, g, &f, w, ri, dx);
    } else {
        for (unsigned k = 0; k < nfp; k++) {
            if (w == 4 && g->single_boxed && x[k] >= 0) {
                check_boxed(j, c, x[k]);
            }
        }
        for (unsigned k = 0; k < nfp; k++) {
            load_operand(j, w, (enum x64_xmm)k, x[k], (f.neg >> k) & 1);
        }
        switch (f.op) {
        case FP_FAST_min: case FP_FAST_max:
            emit_minmax(j, c, g, &f, w, dx);
            break;
        case FP_FAST_cmp_eq: case FP_FAST_cmp_lt: case FP_FAST_cmp_le:
        case FP_FAST_cmp_nzcv:
            emit_cmp(j, c, &f, w, dr);
            break;
        case FP_FAST_cvt_f2f:
            emit_f2f(j, c, g, w, dx);
            break;
        case FP_FAST_cvt_f2i:
            emit_f2i(j, c, g, &f, w, dr);
            break;
        default:
            emit_arith(j, c, g, &f, w, dx);
            break;
        }
    }
    c->resume = (uint32_t)x64_pos(&j->b);
    j->n_cold++;
    return true;
}
