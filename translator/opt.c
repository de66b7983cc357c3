/* SPDX-License-Identifier: MIT */
/*
 * The block optimizer: constant folding and propagation into immediate
 * forms (forward pass), then dead-temp elimination (backward pass with
 * label-aware liveness), then compaction and label resolution.
 */
#include "translator/opt.h"

#include <stdlib.h>
#include <string.h>

#include "translator/ir-sem.h"
#include "translator/scratch.h"

struct constinfo {
    bool known[IR_TEMP_SLOTS];
    uint64_t val[IR_TEMP_SLOTS];
};

/* The reg-reg op with a constant b becomes this immediate op. */
static enum ir_opc imm_form(enum ir_opc opc)
{
    switch (opc) {
    case IR_add: return IR_addi;
    case IR_and: return IR_andi;
    case IR_or: return IR_ori;
    case IR_xor: return IR_xori;
    case IR_shl: return IR_shli;
    case IR_shr: return IR_shri;
    case IR_sar: return IR_sari;
    case IR_rotr: return IR_rotri;
    case IR_mul: return IR_muli;
    case IR_setcond: return IR_setcondi;
    case IR_brcond: return IR_brcondi;
    default: return IR_nop;
    }
}

static bool is_const(const struct constinfo *ci, ir_slot s)
{
    return s < IR_TEMP_SLOTS && ci->known[s];
}

static void set_const(struct constinfo *ci, ir_slot s, bool known,
                      uint64_t v)
{
    if (s < IR_TEMP_SLOTS) {
        ci->known[s] = known;
        ci->val[s] = v;
    }
}

static bool fits_imm(uint64_t v)
{
    (void)v;
    return true; /* imm is 64 bits; backends split as they need */
}

static void fold_one(struct constinfo *ci, struct ir_insn *i)
{
    const struct ir_opinfo *info = &ir_opinfo[i->opc];
    enum ir_opc opc = i->opc;

    if (opc == IR_movi) {
        set_const(ci, i->d, true, ir_sem_trunc(i->type, (uint64_t)i->imm));
        return;
    }
    if (info->flags & IRF_COMM && is_const(ci, i->a) && !is_const(ci, i->b)) {
        ir_slot t = i->a;
        i->a = i->b;
        i->b = t;
    }
    if (info->flags & IRF_PURE && opc != IR_movcond) {
        bool ka = info->nin < 1 || is_const(ci, i->a);
        bool kb = info->nin < 2 || is_const(ci, i->b);
        if (ka && kb) {
            uint64_t a = info->nin >= 1 ? ci->val[i->a] : 0;
            uint64_t b = info->nin >= 2 ? ci->val[i->b] : 0;
            uint64_t r = ir_sem((enum ir_opc)opc, (enum ir_type)i->type,
                                i->aux, a, b, 0, 0, i->imm);
            *i = (struct ir_insn){.opc = IR_movi, .type = IR_I64, .d = i->d,
                                  .a = IR_NOSLOT, .b = IR_NOSLOT,
                                  .c = IR_NOSLOT, .pc_off = i->pc_off,
                                  .imm = (int64_t)r};
            set_const(ci, i->d, true, r);
            return;
        }
    }
    if (info->nin >= 2 && is_const(ci, i->b) && fits_imm(ci->val[i->b])) {
        enum ir_opc f = imm_form(opc);
        if (opc == IR_sub) {
            f = IR_addi;
            i->imm = -(int64_t)ci->val[i->b];
        } else if (f != IR_nop) {
            i->imm = (int64_t)ci->val[i->b];
        }
        if (f != IR_nop) {
            i->opc = (uint8_t)f;
            i->b = IR_NOSLOT;
            opc = f;
        }
    }
    if (opc == IR_brcondi && is_const(ci, i->a)) {
        bool taken = ir_cond_eval(
            (enum ir_cond)i->aux,
            ir_cmp_operand((enum ir_type)i->type, i->aux, ci->val[i->a]),
            ir_cmp_operand((enum ir_type)i->type, i->aux, (uint64_t)i->imm));
        i->opc = taken ? IR_br : IR_nop;
        i->a = IR_NOSLOT;
        return;
    }
    /* Identities that hold at 64 bits only (i32 results are zero-extended). */
    if (i->type == IR_I64 && i->imm == 0 &&
        (opc == IR_addi || opc == IR_ori || opc == IR_xori ||
         opc == IR_shli || opc == IR_shri || opc == IR_sari)) {
        i->opc = IR_mov;
    }
    if (info->nout && i->d != IR_NOSLOT) {
        set_const(ci, i->d, false, 0);
    }
    if (i->opc == IR_movcond) {
        set_const(ci, i->d, false, 0);
    }
}

static void fold_constants(struct ir_insn *insn, int n, struct constinfo *ci)
{
    memset(ci->known, 0, sizeof(ci->known));
    for (int k = 0; k < n; k++) {
        struct ir_insn *i = &insn[k];
        if (i->opc == IR_label) {
            memset(ci->known, 0, sizeof(ci->known)); /* a join point */
            continue;
        }
        fold_one(ci, i);
        if (i->opc == IR_call && i->d != IR_NOSLOT) {
            set_const(ci, i->d, false, 0);
        }
    }
}

/* Liveness of temps, one bit each. */
#define LIVE_WORDS (IR_TEMP_SLOTS / 64)
struct liveset {
    uint64_t w[LIVE_WORDS];
};

static bool live_test(const struct liveset *l, ir_slot s)
{
    return s >= IR_TEMP_SLOTS || (l->w[s / 64] >> (s % 64)) & 1;
}

static void live_set(struct liveset *l, ir_slot s, bool on)
{
    if (s < IR_TEMP_SLOTS) {
        uint64_t m = 1ull << (s % 64);
        l->w[s / 64] = on ? l->w[s / 64] | m : l->w[s / 64] & ~m;
    }
}

static void live_union(struct liveset *l, const struct liveset *o)
{
    for (int k = 0; k < LIVE_WORDS; k++) {
        l->w[k] |= o->w[k];
    }
}

static int label_index(const struct ir_insn *insn, int n, int64_t id)
{
    for (int k = 0; k < n; k++) {
        if (insn[k].opc == IR_label && insn[k].imm == id) {
            return k;
        }
    }
    return -1;
}

static void remove_dead(struct ir_insn *insn, int n, int n_labels)
{
    struct liveset live = {0};
    struct liveset *at_label = calloc((size_t)n_labels + 1, sizeof(*at_label));
    for (int k = n - 1; k >= 0; k--) {
        struct ir_insn *i = &insn[k];
        const struct ir_opinfo *info = &ir_opinfo[i->opc];
        if (info->flags & IRF_EXIT) {
            memset(&live, 0, sizeof(live)); /* temps die at block exits */
        } else if (i->opc == IR_label) {
            at_label[i->imm] = live;
            continue;
        } else if (i->opc == IR_br) {
            live = at_label[i->c];
        } else if (info->flags & IRF_BRANCH) {
            live_union(&live, &at_label[i->c]);
        }
        bool has_out = info->nout && i->d != IR_NOSLOT;
        if (info->flags & IRF_PURE && has_out && !live_test(&live, i->d)) {
            i->opc = IR_nop;
            continue;
        }
        if (has_out && !(info->flags & IRF_READS_D)) {
            live_set(&live, i->d, false);
        }
        if (i->opc == IR_call && i->d != IR_NOSLOT) {
            live_set(&live, i->d, false);
        }
        ir_slot in[3] = {i->a, i->b, i->c};
        int nin = i->opc == IR_call ? 3 : info->nin;
        if (info->flags & IRF_BRANCH) {
            nin = nin > 2 ? 2 : nin; /* c is a label there */
        }
        for (int j = 0; j < nin; j++) {
            if (in[j] != IR_NOSLOT) {
                live_set(&live, in[j], true);
            }
        }
        if (info->flags & IRF_READS_D) {
            live_set(&live, i->d, true);
        }
    }
    free(at_label);
}

int ir_optimize(struct ir_insn *insn, int n, int n_labels)
{
    struct constinfo *ci = scratch_get(SCRATCH_OPT_CONSTS, sizeof(*ci));
    fold_constants(insn, n, ci);
    remove_dead(insn, n, n_labels);
    return ir_finalize(insn, n);
}

int ir_finalize(struct ir_insn *insn, int n)
{
    int m = 0;
    for (int k = 0; k < n; k++) {
        if (insn[k].opc != IR_nop && insn[k].opc != IR_insn_start) {
            insn[m++] = insn[k];
        }
    }
    /* Branches name label ids; the backends want insn indices. */
    for (int k = 0; k < m; k++) {
        struct ir_insn *i = &insn[k];
        if (ir_opinfo[i->opc].flags & IRF_BRANCH) {
            i->c = (ir_slot)label_index(insn, m, i->c);
        }
    }
    /* Unused operands read the dummy slot 0, so backends need no checks. */
    for (int k = 0; k < m; k++) {
        struct ir_insn *i = &insn[k];
        if (i->a == IR_NOSLOT) i->a = 0;
        if (i->b == IR_NOSLOT) i->b = 0;
        if (i->d == IR_NOSLOT) i->d = 0;
        if (i->c == IR_NOSLOT) i->c = 0;
    }
    return m;
}
