/* SPDX-License-Identifier: MIT */
/*
 * Emitters of the pure integer ops.  Operands arrive in registers chosen
 * by regalloc.c; d may be the same register as a or b when the IR slots
 * are the same, so two-address sequences check for that.  i32 ops use
 * 32-bit instructions, which zero-extend their result as the IR requires.
 * Meaning of each op: translator/ir-sem.h.
 */
#include "host/x86_64/jit-internal.h"
#include "translator/fp-fast.h"

/* d = s at width w; a 32-bit copy onto itself still clears the top. */
static void copy(struct jit_ctx *j, unsigned w, enum x64_reg d,
                 enum x64_reg s)
{
    if (d != s || w == 4) {
        x64_mov_rr(&j->b, w, d, s);
    }
}

/* The imm of an insn as a 32-bit immediate, if the op can take one. */
static bool imm32_of(const struct ir_insn *i, int32_t *v)
{
    *v = (int32_t)i->imm;
    return x64_w(i) == 4 || x64_fits_i32(i->imm);
}

/* d = a op b for add/sub/and/or/xor. */
static void binop(struct jit_ctx *j, const struct ir_insn *i,
                  const struct x64_opnd *o, enum x64_alu op, bool comm)
{
    unsigned w = x64_w(i);
    if (o->d == o->b && o->d != o->a) {
        if (comm) {
            x64_alu_rr(&j->b, op, w, o->d, o->a);
        } else {
            /* sub: r11 = a - b, then d */
            x64_mov_rr(&j->b, w, X64_TMP, o->a);
            x64_alu_rr(&j->b, op, w, X64_TMP, o->b);
            x64_mov_rr(&j->b, w, o->d, X64_TMP);
        }
        return;
    }
    if (o->d != o->a) {
        x64_mov_rr(&j->b, w, o->d, o->a);
    }
    x64_alu_rr(&j->b, op, w, o->d, o->b);
}

/* d = a op imm; a large 64-bit imm goes through r11. */
static void binop_i(struct jit_ctx *j, const struct ir_insn *i,
                    const struct x64_opnd *o, enum x64_alu op)
{
    unsigned w = x64_w(i);
    int32_t v;
    if (!imm32_of(i, &v)) {
        x64_mov_ri64(&j->b, X64_TMP, (uint64_t)i->imm);
        copy(j, w, o->d, o->a);
        x64_alu_rr(&j->b, op, w, o->d, X64_TMP);
        return;
    }
    copy(j, w, o->d, o->a);
    x64_alu_ri(&j->b, op, w, o->d, v);
}

/*
 * Is global slot s read as an operand soon after insn k, before it is
 * written again or the block reaches a branch, label or exit (where every
 * global goes to memory anyway)?  Keeping it in memory is always correct;
 * this only decides which is cheaper.
 */
static bool global_read_soon(const struct jit_ctx *j, ir_slot s, int k)
{
    enum { LOOK_AHEAD = 48 };
    for (int n = k + 1; n < j->tb->n && n <= k + LOOK_AHEAD; n++) {
        const struct ir_insn *x = &j->tb->insn[n];
        const struct ir_opinfo *info = &ir_opinfo[x->opc];
        if (x->opc == IR_insn_start || x->opc == IR_nop) {
            continue;
        }
        if (info->flags & (IRF_BRANCH | IRF_EXIT | IRF_MARK)) {
            return false;
        }
        /* A call or ld_env/st_env sees the state in memory (the
         * allocator stores what they may read): only operands count. */
        int nin = x->opc == IR_call ? 3 : info->nin;
        if ((nin > 0 && x->a == s) || (nin > 1 && x->b == s) ||
            (nin > 2 && x->c == s) ||
            ((info->flags & IRF_READS_D) && x->d == s)) {
            return true;
        }
        if (info->nout && x->d == s) {
            return false;
        }
    }
    return false;
}

/*
 * Does global slot s already hold v: was it set by a movi of v earlier in
 * the block, with nothing since that could change it (a write of s, a
 * helper that may write the cpu state, an st_env, a join point)?
 */
static bool global_holds(const struct jit_ctx *j, ir_slot s, int64_t v)
{
    enum { LOOK_BACK = 48 };
    for (int n = j->k - 1; n >= 0 && n >= j->k - LOOK_BACK; n--) {
        const struct ir_insn *x = &j->tb->insn[n];
        const struct ir_opinfo *info = &ir_opinfo[x->opc];
        if (x->opc == IR_label || x->opc == IR_st_env) {
            return false;
        }
        if (x->opc == IR_call) {
            const struct ir_helper *h = (const void *)(intptr_t)x->imm;
            const struct fp_fast_form *f = fp_fast_form_of(h);
            /* scalar FP helpers write their result and flags only */
            if (f == NULL || f->esz == FP_FAST_VECTOR || x->d == s) {
                return false;
            }
            continue;
        }
        if (info->nout && x->d == s) {
            return x->opc == IR_movi && x->imm == v &&
                   x->type == IR_I64;
        }
    }
    return false;
}

/*
 * movi: mov d, imm (shortest form).  A global nothing reads soon (the
 * upper half of an Arm V register zeroed by every scalar FP result) is
 * stored as an immediate instead, so it does not hold a cache register.
 */
X64_OP(movi, .flags = X64_CF_CUSTOM)
{
    (void)o;
    uint64_t v = (uint64_t)i->imm;
    v = i->type == IR_I32 ? (uint32_t)v : v;
    if (i->d >= IR_TEMP_SLOTS && i->type == IR_I64 &&
        global_holds(j, i->d, i->imm)) {
        return; /* the upper half of a V register zeroed again */
    }
    if (i->d >= IR_TEMP_SLOTS && x64_fits_i32((int64_t)v) &&
        !global_read_soon(j, i->d, j->k)) {
        ra_env_written(j, (int64_t)i->d * 8, 8); /* a cached copy is stale */
        x64_store_i32(&j->b, 8, x64_slot_mem(i->d), (int32_t)v);
        return;
    }
    x64_mov_ri(&j->b, ra_def(j, i->d), v);
}

/* mov: mov d, a (an FP value in an xmm register stays there: movaps, or
 * the register just changes owner when a is a temp that dies here) */
X64_OP(mov, .flags = X64_CF_CUSTOM)
{
    (void)o;
    if (i->type == IR_I64 && ra_mov_fp(j, i->d, i->a)) {
        return;
    }
    enum x64_reg a = ra_use(j, i->a);
    copy(j, x64_w(i), ra_def(j, i->d), a);
}

/* add: lea d, [a+b] (or add d, b when d is a or b) */
X64_OP(add, X64_RR)
{
    if (o->d != o->a && o->d != o->b) {
        x64_lea(&j->b, x64_w(i), o->d, x64_mbi(o->a, o->b, 0));
        return;
    }
    binop(j, i, o, X64_ADD, true);
}

/* addi: lea d, [a+imm] or add d, imm */
X64_OP(addi, X64_R1)
{
    int32_t v;
    if (o->d != o->a && imm32_of(i, &v)) {
        x64_lea(&j->b, x64_w(i), o->d, x64_mb(o->a, v));
        return;
    }
    binop_i(j, i, o, X64_ADD);
}

/* sub: mov d, a; sub d, b */
X64_OP(sub, X64_RR) { binop(j, i, o, X64_SUB, false); }
/* and/or/xor: mov d, a; op d, b (or op d, a when d is b) */
X64_OP(and, X64_RR) { binop(j, i, o, X64_AND, true); }
X64_OP(or, X64_RR) { binop(j, i, o, X64_OR, true); }
X64_OP(xor, X64_RR) { binop(j, i, o, X64_XOR, true); }
/* andi/ori/xori: mov d, a; op d, imm */
X64_OP(andi, X64_R1) { binop_i(j, i, o, X64_AND); }
X64_OP(ori, X64_R1) { binop_i(j, i, o, X64_OR); }
X64_OP(xori, X64_R1) { binop_i(j, i, o, X64_XOR); }

/* andn/orn: mov r11, b; not r11; op r11, a; mov d, r11 */
static void op_not_b(struct jit_ctx *j, const struct ir_insn *i,
                     const struct x64_opnd *o, enum x64_alu op)
{
    unsigned w = x64_w(i);
    x64_mov_rr(&j->b, w, X64_TMP, o->b);
    x64_unary(&j->b, X64_NOT, w, X64_TMP);
    x64_alu_rr(&j->b, op, w, X64_TMP, o->a);
    x64_mov_rr(&j->b, w, o->d, X64_TMP);
}

X64_OP(andn, X64_RR) { op_not_b(j, i, o, X64_AND); }
X64_OP(orn, X64_RR) { op_not_b(j, i, o, X64_OR); }

/* shifts by register: mov ecx, b; mov d, a; sh d, cl (the hardware
 * masks the count to the width, as the IR defines) */
static void shift(struct jit_ctx *j, const struct ir_insn *i,
                  const struct x64_opnd *o, enum x64_shift op)
{
    unsigned w = x64_w(i);
    x64_mov_rr(&j->b, 4, X64_RCX, o->b);
    copy(j, w, o->d, o->a);
    x64_shift_cl(&j->b, op, w, o->d);
}

/* shifts by imm: mov d, a; sh d, imm (a zero count is a copy) */
static void shift_i(struct jit_ctx *j, const struct ir_insn *i,
                    const struct x64_opnd *o, enum x64_shift op)
{
    unsigned w = x64_w(i);
    unsigned n = (unsigned)i->imm & (w * 8 - 1);
    copy(j, w, o->d, o->a);
    if (n != 0) {
        x64_shift_ri(&j->b, op, w, o->d, (uint8_t)n);
    }
}

X64_OP(shl, X64_RR) { shift(j, i, o, X64_SHL); }
X64_OP(shr, X64_RR) { shift(j, i, o, X64_SHR); }
X64_OP(sar, X64_RR) { shift(j, i, o, X64_SAR); }
X64_OP(rotr, X64_RR) { shift(j, i, o, X64_ROR); }
X64_OP(rotl, X64_RR) { shift(j, i, o, X64_ROL); }
X64_OP(shli, X64_R1) { shift_i(j, i, o, X64_SHL); }
X64_OP(shri, X64_R1) { shift_i(j, i, o, X64_SHR); }
X64_OP(sari, X64_R1) { shift_i(j, i, o, X64_SAR); }
X64_OP(rotri, X64_R1) { shift_i(j, i, o, X64_ROR); }

/* mul: mov d, a; imul d, b */
X64_OP(mul, X64_RR)
{
    unsigned w = x64_w(i);
    if (o->d == o->b) {
        x64_imul_rr(&j->b, w, o->d, o->a);
        return;
    }
    copy(j, w, o->d, o->a);
    x64_imul_rr(&j->b, w, o->d, o->b);
}

/* muli: imul d, a, imm32 (a large imm through r11) */
X64_OP(muli, X64_R1)
{
    unsigned w = x64_w(i);
    int32_t v;
    if (imm32_of(i, &v)) {
        x64_imul_rri(&j->b, w, o->d, o->a, v);
        return;
    }
    x64_mov_ri64(&j->b, X64_TMP, (uint64_t)i->imm);
    copy(j, w, o->d, o->a);
    x64_imul_rr(&j->b, w, o->d, X64_TMP);
}

/* mulhs/mulhu: mov rax, a; imul/mul b; mov d, rdx */
static void mulh(struct jit_ctx *j, const struct ir_insn *i,
                 const struct x64_opnd *o, enum x64_unary op)
{
    unsigned w = x64_w(i);
    x64_mov_rr(&j->b, w, X64_RAX, o->a);
    x64_unary(&j->b, op, w, o->b);
    x64_mov_rr(&j->b, w, o->d, X64_RDX);
}

X64_OP(mulhs, X64_RR) { mulh(j, i, o, X64_IMUL1); }
X64_OP(mulhu, X64_RR) { mulh(j, i, o, X64_MUL); }

/* mulhsu, 64: unsigned high half minus (a < 0 ? b : 0);
 * 32: the full signed-by-unsigned product in 64 bits, shifted down. */
X64_OP(mulhsu, X64_RR)
{
    struct x64_buf *b = &j->b;
    if (i->type == IR_I32) {
        x64_movsx_rr(b, 8, 4, X64_RAX, o->a);
        x64_mov_rr(b, 4, X64_TMP, o->b);
        x64_imul_rr(b, 8, X64_RAX, X64_TMP);
        x64_shift_ri(b, X64_SHR, 8, X64_RAX, 32);
        x64_mov_rr(b, 4, o->d, X64_RAX);
        return;
    }
    x64_mov_rr(b, 8, X64_RAX, o->a);
    x64_unary(b, X64_MUL, 8, o->b);
    x64_mov_rr(b, 8, X64_TMP, o->a);
    x64_shift_ri(b, X64_SAR, 8, X64_TMP, 63);
    x64_alu_rr(b, X64_AND, 8, X64_TMP, o->b);
    x64_alu_rr(b, X64_SUB, 8, X64_RDX, X64_TMP);
    x64_mov_rr(b, 8, o->d, X64_RDX);
}

/*
 * div/divu/rem/remu: the IR defines what x86 traps on.
 *   mov r11, b; mov rax, a; test r11, r11; jz zero
 *   [signed: cmp r11, -1; jne do; neg rax (div) / xor eax, eax (rem); jmp done]
 *   do: cqo; idiv r11 (or xor edx, edx; div r11); [rem: mov rax, rdx]; jmp done
 *   zero: div: mov rax, 0 or -1 (aux); rem: rax is a already
 *   done: mov d, rax
 */
static void divrem(struct jit_ctx *j, const struct ir_insn *i,
                   const struct x64_opnd *o, bool sign, bool rem)
{
    struct x64_buf *b = &j->b;
    unsigned w = x64_w(i);
    size_t done1 = 0, done2, zero, notm1;
    x64_mov_rr(b, w, X64_TMP, o->b);
    x64_mov_rr(b, w, X64_RAX, o->a);
    x64_test_rr(b, w, X64_TMP, X64_TMP);
    zero = x64_jcc_rel8(b, X64_CC_E);
    if (sign) {
        x64_alu_ri(b, X64_CMP, w, X64_TMP, -1);
        notm1 = x64_jcc_rel8(b, X64_CC_NE);
        if (rem) {
            x64_mov_ri(b, X64_RAX, 0);
        } else {
            x64_unary(b, X64_NEG, w, X64_RAX);
        }
        done1 = x64_jmp_rel8(b);
        x64_bind_rel8(b, notm1);
        x64_cqo(b, w);
    } else {
        x64_mov_ri(b, X64_RDX, 0);
    }
    x64_unary(b, sign ? X64_IDIV : X64_DIV, w, X64_TMP);
    if (rem) {
        x64_mov_rr(b, w, X64_RAX, X64_RDX);
    }
    done2 = x64_jmp_rel8(b);
    x64_bind_rel8(b, zero);
    if (!rem) {
        bool ones = i->aux == IR_DIV0_ONES;
        x64_mov_ri(b, X64_RAX, !ones ? 0 : w == 4 ? 0xffffffffu : ~0ull);
    }
    if (sign) {
        x64_bind_rel8(b, done1);
    }
    x64_bind_rel8(b, done2);
    x64_mov_rr(b, w, o->d, X64_RAX);
}

X64_OP(div, X64_RR) { divrem(j, i, o, true, false); }
X64_OP(divu, X64_RR) { divrem(j, i, o, false, false); }
X64_OP(rem, X64_RR) { divrem(j, i, o, true, true); }
X64_OP(remu, X64_RR) { divrem(j, i, o, false, true); }

/* neg/not: mov d, a; neg/not d */
X64_OP(neg, X64_R1)
{
    copy(j, x64_w(i), o->d, o->a);
    x64_unary(&j->b, X64_NEG, x64_w(i), o->d);
}

X64_OP(not, X64_R1)
{
    copy(j, x64_w(i), o->d, o->a);
    x64_unary(&j->b, X64_NOT, x64_w(i), o->d);
}

/* sext: movsx d, a8/a16 or movsxd d, a32 */
X64_OP(sext, X64_R1)
{
    unsigned w = x64_w(i);
    if (i->aux < 2 || (i->aux == 2 && w == 8)) {
        x64_movsx_rr(&j->b, w, 1u << i->aux, o->d, o->a);
    } else {
        copy(j, w, o->d, o->a);
    }
}

/* zext: movzx d32, a8/a16 or mov d32, a32 */
X64_OP(zext, X64_R1)
{
    if (i->aux < 2) {
        x64_movzx_rr(&j->b, 1u << i->aux, o->d, o->a);
    } else {
        copy(j, i->aux == 2 ? 4 : x64_w(i), o->d, o->a);
    }
}

/* clz: lzcnt d, a; without lzcnt: bsr r11, a; jnz 1f; mov r11, -1;
 * 1: mov d, width-1; sub d, r11 */
X64_OP(clz, X64_R1)
{
    unsigned w = x64_w(i);
    if (x64_host.lzcnt) {
        x64_lzcnt(&j->b, w, o->d, o->a);
        return;
    }
    x64_bsr(&j->b, w, X64_TMP, o->a);
    size_t nz = x64_jcc_rel8(&j->b, X64_CC_NE);
    x64_mov_rsi32(&j->b, X64_TMP, -1);
    x64_bind_rel8(&j->b, nz);
    x64_mov_ri32(&j->b, o->d, w * 8 - 1);
    x64_alu_rr(&j->b, X64_SUB, w, o->d, X64_TMP);
}

/* ctz: tzcnt d, a; without: bsf r11, a; jnz 1f; mov r11d, width;
 * 1: mov d, r11 */
X64_OP(ctz, X64_R1)
{
    unsigned w = x64_w(i);
    if (x64_host.bmi1) {
        x64_tzcnt(&j->b, w, o->d, o->a);
        return;
    }
    x64_bsf(&j->b, w, X64_TMP, o->a);
    size_t nz = x64_jcc_rel8(&j->b, X64_CC_NE);
    x64_mov_ri32(&j->b, X64_TMP, w * 8);
    x64_bind_rel8(&j->b, nz);
    x64_mov_rr(&j->b, w, o->d, X64_TMP);
}

/* The classic SWAR population count in rax (rcx, rdx scratch). */
static void popcount_swar(struct x64_buf *b)
{
    x64_mov_rr(b, 8, X64_RCX, X64_RAX);
    x64_shift_ri(b, X64_SHR, 8, X64_RCX, 1);
    x64_mov_ri64(b, X64_RDX, 0x5555555555555555ull);
    x64_alu_rr(b, X64_AND, 8, X64_RCX, X64_RDX);
    x64_alu_rr(b, X64_SUB, 8, X64_RAX, X64_RCX);
    x64_mov_ri64(b, X64_RDX, 0x3333333333333333ull);
    x64_mov_rr(b, 8, X64_RCX, X64_RAX);
    x64_shift_ri(b, X64_SHR, 8, X64_RCX, 2);
    x64_alu_rr(b, X64_AND, 8, X64_RAX, X64_RDX);
    x64_alu_rr(b, X64_AND, 8, X64_RCX, X64_RDX);
    x64_alu_rr(b, X64_ADD, 8, X64_RAX, X64_RCX);
    x64_mov_rr(b, 8, X64_RCX, X64_RAX);
    x64_shift_ri(b, X64_SHR, 8, X64_RCX, 4);
    x64_alu_rr(b, X64_ADD, 8, X64_RAX, X64_RCX);
    x64_mov_ri64(b, X64_RDX, 0x0f0f0f0f0f0f0f0full);
    x64_alu_rr(b, X64_AND, 8, X64_RAX, X64_RDX);
    x64_mov_ri64(b, X64_RDX, 0x0101010101010101ull);
    x64_imul_rr(b, 8, X64_RAX, X64_RDX);
    x64_shift_ri(b, X64_SHR, 8, X64_RAX, 56);
}

/* cpop: popcnt d, a; without: the SWAR sequence */
X64_OP(cpop, X64_R1)
{
    unsigned w = x64_w(i);
    if (x64_host.popcnt) {
        x64_popcnt(&j->b, w, o->d, o->a);
        return;
    }
    x64_mov_rr(&j->b, w, X64_RAX, o->a);
    popcount_swar(&j->b);
    x64_mov_rr(&j->b, 4, o->d, X64_RAX);
}

/* bswap: mov d, a; bswap d */
X64_OP(bswap, X64_R1)
{
    copy(j, x64_w(i), o->d, o->a);
    x64_bswap(&j->b, x64_w(i), o->d);
}

/* min/max: mov d, a; cmp d, b; cmovcc d, b (through r11 if d is b) */
static void minmax(struct jit_ctx *j, const struct ir_insn *i,
                   const struct x64_opnd *o, enum x64_cc take_b)
{
    unsigned w = x64_w(i);
    enum x64_reg t = o->d == o->b ? X64_TMP : o->d;
    copy(j, w, t, o->a);
    x64_alu_rr(&j->b, X64_CMP, w, t, o->b);
    x64_cmov(&j->b, take_b, w, t, o->b);
    if (t != o->d) {
        x64_mov_rr(&j->b, w, o->d, t);
    }
}

X64_OP(smin, X64_RR) { minmax(j, i, o, X64_CC_G); }
X64_OP(smax, X64_RR) { minmax(j, i, o, X64_CC_L); }
X64_OP(umin, X64_RR) { minmax(j, i, o, X64_CC_A); }
X64_OP(umax, X64_RR) { minmax(j, i, o, X64_CC_B); }

/* setcond: cmp a, b; setcc r11b; movzx d, r11b */
X64_OP(setcond, X64_RR)
{
    enum x64_cc cc = jit_compare(j, i, o->a, o->b, false);
    x64_setcc(&j->b, cc, X64_TMP);
    x64_movzx_rr(&j->b, 1, o->d, X64_TMP);
}

/* setcondi: cmp a, imm; setcc r11b; movzx d, r11b */
X64_OP(setcondi, X64_R1)
{
    enum x64_cc cc = jit_compare(j, i, o->a, X64_NOREG, true);
    x64_setcc(&j->b, cc, X64_TMP);
    x64_movzx_rr(&j->b, 1, o->d, X64_TMP);
}

/* movcond: cmp a, b; cmovcc d, c (all 64 bits move: the IR says so) */
X64_OP(movcond, .out = X64_C_R, .in = {X64_C_R, X64_C_R, X64_C_R},
       .flags = X64_CF_READS_D)
{
    enum x64_cc cc = jit_compare(j, i, o->a, o->b, false);
    x64_cmov(&j->b, cc, 8, o->d, o->c);
}
