/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 decoder: the ordered pattern table expanded from insn.def
 * and insn-fpsimd.def, the matcher, and the translate_insn and disas hooks
 * of a64_arch.  The disassembler and the unit test use the same tables.
 */
#ifndef XRUN_TARGET_AARCH64_DECODE_H
#define XRUN_TARGET_AARCH64_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/aarch64/trans.h"

/* One value per row of insn.def then insn-fpsimd.def, in order. */
enum a64_op {
#define A64_INSN(name, mask, match, fmt) A64_OP_##name,
#include "target/aarch64/insn.def"
#include "target/aarch64/insn-fpsimd.def"
#undef A64_INSN
    A64_OP__COUNT,
    A64_OP_ILLEGAL = -1
};

typedef bool (*a64_trans_fn)(struct a64_ctx *c, const struct a64_args *a);

struct a64_pattern {
    uint32_t mask, match;
    uint8_t fmt;        /* enum a64_fmt */
    const char *name;   /* row name */
    a64_trans_fn trans;
};

/* The rows, indexed by enum a64_op (= their order of priority). */
extern const struct a64_pattern a64_patterns[A64_OP__COUNT];

/*
 * Decode a word: the first row that matches, with *a filled (a->insn =
 * word), or A64_OP_ILLEGAL when no row matches (a then holds only the
 * format-independent fields).
 */
enum a64_op a64_decode(uint32_t word, struct a64_args *a);

/* Operand extraction for a format (used by a64_decode; for tests). */
void a64_extract_args(enum a64_fmt fmt, uint32_t word, struct a64_args *a);

/* The encoding group of a word (op0, bits 28:25), for messages. */
const char *a64_group_name(uint32_t word);

/* translate_insn hook of a64_arch; illegal words raise EXCP_ILLEGAL. */
void a64_translate_insn(struct tr_ctx *c);

/*
 * Disassemble one word at pc (disas.c): "<hex word>  mnemonic operands",
 * or "<hex word>  illegal".
 */
void a64_disas_word(uint64_t pc, uint32_t word, char *buf, size_t size);

/* The disas hook of a64_arch: reads the insn at guest pc; returns 4. */
int a64_disas(struct cpu *cpu, uint64_t pc, char *buf, size_t size);

#endif
