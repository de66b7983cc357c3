/* SPDX-License-Identifier: MIT */
/*
 * NZCV, kept lazily (struct a64_cpu cc_*): producers store the kind of op
 * and its operands; consumers get a condition as one IR comparison.  When
 * the producer is earlier in the same block (a64_block.cc_known), the
 * comparison is on its operands directly (cmp x0, x1; b.lt -> one brcond
 * LT); otherwise NZCV is computed by a helper from the lazy state and the
 * condition tested on its bits (two ops at most).
 */
#include "target/aarch64/trans-base.h"

/* NZCV of a + b + carry at 64 bits (w = 64) or 32, in bits 31:28. */
static uint64_t a64_nzcv_add(uint64_t a, uint64_t b, uint64_t carry,
                             unsigned w)
{
    uint64_t mask = w == 64 ? ~0ull : 0xffffffffull;
    uint64_t sign = 1ull << (w - 1);
    a &= mask;
    b &= mask;
    unsigned __int128 wide = (unsigned __int128)a + b + (carry & 1);
    uint64_t res = (uint64_t)wide & mask;
    bool cflag = w == 64 ? (wide >> 64) != 0 : (wide >> 32) != 0;
    bool vflag = ((a ^ res) & (b ^ res) & sign) != 0;
    return (uint64_t)((res & sign) ? A64_NZCV_N : 0) |
           (res == 0 ? A64_NZCV_Z : 0) | (cflag ? A64_NZCV_C : 0) |
           (vflag ? A64_NZCV_V : 0);
}

uint64_t a64_nzcv_from_lazy(const struct a64_cpu *s)
{
    uint64_t res = s->cc_res;
    switch (s->cc_op) {
    case A64_CC_NZCV:
        return res & 0xf0000000u;
    case A64_CC_ADD64:
        return a64_nzcv_add(s->cc_a, s->cc_b, 0, 64);
    case A64_CC_ADD32:
        return a64_nzcv_add(s->cc_a, s->cc_b, 0, 32);
    case A64_CC_SUB64: /* a - b = a + ~b + 1 */
        return a64_nzcv_add(s->cc_a, ~s->cc_b, 1, 64);
    case A64_CC_SUB32:
        return a64_nzcv_add(s->cc_a, ~s->cc_b, 1, 32);
    case A64_CC_ADC64:
        return a64_nzcv_add(s->cc_a, s->cc_b, s->cc_c, 64);
    case A64_CC_ADC32:
        return a64_nzcv_add(s->cc_a, s->cc_b, s->cc_c, 32);
    case A64_CC_LOGIC64:
        return (uint64_t)((res >> 63) ? A64_NZCV_N : 0) |
               (res == 0 ? A64_NZCV_Z : 0);
    case A64_CC_LOGIC32:
        return (uint64_t)(((uint32_t)res >> 31) ? A64_NZCV_N : 0) |
               ((uint32_t)res == 0 ? A64_NZCV_Z : 0);
    default:
        return 0;
    }
}

/* Reads the lazy state of the cpu (not pure). */
static uint64_t a64_helper_nzcv(struct cpu *cpu, uint64_t a, uint64_t b,
                                uint64_t c, uint64_t aux)
{
    (void)a, (void)b, (void)c, (void)aux;
    return a64_nzcv_from_lazy(a64_cpu(cpu));
}

static const struct ir_helper a64_nzcv_helper = {
    a64_helper_nzcv, "a64_nzcv", 0,
};

/* aux bit 0: 64-bit, bit 1: subtract. */
static uint64_t a64_helper_nzcv_of(struct cpu *cpu, uint64_t a, uint64_t b,
                                   uint64_t c, uint64_t aux)
{
    (void)cpu, (void)c;
    unsigned w = aux & 1 ? 64 : 32;
    return aux & 2 ? a64_nzcv_add(a, ~b, 1, w) : a64_nzcv_add(a, b, 0, w);
}

static const struct ir_helper a64_nzcv_of_helper = {
    a64_helper_nzcv_of, "a64_nzcv_of", IRH_PURE,
};

/* Record that cc_op = op from here on (skip the store if known). */
static void a64_set_cc_op(struct a64_ctx *c, enum a64_cc_op op)
{
    if (c->blk->cc_known != (int)op) {
        ir_movi(c->ir, A64_CC_OP, op);
        c->blk->cc_known = (int)op;
    }
}

void a64_gen_addsub_flags(struct a64_ctx *c, bool sub, int sf, ir_slot d,
                          ir_slot a, ir_slot b)
{
    ir_mov(c->ir, A64_CC_A, a);
    ir_mov(c->ir, A64_CC_B, b);
    ir_op2(c->ir, sub ? IR_sub : IR_add, a64_type(sf), A64_CC_RES, A64_CC_A,
           A64_CC_B);
    if (sub) {
        a64_set_cc_op(c, sf ? A64_CC_SUB64 : A64_CC_SUB32);
    } else {
        a64_set_cc_op(c, sf ? A64_CC_ADD64 : A64_CC_ADD32);
    }
    ir_mov(c->ir, d, A64_CC_RES);
}

void a64_gen_adc_flags(struct a64_ctx *c, int sf, ir_slot d, ir_slot a,
                       ir_slot b, ir_slot carry)
{
    enum ir_type t = a64_type(sf);
    ir_mov(c->ir, A64_CC_A, a);
    ir_mov(c->ir, A64_CC_B, b);
    ir_mov(c->ir, A64_CC_C, carry);
    ir_op2(c->ir, IR_add, t, A64_CC_RES, A64_CC_A, A64_CC_B);
    ir_op2(c->ir, IR_add, t, A64_CC_RES, A64_CC_RES, A64_CC_C);
    a64_set_cc_op(c, sf ? A64_CC_ADC64 : A64_CC_ADC32);
    ir_mov(c->ir, d, A64_CC_RES);
}

void a64_gen_logic_flags(struct a64_ctx *c, int sf, ir_slot res)
{
    ir_mov(c->ir, A64_CC_RES, res);
    a64_set_cc_op(c, sf ? A64_CC_LOGIC64 : A64_CC_LOGIC32);
}

void a64_set_nzcv_state(struct a64_cpu *s, uint64_t nzcv)
{
    s->cc_op = A64_CC_NZCV;
    s->cc_res = nzcv & 0xf0000000u;
}

void a64_gen_set_nzcv(struct a64_ctx *c, ir_slot nzcv)
{
    ir_mov(c->ir, A64_CC_RES, nzcv);
    a64_set_cc_op(c, A64_CC_NZCV);
}

ir_slot a64_gen_get_nzcv(struct a64_ctx *c)
{
    ir_slot t = ir_temp(c->ir);
    if (c->blk->cc_known == A64_CC_NZCV) {
        ir_mov(c->ir, t, A64_CC_RES);
    } else {
        ir_call(c->ir, &a64_nzcv_helper, t, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT,
                0);
    }
    return t;
}

ir_slot a64_gen_nzcv_of(struct a64_ctx *c, bool sub, int sf, ir_slot a,
                        ir_slot b)
{
    ir_slot t = ir_temp(c->ir);
    ir_call(c->ir, &a64_nzcv_of_helper, t, a, b, IR_NOSLOT,
            (uint8_t)((sf ? 1 : 0) | (sub ? 2 : 0)));
    return t;
}

static struct a64_test a64_test(enum ir_type t, enum ir_cond cond, ir_slot a,
                                ir_slot b)
{
    return (struct a64_test){.t = t, .cond = cond, .a = a, .b = b};
}

/* After SUBS/CMP: compare the operands (false: no direct form). */
static bool a64_test_sub(struct a64_ctx *c, int cond, enum ir_type t,
                         struct a64_test *out)
{
    static const int8_t map[14] = {
        [A64_EQ] = IR_EQ, [A64_NE] = IR_NE, [A64_CS] = IR_GEU,
        [A64_CC] = IR_LTU, [A64_MI] = -1, [A64_PL] = -1, [A64_VS] = -2,
        [A64_VC] = -2, [A64_HI] = IR_GTU, [A64_LS] = IR_LEU,
        [A64_GE] = IR_GE, [A64_LT] = IR_LT, [A64_GT] = IR_GT,
        [A64_LE] = IR_LE,
    };
    int m = map[cond];
    if (m == -2) {
        return false;
    }
    if (m == -1) { /* N: the sign of the result */
        *out = a64_test(t, cond == A64_MI ? IR_LT : IR_GE, A64_CC_RES,
                        ir_const(c->ir, 0));
        return true;
    }
    *out = a64_test(t, (enum ir_cond)m, A64_CC_A, A64_CC_B);
    return true;
}

/* After ANDS/TST: C = V = 0, so every condition is a compare with 0. */
static bool a64_test_logic(struct a64_ctx *c, int cond, enum ir_type t,
                           struct a64_test *out)
{
    static const uint8_t map[14] = {
        [A64_EQ] = IR_EQ, [A64_NE] = IR_NE, [A64_CS] = IR_LTU, /* never */
        [A64_CC] = IR_GEU, /* always */ [A64_MI] = IR_LT, [A64_PL] = IR_GE,
        [A64_VS] = IR_LTU, [A64_VC] = IR_GEU, [A64_HI] = IR_LTU,
        [A64_LS] = IR_GEU, [A64_GE] = IR_GE, [A64_LT] = IR_LT,
        [A64_GT] = IR_GT, [A64_LE] = IR_LE,
    };
    *out = a64_test(t, (enum ir_cond)map[cond], A64_CC_RES,
                    ir_const(c->ir, 0));
    return true;
}

/* After ADDS/CMN: the conditions on N, Z and C only. */
static bool a64_test_add(struct a64_ctx *c, int cond, enum ir_type t,
                         struct a64_test *out)
{
    ir_slot zero;
    switch (cond) {
    case A64_EQ:
    case A64_NE:
    case A64_MI:
    case A64_PL:
        zero = ir_const(c->ir, 0);
        *out = a64_test(t, cond == A64_EQ ? IR_EQ : cond == A64_NE ? IR_NE :
                        cond == A64_MI ? IR_LT : IR_GE, A64_CC_RES, zero);
        return true;
    case A64_CS: /* carry out: the sum wrapped below an operand */
        *out = a64_test(t, IR_LTU, A64_CC_RES, A64_CC_A);
        return true;
    case A64_CC:
        *out = a64_test(t, IR_GEU, A64_CC_RES, A64_CC_A);
        return true;
    default:
        return false;
    }
}

/* Any condition from NZCV in bits 31:28 of slot nz. */
static struct a64_test a64_test_nzcv(struct a64_ctx *c, int cond, ir_slot nz)
{
    static const uint32_t bit[4] = {A64_NZCV_Z, A64_NZCV_C, A64_NZCV_N,
                                    A64_NZCV_V};
    struct ir_block *b = c->ir;
    enum ir_cond yes = (cond & 1) ? IR_TSTEQ : IR_TSTNE;
    ir_slot t;
    if (cond < A64_HI) { /* EQ CS MI VS and their inverses: one bit */
        return a64_test(IR_I64, yes, nz, ir_const(b, bit[cond >> 1]));
    }
    if (cond < A64_GE) { /* HI: C && !Z; LS: !C || Z */
        t = ir_temp(b);
        ir_op2i(b, IR_andi, IR_I64, t, nz, A64_NZCV_C | A64_NZCV_Z);
        return a64_test(IR_I64, cond == A64_HI ? IR_EQ : IR_NE, t,
                        ir_const(b, A64_NZCV_C));
    }
    /* bit 31 of t = N ^ V, bit 30 = Z */
    t = ir_temp(b);
    ir_op2i(b, IR_shli, IR_I64, t, nz, 3);
    ir_op2(b, IR_xor, IR_I64, t, t, nz);
    if (cond < A64_GT) { /* GE: N == V; LT: N != V */
        return a64_test(IR_I64, cond == A64_GE ? IR_TSTEQ : IR_TSTNE, t,
                        ir_const(b, A64_NZCV_N));
    }
    /* GT: !Z && N == V; LE: Z || N != V */
    return a64_test(IR_I64, cond == A64_GT ? IR_TSTEQ : IR_TSTNE, t,
                    ir_const(b, A64_NZCV_N | A64_NZCV_Z));
}

struct a64_test a64_gen_test_cond(struct a64_ctx *c, int cond)
{
    struct a64_test r;
    cond &= 15;
    if (cond >= A64_AL) {
        ir_slot z = ir_const(c->ir, 0);
        return a64_test(IR_I64, IR_EQ, z, z);
    }
    switch (c->blk->cc_known) {
    case A64_CC_SUB64:
    case A64_CC_SUB32:
        if (a64_test_sub(c, cond, c->blk->cc_known == A64_CC_SUB64 ?
                         IR_I64 : IR_I32, &r)) {
            return r;
        }
        break;
    case A64_CC_LOGIC64:
    case A64_CC_LOGIC32:
        a64_test_logic(c, cond, c->blk->cc_known == A64_CC_LOGIC64 ?
                       IR_I64 : IR_I32, &r);
        return r;
    case A64_CC_ADD64:
    case A64_CC_ADD32:
        if (a64_test_add(c, cond, c->blk->cc_known == A64_CC_ADD64 ?
                         IR_I64 : IR_I32, &r)) {
            return r;
        }
        break;
    default:
        break;
    }
    return a64_test_nzcv(c, cond, a64_gen_get_nzcv(c));
}

ir_slot a64_gen_cond_value(struct a64_ctx *c, int cond)
{
    struct a64_test t = a64_gen_test_cond(c, cond);
    ir_slot d = ir_temp(c->ir);
    ir_setcond(c->ir, t.t, t.cond, d, t.a, t.b);
    return d;
}
