/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 disassembler for -d in_asm: the row name from the decoder's
 * table (with the size and addressing-mode forms of loads and stores
 * spelled out) and the operands its format describes.  Rows of
 * insn-fpsimd.def print as their name and the raw register fields.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "target/aarch64/decode.h"

/* Number of rows in insn.def: the base rows come first. */
enum {
#define A64_INSN(name, mask, match, fmt) A64_BASE_##name,
#include "target/aarch64/insn.def"
#undef A64_INSN
    A64_BASE__COUNT
};

static const char *const a64_cond_names[16] = {
    "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
    "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
};

struct a64_out {
    char *buf;
    size_t size, n;
};

static void a64_put(struct a64_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void a64_put(struct a64_out *o, const char *fmt, ...)
{
    if (o->n >= o->size) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(o->buf + o->n, o->size - o->n, fmt, ap);
    va_end(ap);
    if (k > 0) {
        o->n += (size_t)k;
    }
}

/* "x5" / "w5"; register 31 is sp/wsp when sp, else xzr/wzr. */
static const char *a64_reg(char *tmp, int n, int x, bool sp)
{
    if (n == 31) {
        return sp ? (x ? "sp" : "wsp") : (x ? "xzr" : "wzr");
    }
    snprintf(tmp, 8, "%c%d", x ? 'x' : 'w', n);
    return tmp;
}

/* The mnemonic: the row name up to its first '_' with a few spellings. */
static void a64_mnemonic(enum a64_op op, const struct a64_args *a,
                         char *m, size_t size)
{
    const char *name = a64_patterns[op].name;
    enum a64_fmt fmt = (enum a64_fmt)a64_patterns[op].fmt;
    size_t len = strcspn(name, "_");
    if (op == A64_OP_b_cond) {
        snprintf(m, size, "b.%s", a64_cond_names[a->cond]);
        return;
    }
    if ((int)op >= (int)A64_BASE__COUNT || len >= size - 8) {
        snprintf(m, size, "%s", name);
        return;
    }
    memcpy(m, name, len);
    m[len] = 0;
    bool ldst = strncmp(m, "ld", 2) == 0 || strncmp(m, "st", 2) == 0;
    if (fmt == A64_FMT_LS_IMM9 && (a->mode == 0 || a->mode == 2)) {
        /* ldur / sttr: the unscaled or unprivileged forms */
        memmove(m + 3, m + 2, len - 1);
        m[2] = a->mode == 0 ? 'u' : 't';
        len++;
        m[len] = 0;
    }
    if (ldst && fmt != A64_FMT_LS_PAIR && fmt != A64_FMT_LS_LIT &&
        fmt != A64_FMT_NONE && a->size < 2) {
        strcat(m, a->size == 0 ? "b" : "h");
    } else if (ldst && strstr(name, "ldrs") == name && a->size == 2 &&
               fmt != A64_FMT_LS_LIT) {
        strcat(m, "w");
    }
}

static void a64_disas_addr(struct a64_out *o, const struct a64_args *a,
                           enum a64_fmt fmt)
{
    char t1[8], t2[8];
    const char *rn = a64_reg(t1, a->rn, 1, true);
    static const char *const ext[8] = {"uxtb", "uxth", "uxtw", "lsl",
                                       "sxtb", "sxth", "sxtw", "sxtx"};
    switch (fmt) {
    case A64_FMT_LS_REG:
        a64_put(o, "[%s, %s", rn,
                a64_reg(t2, a->rm, (a->option & 1) != 0, false));
        if (a->option != 3 || a->shift) {
            a64_put(o, ", %s", ext[a->option]);
            if (a->shift) {
                a64_put(o, " #%d", a->shift);
            }
        }
        a64_put(o, "]");
        return;
    case A64_FMT_LS_UIMM:
        a64_put(o, "[%s, #%" PRId64 "]", rn, a->imm);
        return;
    default:
        break;
    }
    if (a->mode == 1) {
        a64_put(o, "[%s], #%" PRId64, rn, a->imm);
    } else if (a->mode == 3) {
        a64_put(o, "[%s, #%" PRId64 "]!", rn, a->imm);
    } else {
        a64_put(o, "[%s, #%" PRId64 "]", rn, a->imm);
    }
}

/* Operands of the NONE-format rows (exclusives, atomics, dp 1-3 src). */
static void a64_disas_regs(struct a64_out *o, enum a64_op op,
                           const struct a64_args *a)
{
    char t1[8], t2[8], t3[8], t4[8];
    int x = a->sf, sx = a->size == 3;
    const char *name = a64_patterns[op].name;
    if (op == A64_OP_br || op == A64_OP_blr || op == A64_OP_ret) {
        a64_put(o, "%s", a64_reg(t1, a->rn, 1, false));
    } else if (op == A64_OP_casp) {
        int px = a->size & 1;
        a64_put(o, "%s, %s, %s, %s, [%s]", a64_reg(t1, a->rm, px, false),
                a64_reg(t2, a->rm + 1, px, false),
                a64_reg(t3, a->rd, px, false),
                a64_reg(t4, a->rd + 1, px, false),
                a64_reg(t1, a->rn, 1, true));
    } else if (op >= A64_OP_stxr && op <= A64_OP_swp) {
        bool pair = strstr(name, "xp") != NULL;
        int px = pair ? (a->size & 1) : sx;
        if (name[0] == 's' && name[1] == 't' && strchr(name, 'x')) {
            a64_put(o, "%s, ", a64_reg(t1, a->rm, 0, false));
        } else if (name[0] == 'c' || name[1] == 'd' || name[0] == 's') {
            if (strstr(name, "ldar") == NULL && strstr(name, "ldlar") == NULL
                && strstr(name, "ldapr") == NULL && strstr(name, "ldx") == NULL
                && strstr(name, "ldax") == NULL) {
                a64_put(o, "%s, ", a64_reg(t1, a->rm, sx, false));
            }
        }
        a64_put(o, "%s, ", a64_reg(t2, a->rd, px, false));
        if (pair) {
            a64_put(o, "%s, ", a64_reg(t3, a->ra, px, false));
        }
        a64_put(o, "[%s]", a64_reg(t4, a->rn, 1, true));
    } else {
        bool long_mul = op >= A64_OP_smaddl && op <= A64_OP_umsubl;
        a64_put(o, "%s, %s", a64_reg(t1, a->rd, x, false),
                a64_reg(t2, a->rn, long_mul ? 0 : x, false));
        if (op < A64_OP_rbit) {
            a64_put(o, ", %s", a64_reg(t3, a->rm, long_mul ? 0 : x, false));
        }
        if (op >= A64_OP_madd && op <= A64_OP_umsubl &&
            op != A64_OP_smulh) {
            a64_put(o, ", %s", a64_reg(t4, a->ra, long_mul ? 1 : x, false));
        }
    }
}

static void a64_disas_operands(struct a64_out *o, uint64_t pc,
                               enum a64_op op, const struct a64_args *a)
{
    static const char *const shifts[4] = {"lsl", "lsr", "asr", "ror"};
    static const char *const ext[8] = {"uxtb", "uxth", "uxtw", "uxtx",
                                       "sxtb", "sxth", "sxtw", "sxtx"};
    char t1[8], t2[8], t3[8];
    int x = a->sf;
    enum a64_fmt fmt = (enum a64_fmt)a64_patterns[op].fmt;
    bool sp_dest = op == A64_OP_add_imm || op == A64_OP_sub_imm;
    switch (fmt) {
    case A64_FMT_NONE:
        a64_disas_regs(o, op, a);
        break;
    case A64_FMT_ADDSUB_IMM:
        a64_put(o, "%s, %s, #0x%" PRIx64, a64_reg(t1, a->rd, x, sp_dest),
                a64_reg(t2, a->rn, x, true), (uint64_t)a->imm);
        break;
    case A64_FMT_LOGIC_IMM:
        a64_put(o, "%s, %s, #0x%" PRIx64,
                a64_reg(t1, a->rd, x, op != A64_OP_ands_imm),
                a64_reg(t2, a->rn, x, false), (uint64_t)a->imm);
        break;
    case A64_FMT_MOVW:
        a64_put(o, "%s, #0x%" PRIx64 ", lsl #%d", a64_reg(t1, a->rd, x, false),
                (uint64_t)a->imm, a->shift);
        break;
    case A64_FMT_PCREL:
        a64_put(o, "%s, 0x%" PRIx64, a64_reg(t1, a->rd, 1, false),
                op == A64_OP_adrp ? (pc & ~(uint64_t)0xfff) + ((uint64_t)a->imm << 12)
                                  : pc + (uint64_t)a->imm);
        break;
    case A64_FMT_BITFIELD:
        a64_put(o, "%s, %s, #%d, #%d", a64_reg(t1, a->rd, x, false),
                a64_reg(t2, a->rn, x, false), a->immr, a->imms);
        break;
    case A64_FMT_EXTR:
        a64_put(o, "%s, %s, %s, #%d", a64_reg(t1, a->rd, x, false),
                a64_reg(t2, a->rn, x, false), a64_reg(t3, a->rm, x, false),
                a->imms);
        break;
    case A64_FMT_B26:
        a64_put(o, "0x%" PRIx64, pc + (uint64_t)a->imm);
        break;
    case A64_FMT_B19:
        if (op != A64_OP_b_cond) {
            a64_put(o, "%s, ", a64_reg(t1, a->rd, x, false));
        }
        a64_put(o, "0x%" PRIx64, pc + (uint64_t)a->imm);
        break;
    case A64_FMT_TB:
        a64_put(o, "%s, #%d, 0x%" PRIx64,
                a64_reg(t1, a->rd, a->imms >= 32, false), a->imms,
                pc + (uint64_t)a->imm);
        break;
    case A64_FMT_EXC:
        a64_put(o, "#0x%" PRIx64, (uint64_t)a->imm);
        break;
    case A64_FMT_SYS:
        if (op == A64_OP_mrs) {
            a64_put(o, "%s, s%d_%d_c%d_c%d_%d", a64_reg(t1, a->rd, 1, false),
                    a->op0, a->op1, a->crn, a->crm, a->op2);
        } else if (op == A64_OP_msr_reg) {
            a64_put(o, "s%d_%d_c%d_c%d_%d, %s", a->op0, a->op1, a->crn,
                    a->crm, a->op2, a64_reg(t1, a->rd, 1, false));
        } else if (op == A64_OP_sys) {
            a64_put(o, "#%d, c%d, c%d, #%d, %s", a->op1, a->crn, a->crm,
                    a->op2, a64_reg(t1, a->rd, 1, false));
        } else {
            a64_put(o, "#%d", op == A64_OP_hint ? a->crm << 3 | a->op2
                                                : a->crm);
        }
        break;
    case A64_FMT_SHIFTED:
        a64_put(o, "%s, %s, %s", a64_reg(t1, a->rd, x, false),
                a64_reg(t2, a->rn, x, false), a64_reg(t3, a->rm, x, false));
        if (a->imm != 0) {
            a64_put(o, ", %s #%" PRId64, shifts[a->shift], a->imm);
        }
        break;
    case A64_FMT_EXTENDED:
        a64_put(o, "%s, %s, %s, %s #%" PRId64,
                a64_reg(t1, a->rd, x, op == A64_OP_add_ereg ||
                        op == A64_OP_sub_ereg),
                a64_reg(t2, a->rn, x, true),
                a64_reg(t3, a->rm, (a->option & 3) == 3, false),
                ext[a->option], a->imm);
        break;
    case A64_FMT_COND:
        if (op >= A64_OP_ccmn_reg && op <= A64_OP_ccmp_imm) {
            a64_put(o, "%s, ", a64_reg(t1, a->rn, x, false));
            if (op == A64_OP_ccmn_imm || op == A64_OP_ccmp_imm) {
                a64_put(o, "#%" PRId64, a->imm);
            } else {
                a64_put(o, "%s", a64_reg(t2, a->rm, x, false));
            }
            a64_put(o, ", #%d, %s", a->nzcv, a64_cond_names[a->cond]);
        } else {
            a64_put(o, "%s, %s, %s, %s", a64_reg(t1, a->rd, x, false),
                    a64_reg(t2, a->rn, x, false),
                    a64_reg(t3, a->rm, x, false), a64_cond_names[a->cond]);
        }
        break;
    case A64_FMT_LS_UIMM:
    case A64_FMT_LS_IMM9:
    case A64_FMT_LS_REG: {
        bool xt = a->size == 3 || (a64_patterns[op].name[3] == 's' &&
                                   !(a->opc & 1));
        if (strncmp(a64_patterns[op].name, "prf", 3) == 0) {
            a64_put(o, "#%d, ", a->rd);
        } else {
            a64_put(o, "%s, ", a64_reg(t1, a->rd, xt, false));
        }
        a64_disas_addr(o, a, fmt);
        break;
    }
    case A64_FMT_LS_PAIR:
        a64_put(o, "%s, %s, ", a64_reg(t1, a->rd, a->size >= 1, false),
                a64_reg(t2, a->ra, a->size >= 1, false));
        a64_disas_addr(o, a, fmt);
        break;
    case A64_FMT_LS_LIT:
        a64_put(o, "%s, 0x%" PRIx64,
                a64_reg(t1, a->rd, op != A64_OP_ldr_lit || a->q, false),
                pc + (uint64_t)a->imm);
        break;
    case A64_FMT__COUNT:
        break;
    }
}

void a64_disas_word(uint64_t pc, uint32_t word, char *buf, size_t size)
{
    struct a64_out o = {buf, size, 0};
    struct a64_args a;
    char m[24];
    enum a64_op op = a64_decode(word, &a);
    a64_put(&o, "%08x  ", word);
    if (op == A64_OP_ILLEGAL) {
        a64_put(&o, "illegal");
        return;
    }
    a64_mnemonic(op, &a, m, sizeof(m));
    a64_put(&o, "%-8s ", m);
    if ((int)op < (int)A64_BASE__COUNT) {
        a64_disas_operands(&o, pc, op, &a);
    } else {
        a64_put(&o, "d=%d n=%d m=%d", a.rd, a.rn, a.rm);
    }
}

int a64_disas(struct cpu *cpu, uint64_t pc, char *buf, size_t size)
{
    uint32_t word;
    memcpy(&word, cpu_g2h(cpu, pc), 4);
    a64_disas_word(pc, word, buf, size);
    return 4;
}
