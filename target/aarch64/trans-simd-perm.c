/* SPDX-License-Identifier: MIT */
/*
 * Advanced SIMD copies, permutes, tables and immediates: DUP, INS, UMOV,
 * SMOV (and the scalar DUP), ZIP/UZP/TRN, EXT, TBL/TBX, MOVI/MVNI/ORR/BIC
 * (immediate) and FMOV (vector, immediate).  Immediates and the common
 * 64-bit moves are IR; the rest call fpsimd-perm.c.
 */
#include "target/aarch64/trans-fpsimd.h"

/* imm5's lowest set bit gives the element size; -1 if none (reserved). */
static int a64_imm5_esz(unsigned imm5)
{
    return (imm5 & 15) == 0 ? -1 : __builtin_ctz(imm5);
}

static void a64_gen_perm(struct a64_ctx *c, enum a64_vperm_op op,
                         uint64_t desc, ir_slot gval, ir_slot dest)
{
    ir_call(c->ir, &a64_vperm_helpers[op], dest, ir_const(c->ir, desc), gval,
            IR_NOSLOT, 0);
}

/* DUP (element, general), INS (general, element), SMOV, UMOV. */
bool a64_trans_simd_copy(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned imm5 = a64_bits(a->insn, 20, 16), imm4 = a64_bits(a->insn, 14, 11);
    unsigned op = (a->insn >> 29) & 1;
    int esz = a64_imm5_esz(imm5);
    if (esz < 0) {
        return false;
    }
    unsigned index = imm5 >> (esz + 1);
    uint64_t desc = a64_vd_pack(a->rd, a->rn, 0, (unsigned)esz, a->q, 0,
                                index);
    if (op) { /* INS (element): Vd[index] = Vn[imm4 >> esz] */
        if (!a->q) {
            return false;
        }
        a64_gen_perm(c, A64_VP_ins, a64_vd_with_x(desc, imm4 >> esz),
                     IR_NOSLOT, IR_NOSLOT);
        return true;
    }
    switch (imm4) {
    case 0: /* DUP (element) */
        if (esz == 3 && !a->q) {
            return false;
        }
        a64_gen_perm(c, A64_VP_dupe, desc, IR_NOSLOT, IR_NOSLOT);
        return true;
    case 1: /* DUP (general) */
        if (esz == 3 && !a->q) {
            return false;
        }
        a64_gen_perm(c, A64_VP_dupg, desc, a64_xreg_read(c, a->rn, 1),
                     IR_NOSLOT);
        return true;
    case 3: /* INS (general) */
        if (!a->q) {
            return false;
        }
        a64_gen_perm(c, A64_VP_insg, desc, a64_xreg_read(c, a->rn, 1),
                     IR_NOSLOT);
        return true;
    case 5: /* SMOV: W from B/H, X from B/H/S */
    case 7: /* UMOV: W from B/H/S, X from D */
        if (imm4 == 5 ? (esz == 3 || (esz == 2 && !a->q))
                      : (a->q ? esz != 3 : esz == 3)) {
            return false;
        }
        if (imm4 == 7 && esz == 3) { /* mov Xd, Vn.d[i]: plain IR */
            ir_mov(c->ir, a64_xreg_dest(c, a->rd),
                   index ? A64_VHI(a->rn) : A64_VLO(a->rn));
            return true;
        }
        a64_gen_perm(c, imm4 == 5 ? A64_VP_smov : A64_VP_umov, desc,
                     IR_NOSLOT, a64_xreg_dest(c, a->rd));
        return true;
    default:
        return false;
    }
}

/* DUP (element, scalar): mov Bd/Hd/Sd/Dd, Vn.T[i]. */
bool a64_trans_simd_scopy(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned imm5 = a64_bits(a->insn, 20, 16), imm4 = a64_bits(a->insn, 14, 11);
    int esz = a64_imm5_esz(imm5);
    if (esz < 0 || imm4 != 0 || ((a->insn >> 29) & 1)) {
        return false;
    }
    a64_gen_perm(c, A64_VP_dups,
                 a64_vd_pack(a->rd, a->rn, 0, (unsigned)esz, 1, 1,
                             imm5 >> (esz + 1)),
                 IR_NOSLOT, IR_NOSLOT);
    return true;
}

/* UZP1 TRN1 ZIP1 UZP2 TRN2 ZIP2 (opcode bits 14:12). */
bool a64_trans_simd_perm(struct a64_ctx *c, const struct a64_args *a)
{
    static const int8_t ops[8] = {-1, A64_VP_uzp1, A64_VP_trn1, A64_VP_zip1,
                                  -1, A64_VP_uzp2, A64_VP_trn2, A64_VP_zip2};
    unsigned size = a64_bits(a->insn, 23, 22);
    int op = ops[a64_bits(a->insn, 14, 12)];
    if (op < 0 || (size == 3 && !a->q)) {
        return false;
    }
    a64_gen_perm(c, (enum a64_vperm_op)op, a64_vdesc_of(a, size, a->q, 0, 0),
                 IR_NOSLOT, IR_NOSLOT);
    return true;
}

bool a64_trans_simd_ext(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned imm4 = a64_bits(a->insn, 14, 11);
    if (!a->q && (imm4 & 8)) {
        return false;
    }
    a64_gen_perm(c, A64_VP_ext, a64_vdesc_of(a, 0, a->q, 0, imm4), IR_NOSLOT,
                 IR_NOSLOT);
    return true;
}

bool a64_trans_simd_tbl(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned len = a64_bits(a->insn, 14, 13) + 1, tbx = (a->insn >> 12) & 1;
    uint64_t desc = a64_vd_with_x(a64_vdesc_of(a, 0, a->q, 0, 0), len);
    a64_gen_perm(c, tbx ? A64_VP_tbx : A64_VP_tbl, desc, IR_NOSLOT, IR_NOSLOT);
    return true;
}

/* ---- modified immediate ----------------------------------------------------- */

/* AdvSIMDExpandImm; false for the FP16 and other reserved forms. */
static bool a64_simd_expand_imm(unsigned op, unsigned cmode, unsigned imm8,
                                uint64_t *out)
{
    uint64_t i8 = imm8, r;
    switch (cmode >> 1) {
    case 0: case 1: case 2: case 3:
        r = i8 << (8 * (cmode >> 1));
        r |= r << 32;
        break;
    case 4: case 5:
        r = i8 << (8 * ((cmode >> 1) & 1));
        r |= r << 16;
        r |= r << 32;
        break;
    case 6:
        r = (cmode & 1) ? (i8 << 16 | 0xffff) : (i8 << 8 | 0xff);
        r |= r << 32;
        break;
    default:
        if (!(cmode & 1) && !op) {
            r = i8 * 0x0101010101010101ull;
        } else if (!(cmode & 1)) {
            r = 0;
            for (int k = 0; k < 8; k++) {
                r |= ((i8 >> k) & 1) ? 0xffull << (8 * k) : 0;
            }
        } else if (!op) {
            r = a64_fp_expand_imm(imm8, 2);
            r |= r << 32;
        } else {
            r = a64_fp_expand_imm(imm8, 3);
        }
        break;
    }
    *out = r;
    return true;
}

/* MOVI, MVNI, ORR, BIC (vector, immediate), FMOV (vector, immediate). */
bool a64_trans_simd_modimm(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned op = (a->insn >> 29) & 1, cmode = a64_bits(a->insn, 15, 12);
    unsigned o2 = (a->insn >> 11) & 1;
    unsigned imm8 = a64_bits(a->insn, 18, 16) << 5 | a64_bits(a->insn, 9, 5);
    uint64_t imm;
    if (o2 || (op && cmode == 15 && !a->q)) {
        return false;
    }
    a64_simd_expand_imm(op, cmode, imm8, &imm);
    bool orr_bic = (cmode & 1) && (cmode >> 2) != 3 && (cmode >> 1) != 6;
    bool invert = op && !orr_bic && cmode != 14 && cmode != 15;
    if (invert) {
        imm = ~imm;
    }
    struct ir_block *b = c->ir;
    for (int h = 0; h < 2; h++) {
        ir_slot d = h ? A64_VHI(a->rd) : A64_VLO(a->rd);
        if (h && !a->q) {
            ir_movi(b, d, 0);
        } else if (!orr_bic) {
            ir_movi(b, d, imm);
        } else if (!op) {
            ir_op2(b, IR_or, IR_I64, d, d, ir_const(b, imm));
        } else {
            ir_op2(b, IR_and, IR_I64, d, d, ir_const(b, ~imm));
        }
    }
    return true;
}
