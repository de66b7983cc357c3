/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 disassembler for -d in_asm, driven by the decoder's tables:
 * the row gives the mnemonic and format, the format gives the operand
 * layout, and operand fields the row's mask fixes are not printed.
 * Compressed insns print as the 32-bit insn they expand to.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "target/riscv64/csr.h"
#include "target/riscv64/decode.h"

struct rv_out {
    char *buf;
    size_t size, pos;
};

static void rv_put(struct rv_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void rv_put(struct rv_out *o, const char *fmt, ...)
{
    if (o->pos >= o->size) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->buf + o->pos, o->size - o->pos, fmt, ap);
    va_end(ap);
    if (n > 0) {
        o->pos += (size_t)n;
    }
}

/* Which operands of a row name FP registers. */
struct rv_regkinds {
    bool rd, rs1, rs2, rs3;
};

static bool rv_is_int_type(const char *s, size_t n)
{
    return (n == 1 && (*s == 'w' || *s == 'l')) ||
           (n == 2 && (!strncmp(s, "wu", 2) || !strncmp(s, "lu", 2)));
}

/*
 * F/D rows: FP registers except the integer side of conversions
 * (fcvt_<dst>_<src>, fmv_x_<f> / fmv_<f>_x), compares and fclass, and the
 * base register of loads and stores.
 */
static struct rv_regkinds rv_fp_regkinds(const struct rv_pattern *p)
{
    struct rv_regkinds k = {true, true, true, true};
    const char *n = p->name;
    if (p->fmt == RV_FMT_I || p->fmt == RV_FMT_S) {
        k.rs1 = false;
        return k;
    }
    if (!strncmp(n, "fcvt_", 5) || !strncmp(n, "fmv_", 4)) {
        /* fmv names the integer side "x"; fcvt names its integer type. */
        bool mv = n[1] == 'm';
        const char *dst = strchr(n, '_') + 1;
        const char *src = strchr(dst, '_');
        if (src != NULL) {
            size_t dn = (size_t)(src - dst);
            src++;
            k.rd = !(mv ? dn == 1 && *dst == 'x' : rv_is_int_type(dst, dn));
            k.rs1 = !(mv ? !strcmp(src, "x")
                         : rv_is_int_type(src, strlen(src)));
        }
    } else if (!strncmp(n, "feq", 3) || !strncmp(n, "flt", 3) ||
               !strncmp(n, "fle", 3) || !strncmp(n, "fclass", 6)) {
        k.rd = false;
    }
    return k;
}

static const char *rv_reg(int n, bool fp)
{
    return fp ? rv_freg_names[n & 31] : rv_xreg_names[n & 31];
}

/* The mnemonic: row name with '.' for '_', plus AMO ordering suffixes. */
static void rv_put_name(struct rv_out *o, const struct rv_pattern *p,
                        const struct rv_args *a)
{
    const char *name = p->name;
    if (p->fmt == RV_FMT_FENCE && (a->imm >> 8) == 8) {
        name = "fence_tso";
    }
    for (const char *s = name; *s; s++) {
        rv_put(o, "%c", *s == '_' ? '.' : *s);
    }
    if (p->fmt == RV_FMT_AMO && (a->aq || a->rl)) {
        rv_put(o, "%s%s", a->aq ? ".aq" : ".", a->rl ? "rl" : "");
    }
}

static void rv_put_fence_set(struct rv_out *o, unsigned bits)
{
    static const char names[] = "iorw";
    for (int k = 0; k < 4; k++) {
        if (bits & (8u >> k)) {
            rv_put(o, "%c", names[k]);
        }
    }
}

static void rv_put_csr(struct rv_out *o, int num)
{
    const struct rv_csr *csr = rv_csr_find((unsigned)num);
    if (csr != NULL) {
        rv_put(o, "%s", csr->name);
    } else {
        rv_put(o, "0x%03x", (unsigned)num);
    }
}

/* R, R4 and AMO: the register fields the mask leaves free. */
static void rv_put_regs(struct rv_out *o, const struct rv_pattern *p,
                        const struct rv_args *a, struct rv_regkinds k)
{
    const char *sep = " ";
    if (p->fmt == RV_FMT_AMO) {
        rv_put(o, " %s,", rv_reg(a->rd, false));
        if (!(p->mask & 0x01f00000)) {
            rv_put(o, " %s,", rv_reg(a->rs2, false));
        }
        rv_put(o, " (%s)", rv_reg(a->rs1, false));
        return;
    }
    if ((p->mask & 0x00000f80) != 0x00000f80) {
        rv_put(o, "%s%s", sep, rv_reg(a->rd, k.rd));
        sep = ", ";
    }
    if ((p->mask & 0x000f8000) != 0x000f8000) {
        rv_put(o, "%s%s", sep, rv_reg(a->rs1, k.rs1));
        sep = ", ";
    }
    if ((p->mask & 0x01f00000) != 0x01f00000) {
        rv_put(o, "%s%s", sep, rv_reg(a->rs2, k.rs2));
    }
    if (p->fmt == RV_FMT_R4) {
        rv_put(o, ", %s", rv_reg(a->rs3, k.rs3));
    }
}

static void rv_put_operands(struct rv_out *o, const struct rv_pattern *p,
                            const struct rv_args *a, uint64_t pc)
{
    bool fp = p->ext == RV_EXT_F || p->ext == RV_EXT_D;
    struct rv_regkinds k = fp ? rv_fp_regkinds(p) : (struct rv_regkinds){0};
    unsigned opc = p->match & 0x7f;
    long long imm = (long long)a->imm;

    switch ((enum rv_fmt)p->fmt) {
    case RV_FMT_R:
    case RV_FMT_R4:
    case RV_FMT_AMO:
        rv_put_regs(o, p, a, k);
        break;
    case RV_FMT_I:
        if (opc == 0x03 || opc == 0x07 || opc == 0x67) {
            rv_put(o, " %s, %lld(%s)", rv_reg(a->rd, k.rd), imm,
                   rv_reg(a->rs1, false));
        } else {
            rv_put(o, " %s, %s, %lld", rv_reg(a->rd, false),
                   rv_reg(a->rs1, false), imm);
        }
        break;
    case RV_FMT_S:
        rv_put(o, " %s, %lld(%s)", rv_reg(a->rs2, k.rs2), imm,
               rv_reg(a->rs1, false));
        break;
    case RV_FMT_B:
        rv_put(o, " %s, %s, 0x%llx", rv_reg(a->rs1, false),
               rv_reg(a->rs2, false), (unsigned long long)(pc + a->imm));
        break;
    case RV_FMT_U:
        rv_put(o, " %s, 0x%llx", rv_reg(a->rd, false),
               (unsigned long long)((uint64_t)a->imm >> 12) & 0xfffff);
        break;
    case RV_FMT_J:
        rv_put(o, " %s, 0x%llx", rv_reg(a->rd, false),
               (unsigned long long)(pc + a->imm));
        break;
    case RV_FMT_SH6:
    case RV_FMT_SH5:
        rv_put(o, " %s, %s, %lld", rv_reg(a->rd, false),
               rv_reg(a->rs1, false), imm);
        break;
    case RV_FMT_CSR:
    case RV_FMT_CSRI:
        rv_put(o, " %s, ", rv_reg(a->rd, false));
        rv_put_csr(o, a->csr);
        if (p->fmt == RV_FMT_CSR) {
            rv_put(o, ", %s", rv_reg(a->rs1, false));
        } else {
            rv_put(o, ", %lld", imm);
        }
        break;
    case RV_FMT_FENCE:
        rv_put(o, " ");
        rv_put_fence_set(o, (unsigned)(a->imm >> 4) & 15);
        rv_put(o, ", ");
        rv_put_fence_set(o, (unsigned)a->imm & 15);
        break;
    case RV_FMT_NONE:
    case RV_FMT__COUNT:
        break;
    }
}

/* FP rows with a free rm field show a static rounding mode. */
static void rv_put_rm(struct rv_out *o, const struct rv_pattern *p,
                      const struct rv_args *a)
{
    static const char *const rm_names[8] = {
        "rne", "rtz", "rdn", "rup", "rmm", "rm5", "rm6", "dyn",
    };
    bool fp = p->ext == RV_EXT_F || p->ext == RV_EXT_D;
    bool r = p->fmt == RV_FMT_R || p->fmt == RV_FMT_R4;
    if (fp && r && !(p->mask & 0x7000) && a->rm != 7) {
        rv_put(o, ", %s", rm_names[a->rm]);
    }
}

void rv_disas_word(uint64_t pc, uint32_t word, unsigned len, char *buf,
                   size_t size)
{
    struct rv_out o = {buf, size, 0};
    uint32_t w32 = len == 2 ? rv_expand_compressed((uint16_t)word) : word;
    struct rv_args a;
    enum rv_op op = rv_decode(w32, &a);

    if (size > 0) {
        buf[0] = '\0';
    }
    rv_put(&o, "%0*x  %s", len == 2 ? 4 : 8, word, len == 2 ? "    " : "");
    if (op == RV_OP_ILLEGAL) {
        rv_put(&o, "illegal");
        return;
    }
    rv_put_name(&o, &rv_patterns[op], &a);
    rv_put_operands(&o, &rv_patterns[op], &a, pc);
    rv_put_rm(&o, &rv_patterns[op], &a);
}

int rv_disas(struct cpu *cpu, uint64_t pc, char *buf, size_t size)
{
    uint16_t lo, hi = 0;
    /* The translator fetched these bytes just before, so they are mapped. */
    memcpy(&lo, cpu_g2h(cpu, pc), 2);
    unsigned len = (lo & 3) == 3 ? 4 : 2;
    if (len == 4) {
        memcpy(&hi, cpu_g2h(cpu, pc + 2), 2);
    }
    rv_disas_word(pc, (uint32_t)hi << 16 | lo, len, buf, size);
    return (int)len;
}
