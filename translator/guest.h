/* SPDX-License-Identifier: MIT */
/*
 * What the guest-neutral core needs from a target ISA: its state layout and
 * its translator.  Each target/<isa>/ exports one struct guest_arch.
 */
#ifndef XRUN_TRANSLATOR_GUEST_H
#define XRUN_TRANSLATOR_GUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "translator/cpu.h"
#include "translator/ir.h"

struct fp_guest;

/* Translation state of one block, shared by the core and the target. */
struct tr_ctx {
    struct ir_block *ir;
    struct cpu *cpu;
    uint64_t pc;       /* guest pc of the insn being translated */
    uint64_t next_pc;  /* set by the target: pc of the following insn */
    bool end;          /* the target ended the block (it emitted the exit) */
    int n_insns;
    uint64_t page_ok;  /* guest page known readable for fetch, or ~0 */
};

struct guest_arch {
    const char *name;       /* "riscv64" */
    uint16_t elf_machine;   /* EM_RISCV */
    size_t cpu_size;        /* sizeof the target's state, struct cpu first */
    unsigned max_insn_ir;   /* IR insns one guest insn may need, at most */
    /* Translate the insn at c->pc; set c->next_pc, or emit an exit and end. */
    void (*translate_insn)(struct tr_ctx *c);
    /* Disassemble one insn for -d in_asm; returns its length. */
    int (*disas)(struct cpu *cpu, uint64_t pc, char *buf, size_t len);
    void (*cpu_init)(struct cpu *cpu);
    void (*dump_regs)(const struct cpu *cpu, FILE *out);
    /* The guest's FP flags and modes for inline FP code (fp-fast.h). */
    const struct fp_guest *fp;
};

/*
 * Fetch guest code at pc for c.  A fault on the first insn of the block
 * becomes an EXCP_SEGV_MAPERR exit; later in the block it ends the block
 * before that insn (returns false; the target emits nothing then).
 */
bool tr_fetch(struct tr_ctx *c, uint64_t pc, void *dst, unsigned len);

#endif
