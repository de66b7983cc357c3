/* SPDX-License-Identifier: MIT */
/*
 * The intermediate representation: one translation block is a linear array
 * of ir_insn over "slots", 64-bit cells addressed from the CPU state base.
 * Guest registers are slots at fixed offsets in the target's state (globals);
 * block-local temporaries are slots in the scratch area at the start of
 * struct cpu.  Targets build blocks with the ir_* emitters below only.
 */
#ifndef XRUN_TRANSLATOR_IR_H
#define XRUN_TRANSLATOR_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum ir_opc {
#define IR_OP(name, nout, nin, flags) IR_##name,
#include "translator/ir-ops.def"
#undef IR_OP
    IR__COUNT
};

/* Op properties, from ir-ops.def. */
enum {
    IRF_PURE = 1 << 0,    /* no effect but writing d: removable when d is dead */
    IRF_COMM = 1 << 1,    /* a and b may be swapped */
    IRF_SIDE = 1 << 2,    /* has an effect beyond d: never removed */
    IRF_FAULTS = 1 << 3,  /* may raise a guest exception: needs a precise pc */
    IRF_BRANCH = 1 << 4,  /* jumps to a label */
    IRF_EXIT = 1 << 5,    /* leaves the block */
    IRF_MARK = 1 << 6,    /* position marker, executes as nothing */
    IRF_READS_D = 1 << 7, /* d is an input as well as the output */
};

struct ir_opinfo {
    const char *name;
    uint8_t nout, nin;
    uint16_t flags;
};
extern const struct ir_opinfo ir_opinfo[IR__COUNT];

enum ir_type { IR_I64 = 0, IR_I32 = 1 };

/* Conditions of setcond/movcond/brcond (TCG's set, plus bit tests). */
enum ir_cond {
    IR_EQ, IR_NE, IR_LT, IR_GE, IR_LE, IR_GT,
    IR_LTU, IR_GEU, IR_LEU, IR_GTU,
    IR_TSTEQ, /* (a & b) == 0 */
    IR_TSTNE, /* (a & b) != 0 */
    IR_COND__COUNT
};

/* memop (aux of ld/st/ld_env/st_env): log2 of the size, plus sign-extend. */
enum {
    IR_MO_8 = 0, IR_MO_16 = 1, IR_MO_32 = 2, IR_MO_64 = 3,
    IR_MO_SIZE = 3,
    IR_MO_SIGN = 4,
};

/* atomic (aux): IR_MO size in bits 0-1, kind in bits 4-7. */
enum ir_atomic_kind {
    IR_AT_XCHG, IR_AT_ADD, IR_AT_AND, IR_AT_OR, IR_AT_XOR,
    IR_AT_SMIN, IR_AT_SMAX, IR_AT_UMIN, IR_AT_UMAX, IR_AT_ANDN,
};
#define IR_AT(kind, mo) ((uint8_t)((kind) << 4 | (mo)))

/* div/divu (aux): result when the divisor is zero. */
enum { IR_DIV0_ZERO = 0, IR_DIV0_ONES = 1 };

/* fence (aux): which earlier accesses are ordered before which later ones. */
enum { IR_FENCE_ACQ_REL = 0, IR_FENCE_FULL = 1 };

typedef uint16_t ir_slot;
#define IR_NOSLOT ((ir_slot)0xffff)

struct ir_insn {
    uint8_t opc;     /* enum ir_opc */
    uint8_t type;    /* enum ir_type */
    uint8_t aux;
    uint8_t bk;      /* backend scratch (interp: dispatch index) */
    ir_slot d, a, b, c;
    uint32_t pc_off; /* guest pc of the insn it belongs to, from block start */
    int64_t imm;
};

/*
 * A helper called by IR "call": fn(cpu, a, b, c, aux).  Helpers that touch
 * guest memory or raise guest exceptions must be flagged IRH_FAULTS so the
 * backend records the pc first.
 */
struct cpu;
typedef uint64_t (*ir_helper_fn)(struct cpu *cpu, uint64_t a, uint64_t b,
                                 uint64_t c, uint64_t aux);
struct ir_helper {
    ir_helper_fn fn;
    const char *name;
    unsigned flags;
};
enum {
    IRH_PURE = 1,   /* depends on its inputs only: foldable, removable */
    IRH_FAULTS = 2, /* may raise a guest exception or fault */
    /*
     * The descriptor is the first member of a struct fp_fast_helper
     * (translator/fp-fast.h): a backend may compute the call inline and
     * call fn only when a check fails.  The interpreter ignores it.
     */
    IRH_FP_FAST = 4,
};

#define IR_MAX_INSNS 4096
#define IR_TEMP_SLOTS 1024 /* slots below this are temps */
#define IR_MAX_LABELS 256

/* Block under construction. */
struct ir_block {
    struct ir_insn insn[IR_MAX_INSNS];
    int n;
    int n_labels;
    ir_slot next_temp;  /* next free temp slot */
    ir_slot max_temp;   /* temps are [1, max_temp) */
    uint64_t pc;        /* guest pc of the block start */
    uint64_t cur_pc;    /* guest pc of the insn being translated */
    bool overflow;      /* ran out of insns or temps: retranslate shorter */
};

/* Reset b for a new block at guest pc; temps come from [first, limit). */
void ir_block_init(struct ir_block *b, uint64_t pc, ir_slot first_temp,
                   ir_slot temp_limit);

/* Room left for about one more guest insn (of any target)? */
bool ir_block_has_room(const struct ir_block *b);

ir_slot ir_temp(struct ir_block *b);
int ir_new_label(struct ir_block *b);

/* Append a raw insn; the typed emitters below are the normal entry. */
struct ir_insn *ir_emit(struct ir_block *b, enum ir_opc opc, enum ir_type t,
                        ir_slot d, ir_slot a, ir_slot b2, int64_t imm);

/* Slot of a 64-bit field at byte offset off of the CPU state. */
static inline ir_slot ir_global(size_t off)
{
    return (ir_slot)(off / 8);
}

/* Printable dump of a block (for -d op). */
void ir_dump(const struct ir_insn *insn, int n, FILE *out);
const char *ir_cond_name(enum ir_cond c);

/* Evaluate a condition (shared by optimizer and interpreter). */
static inline bool ir_cond_eval(enum ir_cond c, uint64_t a, uint64_t b)
{
    switch (c) {
    case IR_EQ: return a == b;
    case IR_NE: return a != b;
    case IR_LT: return (int64_t)a < (int64_t)b;
    case IR_GE: return (int64_t)a >= (int64_t)b;
    case IR_LE: return (int64_t)a <= (int64_t)b;
    case IR_GT: return (int64_t)a > (int64_t)b;
    case IR_LTU: return a < b;
    case IR_GEU: return a >= b;
    case IR_LEU: return a <= b;
    case IR_GTU: return a > b;
    case IR_TSTEQ: return (a & b) == 0;
    case IR_TSTNE: return (a & b) != 0;
    default: return false;
    }
}

/* Sign-extend the low bits of an i32 operand when comparing as i32. */
static inline uint64_t ir_cmp_operand(enum ir_type t, enum ir_cond c,
                                      uint64_t v)
{
    if (t == IR_I64) {
        return v;
    }
    if (c == IR_LT || c == IR_GE || c == IR_LE || c == IR_GT) {
        return (uint64_t)(int64_t)(int32_t)v;
    }
    return (uint32_t)v;
}

#include "translator/ir-emit.h"

#endif
