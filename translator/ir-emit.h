/* SPDX-License-Identifier: MIT */
/*
 * Typed emitters over ir_emit(): the API targets translate with.  Constants
 * go through ir_const(); the optimizer turns "op with a constant operand"
 * into the immediate form, so targets need not choose forms themselves.
 */
#ifndef XRUN_TRANSLATOR_IR_EMIT_H
#define XRUN_TRANSLATOR_IR_EMIT_H

static inline ir_slot ir_const(struct ir_block *b, uint64_t v)
{
    ir_slot t = ir_temp(b);
    ir_emit(b, IR_movi, IR_I64, t, IR_NOSLOT, IR_NOSLOT, (int64_t)v);
    return t;
}

static inline void ir_movi(struct ir_block *b, ir_slot d, uint64_t v)
{
    ir_emit(b, IR_movi, IR_I64, d, IR_NOSLOT, IR_NOSLOT, (int64_t)v);
}

static inline void ir_mov(struct ir_block *b, ir_slot d, ir_slot a)
{
    if (d != a) {
        ir_emit(b, IR_mov, IR_I64, d, a, IR_NOSLOT, 0);
    }
}

/* d = a op b for the binary ops. */
static inline void ir_op2(struct ir_block *b, enum ir_opc opc, enum ir_type t,
                          ir_slot d, ir_slot a, ir_slot s)
{
    ir_emit(b, opc, t, d, a, s, 0);
}

/* d = a op imm, for the "i" ops (addi, andi, shli, ...). */
static inline void ir_op2i(struct ir_block *b, enum ir_opc opc,
                           enum ir_type t, ir_slot d, ir_slot a, int64_t imm)
{
    ir_emit(b, opc, t, d, a, IR_NOSLOT, imm);
}

/* d = op a, for unary ops; aux as the op defines (sext/zext size). */
static inline void ir_op1(struct ir_block *b, enum ir_opc opc, enum ir_type t,
                          ir_slot d, ir_slot a, uint8_t aux)
{
    ir_emit(b, opc, t, d, a, IR_NOSLOT, 0)->aux = aux;
}

static inline void ir_setcond(struct ir_block *b, enum ir_type t,
                              enum ir_cond c, ir_slot d, ir_slot a, ir_slot s)
{
    ir_emit(b, IR_setcond, t, d, a, s, 0)->aux = (uint8_t)c;
}

/* if (a c s) d = v */
static inline void ir_movcond(struct ir_block *b, enum ir_type t,
                              enum ir_cond c, ir_slot d, ir_slot a, ir_slot s,
                              ir_slot v)
{
    struct ir_insn *i = ir_emit(b, IR_movcond, t, d, a, s, 0);
    i->c = v;
    i->aux = (uint8_t)c;
}

static inline void ir_div(struct ir_block *b, enum ir_opc opc, enum ir_type t,
                          ir_slot d, ir_slot a, ir_slot s, uint8_t div0)
{
    ir_emit(b, opc, t, d, a, s, 0)->aux = div0;
}

static inline void ir_ld(struct ir_block *b, ir_slot d, ir_slot addr,
                         int64_t off, uint8_t memop)
{
    ir_emit(b, IR_ld, IR_I64, d, addr, IR_NOSLOT, off)->aux = memop;
}

static inline void ir_st(struct ir_block *b, ir_slot val, ir_slot addr,
                         int64_t off, uint8_t memop)
{
    ir_emit(b, IR_st, IR_I64, IR_NOSLOT, val, addr, off)->aux = memop;
}

static inline void ir_ld_env(struct ir_block *b, ir_slot d, size_t off,
                             uint8_t memop)
{
    ir_emit(b, IR_ld_env, IR_I64, d, IR_NOSLOT, IR_NOSLOT, (int64_t)off)->aux =
        memop;
}

static inline void ir_st_env(struct ir_block *b, ir_slot val, size_t off,
                             uint8_t memop)
{
    ir_emit(b, IR_st_env, IR_I64, IR_NOSLOT, val, IR_NOSLOT, (int64_t)off)
        ->aux = memop;
}

/* d = old value at addr; memory = old <kind> val.  aux = IR_AT(kind, mo). */
static inline void ir_atomic(struct ir_block *b, ir_slot d, ir_slot addr,
                             ir_slot val, uint8_t aux)
{
    ir_emit(b, IR_atomic, IR_I64, d, addr, val, 0)->aux = aux;
}

static inline void ir_cmpxchg(struct ir_block *b, ir_slot d, ir_slot addr,
                              ir_slot expect, ir_slot newv, uint8_t mo)
{
    struct ir_insn *i = ir_emit(b, IR_cmpxchg, IR_I64, d, addr, expect, 0);
    i->c = newv;
    i->aux = mo;
}

static inline void ir_fence(struct ir_block *b, uint8_t kind)
{
    ir_emit(b, IR_fence, IR_I64, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT, 0)->aux =
        kind;
}

/* d = h->fn(cpu, a, b, c, aux); pass IR_NOSLOT for unused inputs/output. */
static inline void ir_call(struct ir_block *b, const struct ir_helper *h,
                           ir_slot d, ir_slot a, ir_slot s, ir_slot c,
                           uint8_t aux)
{
    struct ir_insn *i =
        ir_emit(b, IR_call, IR_I64, d, a, s, (int64_t)(intptr_t)h);
    i->c = c;
    i->aux = aux;
}

static inline void ir_label(struct ir_block *b, int label)
{
    ir_emit(b, IR_label, IR_I64, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT, label);
}

static inline void ir_br(struct ir_block *b, int label)
{
    ir_emit(b, IR_br, IR_I64, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT, 0)->c =
        (ir_slot)label;
}

static inline void ir_brcond(struct ir_block *b, enum ir_type t,
                             enum ir_cond c, ir_slot a, ir_slot s, int label)
{
    struct ir_insn *i = ir_emit(b, IR_brcond, t, IR_NOSLOT, a, s, 0);
    i->c = (ir_slot)label;
    i->aux = (uint8_t)c;
}

/* Leave the block for the static guest pc; exit numbers 0 and 1 chain. */
static inline void ir_exit_tb(struct ir_block *b, uint64_t pc, int exit_no)
{
    ir_emit(b, IR_exit_tb, IR_I64, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT,
            (int64_t)pc)->aux = (uint8_t)exit_no;
}

static inline void ir_exit_jump(struct ir_block *b, ir_slot pc)
{
    ir_emit(b, IR_exit_jump, IR_I64, IR_NOSLOT, pc, IR_NOSLOT, 0);
}

/* Leave with exception excp (enum cpu_excp), guest pc set to pc. */
static inline void ir_raise(struct ir_block *b, uint64_t pc, int excp)
{
    ir_emit(b, IR_raise, IR_I64, IR_NOSLOT, IR_NOSLOT, IR_NOSLOT, (int64_t)pc)
        ->aux = (uint8_t)excp;
}

#endif
