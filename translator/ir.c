/* SPDX-License-Identifier: MIT */
/*
 * The IR builder and dumper: op info expanded from ir-ops.def, temp and
 * label allocation, and the text form printed by -d op.
 */
#include "translator/ir.h"

#include <inttypes.h>
#include <string.h>

const struct ir_opinfo ir_opinfo[IR__COUNT] = {
#define IR_OP(n, o, i, f) [IR_##n] = {#n, o, i, f},
#include "translator/ir-ops.def"
#undef IR_OP
};

static const char *const cond_names[IR_COND__COUNT] = {
    "eq", "ne", "lt", "ge", "le", "gt", "ltu", "geu", "leu", "gtu",
    "tsteq", "tstne",
};

const char *ir_cond_name(enum ir_cond c)
{
    return (unsigned)c < IR_COND__COUNT ? cond_names[c] : "?";
}

void ir_block_init(struct ir_block *b, uint64_t pc, ir_slot first_temp,
                   ir_slot temp_limit)
{
    b->n = 0;
    b->n_labels = 0;
    b->next_temp = first_temp;
    b->max_temp = temp_limit;
    b->pc = pc;
    b->cur_pc = pc;
    b->overflow = false;
}

bool ir_block_has_room(const struct ir_block *b)
{
    return b->n < IR_MAX_INSNS - 256 && b->next_temp < b->max_temp - 128 &&
           b->n_labels < IR_MAX_LABELS - 16;
}

ir_slot ir_temp(struct ir_block *b)
{
    if (b->next_temp >= b->max_temp) {
        b->overflow = true;
        return (ir_slot)(b->max_temp - 1);
    }
    return b->next_temp++;
}

int ir_new_label(struct ir_block *b)
{
    if (b->n_labels >= IR_MAX_LABELS) {
        b->overflow = true;
        return IR_MAX_LABELS - 1;
    }
    return b->n_labels++;
}

struct ir_insn *ir_emit(struct ir_block *b, enum ir_opc opc, enum ir_type t,
                        ir_slot d, ir_slot a, ir_slot b2, int64_t imm)
{
    static struct ir_insn sink;
    if (b->n >= IR_MAX_INSNS) {
        b->overflow = true;
        return &sink;
    }
    struct ir_insn *i = &b->insn[b->n++];
    *i = (struct ir_insn){
        .opc = (uint8_t)opc,
        .type = (uint8_t)t,
        .d = d,
        .a = a,
        .b = b2,
        .c = IR_NOSLOT,
        .pc_off = (uint32_t)(b->cur_pc - b->pc),
        .imm = imm,
    };
    return i;
}

static void dump_slot(FILE *out, ir_slot s)
{
    if (s == IR_NOSLOT) {
        fputs("-", out);
    } else if (s < IR_TEMP_SLOTS) {
        fprintf(out, "t%u", s);
    } else {
        fprintf(out, "g%u", s - IR_TEMP_SLOTS);
    }
}

void ir_dump(const struct ir_insn *insn, int n, FILE *out)
{
    for (int k = 0; k < n; k++) {
        const struct ir_insn *i = &insn[k];
        const struct ir_opinfo *info = &ir_opinfo[i->opc];
        if (i->opc == IR_insn_start) {
            fprintf(out, " ---- %016" PRIx64 "\n", (uint64_t)i->imm);
            continue;
        }
        fprintf(out, " %4d  %-10s%s ", k, info->name,
                i->type == IR_I32 ? ".32" : "   ");
        if (info->nout || (i->opc == IR_call && i->d != IR_NOSLOT)) {
            dump_slot(out, i->d);
            fputs(" = ", out);
        }
        ir_slot in[3] = {i->a, i->b, i->c};
        for (int j = 0; j < 3; j++) {
            if (in[j] != IR_NOSLOT && (j < info->nin || i->opc == IR_call)) {
                dump_slot(out, in[j]);
                fputs(" ", out);
            }
        }
        if (i->opc == IR_setcond || i->opc == IR_setcondi ||
            i->opc == IR_movcond || i->opc == IR_brcond ||
            i->opc == IR_brcondi) {
            fprintf(out, "%s ", ir_cond_name((enum ir_cond)i->aux));
        } else if (i->aux) {
            fprintf(out, "aux=%u ", i->aux);
        }
        if (i->opc == IR_call) {
            fprintf(out, "%s", ((const struct ir_helper *)(intptr_t)i->imm)->name);
        } else if (i->imm) {
            fprintf(out, "$0x%" PRIx64, (uint64_t)i->imm);
        }
        fputc('\n', out);
    }
}
