/* SPDX-License-Identifier: MIT */
/*
 * The meaning of every pure IR op, written once.  The optimizer folds
 * constants with it and the interpreter executes with it; called with a
 * constant op and type, the switch reduces to the one case at compile time.
 */
#ifndef XRUN_TRANSLATOR_IR_SEM_H
#define XRUN_TRANSLATOR_IR_SEM_H

#include "translator/ir.h"

static inline uint64_t ir_sem_trunc(enum ir_type t, uint64_t v)
{
    return t == IR_I32 ? (uint32_t)v : v;
}

static inline unsigned ir_sem_width(enum ir_type t)
{
    return t == IR_I32 ? 32 : 64;
}

static inline uint64_t ir_sem_sext(unsigned bits, uint64_t v)
{
    return bits >= 64 ? v : (uint64_t)((int64_t)(v << (64 - bits)) >> (64 - bits));
}

static inline uint64_t ir_sem_div(enum ir_type t, bool sign, bool rem,
                                  uint8_t aux, uint64_t a, uint64_t b)
{
    unsigned w = ir_sem_width(t);
    if (ir_sem_trunc(t, b) == 0) {
        return rem ? ir_sem_trunc(t, a) : (aux == IR_DIV0_ONES ? ir_sem_trunc(t, ~0ull) : 0);
    }
    if (sign) {
        int64_t x = (int64_t)ir_sem_sext(w, a), y = (int64_t)ir_sem_sext(w, b);
        int64_t min = w == 32 ? INT32_MIN : INT64_MIN;
        if (x == min && y == -1) {
            return rem ? 0 : ir_sem_trunc(t, (uint64_t)min);
        }
        return ir_sem_trunc(t, (uint64_t)(rem ? x % y : x / y));
    }
    a = ir_sem_trunc(t, a);
    b = ir_sem_trunc(t, b);
    return rem ? a % b : a / b;
}

static inline uint64_t ir_sem_mulh(enum ir_type t, int kind, uint64_t a,
                                   uint64_t b)
{
    if (t == IR_I32) {
        int64_t x = (int64_t)(int32_t)a; /* signed for mulhs and mulhsu */
        int64_t y = kind == 0 ? (int64_t)(int32_t)b : (int64_t)(uint32_t)b;
        if (kind == 1) {
            return (uint32_t)(((uint64_t)(uint32_t)a * (uint32_t)b) >> 32);
        }
        return (uint32_t)((uint64_t)(x * y) >> 32);
    }
    switch (kind) {
    case 0: return (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
    case 1: return (uint64_t)(((unsigned __int128)a * b) >> 64);
    default: return (uint64_t)(((__int128)(int64_t)a * (unsigned __int128)b) >> 64);
    }
}

static inline uint64_t ir_sem_rotr(enum ir_type t, uint64_t a, uint64_t n)
{
    unsigned w = ir_sem_width(t);
    n &= w - 1;
    a = ir_sem_trunc(t, a);
    return n ? ir_sem_trunc(t, (a >> n) | (a << (w - n))) : a;
}

static inline uint64_t ir_sem_bswap(enum ir_type t, uint64_t a)
{
    return t == IR_I32 ? __builtin_bswap32((uint32_t)a) : __builtin_bswap64(a);
}

/* Result of pure op opc; d is the old destination (movcond). */
static inline __attribute__((always_inline)) uint64_t ir_sem(enum ir_opc opc, enum ir_type t, uint8_t aux,
                              uint64_t a, uint64_t b, uint64_t c, uint64_t d,
                              int64_t imm)
{
    unsigned w = ir_sem_width(t);
    uint64_t r;
    switch (opc) {
    case IR_movi: return ir_sem_trunc(t, (uint64_t)imm);
    case IR_mov: r = a; break;
    case IR_add: r = a + b; break;
    case IR_addi: r = a + (uint64_t)imm; break;
    case IR_sub: r = a - b; break;
    case IR_and: r = a & b; break;
    case IR_andi: r = a & (uint64_t)imm; break;
    case IR_or: r = a | b; break;
    case IR_ori: r = a | (uint64_t)imm; break;
    case IR_xor: r = a ^ b; break;
    case IR_xori: r = a ^ (uint64_t)imm; break;
    case IR_andn: r = a & ~b; break;
    case IR_orn: r = a | ~b; break;
    case IR_shl: r = a << (b & (w - 1)); break;
    case IR_shli: r = a << (imm & (w - 1)); break;
    case IR_shr: r = ir_sem_trunc(t, a) >> (b & (w - 1)); break;
    case IR_shri: r = ir_sem_trunc(t, a) >> (imm & (w - 1)); break;
    case IR_sar: r = (uint64_t)((int64_t)ir_sem_sext(w, a) >> (b & (w - 1))); break;
    case IR_sari: r = (uint64_t)((int64_t)ir_sem_sext(w, a) >> (imm & (w - 1))); break;
    case IR_rotr: r = ir_sem_rotr(t, a, b); break;
    case IR_rotri: r = ir_sem_rotr(t, a, (uint64_t)imm); break;
    case IR_rotl: r = ir_sem_rotr(t, a, (uint64_t)(w - (b & (w - 1)))); break;
    case IR_mul: r = a * b; break;
    case IR_muli: r = a * (uint64_t)imm; break;
    case IR_mulhs: r = ir_sem_mulh(t, 0, a, b); break;
    case IR_mulhu: r = ir_sem_mulh(t, 1, a, b); break;
    case IR_mulhsu: r = ir_sem_mulh(t, 2, a, b); break;
    case IR_div: r = ir_sem_div(t, true, false, aux, a, b); break;
    case IR_divu: r = ir_sem_div(t, false, false, aux, a, b); break;
    case IR_rem: r = ir_sem_div(t, true, true, aux, a, b); break;
    case IR_remu: r = ir_sem_div(t, false, true, aux, a, b); break;
    case IR_neg: r = -a; break;
    case IR_not: r = ~a; break;
    case IR_sext: r = ir_sem_sext(8u << aux, a); break;
    case IR_zext: r = aux >= 3 ? a : a & ((1ull << (8u << aux)) - 1); break;
    case IR_clz:
        a = ir_sem_trunc(t, a);
        r = a ? (uint64_t)(__builtin_clzll(a) - (64 - w)) : w;
        break;
    case IR_ctz:
        a = ir_sem_trunc(t, a);
        r = a ? (uint64_t)__builtin_ctzll(a) : w;
        break;
    case IR_cpop: r = (uint64_t)__builtin_popcountll(ir_sem_trunc(t, a)); break;
    case IR_bswap: r = ir_sem_bswap(t, a); break;
    case IR_smin: r = (int64_t)ir_sem_sext(w, a) < (int64_t)ir_sem_sext(w, b) ? a : b; break;
    case IR_smax: r = (int64_t)ir_sem_sext(w, a) > (int64_t)ir_sem_sext(w, b) ? a : b; break;
    case IR_umin: r = ir_sem_trunc(t, a) < ir_sem_trunc(t, b) ? a : b; break;
    case IR_umax: r = ir_sem_trunc(t, a) > ir_sem_trunc(t, b) ? a : b; break;
    case IR_setcond:
        return ir_cond_eval((enum ir_cond)aux, ir_cmp_operand(t, aux, a),
                            ir_cmp_operand(t, aux, b));
    case IR_setcondi:
        return ir_cond_eval((enum ir_cond)aux, ir_cmp_operand(t, aux, a),
                            ir_cmp_operand(t, aux, (uint64_t)imm));
    case IR_movcond:
        return ir_cond_eval((enum ir_cond)aux, ir_cmp_operand(t, aux, a),
                            ir_cmp_operand(t, aux, b)) ? c : d;
    default: r = 0; break;
    }
    return ir_sem_trunc(t, r);
}

#endif
