/* SPDX-License-Identifier: MIT */
/*
 * Arm vector FP add, sub, mul and div inline (fpsimd-fpfast.c resolves
 * which): packed SSE on both 64-bit halves of the V registers, with the
 * same checks as the scalar forms on every lane (emit-fp.c).
 */
#include "host/x86_64/enc-sse.h"
#include "host/x86_64/jit-internal.h"
#include "translator/cpu.h"
#include "translator/fp-fast.h"

/* The operands (and xmm0 the result). */
#define XA X64_XMM0
#define XB X64_XMM1
#define XC X64_XMM2

/*
 * Scratch x = the V register at state offset off (its low half for a
 * 64-bit vector), each half from its cache register or memory: storing a
 * cached half and reading 16 bytes back would stall store forwarding.
 */
static void load_vreg(struct jit_ctx *j, bool q, enum x64_xmm x, uint32_t off)
{
    ra_load_half(j, (ir_slot)(off / 8), x);
    if (q) {
        ra_load_half(j, (ir_slot)(off / 8 + 1), X64_XMM3);
        x64_punpcklqdq(&j->b, x, X64_XMM3);
    }
}

/*
 * Vector lanes from the register cache or the guest state, the result to
 * the guest state: a NaN in any lane
 * or a tiny lane (guests detecting tininess before rounding) goes cold.
 * The tiny test is the scalar one on every lane: (2|x| - 1) >> (width of
 * 2 * min normal) is zero, compared as 32-bit lanes (a double's high
 * half is zero after the shift).
 */
static void emit_vector(struct jit_ctx *j, struct jit_cold *c,
                        const struct fp_guest *g, const struct fp_fast_insn *f)
{
    static const uint8_t sse[FP_FAST__COUNT] = {
        [FP_FAST_add] = X64_ADDS, [FP_FAST_sub] = X64_SUBS,
        [FP_FAST_mul] = X64_MULS, [FP_FAST_div] = X64_DIVS,
    };
    struct x64_buf *b = &j->b;
    unsigned esz = f->esz;
    load_vreg(j, f->q, XA, f->voff_n);
    load_vreg(j, f->q, XB, f->voff_m);
    x64_sse_packed(b, (enum x64_sse_op)sse[f->op], esz, XA, XB);
    x64_movaps(b, XC, XA);
    x64_cmpunordp(b, esz, XC, XA);
    x64_movmskp(b, esz, X64_RAX, XC);
    x64_test_rr(b, 4, X64_RAX, X64_RAX);
    jit_cold_jump(j, c, X64_CC_NE);
    if (g->tiny_before_rounding) {
        x64_movaps(b, XC, XA);
        x64_pshift(b, esz, true, XC, 1);
        x64_pcmpeqd(b, X64_XMM3, X64_XMM3);
        x64_padd(b, esz, XC, X64_XMM3);
        x64_pshift(b, esz, false, XC, esz == 3 ? 53 : 24);
        x64_pxor(b, X64_XMM3, X64_XMM3);
        x64_pcmpeqd(b, XC, X64_XMM3);
        x64_movmskp(b, 2, X64_RAX, XC);
        x64_test_ri(b, 4, X64_RAX, esz == 3 ? 5 : f->q ? 15 : 3);
        jit_cold_jump(j, c, X64_CC_NE);
    }
    x64_vstore(b, f->q, x64_mb(X64_CPU, (int32_t)f->voff_d), XA);
    if (!f->q) {
        x64_store_i32(b, 8, x64_mb(X64_CPU, (int32_t)f->voff_d + 8), 0);
    }
}

/* A vector form: operands and result in the guest state, not cached. */
bool jit_emit_fp_vector(struct jit_ctx *j, const struct ir_insn *i,
                           const struct fp_guest *g,
                           const struct fp_fast_insn *f)
{
    struct jit_cold *c = jit_cold_open(j, i);
    x64_test_mi(&j->b, x64_mb(X64_CPU, (int32_t)g->mode_off), g->mode_mask);
    jit_cold_jump(j, c, X64_CC_NE);
    emit_vector(j, c, g, f);
    ra_env_written(j, f->voff_d, 16); /* cached halves of Vd are stale */
    c->resume = (uint32_t)x64_pos(&j->b);
    j->n_cold++;
    return true;
}
