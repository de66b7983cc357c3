/* SPDX-License-Identifier: MIT */
/*
 * Data processing with 1, 2 and 3 sources: multiply-add and the long and
 * high multiplies, UDIV/SDIV (a zero divisor gives 0, INT_MIN / -1 gives
 * INT_MIN), the variable shifts, RBIT, REV16/REV32/REV, CLZ, CLS.
 */
#include "target/aarch64/trans-base.h"

/* ---- 3 sources ---------------------------------------------------------- */

/* d = ra +/- (n * m), with n and m extended to 64 bits first if ext. */
static bool a64_gen_madd(struct a64_ctx *c, const struct a64_args *a,
                         bool sub, int ext)
{
    struct ir_block *b = c->ir;
    enum ir_type t = ext ? IR_I64 : a64_type(a->sf);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_slot p = ir_temp(b);
    if (ext) { /* 1: signed (smaddl), 2: unsigned (umaddl) */
        ir_slot en = ir_temp(b), em = ir_temp(b);
        enum ir_opc x = ext == 1 ? IR_sext : IR_zext;
        ir_op1(b, x, IR_I64, en, n, IR_MO_32);
        ir_op1(b, x, IR_I64, em, m, IR_MO_32);
        n = en;
        m = em;
    }
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (a->ra == 31) {
        ir_op2(b, IR_mul, t, d, n, m);
        if (sub) { /* mneg */
            ir_op1(b, IR_neg, t, d, d, 0);
        }
        return true;
    }
    ir_op2(b, IR_mul, t, p, n, m);
    ir_op2(b, sub ? IR_sub : IR_add, t, d, a64_xreg_read(c, a->ra, 1), p);
    return true;
}

bool a64_trans_madd(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, false, 0);
}

bool a64_trans_msub(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, true, 0);
}

bool a64_trans_smaddl(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, false, 1);
}

bool a64_trans_smsubl(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, true, 1);
}

bool a64_trans_umaddl(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, false, 2);
}

bool a64_trans_umsubl(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_madd(c, a, true, 2);
}

static bool a64_gen_rrr(struct a64_ctx *c, const struct a64_args *a,
                        enum ir_opc opc, enum ir_type t)
{
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_op2(c->ir, opc, t, a64_xreg_dest(c, a->rd), n, m);
    return true;
}

bool a64_trans_smulh(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_mulhs, IR_I64);
}

bool a64_trans_umulh(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_mulhu, IR_I64);
}

/* ---- 2 sources ---------------------------------------------------------- */

static bool a64_gen_div(struct a64_ctx *c, const struct a64_args *a,
                        enum ir_opc opc)
{
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot m = a64_xreg_read(c, a->rm, a->sf);
    ir_div(c->ir, opc, a64_type(a->sf), a64_xreg_dest(c, a->rd), n, m,
           IR_DIV0_ZERO);
    return true;
}

bool a64_trans_udiv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_div(c, a, IR_divu);
}

bool a64_trans_sdiv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_div(c, a, IR_div);
}

/* The IR shifts take the amount modulo the width, as LSLV & co do. */
bool a64_trans_lslv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_shl, a64_type(a->sf));
}

bool a64_trans_lsrv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_shr, a64_type(a->sf));
}

bool a64_trans_asrv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_sar, a64_type(a->sf));
}

bool a64_trans_rorv(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_rrr(c, a, IR_rotr, a64_type(a->sf));
}

/* ---- 1 source ----------------------------------------------------------- */

/* Bit reversal of the low 32 (aux 0) or 64 bits. */
static uint64_t a64_helper_rbit(struct cpu *cpu, uint64_t x, uint64_t b,
                                uint64_t c, uint64_t aux)
{
    (void)cpu, (void)b, (void)c;
    x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
    x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0full) | ((x & 0x0f0f0f0f0f0f0f0full) << 4);
    x = __builtin_bswap64(x);
    return aux ? x : x >> 32;
}

static const struct ir_helper a64_rbit_helper = {
    a64_helper_rbit, "a64_rbit", IRH_PURE,
};

bool a64_trans_rbit(struct a64_ctx *c, const struct a64_args *a)
{
    ir_call(c->ir, &a64_rbit_helper, a64_xreg_dest(c, a->rd),
            a64_xreg_read(c, a->rn, a->sf), IR_NOSLOT, IR_NOSLOT,
            (uint8_t)a->sf);
    return true;
}

/* Swap the bytes of every halfword: ((x >> 8) & m) | ((x & m) << 8). */
bool a64_trans_rev16(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    int64_t m = (int64_t)0x00ff00ff00ff00ffull;
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot hi = ir_temp(b), lo = ir_temp(b);
    ir_op2i(b, IR_shri, t, hi, n, 8);
    ir_op2i(b, IR_andi, t, hi, hi, m);
    ir_op2i(b, IR_andi, t, lo, n, m);
    ir_op2i(b, IR_shli, t, lo, lo, 8);
    ir_op2(b, IR_or, t, a64_xreg_dest(c, a->rd), hi, lo);
    return true;
}

/* sf 1: rev32 (bytes of each word); sf 0: rev Wd. */
bool a64_trans_rev32(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot d = a64_xreg_dest(c, a->rd);
    if (!a->sf) {
        ir_op1(c->ir, IR_bswap, IR_I32, d, n, 0);
        return true;
    }
    ir_slot t = ir_temp(c->ir);
    ir_op1(c->ir, IR_bswap, IR_I64, t, n, 0);
    ir_op2i(c->ir, IR_rotri, IR_I64, d, t, 32);
    return true;
}

bool a64_trans_rev64(struct a64_ctx *c, const struct a64_args *a)
{
    if (!a->sf) {
        return false;
    }
    ir_op1(c->ir, IR_bswap, IR_I64, a64_xreg_dest(c, a->rd),
           a64_xreg_read(c, a->rn, 1), 0);
    return true;
}

bool a64_trans_clz(struct a64_ctx *c, const struct a64_args *a)
{
    ir_op1(c->ir, IR_clz, a64_type(a->sf), a64_xreg_dest(c, a->rd),
           a64_xreg_read(c, a->rn, a->sf), 0);
    return true;
}

/* cls(x) = clz(x ^ (x >> 1, arithmetic)) - 1 */
bool a64_trans_cls(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    enum ir_type t = a64_type(a->sf);
    ir_slot n = a64_xreg_read(c, a->rn, a->sf);
    ir_slot x = ir_temp(b);
    ir_op2i(b, IR_sari, t, x, n, 1);
    ir_op2(b, IR_xor, t, x, x, n);
    ir_op1(b, IR_clz, t, x, x, 0);
    ir_op2i(b, IR_addi, t, a64_xreg_dest(c, a->rd), x, -1);
    return true;
}
