/* SPDX-License-Identifier: MIT */
/*
 * riscv64 cases: RV64GC + Zba/Zbb/Zbs words drawn from the decoder's own
 * rows (insn.def, insn-fp.def: match plus random don't-care bits) or
 * random 16-bit words through the RVC expander, kept when they translate.
 * Left out: jalr (no computed jumps), ecall/ebreak, fence.i, compressed
 * branches and jumps; csr ops are aimed at fflags/frm/fcsr (the counters
 * differ between runs).  Loads, stores and AMOs get their base register
 * set into the data area first; branches are retargeted forward.
 */
#include "target/riscv64/cpu.h"
#include "target/riscv64/csr.h"
#include "target/riscv64/decode.h"
#include "tests/fuzz/fuzz-values.h"

/* Major opcodes (bits 6:0) the generator treats specially. */
enum {
    RV_LOAD = 0x03, RV_LOAD_FP = 0x07, RV_MISC_MEM = 0x0f, RV_STORE = 0x23,
    RV_STORE_FP = 0x27, RV_AMO = 0x2f, RV_LUI = 0x37, RV_OP_IMM = 0x13,
    RV_BRANCH = 0x63, RV_JALR = 0x67, RV_JAL = 0x6f, RV_SYSTEM = 0x73,
};

enum rv_kind { K_PLAIN, K_MEM, K_BRANCH, K_CSR, K_SKIP };

static enum rv_kind rv_kind_of(uint32_t w)
{
    unsigned f3 = (w >> 12) & 7;
    switch (w & 0x7f) {
    case RV_LOAD: case RV_LOAD_FP: case RV_STORE: case RV_STORE_FP:
    case RV_AMO:
        return K_MEM;
    case RV_BRANCH: case RV_JAL:
        return K_BRANCH;
    case RV_JALR:
        return K_SKIP;
    case RV_SYSTEM:
        return f3 == 0 ? K_SKIP : K_CSR; /* ecall, ebreak; csr* */
    case RV_MISC_MEM:
        return f3 == 1 ? K_SKIP : K_PLAIN; /* fence.i; fence */
    default:
        return K_PLAIN;
    }
}

static const unsigned rv_fp_csrs[] = {RV_CSR_FFLAGS, RV_CSR_FRM, RV_CSR_FCSR};

/* F/D arithmetic whose bits 14:12 are a rounding mode (insn-fp.def). */
static bool rv_has_rm(uint32_t w)
{
    unsigned opc = w & 0x7f, f7 = w >> 25;
    if (opc >= 0x43 && opc <= 0x4f) {
        return true; /* fmadd & co */
    }
    /* OP-FP except fsgnj, fmin/fmax, compares, fmv, fclass (funct3 is an
     * opcode there). */
    return opc == 0x53 && (f7 >> 2) != 0x04 && (f7 >> 2) != 0x05 &&
           (f7 >> 2) != 0x14 && (f7 >> 2) != 0x1c && (f7 >> 2) != 0x1e;
}

/*
 * Mostly RNE (static, or dynamic with frm = RNE half the time): that is
 * where a backend may compute inline on the host FPU; the other modes
 * and the reserved ones (5, 6: illegal) now and then.
 */
static uint32_t rv_pick_rm(struct fz_rng *r, uint32_t w)
{
    uint64_t p = fz_below(r, 8);
    uint32_t rm = p < 3 ? 0 : p < 6 ? 7 : (uint32_t)fz_below(r, 8);
    return (w & ~(7u << 12)) | rm << 12;
}

static unsigned rs1_of(uint32_t w)
{
    return (w >> 15) & 31;
}

/* lui rb, hi; addi rb, rb, lo: rb = a data address. */
static void rv_set_base(struct fz_rng *r, struct fz_unit *u, unsigned rb,
                        unsigned align)
{
    uint64_t addr = fz_data_addr(r, align);
    int32_t lo = (int32_t)((addr & 0xfff) ^ 0x800) - 0x800;
    uint32_t hi = (uint32_t)((addr - (uint64_t)(int64_t)lo) >> 12) & 0xfffff;
    fz_unit_push(u, hi << 12 | rb << 7 | RV_LUI, 4);
    fz_unit_push(u, ((uint32_t)lo & 0xfff) << 20 | rb << 15 | rb << 7 |
                        RV_OP_IMM, 4);
}

/* SC after an LR of the same width and address, so SC can succeed. */
static void rv_pair_sc(struct fz_rng *r, struct fz_unit *u, uint32_t sc)
{
    unsigned rd;
    do {
        rd = 1 + (unsigned)fz_below(r, 31);
    } while (rd == rs1_of(sc)); /* the SC still needs the address */
    uint32_t lr = (sc & 0x0600707f) | 0x10000000u | rs1_of(sc) << 15 |
                  rd << 7;
    fz_unit_push(u, lr, 4);
}

static void rv_gen_unit(struct fz_rng *r, struct fz_unit *u)
{
    for (;;) {
        uint32_t word, full;
        unsigned len;
        if (fz_one_in(r, 4)) {
            uint16_t half = (uint16_t)fz_rand(r);
            full = rv_expand_compressed(half);
            word = half;
            len = 2;
            if ((half & 3) == 3 || full == 0) {
                continue;
            }
        } else {
            const struct rv_pattern *p =
                &rv_patterns[fz_below(r, RV_OP__COUNT)];
            word = full = p->match | ((uint32_t)fz_rand(r) & ~p->mask);
            len = 4;
        }
        enum rv_kind kind = rv_kind_of(full);
        if (kind == K_SKIP || (len == 2 && kind == K_BRANCH)) {
            continue;
        }
        if (len == 4 && rv_has_rm(word)) {
            word = full = rv_pick_rm(r, word);
        }
        if (kind == K_CSR) {
            full = word = (word & 0xfffff) |
                          rv_fp_csrs[fz_below(r, 3)] << 20;
        }
        if (kind == K_MEM && len == 4 && rs1_of(word) == 0 &&
            !fz_one_in(r, 16)) {
            full = word = (word & ~(31u << 15)) |
                          (1 + (uint32_t)fz_below(r, 31)) << 15;
        }
        struct rv_args args;
        enum rv_op op = rv_decode(full, &args);
        if (op == RV_OP_ILLEGAL || !fz_translates(&fz_guest_rv64, word, len)) {
            continue;
        }
        if (kind == K_MEM && rs1_of(full) != 0) {
            bool amo = (full & 0x7f) == RV_AMO;
            rv_set_base(r, u, rs1_of(full),
                        fz_one_in(r, amo ? 32 : 4) ? 1 : 8);
            if ((op == RV_OP_sc_w || op == RV_OP_sc_d) && fz_one_in(r, 2)) {
                rv_pair_sc(r, u, full);
            }
        }
        if (kind == K_BRANCH) {
            u->branch = (int8_t)u->n;
        }
        fz_unit_push(u, word, len);
        return;
    }
}

static uint32_t bits(uint64_t x, unsigned hi, unsigned lo)
{
    return (uint32_t)(x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static uint32_t rv_set_branch(uint32_t w, int64_t off)
{
    uint64_t u = (uint64_t)off;
    if ((w & 0x7f) == RV_JAL) {
        return (w & 0xfff) | bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 |
               bits(u, 11, 11) << 20 | bits(u, 19, 12) << 12;
    }
    return (w & 0x01fff07f) | bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 |
           bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7;
}

static void rv_init_state(struct fz_rng *r, struct cpu *cpu)
{
    struct rv_cpu *s = rv_cpu(cpu);
    for (int k = 1; k < 32; k++) {
        s->x[k] = fz_int_value(r);
    }
    for (int k = 0; k < 32; k++) {
        switch (fz_below(r, 10)) {
        case 0: /* a single that is not NaN-boxed: reads as the qNaN */
            s->f[k] = fz_rand(r) << 32 | fz_f32_value(r);
            break;
        case 1: case 2: case 3: case 4:
            s->f[k] = 0xffffffff00000000ull | fz_f32_value(r);
            break;
        default:
            s->f[k] = fz_f64_value(r);
            break;
        }
    }
    /* Now and then a reserved dynamic rounding mode (illegal when used). */
    s->frm = fz_one_in(r, 16) ? 5 + fz_below(r, 3)
             : fz_one_in(r, 2) ? 0 : fz_below(r, 5);
    s->fflags = fz_below(r, 32);
}

static unsigned rv_insn_len(uint16_t half)
{
    return (half & 3) == 3 ? 4 : 2;
}

static const char *rv_row_name(uint32_t word, unsigned len)
{
    static const char *const compressed[RV_OP__COUNT + 1] = {
#define RV_INSN(name, fmt, ext, mask, match) "c:" #name,
#include "target/riscv64/insn.def"
#include "target/riscv64/insn-fp.def"
#undef RV_INSN
        "c:illegal",
    };
    struct rv_args args;
    uint32_t full = len == 2 ? rv_expand_compressed((uint16_t)word) : word;
    enum rv_op op = rv_decode(full, &args);
    if (op == RV_OP_ILLEGAL) {
        return len == 2 ? compressed[RV_OP__COUNT] : "illegal";
    }
    return len == 2 ? compressed[op] : rv_patterns[op].name;
}

#define RV_FIELD(name, member, n) \
    {name, offsetof(struct rv_cpu, member), n, 1}

static const struct fz_field rv_fields[] = {
    RV_FIELD("x", x, 32),
    RV_FIELD("f", f, 32),
    RV_FIELD("frm", frm, 1),
    RV_FIELD("fflags", fflags, 1),
    RV_FIELD("res_addr", res_addr, 1),
    RV_FIELD("res_val", res_val, 1),
    {NULL, 0, 0, 0},
};

const struct fz_guest fz_guest_rv64 = {
    .name = "riscv64",
    .arch = &rv64_arch,
    .trap = 0x9002, /* c.ebreak: fills any 2-byte alignment */
    .trap_len = 2,
    .fields = rv_fields,
    .gen_unit = rv_gen_unit,
    .set_branch = rv_set_branch,
    .init_state = rv_init_state,
    .insn_len = rv_insn_len,
    .row_name = rv_row_name,
    .observe = 0x00102ff3, /* csrrs t6, fflags, zero */
    .observe_reg_off = offsetof(struct rv_cpu, x[31]),
    .flags_off = offsetof(struct rv_cpu, fflags),
};
