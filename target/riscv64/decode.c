/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 decoder: expands insn.def and insn-fp.def into the pattern
 * table, matches 32-bit words against it (rows bucketed by opcode bits
 * 6:2), extracts operands per format, and drives one insn's translation.
 * Compressed insns are expanded first (decode-compressed.c).
 */
#include "target/riscv64/decode.h"

#include <string.h>

#include "translator/log.h"

const struct rv_pattern rv_patterns[RV_OP__COUNT] = {
#define RV_INSN(name, fmt, ext, mask, match) \
    [RV_OP_##name] = {mask, match, RV_FMT_##fmt, RV_EXT_##ext, #name, \
                      rv_trans_##name},
#include "target/riscv64/insn.def"
#include "target/riscv64/insn-fp.def"
#undef RV_INSN
};

/*
 * Rows bucketed by insn[6:2] (the major opcode; bits 1:0 are 11 for every
 * 32-bit insn).  Within a bucket, rows with more mask bits come first, so
 * a documented specialization would win over its general row.
 */
#define RV_NBUCKETS 32
static uint16_t rv_bucket_start[RV_NBUCKETS + 1];
static uint16_t rv_bucket_rows[RV_OP__COUNT];

static unsigned rv_bucket_of(uint32_t match)
{
    return (match >> 2) & (RV_NBUCKETS - 1);
}

/* More specific (more mask bits) first. */
static bool rv_row_before(int x, int y)
{
    int bx = __builtin_popcount(rv_patterns[x].mask);
    int by = __builtin_popcount(rv_patterns[y].mask);
    return bx > by || (bx == by && x < y);
}

/* Built once before main(); read-only afterwards, so threads may share it. */
__attribute__((constructor)) static void rv_build_buckets(void)
{
    unsigned n = 0;
    for (unsigned b = 0; b < RV_NBUCKETS; b++) {
        rv_bucket_start[b] = (uint16_t)n;
        for (int op = 0; op < RV_OP__COUNT; op++) {
            if (rv_bucket_of(rv_patterns[op].match) != b) {
                continue;
            }
            unsigned k = n++;
            while (k > rv_bucket_start[b] &&
                   rv_row_before(op, rv_bucket_rows[k - 1])) {
                rv_bucket_rows[k] = rv_bucket_rows[k - 1];
                k--;
            }
            rv_bucket_rows[k] = (uint16_t)op;
        }
    }
    rv_bucket_start[RV_NBUCKETS] = (uint16_t)n;
}

/* Sign-extend the low bits of v. */
static int64_t rv_sext(uint32_t v, unsigned bits)
{
    return (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
}

static int64_t rv_imm_b(uint32_t w)
{
    uint32_t v = ((w >> 31) & 1) << 12 | ((w >> 7) & 1) << 11 |
                 ((w >> 25) & 0x3f) << 5 | ((w >> 8) & 0xf) << 1;
    return rv_sext(v, 13);
}

static int64_t rv_imm_j(uint32_t w)
{
    uint32_t v = ((w >> 31) & 1) << 20 | ((w >> 12) & 0xff) << 12 |
                 ((w >> 20) & 1) << 11 | ((w >> 21) & 0x3ff) << 1;
    return rv_sext(v, 21);
}

void rv_extract_args(enum rv_fmt fmt, uint32_t w, struct rv_args *a)
{
    int rd = (w >> 7) & 31, rs1 = (w >> 15) & 31, rs2 = (w >> 20) & 31;

    memset(a, 0, sizeof(*a));
    a->insn = w;
    switch (fmt) {
    case RV_FMT_R4:
        a->rs3 = (int)(w >> 27);
        /* fall through */
    case RV_FMT_R:
    case RV_FMT_AMO:
        a->rd = rd;
        a->rs1 = rs1;
        a->rs2 = rs2;
        a->rm = (w >> 12) & 7;
        a->aq = fmt == RV_FMT_AMO && ((w >> 26) & 1);
        a->rl = fmt == RV_FMT_AMO && ((w >> 25) & 1);
        break;
    case RV_FMT_I:
        a->rd = rd;
        a->rs1 = rs1;
        a->rm = (w >> 12) & 7;
        a->imm = rv_sext(w >> 20, 12);
        break;
    case RV_FMT_S:
        a->rs1 = rs1;
        a->rs2 = rs2;
        a->rm = (w >> 12) & 7;
        a->imm = rv_sext((w >> 25) << 5 | (uint32_t)rd, 12);
        break;
    case RV_FMT_B:
        a->rs1 = rs1;
        a->rs2 = rs2;
        a->imm = rv_imm_b(w);
        break;
    case RV_FMT_U:
        a->rd = rd;
        a->imm = rv_sext(w & 0xfffff000u, 32);
        break;
    case RV_FMT_J:
        a->rd = rd;
        a->imm = rv_imm_j(w);
        break;
    case RV_FMT_SH6:
    case RV_FMT_SH5:
        a->rd = rd;
        a->rs1 = rs1;
        a->imm = (w >> 20) & (fmt == RV_FMT_SH6 ? 63 : 31);
        break;
    case RV_FMT_CSR:
    case RV_FMT_CSRI:
        a->rd = rd;
        a->csr = (int)(w >> 20);
        if (fmt == RV_FMT_CSR) {
            a->rs1 = rs1;
        } else {
            a->imm = rs1; /* zero-extended uimm[4:0] */
        }
        break;
    case RV_FMT_FENCE:
        a->imm = w >> 20; /* fm:pred:succ */
        break;
    case RV_FMT_NONE:
    case RV_FMT__COUNT:
        break;
    }
}

enum rv_op rv_decode(uint32_t word, struct rv_args *a)
{
    if ((word & 3) == 3) {
        unsigned b = rv_bucket_of(word);
        for (unsigned k = rv_bucket_start[b]; k < rv_bucket_start[b + 1];
             k++) {
            const struct rv_pattern *p = &rv_patterns[rv_bucket_rows[k]];
            if ((word & p->mask) == p->match) {
                rv_extract_args((enum rv_fmt)p->fmt, word, a);
                return (enum rv_op)rv_bucket_rows[k];
            }
        }
    }
    memset(a, 0, sizeof(*a));
    return RV_OP_ILLEGAL;
}

/* Read the insn at c->pc: 2 bytes, then 2 more unless it is compressed. */
static bool rv_fetch_insn(struct tr_ctx *c, uint32_t *word, unsigned *len)
{
    uint16_t lo, hi;
    if (!tr_fetch(c, c->pc, &lo, 2)) {
        return false;
    }
    if ((lo & 3) != 3) {
        *word = lo;
        *len = 2;
        return true;
    }
    if (!tr_fetch(c, c->pc + 2, &hi, 2)) {
        return false;
    }
    *word = (uint32_t)hi << 16 | lo;
    *len = 4;
    return true;
}

/* The insn cannot execute: raise SIGILL at its pc. */
static void rv_gen_illegal(struct rv_ctx *c, uint32_t word)
{
    log_unimp_once("riscv64 insn", word);
    ir_raise(c->ir, c->pc, EXCP_ILLEGAL);
    rv_end_block(c);
}

void rv_translate_insn(struct tr_ctx *tr)
{
    uint32_t word;
    unsigned len;
    if (!rv_fetch_insn(tr, &word, &len)) {
        return; /* tr_fetch ended the block */
    }
    struct rv_ctx c = {.tr = tr, .ir = tr->ir, .pc = tr->pc,
                       .next_pc = tr->pc + len, .len = len};
    tr->next_pc = c.next_pc;

    uint32_t w32 = len == 2 ? rv_expand_compressed((uint16_t)word) : word;
    struct rv_args a;
    enum rv_op op = rv_decode(w32, &a);
    if (op != RV_OP_ILLEGAL) {
        int mark = c.ir->n;
        if (rv_patterns[op].trans(&c, &a)) {
            return;
        }
        c.ir->n = mark; /* drop anything a refusing translator emitted */
        tr->end = false;
    }
    rv_gen_illegal(&c, word);
}
