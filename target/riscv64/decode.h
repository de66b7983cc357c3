/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 decoder: the pattern table expanded from insn.def and
 * insn-fp.def, the 32-bit matcher, the compressed-insn expander, and the
 * translate_insn entry of rv64_arch.  The disassembler and the unit test
 * use the same tables.
 */
#ifndef XRUN_TARGET_RISCV64_DECODE_H
#define XRUN_TARGET_RISCV64_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/riscv64/trans.h"

/* One value per row of insn.def then insn-fp.def. */
enum rv_op {
#define RV_INSN(name, fmt, ext, mask, match) RV_OP_##name,
#include "target/riscv64/insn.def"
#include "target/riscv64/insn-fp.def"
#undef RV_INSN
    RV_OP__COUNT,
    RV_OP_ILLEGAL = -1
};

typedef bool (*rv_trans_fn)(struct rv_ctx *c, const struct rv_args *a);

struct rv_pattern {
    uint32_t mask, match;
    uint8_t fmt;        /* enum rv_fmt */
    uint8_t ext;        /* enum rv_ext */
    const char *name;   /* row name, '_' for '.' */
    rv_trans_fn trans;
};

/* The rows, indexed by enum rv_op. */
extern const struct rv_pattern rv_patterns[RV_OP__COUNT];

/*
 * Decode a 32-bit insn word: returns its op and fills *a (a->insn = word),
 * or RV_OP_ILLEGAL when no row matches (a is then zeroed).
 */
enum rv_op rv_decode(uint32_t word, struct rv_args *a);

/*
 * Expand a 16-bit compressed insn (low bits != 3) to the equivalent 32-bit
 * word; 0 (never a valid word) for reserved and illegal encodings.
 */
uint32_t rv_expand_compressed(uint16_t insn);

/*
 * Fetch, decode and translate the insn at c->pc: the translate_insn hook
 * of rv64_arch.  Illegal encodings become an EXCP_ILLEGAL exit.
 */
void rv_translate_insn(struct tr_ctx *c);

/* Operand extraction for a format (used by rv_decode; exposed for tests). */
void rv_extract_args(enum rv_fmt fmt, uint32_t word, struct rv_args *a);

/*
 * Disassemble one insn (disas.c): word holds the raw 16- or 32-bit insn,
 * len its length in bytes, pc its address (for branch targets).  Writes
 * "<hex word>  mnemonic operands" to buf; "<hex word>  illegal" for an
 * invalid word.
 */
void rv_disas_word(uint64_t pc, uint32_t word, unsigned len, char *buf,
                   size_t size);

/* The disas hook of rv64_arch: reads the insn at guest pc; returns len. */
int rv_disas(struct cpu *cpu, uint64_t pc, char *buf, size_t size);

#endif
