/* SPDX-License-Identifier: MIT */
/*
 * Advanced SIMD shifts by immediate, vector and scalar (SSHR ... USHLL,
 * the narrowing SHRN family), and the fixed-point conversions that share
 * the encoding (SCVTF/UCVTF/FCVTZS/FCVTZU #fbits).  immh:immb gives the
 * element size (highest set bit of immh) and the shift.
 */
#include "target/aarch64/trans-fpsimd.h"

enum { SH_RIGHT, SH_LEFT, SH_NARROW, SH_LONG, SH_CVT };

struct a64_shift_row {
    int8_t op;      /* enum a64_vshift_op, or -1 */
    uint8_t kind;
    bool scalar_ok; /* has a scalar form */
    bool d_only;    /* scalar form needs 64-bit elements */
};

#define SR(o, k, s, d) {A64_VS_##o, k, s, d}

/* [U][opcode 15:11] */
static const struct a64_shift_row a64_shift_rows[2][32] = {
    [0] = {
        [0x00] = SR(sshr, SH_RIGHT, true, true),
        [0x02] = SR(ssra, SH_RIGHT, true, true),
        [0x04] = SR(srshr, SH_RIGHT, true, true),
        [0x06] = SR(srsra, SH_RIGHT, true, true),
        [0x0a] = SR(shl, SH_LEFT, true, true),
        [0x0e] = SR(sqshl, SH_LEFT, true, false),
        [0x10] = SR(shrn, SH_NARROW, false, false),
        [0x11] = SR(rshrn, SH_NARROW, false, false),
        [0x12] = SR(sqshrn, SH_NARROW, true, false),
        [0x13] = SR(sqrshrn, SH_NARROW, true, false),
        [0x14] = SR(sshll, SH_LONG, false, false),
        [0x1c] = {1, SH_CVT, true, false},  /* scvtf */
        [0x1f] = {3, SH_CVT, true, false},  /* fcvtzs */
    },
    [1] = {
        [0x00] = SR(ushr, SH_RIGHT, true, true),
        [0x02] = SR(usra, SH_RIGHT, true, true),
        [0x04] = SR(urshr, SH_RIGHT, true, true),
        [0x06] = SR(ursra, SH_RIGHT, true, true),
        [0x08] = SR(sri, SH_RIGHT, true, true),
        [0x0a] = SR(sli, SH_LEFT, true, true),
        [0x0c] = SR(sqshlu, SH_LEFT, true, false),
        [0x0e] = SR(uqshl, SH_LEFT, true, false),
        [0x10] = SR(sqshrun, SH_NARROW, true, false),
        [0x11] = SR(sqrshrun, SH_NARROW, true, false),
        [0x12] = SR(uqshrn, SH_NARROW, true, false),
        [0x13] = SR(uqrshrn, SH_NARROW, true, false),
        [0x14] = SR(ushll, SH_LONG, false, false),
        [0x1c] = {0, SH_CVT, true, false},  /* ucvtf */
        [0x1f] = {2, SH_CVT, true, false},  /* fcvtzu */
    },
};

static bool a64_simd_shift(struct a64_ctx *c, const struct a64_args *a,
                           bool scalar)
{
    unsigned u = (a->insn >> 29) & 1, immh = a64_bits(a->insn, 22, 19);
    unsigned immhb = a64_bits(a->insn, 22, 16);
    const struct a64_shift_row *r = &a64_shift_rows[u][a64_bits(a->insn, 15, 11)];
    if (immh == 0 || (r->op == 0 && r->kind == 0 && !r->scalar_ok)) {
        return false;
    }
    unsigned esz = 31 - (unsigned)__builtin_clz(immh), bits = 8u << esz;
    unsigned q = scalar ? 0 : a->q;
    if ((scalar && (!r->scalar_ok || (r->d_only && esz != 3))) ||
        (!scalar && esz == 3 && !a->q && r->kind != SH_NARROW &&
         r->kind != SH_LONG)) {
        return false;
    }
    unsigned sh;
    switch (r->kind) {
    case SH_RIGHT: sh = 2 * bits - immhb; break;
    case SH_LEFT: sh = immhb - bits; break;
    case SH_NARROW: /* esz is the narrow (result) size */
        if (esz == 3) {
            return false;
        }
        sh = 2 * bits - immhb;
        break;
    case SH_LONG:
        if (esz == 3 || scalar) {
            return false;
        }
        sh = immhb - bits;
        break;
    default: { /* SH_CVT: op bit 0 signed, bit 1 to integer */
        if (esz < 2) {
            return false; /* half precision */
        }
        unsigned sgn = r->op & 1, to_int = (r->op >> 1) & 1;
        unsigned x = (to_int ? A64_RZ : A64_RFPCR) | sgn << 3 | to_int << 4;
        uint64_t desc = a64_vdesc_of(a, esz, q, scalar, 2 * bits - immhb);
        a64_gen_vcall(c, &a64_fpv_icvt_helper, a64_vd_with_x(desc, x));
        return true;
    }
    }
    if (r->kind == SH_RIGHT || r->kind == SH_LEFT || scalar) {
        q = scalar ? 0 : a->q;
    }
    a64_gen_vcall(c, &a64_vshift_helpers[r->op],
                  a64_vdesc_of(a, esz, q, scalar, sh));
    return true;
}

bool a64_trans_simd_shift(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_shift(c, a, false);
}

bool a64_trans_simd_sshift(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_simd_shift(c, a, true);
}
