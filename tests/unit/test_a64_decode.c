/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the aarch64 decoder: the ordered pattern table (well
 * formed, no row shadowed by an earlier one), the row and fields of one
 * encoding of every class (words from GNU as, fields from the Arm ARM
 * encoding diagrams), DecodeBitMasks against a hand-made table including
 * the reserved encodings, unallocated words, and the disassembler.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "target/aarch64/decode.h"

Test(a64_table, rows_well_formed)
{
    for (int op = 0; op < A64_OP__COUNT; op++) {
        const struct a64_pattern *p = &a64_patterns[op];
        cr_assert_not_null(p->name);
        cr_assert_not_null(p->trans, "%s has no translator", p->name);
        cr_assert_eq(p->match & ~p->mask, 0, "%s: match bits outside mask",
                     p->name);
        cr_assert_lt(p->fmt, A64_FMT__COUNT);
    }
}

/* First match wins: a row every word of which an earlier row takes is dead. */
Test(a64_table, no_row_shadowed)
{
    for (int j = 0; j < A64_OP__COUNT; j++) {
        const struct a64_pattern *pj = &a64_patterns[j];
        for (int i = 0; i < j; i++) {
            const struct a64_pattern *pi = &a64_patterns[i];
            bool covers = (pi->mask & ~pj->mask) == 0 &&
                          (pj->match & pi->mask) == pi->match;
            cr_assert(!covers, "%s is shadowed by the earlier row %s",
                      pj->name, pi->name);
        }
    }
}

/*
 * The match word of every insn.def row decodes to that row (insn-fpsimd.def
 * may put a special case first on purpose, e.g. MOVI before the shifts).
 */
Test(a64_table, base_rows_decode_to_themselves)
{
    for (int j = 0; j <= A64_OP_cls; j++) {
        const struct a64_pattern *pj = &a64_patterns[j];
        struct a64_args a;
        cr_assert_eq(a64_decode(pj->match, &a), (enum a64_op)j,
                     "match word of %s decodes to another row", pj->name);
    }
}

struct a64_case {
    uint32_t word;
    enum a64_op op;
    int rd, rn, rm, ra, sf;
    int64_t imm;
};

/* One encoding per class, from GNU as (see the comment of each line). */
static const struct a64_case a64_cases[] = {
    {0x91448c41, A64_OP_add_imm, 1, 2, -1, -1, 1, 0x123000}, /* add x1, x2, #0x123, lsl #12 */
    {0x71001c83, A64_OP_subs_imm, 3, 4, -1, -1, 0, 7},       /* subs w3, w4, #7 */
    {0x92089cc5, A64_OP_and_imm, 5, 6, -1, -1, 1, (int64_t)0xff00ff00ff00ff00ull},
    {0xf2f7dde7, A64_OP_movk, 7, -1, -1, -1, 1, 0xbeef},     /* movk x7, #0xbeef, lsl #48 */
    {0x30000020, A64_OP_adr, 0, -1, -1, -1, 0, 5},           /* adr x0, .+5 */
    {0x90000008, A64_OP_adrp, 8, -1, -1, -1, 1, 0},          /* adrp x8, (reloc) */
    {0x93434549, A64_OP_sbfm, 9, 10, -1, -1, 1, 0},          /* sbfm x9, x10, #3, #17 */
    {0x138d258b, A64_OP_extr, 11, 12, 13, -1, 0, 0},         /* extr w11, w12, w13, #9 */
    {0x17fffffe, A64_OP_b, -1, -1, -1, -1, 0, -8},           /* b .-8 */
    {0x94000400, A64_OP_bl, -1, -1, -1, -1, 1, 0x1000},      /* bl .+0x1000 */
    {0x3500020e, A64_OP_cbnz, 14, -1, -1, -1, 0, 0x40},      /* cbnz w14, .+0x40 */
    {0xb62fff0f, A64_OP_tbz, 15, -1, -1, -1, 1, -0x20},      /* tbz x15, #37, .-0x20 */
    {0x5400006c, A64_OP_b_cond, -1, -1, -1, -1, 0, 12},      /* b.gt .+12 */
    {0xd4000001, A64_OP_svc, -1, -1, -1, -1, 1, 0},          /* svc #0 */
    {0xd4207d00, A64_OP_brk, -1, -1, -1, -1, 1, 0x3e8},      /* brk #0x3e8 */
    {0xd53bd050, A64_OP_mrs, 16, -1, -1, -1, 1, -1},         /* mrs x16, tpidr_el0 */
    {0xd51b4211, A64_OP_msr_reg, 17, -1, -1, -1, 1, -1},     /* msr nzcv, x17 */
    {0xd5033bbf, A64_OP_dmb, -1, -1, -1, -1, 1, -1},         /* dmb ish */
    {0xd50b7432, A64_OP_sys, 18, -1, -1, -1, 1, -1},         /* dc zva, x18 */
    {0xd65f03c0, A64_OP_ret, -1, 30, -1, -1, 1, -1},         /* ret */
    {0xd63f0260, A64_OP_blr, -1, 19, -1, -1, 1, -1},         /* blr x19 */
    {0xf97ffeb4, A64_OP_ldr_uimm, 20, 21, -1, -1, 1, 0x7ff8}, /* ldr x20, [x21, #0x7ff8] */
    {0x78dfdef6, A64_OP_ldrs_imm9, 22, 23, -1, -1, 0, -3},   /* ldrsh w22, [x23, #-3]! */
    {0x380ff738, A64_OP_str_imm9, 24, 25, -1, -1, 0, 255},   /* strb w24, [x25], #255 */
    {0xb87cdb7a, A64_OP_ldr_reg, 26, 27, 28, -1, 1, -1},     /* ldr w26, [x27, w28, sxtw #2] */
    {0xa9ff7bfd, A64_OP_ldp, 29, 31, -1, 30, 1, -16},        /* ldp x29, x30, [sp, #-16]! */
    {0x69410861, A64_OP_ldpsw, 1, 3, -1, 2, 0, 8},           /* ldpsw x1, x2, [x3, #8] */
    {0x58000804, A64_OP_ldr_lit, 4, -1, -1, -1, 0, 0x100},   /* ldr x4, .+0x100 */
    {0x885f7cc5, A64_OP_ldxr, 5, 6, -1, -1, 1, -1},          /* ldxr w5, [x6] */
    {0xc827a548, A64_OP_stlxp, 8, 10, 7, 9, 1, -1},          /* stlxp w7, x8, x9, [x10] */
    {0xc8dffd8b, A64_OP_ldar, 11, 12, -1, -1, 1, -1},        /* ldar x11, [x12] */
    {0xc8edfdee, A64_OP_cas, 14, 15, 13, -1, 1, -1},         /* casal x13, x14, [x15] */
    {0x48707e92, A64_OP_casp, 18, 20, 16, -1, 0, -1},        /* caspa x16, x17, x18, x19, [x20] */
    {0x787562f6, A64_OP_ldumax, 22, 23, 21, -1, 0, -1},      /* ldumaxlh w21, w22, [x23] */
    {0xb8bfc338, A64_OP_ldapr, 24, 25, -1, -1, 1, -1},       /* ldapr w24, [x25] */
    {0xfa451b4a, A64_OP_ccmp_imm, -1, 26, -1, -1, 1, 5},     /* ccmp x26, #5, #0xa, ne */
    {0x1a9db79b, A64_OP_csinc, 27, 28, 29, -1, 0, -1},       /* csinc w27, w28, w29, lt */
    {0x9b437c41, A64_OP_smulh, 1, 2, 3, -1, 1, -1},          /* smulh x1, x2, x3 */
    {0x9ba69ca4, A64_OP_umsubl, 4, 5, 6, 7, 1, -1},          /* umsubl x4, w5, w6, x7 */
    {0x1aca0d28, A64_OP_sdiv, 8, 9, 10, -1, 0, -1},          /* sdiv w8, w9, w10 */
    {0x9acd2d8b, A64_OP_rorv, 11, 12, 13, -1, 1, -1},        /* rorv x11, x12, x13 */
    {0x5ac015ee, A64_OP_cls, 14, 15, -1, -1, 0, -1},         /* cls w14, w15 */
    {0xdac00e30, A64_OP_rev64, 16, 17, -1, -1, 1, -1},       /* rev x16, x17 */
    {0xba140272, A64_OP_adcs, 18, 19, 20, -1, 1, -1},        /* adcs x18, x19, x20 */
    {0x8b362ff5, A64_OP_add_ereg, 21, 31, 22, -1, 1, 3},     /* add x21, sp, w22, uxth #3 */
    {0xcaf93717, A64_OP_eon_reg, 23, 24, 25, -1, 1, 13},     /* eon x23, x24, x25, ror #13 */
    {0xf9802020, A64_OP_prfm_uimm, 0, 1, -1, -1, 1, 64},     /* prfm pldl1keep, [x1, #64] */
};

Test(a64_decode, every_class)
{
    for (size_t k = 0; k < sizeof(a64_cases) / sizeof(a64_cases[0]); k++) {
        const struct a64_case *t = &a64_cases[k];
        struct a64_args a;
        enum a64_op op = a64_decode(t->word, &a);
        cr_assert_eq(op, t->op, "%08x: row %d (%s), want %s", t->word, op,
                     op >= 0 ? a64_patterns[op].name : "illegal",
                     a64_patterns[t->op].name);
        cr_assert_eq(a.insn, t->word);
        if (t->rd >= 0) {
            cr_assert_eq(a.rd, t->rd, "%08x: rd %d", t->word, a.rd);
        }
        if (t->rn >= 0) {
            cr_assert_eq(a.rn, t->rn, "%08x: rn %d", t->word, a.rn);
        }
        if (t->rm >= 0) {
            cr_assert_eq(a.rm, t->rm, "%08x: rm %d", t->word, a.rm);
        }
        if (t->ra >= 0) {
            cr_assert_eq(a.ra, t->ra, "%08x: ra %d", t->word, a.ra);
        }
        cr_assert_eq(a.sf, t->sf, "%08x: sf %d", t->word, a.sf);
        if (t->imm != -1 || t->op == A64_OP_b || t->op == A64_OP_tbz) {
            cr_assert_eq(a.imm, t->imm, "%08x: imm %lld", t->word,
                         (long long)a.imm);
        }
    }
}

Test(a64_decode, format_fields)
{
    struct a64_args a;
    a64_decode(0xf2f7dde7, &a); /* movk x7, #0xbeef, lsl #48 */
    cr_assert_eq(a.shift, 48);
    a64_decode(0x93434549, &a); /* sbfm x9, x10, #3, #17 */
    cr_assert(a.n == 1 && a.immr == 3 && a.imms == 17);
    a64_decode(0x138d258b, &a); /* extr w11, w12, w13, #9 */
    cr_assert(a.n == 0 && a.imms == 9);
    a64_decode(0xb62fff0f, &a); /* tbz x15, #37 */
    cr_assert_eq(a.imms, 37);
    a64_decode(0x5400006c, &a); /* b.gt */
    cr_assert_eq(a.cond, A64_GT);
    a64_decode(0xd53bd050, &a); /* mrs x16, tpidr_el0 = s3_3_c13_c0_2 */
    cr_assert(a.op0 == 3 && a.op1 == 3 && a.crn == 13 && a.crm == 0 &&
              a.op2 == 2);
    a64_decode(0xd5033bbf, &a); /* dmb ish: CRm 11 */
    cr_assert_eq(a.crm, 11);
    a64_decode(0xd50b7432, &a); /* dc zva: sys #3, c7, c4, #1 */
    cr_assert(a.op0 == 1 && a.op1 == 3 && a.crn == 7 && a.crm == 4 &&
              a.op2 == 1);
    a64_decode(0x78dfdef6, &a); /* ldrsh w22, [x23, #-3]! */
    cr_assert(a.mode == 3 && a.size == 1 && a.opc == 3 && a.scale == 1);
    a64_decode(0x380ff738, &a); /* strb w24, [x25], #255 */
    cr_assert(a.mode == 1 && a.size == 0);
    a64_decode(0xb87cdb7a, &a); /* ldr w26, [x27, w28, sxtw #2] */
    cr_assert(a.option == 6 && a.shift == 2);
    a64_decode(0xa9ff7bfd, &a); /* ldp x29, x30, [sp, #-16]! */
    cr_assert(a.mode == 3 && a.scale == 3);
    a64_decode(0xfa451b4a, &a); /* ccmp x26, #5, #0xa, ne */
    cr_assert(a.cond == A64_NE && a.nzcv == 0xa);
    a64_decode(0x1a9db79b, &a); /* csinc w27, w28, w29, lt */
    cr_assert_eq(a.cond, A64_LT);
    a64_decode(0x8b362ff5, &a); /* add x21, sp, w22, uxth #3 */
    cr_assert_eq(a.option, 1);
    a64_decode(0xcaf93717, &a); /* eon ..., ror #13 */
    cr_assert_eq(a.shift, 3);
    a64_decode(0x787562f6, &a); /* ldumaxlh: A = 0, R = 1 */
    cr_assert(((a.insn >> 23) & 1) == 0 && ((a.insn >> 22) & 1) == 1);
}

struct a64_bm_case {
    unsigned n, imms, immr;
    bool sf, ok;
    uint64_t wmask;
};

/* Worked out by hand from DecodeBitMasks() (Arm ARM, shared/functions). */
static const struct a64_bm_case a64_bm_cases[] = {
    {1, 0x00, 0, true, true, 0x1},                   /* esize 64, one bit */
    {1, 0x00, 1, true, true, 0x8000000000000000ull}, /* rotated right 1 */
    {1, 0x3e, 0, true, true, 0x7fffffffffffffffull}, /* 63 ones */
    {1, 0x3f, 0, true, false, 0},                    /* all ones: reserved */
    {0, 0x3c, 0, true, true, 0x5555555555555555ull}, /* esize 2 */
    {0, 0x3c, 1, true, true, 0xaaaaaaaaaaaaaaaaull},
    {0, 0x3d, 0, true, false, 0},                    /* esize 2, all ones */
    {0, 0x38, 0, true, true, 0x1111111111111111ull}, /* esize 4 */
    {0, 0x33, 4, true, true, 0xf0f0f0f0f0f0f0f0ull}, /* esize 8: 4 ones ror 4 */
    {0, 0x27, 8, true, true, 0xff00ff00ff00ff00ull}, /* esize 16, 8 ones ror 8 */
    {0, 0x1e, 0, false, true, 0x7fffffff},           /* esize 32 in W */
    {0, 0x1e, 0, true, true, 0x7fffffff7fffffffull}, /* replicated in X */
    {0, 0x00, 1, false, true, 0x80000000},
    {0, 0x1f, 0, false, false, 0},                   /* 32 ones: reserved */
    {1, 0x00, 0, false, false, 0},                   /* N = 1 in a W op */
    {0, 0x3e, 0, true, false, 0},                    /* len < 1 */
    {0, 0x3f, 0, true, false, 0},                    /* N:NOT(imms) = 0 */
    {0, 0x3c, 3, true, true, 0xaaaaaaaaaaaaaaaaull}, /* immr & levels */
};

Test(a64_decode, bitmasks)
{
    for (size_t k = 0; k < sizeof(a64_bm_cases) / sizeof(a64_bm_cases[0]);
         k++) {
        const struct a64_bm_case *t = &a64_bm_cases[k];
        uint64_t w = 0, tm = 0;
        bool ok = a64_decode_bitmasks(t->n, t->imms, t->immr, t->sf, true,
                                      &w, &tm);
        cr_assert_eq(ok, t->ok, "case %zu: ok %d", k, ok);
        if (ok) {
            cr_assert_eq(w, t->wmask, "case %zu: %016llx", k,
                         (unsigned long long)w);
        }
    }
    /* bitfield use (immediate = false) allows all ones: ubfm #0, #63 */
    uint64_t w, tm;
    cr_assert(a64_decode_bitmasks(1, 63, 0, true, false, &w, &tm));
    cr_assert_eq(w, ~0ull);
    cr_assert_eq(tm, ~0ull);
}

Test(a64_decode, logic_imm_reserved_flag)
{
    struct a64_args a;
    /* and w0, w0, #imm with N = 1: decodes to the row, imm_ok false */
    cr_assert_eq(a64_decode(0x12400000, &a), A64_OP_and_imm);
    cr_assert(!a.imm_ok);
    cr_assert_eq(a64_decode(0x92089cc5, &a), A64_OP_and_imm);
    cr_assert(a.imm_ok);
}

Test(a64_decode, unallocated)
{
    static const uint32_t words[] = {
        0x00000000, /* udf #0 */
        0x0000ffff, /* udf #0xffff */
        0xd4400000, /* hlt #0 */
        0xd4000002, /* hvc #0 */
        0xd4000003, /* smc #0 */
        0x32800000, /* move wide opc 01 */
        0x73800000, /* bitfield opc 11 */
        0xd5280000, /* sysl */
        0xd71f0000, /* braa-like space */
        0x11800000, /* add/sub imm with tags (addg) */
        0x1a000400, /* adc with opcode bits set */
        0xd6bf03e0, /* drps (EL > 0 only) */
        0xd69f03e0, /* eret */
    };
    for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
        struct a64_args a;
        enum a64_op op = a64_decode(words[k], &a);
        cr_assert(op == A64_OP_ILLEGAL, "%08x decodes to %s", words[k],
                  op >= 0 ? a64_patterns[op].name : "");
    }
}

Test(a64_disas, words)
{
    char buf[128];
    a64_disas_word(0x1000, 0x91448c41, buf, sizeof(buf));
    cr_assert_str_eq(buf, "91448c41  add      x1, x2, #0x123000");
    a64_disas_word(0x1000, 0x5400006c, buf, sizeof(buf));
    cr_assert_str_eq(buf, "5400006c  b.gt     0x100c");
    a64_disas_word(0x1000, 0xa9ff7bfd, buf, sizeof(buf));
    cr_assert_str_eq(buf, "a9ff7bfd  ldp      x29, x30, [sp, #-16]!");
    a64_disas_word(0x1000, 0x78dfdef6, buf, sizeof(buf));
    cr_assert_str_eq(buf, "78dfdef6  ldrsh    w22, [x23, #-3]!");
    a64_disas_word(0x1000, 0x00000000, buf, sizeof(buf));
    cr_assert_str_eq(buf, "00000000  illegal");
}
