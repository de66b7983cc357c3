/* SPDX-License-Identifier: MIT */
/*
 * Advanced SIMD data processing, vector and scalar: three same, three
 * different, two-register misc, across lanes, by element and dot product.
 * Each group is one row; its opcode table says which helper of
 * fpsimd-int.c / fpsimd-fpvec.c an encoding calls and which element sizes
 * are allocated.  Bitwise ops are IR on the two 64-bit halves.
 */
#include "target/aarch64/trans-fpsimd.h"

/* Allowed element sizes, bit per size (B, H, S, D). */
enum { SZ_B = 1, SZ_H = 2, SZ_S = 4, SZ_D = 8, SZ_HS = 6, SZ_BHS = 7,
       SZ_ALL = 15 };

enum { K_NONE, K_INT, K_FP, K_FPPAIR };

struct a64_vop {
    uint8_t kind, op;
    uint8_t vsz, ssz; /* sizes allowed in the vector / scalar forms */
};

#define VI(o, v, s) {K_INT, A64_VI_##o, v, s}
#define FB(o, s) {K_FP, A64_FB_##o, 1, s}
#define FP2(o) {K_FPPAIR, A64_FB_##o, 1, 1}
#define FU(o, s) {K_FP, A64_FU_##o, 1, s}

static bool a64_sz_ok(uint8_t mask, unsigned size)
{
    return (mask >> size) & 1;
}

/* ---- three same ------------------------------------------------------------ */

/* Integer rows, [U][opcode 15:11] (opcodes below 0x18). */
static const struct a64_vop a64_3same_int[2][24] = {
    [0] = {
        [0x00] = VI(shadd, SZ_BHS, 0), [0x01] = VI(sqadd, SZ_ALL, SZ_ALL),
        [0x02] = VI(srhadd, SZ_BHS, 0), [0x04] = VI(shsub, SZ_BHS, 0),
        [0x05] = VI(sqsub, SZ_ALL, SZ_ALL), [0x06] = VI(cmgt, SZ_ALL, SZ_D),
        [0x07] = VI(cmge, SZ_ALL, SZ_D), [0x08] = VI(sshl, SZ_ALL, SZ_D),
        [0x09] = VI(sqshl, SZ_ALL, SZ_ALL), [0x0a] = VI(srshl, SZ_ALL, SZ_D),
        [0x0b] = VI(sqrshl, SZ_ALL, SZ_ALL), [0x0c] = VI(smax, SZ_BHS, 0),
        [0x0d] = VI(smin, SZ_BHS, 0), [0x0e] = VI(sabd, SZ_BHS, 0),
        [0x0f] = VI(saba, SZ_BHS, 0), [0x10] = VI(add, SZ_ALL, SZ_D),
        [0x11] = VI(cmtst, SZ_ALL, SZ_D), [0x12] = VI(mla, SZ_BHS, 0),
        [0x13] = VI(mul, SZ_BHS, 0), [0x14] = VI(smaxp, SZ_BHS, 0),
        [0x15] = VI(sminp, SZ_BHS, 0), [0x16] = VI(sqdmulh, SZ_HS, SZ_HS),
        [0x17] = VI(addp, SZ_ALL, 0),
    },
    [1] = {
        [0x00] = VI(uhadd, SZ_BHS, 0), [0x01] = VI(uqadd, SZ_ALL, SZ_ALL),
        [0x02] = VI(urhadd, SZ_BHS, 0), [0x04] = VI(uhsub, SZ_BHS, 0),
        [0x05] = VI(uqsub, SZ_ALL, SZ_ALL), [0x06] = VI(cmhi, SZ_ALL, SZ_D),
        [0x07] = VI(cmhs, SZ_ALL, SZ_D), [0x08] = VI(ushl, SZ_ALL, SZ_D),
        [0x09] = VI(uqshl, SZ_ALL, SZ_ALL), [0x0a] = VI(urshl, SZ_ALL, SZ_D),
        [0x0b] = VI(uqrshl, SZ_ALL, SZ_ALL), [0x0c] = VI(umax, SZ_BHS, 0),
        [0x0d] = VI(umin, SZ_BHS, 0), [0x0e] = VI(uabd, SZ_BHS, 0),
        [0x0f] = VI(uaba, SZ_BHS, 0), [0x10] = VI(sub, SZ_ALL, SZ_D),
        [0x11] = VI(cmeq, SZ_ALL, SZ_D), [0x12] = VI(mls, SZ_BHS, 0),
        [0x13] = VI(pmul, SZ_B, 0), [0x14] = VI(umaxp, SZ_BHS, 0),
        [0x15] = VI(uminp, SZ_BHS, 0), [0x16] = VI(sqrdmulh, SZ_HS, SZ_HS),
    },
};

/* FP rows, [U][opcode - 0x18][size bit 1]; ssz 1: has a scalar form. */
static const struct a64_vop a64_3same_fp[2][8][2] = {
    [0] = {
        [0] = {FB(maxnm, 0), FB(minnm, 0)}, [1] = {FB(fmla, 0), FB(fmls, 0)},
        [2] = {FB(add, 0), FB(sub, 0)}, [3] = {FB(mulx, 1), {0}},
        [4] = {FB(cmeq, 1), {0}}, [6] = {FB(max, 0), FB(min, 0)},
        [7] = {FB(recps, 1), FB(rsqrts, 1)},
    },
    [1] = {
        [0] = {FP2(maxnm), FP2(minnm)}, [2] = {FP2(add), FB(abd, 1)},
        [3] = {FB(mul, 0), {0}}, [4] = {FB(cmge, 1), FB(cmgt, 1)},
        [5] = {FB(acge, 1), FB(acgt, 1)}, [6] = {FP2(max), FP2(min)},
        [7] = {FB(div, 0), {0}},
    },
};

/* AND BIC ORR ORN / EOR BSL BIT BIF on both halves. */
static void a64_gen_logic(struct a64_ctx *c, const struct a64_args *a,
                          unsigned u, unsigned size)
{
    struct ir_block *b = c->ir;
    for (int h = 0; h < 2; h++) {
        if (h == 1 && !a->q) {
            a64_gen_vclear_hi(c, a->rd);
            break;
        }
        ir_slot n = h ? A64_VHI(a->rn) : A64_VLO(a->rn);
        ir_slot m = h ? A64_VHI(a->rm) : A64_VLO(a->rm);
        ir_slot d = h ? A64_VHI(a->rd) : A64_VLO(a->rd);
        ir_slot t = ir_temp(b);
        static const enum ir_opc plain[4] = {IR_and, IR_andn, IR_or, IR_orn};
        if (u == 0) {
            ir_op2(b, plain[size], IR_I64, d, n, m);
        } else if (size == 0) {
            ir_op2(b, IR_xor, IR_I64, d, n, m);
        } else if (size == 1) { /* bsl: m ^ ((n ^ m) & d) */
            ir_op2(b, IR_xor, IR_I64, t, n, m);
            ir_op2(b, IR_and, IR_I64, t, t, d);
            ir_op2(b, IR_xor, IR_I64, d, t, m);
        } else { /* bit: d ^ ((d ^ n) & m); bif: & ~m */
            ir_op2(b, IR_xor, IR_I64, t, d, n);
            ir_op2(b, size == 2 ? IR_and : IR_andn, IR_I64, t, t, m);
            ir_op2(b, IR_xor, IR_I64, d, d, t);
        }
    }
}

static bool a64_gen_fp_vop(struct a64_ctx *c, const struct a64_args *a,
                           const struct a64_vop *e, bool un, unsigned sz,
                           bool scalar, unsigned x)
{
    unsigned esz = 2 + sz;
    if (e->kind == K_NONE || (scalar && !e->ssz) || (sz && !a->q && !scalar)) {
        return false;
    }
    if (e->kind == K_FPPAIR) {
        x |= A64_VX_PAIR;
    }
    const struct ir_helper *h = un ? &a64_fpv_un_helpers[e->op].h
                                   : &a64_fpv_bin_helpers[e->op].h;
    a64_gen_vcall(c, h, a64_vd_with_x(a64_vdesc_of(a, esz, a->q, scalar, 0),
                                      x));
    return true;
}

static bool a64_simd_3same(struct a64_ctx *c, const struct a64_args *a,
                           bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 15, 11);
    if (op == 0x03) {
        return !scalar && (a64_gen_logic(c, a, u, size), true);
    }
    if (op >= 0x18) {
        const struct a64_vop *e = &a64_3same_fp[u][op - 0x18][size >> 1];
        return a64_gen_fp_vop(c, a, e, false, size & 1, scalar, 0);
    }
    const struct a64_vop *e = &a64_3same_int[u][op];
    if (e->kind == K_NONE || !a64_sz_ok(scalar ? e->ssz : e->vsz, size) ||
        (!scalar && size == 3 && !a->q)) {
        return false;
    }
    a64_gen_vcall(c, &a64_vint_helpers[e->op],
                  a64_vdesc_of(a, size, a->q, scalar, 0));
    return true;
}

bool a64_trans_simd_3same(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_3same(c, a, false);
}

bool a64_trans_simd_s3same(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_3same(c, a, true);
}

/* SDOT/UDOT (three same extra, opcode 0010, size 10). */
bool a64_trans_simd_dot(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    if (a64_bits(a->insn, 15, 11) != 0x12 || size != 2) {
        return false;
    }
    a64_gen_vcall(c, &a64_vint_helpers[u ? A64_VI_udot : A64_VI_sdot],
                  a64_vdesc_of(a, 2, a->q, 0, 0));
    return true;
}

/* ---- three different ------------------------------------------------------- */

static const struct a64_vop a64_3diff[2][16] = {
    [0] = {
        [0x0] = VI(saddl, SZ_BHS, 0), [0x1] = VI(saddw, SZ_BHS, 0),
        [0x2] = VI(ssubl, SZ_BHS, 0), [0x3] = VI(ssubw, SZ_BHS, 0),
        [0x4] = VI(addhn, SZ_BHS, 0), [0x5] = VI(sabal, SZ_BHS, 0),
        [0x6] = VI(subhn, SZ_BHS, 0), [0x7] = VI(sabdl, SZ_BHS, 0),
        [0x8] = VI(smlal, SZ_BHS, 0), [0x9] = VI(sqdmlal, SZ_HS, SZ_HS),
        [0xa] = VI(smlsl, SZ_BHS, 0), [0xb] = VI(sqdmlsl, SZ_HS, SZ_HS),
        [0xc] = VI(smull, SZ_BHS, 0), [0xd] = VI(sqdmull, SZ_HS, SZ_HS),
        [0xe] = VI(pmull, SZ_B | SZ_D, 0),
    },
    [1] = {
        [0x0] = VI(uaddl, SZ_BHS, 0), [0x1] = VI(uaddw, SZ_BHS, 0),
        [0x2] = VI(usubl, SZ_BHS, 0), [0x3] = VI(usubw, SZ_BHS, 0),
        [0x4] = VI(raddhn, SZ_BHS, 0), [0x5] = VI(uabal, SZ_BHS, 0),
        [0x6] = VI(rsubhn, SZ_BHS, 0), [0x7] = VI(uabdl, SZ_BHS, 0),
        [0x8] = VI(umlal, SZ_BHS, 0), [0xa] = VI(umlsl, SZ_BHS, 0),
        [0xc] = VI(umull, SZ_BHS, 0),
    },
};

static bool a64_simd_3diff(struct a64_ctx *c, const struct a64_args *a,
                           bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    const struct a64_vop *e = &a64_3diff[u][a64_bits(a->insn, 15, 12)];
    if (e->kind == K_NONE || !a64_sz_ok(scalar ? e->ssz : e->vsz, size)) {
        return false;
    }
    if (e->op == A64_VI_pmull && size == 3) {
        a64_gen_vcall(c, &a64_vcrypto_helpers[A64_VC_pmull64],
                      a64_vdesc_of(a, 3, a->q, 0, 0));
        return true;
    }
    a64_gen_vcall(c, &a64_vint_helpers[e->op],
                  a64_vdesc_of(a, size, scalar ? 0 : a->q, scalar, 0));
    return true;
}

bool a64_trans_simd_3diff(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_3diff(c, a, false);
}

bool a64_trans_simd_s3diff(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_3diff(c, a, true);
}

/* ---- two-register misc ------------------------------------------------------ */

enum { K_PERM = 10, K_NOT, K_FCVTN, K_FCVTL, K_CVT, K_SHLL };
#define VP(o, v) {K_PERM, A64_VP_##o, v, 0}
/* FP <-> integer conversions: op = rmode | signed << 3 | to_int << 4. */
#define CV(rm, sg, ti, s) {K_CVT, (rm) | (sg) << 3 | (ti) << 4, 1, s}

static const struct a64_vop a64_2misc_int[2][24] = {
    [0] = {
        [0x00] = VP(rev64, SZ_BHS), [0x01] = VP(rev16, SZ_B),
        [0x02] = VI(saddlp, SZ_BHS, 0), [0x03] = VI(suqadd, SZ_ALL, SZ_ALL),
        [0x04] = VI(cls, SZ_BHS, 0), [0x05] = VI(cnt, SZ_B, 0),
        [0x06] = VI(sadalp, SZ_BHS, 0), [0x07] = VI(sqabs, SZ_ALL, SZ_ALL),
        [0x08] = VI(cmgt0, SZ_ALL, SZ_D), [0x09] = VI(cmeq0, SZ_ALL, SZ_D),
        [0x0a] = VI(cmlt0, SZ_ALL, SZ_D), [0x0b] = VI(abs, SZ_ALL, SZ_D),
        [0x12] = VI(xtn, SZ_BHS, 0), [0x14] = VI(sqxtn, SZ_BHS, SZ_BHS),
    },
    [1] = {
        [0x00] = VP(rev32, SZ_B | SZ_H), [0x02] = VI(uaddlp, SZ_BHS, 0),
        [0x03] = VI(usqadd, SZ_ALL, SZ_ALL), [0x04] = VI(clz, SZ_BHS, 0),
        [0x05] = {K_NOT, 0, SZ_B | SZ_H, 0}, [0x06] = VI(uadalp, SZ_BHS, 0),
        [0x07] = VI(sqneg, SZ_ALL, SZ_ALL), [0x08] = VI(cmge0, SZ_ALL, SZ_D),
        [0x09] = VI(cmle0, SZ_ALL, SZ_D), [0x0b] = VI(neg, SZ_ALL, SZ_D),
        [0x12] = VI(sqxtun, SZ_BHS, SZ_BHS), [0x13] = {K_SHLL, 0, SZ_BHS, 0},
        [0x14] = VI(uqxtn, SZ_BHS, SZ_BHS),
    },
};

/* FP rows, [U][opcode - 0x0c][size bit 1] for opcodes 0x0c..0x1f. */
static const struct a64_vop a64_2misc_fp[2][20][2] = {
    [0] = {
        [0x00] = {{0}, FB(cmgt, 1)}, [0x01] = {{0}, FB(cmeq, 1)},
        [0x02] = {{0}, FB(cmgt, 1)}, [0x03] = {{0}, FU(abs, 0)},
        [0x0a] = {{K_FCVTN, 0, 1, 0}, {0}}, [0x0b] = {{K_FCVTL, 0, 1, 0}, {0}},
        [0x0c] = {FU(rintn, 0), FU(rintp, 0)},
        [0x0d] = {FU(rintm, 0), FU(rintz, 0)},
        [0x0e] = {CV(A64_RN, 1, 1, 1), CV(A64_RP, 1, 1, 1)},
        [0x0f] = {CV(A64_RM, 1, 1, 1), CV(A64_RZ, 1, 1, 1)},
        [0x10] = {CV(A64_RA, 1, 1, 1), {K_INT, A64_VI_urecpe, 1, 0}},
        [0x11] = {CV(A64_RFPCR, 1, 0, 1), FU(recpe, 1)},
        [0x13] = {{0}, FU(recpx, 1)},
    },
    [1] = {
        [0x00] = {{0}, FB(cmge, 1)}, [0x01] = {{0}, FB(cmge, 1)},
        [0x03] = {{0}, FU(neg, 0)},
        [0x0a] = {{K_FCVTN, A64_RODD, 1, 1}, {0}},
        [0x0c] = {FU(rinta, 0), {0}}, [0x0d] = {FU(rintx, 0), FU(rinti, 0)},
        [0x0e] = {CV(A64_RN, 0, 1, 1), CV(A64_RP, 0, 1, 1)},
        [0x0f] = {CV(A64_RM, 0, 1, 1), CV(A64_RZ, 0, 1, 1)},
        [0x10] = {CV(A64_RA, 0, 1, 1), {K_INT, A64_VI_ursqrte, 1, 0}},
        [0x11] = {CV(A64_RFPCR, 0, 0, 1), FU(rsqrte, 1)},
        [0x13] = {{0}, FU(sqrt, 0)},
    },
};

/* Compare-with-zero flavours of the FP rows: which need n, m swapped. */
static unsigned a64_fcmp0_x(unsigned u, unsigned op)
{
    if (op < 0x0c || op > 0x0e) {
        return 0;
    }
    if (u == 0 && op == 0x0e) {
        return A64_VX_ZERO | A64_VX_SWAP; /* fcmlt: 0 > n */
    }
    if (u == 1 && op == 0x0d) {
        return A64_VX_ZERO | A64_VX_SWAP; /* fcmle: 0 >= n */
    }
    return A64_VX_ZERO;
}

static bool a64_simd_2misc_fp(struct a64_ctx *c, const struct a64_args *a,
                              bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 16, 12), sz = size & 1;
    const struct a64_vop *e = &a64_2misc_fp[u][op - 0x0c][size >> 1];
    uint64_t desc;
    switch (e->kind) {
    case K_FCVTN: /* fcvtn (f32 <- f64, f16 <- f32), fcvtxn */
        if (scalar && (e->op != A64_RODD || sz != 1)) {
            return false;
        }
        if (e->op == A64_RODD && sz != 1) {
            return false;
        }
        desc = a64_vdesc_of(a, 1 + sz, scalar ? 0 : a->q, scalar, 0);
        a64_gen_vcall(c, &a64_fpv_fcvtn_helper,
                      a64_vd_with_x(desc, e->op ? e->op : A64_RFPCR));
        return true;
    case K_FCVTL:
        if (scalar) {
            return false;
        }
        a64_gen_vcall(c, &a64_fpv_fcvtl_helper,
                      a64_vdesc_of(a, 1 + sz, a->q, 0, 0));
        return true;
    case K_CVT:
        if (!scalar && sz && !a->q) {
            return false;
        }
        desc = a64_vdesc_of(a, 2 + sz, a->q, scalar, 0);
        a64_gen_vcall(c, &a64_fpv_icvt_helper, a64_vd_with_x(desc, e->op));
        return true;
    case K_INT: /* urecpe, ursqrte: 32-bit lanes */
        if (scalar || sz) {
            return false;
        }
        a64_gen_vcall(c, &a64_vint_helpers[e->op],
                      a64_vdesc_of(a, 2, a->q, 0, 0));
        return true;
    default:
        break;
    }
    if (e->kind == K_FP && op >= 0x0c && op <= 0x0e) {
        return a64_gen_fp_vop(c, a, e, false, sz, scalar,
                              a64_fcmp0_x(u, op));
    }
    return a64_gen_fp_vop(c, a, e, true, sz, scalar, 0);
}

static bool a64_simd_2misc(struct a64_ctx *c, const struct a64_args *a,
                           bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 16, 12);
    if (op >= 0x16 || (op >= 0x0c && op <= 0x0f)) {
        if (op <= 0x0f && !(size & 2)) {
            return false;
        }
        return a64_simd_2misc_fp(c, a, scalar);
    }
    const struct a64_vop *e = &a64_2misc_int[u][op];
    if (e->kind == K_NONE || !a64_sz_ok(scalar ? e->ssz : e->vsz, size) ||
        (!scalar && size == 3 && !a->q)) {
        return false;
    }
    switch (e->kind) {
    case K_PERM:
        if (scalar) {
            return false;
        }
        a64_gen_vcall(c, &a64_vperm_helpers[e->op],
                      a64_vdesc_of(a, size, a->q, 0, 0));
        return true;
    case K_NOT: /* not (size 0) and rbit (size 1), bytewise */
        if (scalar) {
            return false;
        }
        a64_gen_vcall(c, &a64_vint_helpers[size ? A64_VI_rbit : A64_VI_not],
                      a64_vdesc_of(a, 0, a->q, 0, 0));
        return true;
    case K_SHLL: /* shll: left shift by the element size */
        if (scalar) {
            return false;
        }
        a64_gen_vcall(c, &a64_vshift_helpers[A64_VS_shll],
                      a64_vdesc_of(a, size, a->q, 0, 8u << size));
        return true;
    default:
        break;
    }
    a64_gen_vcall(c, &a64_vint_helpers[e->op],
                  a64_vdesc_of(a, size, scalar ? 0 : a->q, scalar, 0));
    return true;
}

bool a64_trans_simd_2misc(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_2misc(c, a, false);
}

bool a64_trans_simd_s2misc(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_2misc(c, a, true);
}

/* ---- across lanes and scalar pairwise -------------------------------------- */

bool a64_trans_simd_across(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 16, 12);
    if (op == 0x0c || op == 0x0f) { /* fmaxnmv fminnmv fmaxv fminv */
        if (!u || !a->q || (size & 1)) {
            return false;
        }
        unsigned k = (op == 0x0f ? 2 : 0) + (size >> 1);
        a64_gen_vcall(c, &a64_fpv_across_helpers[k],
                      a64_vdesc_of(a, 2, 1, 0, 0));
        return true;
    }
    int k = -1;
    switch (op) {
    case 0x03: k = u ? A64_VA_uaddlv : A64_VA_saddlv; break;
    case 0x0a: k = u ? A64_VA_umaxv : A64_VA_smaxv; break;
    case 0x1a: k = u ? A64_VA_uminv : A64_VA_sminv; break;
    case 0x1b: k = u ? -1 : A64_VA_addv; break;
    default: break;
    }
    if (k < 0 || size == 3 || (size == 2 && !a->q)) {
        return false;
    }
    a64_gen_vcall(c, &a64_vacross_helpers[k], a64_vdesc_of(a, size, a->q, 0, 0));
    return true;
}

/* addp (d), faddp fmaxp fminp fmaxnmp fminnmp (scalar pairwise). */
bool a64_trans_simd_spair(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 16, 12);
    if (!u && op == 0x1b) {
        if (size != 3) {
            return false;
        }
        a64_gen_vcall(c, &a64_vint_helpers[A64_VI_addp],
                      a64_vdesc_of(a, 3, 0, 1, 0));
        return true;
    }
    if (!u) {
        return false; /* half-precision forms */
    }
    int k = -1;
    switch (op) {
    case 0x0c: k = size & 2 ? A64_FB_minnm : A64_FB_maxnm; break;
    case 0x0d: k = size & 2 ? -1 : A64_FB_add; break;
    case 0x0f: k = size & 2 ? A64_FB_min : A64_FB_max; break;
    default: break;
    }
    if (k < 0) {
        return false;
    }
    uint64_t desc = a64_vdesc_of(a, 2 + (size & 1), 0, 1, 0);
    a64_gen_vcall(c, &a64_fpv_bin_helpers[k].h, a64_vd_with_x(desc, A64_VX_PAIR));
    return true;
}

/* ---- by element ---------------------------------------------------------------- */

enum { K_ELONG = 20 };
static const struct a64_vop a64_elem[2][16] = {
    [0] = {
        [0x1] = FB(fmla, 1), [0x2] = VI(smlal, SZ_HS, 0),
        [0x3] = VI(sqdmlal, SZ_HS, SZ_HS), [0x5] = FB(fmls, 1),
        [0x6] = VI(smlsl, SZ_HS, 0), [0x7] = VI(sqdmlsl, SZ_HS, SZ_HS),
        [0x8] = VI(mul, SZ_HS, 0), [0x9] = FB(mul, 1),
        [0xa] = VI(smull, SZ_HS, 0), [0xb] = VI(sqdmull, SZ_HS, SZ_HS),
        [0xc] = VI(sqdmulh, SZ_HS, SZ_HS), [0xd] = VI(sqrdmulh, SZ_HS, SZ_HS),
        [0xe] = VI(sdot, SZ_S, 0),
    },
    [1] = {
        [0x0] = VI(mla, SZ_HS, 0), [0x2] = VI(umlal, SZ_HS, 0),
        [0x4] = VI(mls, SZ_HS, 0), [0x6] = VI(umlsl, SZ_HS, 0),
        [0x9] = FB(mulx, 1), [0xa] = VI(umull, SZ_HS, 0),
        [0xd] = VI(sqrdmlah, SZ_HS, SZ_HS), [0xe] = VI(udot, SZ_S, 0),
        [0xf] = VI(sqrdmlsh, SZ_HS, SZ_HS),
    },
};

static bool a64_simd_elem(struct a64_ctx *c, const struct a64_args *a,
                          bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, size = a64_bits(a->insn, 23, 22);
    unsigned op = a64_bits(a->insn, 15, 12);
    unsigned h = (a->insn >> 11) & 1, l = (a->insn >> 21) & 1;
    unsigned mbit = (a->insn >> 20) & 1, rm = a64_bits(a->insn, 19, 16);
    const struct a64_vop *e = &a64_elem[u][op];
    unsigned index, esz = size;
    if (e->kind == K_FP) {
        if (size < 2 || (size == 3 && (l || (!a->q && !scalar)))) {
            return false;
        }
        index = size == 3 ? h : h << 1 | l;
        rm |= mbit << 4;
    } else if (e->kind == K_INT) {
        if (!a64_sz_ok(scalar ? e->ssz : e->vsz, size)) {
            return false;
        }
        if (size == 1) {
            index = h << 2 | l << 1 | mbit;
        } else {
            index = h << 1 | l;
            rm |= mbit << 4;
        }
        if (e->op == A64_VI_sdot || e->op == A64_VI_udot) {
            esz = 2;
        }
    } else {
        return false;
    }
    uint64_t desc = a64_vd_pack(a->rd, a->rn, rm, esz,
                                scalar && e->kind == K_INT ? 0 : a->q,
                                scalar, index);
    desc = a64_vd_with_x(desc, A64_VX_ELEM);
    a64_gen_vcall(c, e->kind == K_FP ? &a64_fpv_bin_helpers[e->op].h
                                     : &a64_vint_helpers[e->op],
                  desc);
    return true;
}

bool a64_trans_simd_elem(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_elem(c, a, false);
}

bool a64_trans_simd_selem(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_elem(c, a, true);
}
