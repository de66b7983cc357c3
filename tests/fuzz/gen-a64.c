/* SPDX-License-Identifier: MIT */
/*
 * aarch64 cases: words drawn from the decoder's ordered rows (insn.def,
 * then insn-fpsimd.def: FP, Advanced SIMD, crypto, CRC), half of them from
 * the FP/SIMD side, kept when they translate.  Left out: SVC, BRK, BR,
 * BLR, RET and IC IVAU; MRS/MSR are aimed at the registers whose value
 * does not depend on time (NZCV, FPCR, FPSR, TPIDR_EL0, ID registers), SYS
 * at the DC ops.  Loads and stores (and DC ZVA) get their base set into
 * the data area first, a register offset gets a small value, an STXR/STXP
 * sometimes follows its LDXR/LDXP; branches are retargeted forward.
 */
#include "target/aarch64/cpu.h"
#include "target/aarch64/decode.h"
#include "target/aarch64/sysreg.h"
#include "target/aarch64/trans.h"
#include "tests/fuzz/fuzz-values.h"

/* Rows of insn.def (the base ISA); the rest are the FP/SIMD rows. */
static const int a64_base_rows = 0
#define A64_INSN(name, mask, match, fmt) + 1
#include "target/aarch64/insn.def"
#undef A64_INSN
    ;

static const uint32_t a64_mrs_keys[] = {
    A64_SR_NZCV, A64_SR_FPCR, A64_SR_FPSR, A64_SR_TPIDR_EL0,
    A64_SR_TPIDRRO_EL0, A64_SR_CTR_EL0, A64_SR_DCZID_EL0, A64_SR_MIDR_EL1,
    A64_SR_ID_AA64ISAR0_EL1, A64_SR_CNTFRQ_EL0,
};
static const uint32_t a64_msr_keys[] = {
    A64_SR_NZCV, A64_SR_FPCR, A64_SR_FPSR, A64_SR_TPIDR_EL0,
};
/* SYS CRm of DC ZVA, CVAC, CVAU, CVAP, CVADP, CIVAC (op1 3, CRn 7, op2 1). */
static const unsigned a64_dc_crm[] = {4, 10, 11, 12, 13, 14};

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define A64_SCRATCH 17 /* holds SP's new value: SP has no MOVZ */
#define A64_SP 31

/* Encoding classes (Arm ARM C4.1): loads and stores are op0 = x1x0. */
static bool is_ldst(uint32_t w) { return (w & 0x0a000000) == 0x08000000; }
static bool is_literal(uint32_t w) { return (w & 0x3b000000) == 0x18000000; }
static bool is_reg_offset(uint32_t w)
{
    return (w & 0x3b200c00) == 0x38200800;
}
static bool is_uimm(uint32_t w) { return (w & 0x3b000000) == 0x39000000; }
/* Exclusives, ordered and CAS (size 001000), and LSE atomics. */
static bool needs_alignment(uint32_t w)
{
    return (w & 0x3f000000) == 0x08000000 ||
           (w & 0x3b200c00) == 0x38200000;
}

static uint32_t set_field(uint32_t w, unsigned lo, unsigned width,
                          uint32_t v)
{
    uint32_t m = ((1u << width) - 1) << lo;
    return (w & ~m) | ((v << lo) & m);
}

/* MOVZ Xd, #(v & 0xffff); MOVK Xd, #(v >> 16), LSL #16. */
static void a64_movz_movk(struct fz_unit *u, unsigned rd, uint64_t v)
{
    fz_unit_push(u, 0xd2800000u | (uint32_t)(v & 0xffff) << 5 | rd, 4);
    fz_unit_push(u, 0xf2a00000u | (uint32_t)((v >> 16) & 0xffff) << 5 | rd,
                 4);
}

static void a64_set_base(struct fz_rng *r, struct fz_unit *u, unsigned rn,
                         unsigned align)
{
    uint64_t addr = fz_data_addr(r, align);
    if (rn != A64_SP) {
        a64_movz_movk(u, rn, addr);
        return;
    }
    a64_movz_movk(u, A64_SCRATCH, addr);
    fz_unit_push(u, 0x91000000u | A64_SCRATCH << 5 | A64_SP, 4); /* mov sp */
}

/* LDXR or LDXP of the same size and base before a STXR or STXP. */
static void a64_pair_exclusive(struct fz_rng *r, struct fz_unit *u,
                               uint32_t st, bool pair)
{
    unsigned rn = (st >> 5) & 31, rt, rt2;
    do {
        rt = (unsigned)fz_below(r, 31);
        rt2 = (unsigned)fz_below(r, 31);
    } while (rt == rn || rt2 == rn || rt == rt2);
    uint32_t ld = pair ? 0x887f0000u | (st & 0x40000000u) | rt2 << 10
                       : 0x085f7c00u | (st & 0xc0000000u);
    fz_unit_push(u, ld | rn << 5 | rt, 4);
}

static const struct a64_pattern *a64_random_row(struct fz_rng *r)
{
    int row = fz_one_in(r, 2)
                  ? (int)fz_below(r, (uint64_t)a64_base_rows)
                  : a64_base_rows +
                        (int)fz_below(r, A64_OP__COUNT - a64_base_rows);
    return &a64_patterns[row];
}

/* Aim a word at comparable state; false to draw another one. */
static bool a64_constrain(struct fz_rng *r, enum a64_op op, uint32_t *w)
{
    switch (op) {
    case A64_OP_svc: case A64_OP_brk:
    case A64_OP_br: case A64_OP_blr: case A64_OP_ret:
        return false;
    case A64_OP_mrs:
        *w = set_field(*w, 5, 16, a64_mrs_keys[fz_below(r, N(a64_mrs_keys))]);
        return true;
    case A64_OP_msr_reg:
        *w = set_field(*w, 5, 16, a64_msr_keys[fz_below(r, N(a64_msr_keys))]);
        return true;
    case A64_OP_sys:
        *w = 0xd5080000u | 3u << 16 | 7u << 12 |
             a64_dc_crm[fz_below(r, N(a64_dc_crm))] << 8 | 1u << 5 |
             (uint32_t)fz_below(r, 31);
        return true;
    default:
        break;
    }
    if (is_literal(*w) && !fz_one_in(r, 8)) {
        /* Mostly into the code window (ahead: it starts at the window's
         * start), so the load reads code or the trap words. */
        int32_t words = (int32_t)fz_below(r, 512) - 16;
        *w = set_field(*w, 5, 19, (uint32_t)words);
    } else if (is_uimm(*w) && !fz_one_in(r, 8)) {
        *w = set_field(*w, 10, 12, (*w >> 10) & 0x3ff);
    }
    return true;
}

static bool a64_is_branch(enum a64_op op)
{
    return op == A64_OP_b || op == A64_OP_bl || op == A64_OP_b_cond ||
           op == A64_OP_cbz || op == A64_OP_cbnz || op == A64_OP_tbz ||
           op == A64_OP_tbnz;
}

static void a64_gen_unit(struct fz_rng *r, struct fz_unit *u)
{
    const struct a64_pattern *p = a64_random_row(r);
    for (int tries = 0;; tries++) {
        /* Rows whose group is mostly unallocated (FCMP, crypto) get as
         * many insns as the others: fill the row again before moving on. */
        if (tries == FZ_FILLS_PER_ROW) {
            p = a64_random_row(r);
            tries = 0;
        }
        uint32_t w = p->match | ((uint32_t)fz_rand(r) & ~p->mask);
        struct a64_args args;
        enum a64_op op = a64_decode(w, &args);
        if (op == A64_OP_ILLEGAL || !a64_constrain(r, op, &w) ||
            !fz_translates(&fz_guest_a64, w, 4)) {
            continue;
        }
        if (op == A64_OP_sys) {
            a64_set_base(r, u, w & 31, 1); /* DC ZVA: Xt is the address */
        } else if (is_ldst(w) && !is_literal(w)) {
            unsigned rn = (w >> 5) & 31, rm = (w >> 16) & 31;
            a64_set_base(r, u, rn,
                         fz_one_in(r, needs_alignment(w) ? 32 : 4) ? 1 : 16);
            if (is_reg_offset(w) && rm != rn && rm != 31) {
                fz_unit_push(u, 0xd2800000u |
                                    (uint32_t)fz_below(r, 64) << 5 | rm, 4);
            }
            if ((op == A64_OP_stxr || op == A64_OP_stlxr ||
                 op == A64_OP_stxp || op == A64_OP_stlxp) &&
                fz_one_in(r, 2)) {
                a64_pair_exclusive(r, u, w, op == A64_OP_stxp ||
                                                op == A64_OP_stlxp);
            }
        }
        if (a64_is_branch(op)) {
            u->branch = (int8_t)u->n;
        }
        fz_unit_push(u, w, 4);
        return;
    }
}

static uint32_t a64_set_branch(uint32_t w, int64_t off)
{
    uint32_t words = (uint32_t)(off >> 2);
    if ((w & 0x7c000000) == 0x14000000) { /* B, BL */
        return set_field(w, 0, 26, words);
    }
    if ((w & 0x7e000000) == 0x36000000) { /* TBZ, TBNZ */
        return set_field(w, 5, 14, words);
    }
    return set_field(w, 5, 19, words); /* B.cond, CBZ, CBNZ */
}

static void a64_init_state(struct fz_rng *r, struct cpu *cpu)
{
    struct a64_cpu *s = a64_cpu(cpu);
    for (int k = 0; k < 31; k++) {
        s->x[k] = fz_int_value(r);
    }
    s->x[A64_SP] = fz_data_addr(r, 16);
    a64_set_nzcv_state(s, fz_below(r, 16) << 28);
    for (int k = 0; k < 32; k++) {
        fz_vector_value(r, s->v[k]);
    }
    uint64_t rmode = fz_one_in(r, 2) ? 0 : fz_below(r, 4);
    s->fpcr = rmode << A64_FPCR_RMODE_SHIFT |
              (fz_one_in(r, 4) ? A64_FPCR_FZ : 0) |
              (fz_one_in(r, 4) ? A64_FPCR_DN : 0) |
              (fz_one_in(r, 8) ? A64_FPCR_AHP : 0) |
              (fz_one_in(r, 8) ? A64_FPCR_FZ16 : 0);
    s->fpsr = fz_one_in(r, 2) ? 0 : fz_rand(r) & A64_FPSR_WRITABLE;
    s->tpidr_el0 = fz_int_value(r);
}

static unsigned a64_insn_len(uint16_t half)
{
    (void)half;
    return 4;
}

static const char *a64_row_name(uint32_t word, unsigned len)
{
    (void)len;
    struct a64_args args;
    enum a64_op op = a64_decode(word, &args);
    return op == A64_OP_ILLEGAL ? "illegal" : a64_patterns[op].name;
}

static void a64_explain(const struct cpu *cpu, FILE *out)
{
    uint64_t nzcv = a64_nzcv_from_lazy((const struct a64_cpu *)cpu);
    fprintf(out, " nzcv %x (cc_op %llu)\n", (unsigned)(nzcv >> 28),
            (unsigned long long)((const struct a64_cpu *)cpu)->cc_op);
}

#define A64_FIELD(name, member, n, per) \
    {name, offsetof(struct a64_cpu, member), n, per}

static const struct fz_field a64_fields[] = {
    A64_FIELD("x", x, 31, 1),
    A64_FIELD("sp", x[31], 1, 1),
    A64_FIELD("cc_op", cc_op, 1, 1),
    A64_FIELD("cc_a", cc_a, 1, 1),
    A64_FIELD("cc_b", cc_b, 1, 1),
    A64_FIELD("cc_c", cc_c, 1, 1),
    A64_FIELD("cc_res", cc_res, 1, 1),
    A64_FIELD("v", v, 32, 2),
    A64_FIELD("fpcr", fpcr, 1, 1),
    A64_FIELD("fpsr", fpsr, 1, 1),
    A64_FIELD("tpidr_el0", tpidr_el0, 1, 1),
    A64_FIELD("excl_addr", excl_addr, 1, 1),
    A64_FIELD("excl_val", excl_val, 2, 1),
    A64_FIELD("excl_size", excl_size, 1, 1),
    A64_FIELD("cas_tmp", cas_tmp, 2, 1),
    {NULL, 0, 0, 0},
};

const struct fz_guest fz_guest_a64 = {
    .name = "aarch64",
    .arch = &a64_arch,
    .trap = 0xd4200000u, /* BRK #0 */
    .trap_len = 4,
    .fields = a64_fields,
    .gen_unit = a64_gen_unit,
    .set_branch = a64_set_branch,
    .init_state = a64_init_state,
    .insn_len = a64_insn_len,
    .explain = a64_explain,
    .row_name = a64_row_name,
    .observe = 0xd53b4420u, /* mrs x0, fpsr */
    .observe_reg_off = offsetof(struct a64_cpu, x[0]),
    .flags_off = offsetof(struct a64_cpu, fpsr),
};
