/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 decoder: expands insn.def and insn-fpsimd.def into the
 * ordered pattern table, matches words against it (rows bucketed by op0 =
 * bits 28:25, keeping their order, so the first matching row wins as in
 * the Arm ARM's "unallocated if ..." priorities), extracts operands per
 * format, and drives one insn's translation.
 */
#include "target/aarch64/decode.h"

#include <string.h>

#include "translator/log.h"

const struct a64_pattern a64_patterns[A64_OP__COUNT] = {
#define A64_INSN(name, mask, match, fmt) \
    [A64_OP_##name] = {mask, match, A64_FMT_##fmt, #name, a64_trans_##name},
#include "target/aarch64/insn.def"
#include "target/aarch64/insn-fpsimd.def"
#undef A64_INSN
};

#define A64_NBUCKETS 16
#define A64_OP0_MASK (0xfu << 25)
static uint16_t a64_bucket_start[A64_NBUCKETS + 1];
static uint16_t a64_bucket_rows[A64_NBUCKETS * A64_OP__COUNT];

/* Built once before main(); read-only afterwards. */
__attribute__((constructor)) static void a64_build_buckets(void)
{
    unsigned n = 0;
    for (uint32_t b = 0; b < A64_NBUCKETS; b++) {
        a64_bucket_start[b] = (uint16_t)n;
        for (int op = 0; op < A64_OP__COUNT; op++) {
            const struct a64_pattern *p = &a64_patterns[op];
            if (((p->match ^ (b << 25)) & p->mask & A64_OP0_MASK) == 0) {
                a64_bucket_rows[n++] = (uint16_t)op;
            }
        }
    }
    a64_bucket_start[A64_NBUCKETS] = (uint16_t)n;
}

/* Log2 bytes of one register's access of a load/store. */
static uint8_t a64_ls_scale(uint32_t w)
{
    unsigned size = w >> 30;
    if ((w >> 26) & 1) {
        return (uint8_t)(((w >> 23) & 1) << 2 | size);
    }
    return (uint8_t)size;
}

static uint8_t a64_pair_scale(uint32_t w)
{
    unsigned opc = w >> 30;
    if ((w >> 26) & 1) {
        return (uint8_t)(2 + opc);
    }
    return (uint8_t)(2 + (opc >> 1));
}

static void a64_extract_logic_imm(uint32_t w, struct a64_args *a)
{
    uint64_t wmask = 0, tmask;
    a->n = (w >> 22) & 1;
    a->immr = (w >> 16) & 63;
    a->imms = (w >> 10) & 63;
    a->imm_ok = a64_decode_bitmasks(a->n, a->imms, a->immr, a->sf, true,
                                    &wmask, &tmask);
    a->imm = (int64_t)wmask;
}

static void a64_extract_ls(enum a64_fmt fmt, uint32_t w, struct a64_args *a)
{
    a->scale = fmt == A64_FMT_LS_PAIR ? a64_pair_scale(w) : a64_ls_scale(w);
    switch (fmt) {
    case A64_FMT_LS_UIMM:
        a->imm = (int64_t)a64_bits(w, 21, 10) << a->scale;
        break;
    case A64_FMT_LS_IMM9:
        a->imm = a64_sbits(w, 20, 12);
        a->mode = (w >> 10) & 3;
        break;
    case A64_FMT_LS_REG:
        a->option = (w >> 13) & 7;
        a->shift = (w >> 12) & 1 ? a->scale : 0;
        break;
    case A64_FMT_LS_PAIR:
        a->imm = a64_sbits(w, 21, 15) * ((int64_t)1 << a->scale);
        a->mode = (w >> 23) & 3;
        break;
    case A64_FMT_LS_LIT:
        a->imm = a64_sbits(w, 23, 5) * 4;
        break;
    default:
        break;
    }
}

void a64_extract_args(enum a64_fmt fmt, uint32_t w, struct a64_args *a)
{
    memset(a, 0, sizeof(*a));
    a->insn = w;
    a->rd = w & 31;
    a->rn = (w >> 5) & 31;
    a->rm = (w >> 16) & 31;
    a->ra = (w >> 10) & 31;
    a->sf = w >> 31;
    a->q = (w >> 30) & 1;
    a->size = w >> 30;
    a->v = (w >> 26) & 1;
    a->opc = (w >> 22) & 3;
    switch (fmt) {
    case A64_FMT_NONE:
    case A64_FMT__COUNT:
        break;
    case A64_FMT_ADDSUB_IMM:
        a->imm = (int64_t)a64_bits(w, 21, 10) << ((w >> 22) & 1 ? 12 : 0);
        break;
    case A64_FMT_LOGIC_IMM:
        a64_extract_logic_imm(w, a);
        break;
    case A64_FMT_MOVW:
        a->imm = a64_bits(w, 20, 5);
        a->shift = (uint8_t)(a64_bits(w, 22, 21) * 16);
        break;
    case A64_FMT_PCREL:
        a->imm = a64_sbits(w, 23, 5) * 4 + a64_bits(w, 30, 29);
        break;
    case A64_FMT_BITFIELD:
    case A64_FMT_EXTR:
        a->n = (w >> 22) & 1;
        a->immr = (w >> 16) & 63;
        a->imms = (w >> 10) & 63;
        break;
    case A64_FMT_B26:
        a->imm = a64_sbits(w, 25, 0) * 4;
        break;
    case A64_FMT_B19:
        a->imm = a64_sbits(w, 23, 5) * 4;
        a->cond = w & 15;
        break;
    case A64_FMT_TB:
        a->imm = a64_sbits(w, 18, 5) * 4;
        a->imms = (uint8_t)((w >> 31) << 5 | a64_bits(w, 23, 19));
        break;
    case A64_FMT_EXC:
        a->imm = a64_bits(w, 20, 5);
        break;
    case A64_FMT_SYS:
        a->imm = a64_bits(w, 20, 5);
        a->op0 = (uint8_t)(2 + ((w >> 19) & 1));
        if (((w >> 20) & 1) == 0) {
            a->op0 = (uint8_t)((w >> 19) & 1); /* hints, barriers, SYS */
        }
        a->op1 = (uint8_t)a64_bits(w, 18, 16);
        a->crn = (uint8_t)a64_bits(w, 15, 12);
        a->crm = (uint8_t)a64_bits(w, 11, 8);
        a->op2 = (uint8_t)a64_bits(w, 7, 5);
        break;
    case A64_FMT_SHIFTED:
        a->shift = (w >> 22) & 3;
        a->imm = a64_bits(w, 15, 10);
        break;
    case A64_FMT_EXTENDED:
        a->option = (w >> 13) & 7;
        a->imm = a64_bits(w, 12, 10);
        break;
    case A64_FMT_COND:
        a->cond = (w >> 12) & 15;
        a->nzcv = w & 15;
        a->imm = a64_bits(w, 20, 16);
        break;
    case A64_FMT_LS_UIMM:
    case A64_FMT_LS_IMM9:
    case A64_FMT_LS_REG:
    case A64_FMT_LS_PAIR:
    case A64_FMT_LS_LIT:
        a64_extract_ls(fmt, w, a);
        break;
    }
}

enum a64_op a64_decode(uint32_t word, struct a64_args *a)
{
    unsigned b = (word >> 25) & 15;
    for (unsigned k = a64_bucket_start[b]; k < a64_bucket_start[b + 1];
         k++) {
        const struct a64_pattern *p = &a64_patterns[a64_bucket_rows[k]];
        if ((word & p->mask) == p->match) {
            a64_extract_args((enum a64_fmt)p->fmt, word, a);
            return (enum a64_op)a64_bucket_rows[k];
        }
    }
    a64_extract_args(A64_FMT_NONE, word, a);
    return A64_OP_ILLEGAL;
}

const char *a64_group_name(uint32_t word)
{
    static const char *const names[16] = {
        "aarch64 insn (reserved/sme)", "aarch64 insn (unallocated)",
        "aarch64 insn (sve)", "aarch64 insn (unallocated)",
        "aarch64 insn (load/store)", "aarch64 insn (dp register)",
        "aarch64 insn (load/store)", "aarch64 insn (dp simd&fp)",
        "aarch64 insn (dp immediate)", "aarch64 insn (dp immediate)",
        "aarch64 insn (branch/system)", "aarch64 insn (branch/system)",
        "aarch64 insn (load/store)", "aarch64 insn (dp register)",
        "aarch64 insn (load/store)", "aarch64 insn (dp simd&fp)",
    };
    return names[(word >> 25) & 15];
}

/*
 * Block-wide translation state.  The core creates a fresh tr_ctx per
 * block attempt and calls us with n_insns == 0 for its first insn.
 */
static __thread struct a64_block a64_blk;

/* The insn cannot execute: SIGILL at its pc, named under -d unimp. */
static void a64_gen_illegal(struct a64_ctx *c, uint32_t word)
{
    log_unimp_once(a64_group_name(word), word);
    ir_raise(c->ir, c->pc, EXCP_ILLEGAL);
    a64_end_block(c);
}

void a64_translate_insn(struct tr_ctx *tr)
{
    uint32_t word;
    if (tr->n_insns == 0) {
        a64_blk.cc_known = -1;
    }
    if (!tr_fetch(tr, tr->pc, &word, 4)) {
        return; /* tr_fetch ended the block */
    }
    struct a64_ctx c = {.tr = tr, .ir = tr->ir, .pc = tr->pc,
                        .next_pc = tr->pc + 4, .blk = &a64_blk};
    tr->next_pc = c.next_pc;

    struct a64_args a;
    enum a64_op op = a64_decode(word, &a);
    if (op != A64_OP_ILLEGAL) {
        int mark = c.ir->n;
        int cc_known = a64_blk.cc_known;
        if (a64_patterns[op].trans(&c, &a)) {
            return;
        }
        c.ir->n = mark; /* drop anything a refusing translator emitted */
        a64_blk.cc_known = cc_known;
        tr->end = false;
    }
    a64_gen_illegal(&c, word);
}
