/* SPDX-License-Identifier: MIT */
/*
 * Advanced SIMD permutes and copies: ZIP/UZP/TRN, EXT, TBL/TBX, REV16/32/64,
 * DUP, INS, UMOV/SMOV.  Every row of A64_VPERM_OPS is one helper over the
 * V registers named in its descriptor (fpsimd.h); DUP and INS from a
 * general register take the value as operand b.
 */
#include "target/aarch64/fpsimd.h"

static void a64_vp_run(struct a64_cpu *cpu, const struct a64_vdesc *v,
                       enum a64_vperm_op op, uint64_t gval, uint64_t *ret)
{
    union a64_vec n = a64_vread(cpu, v->rn), m = a64_vread(cpu, v->rm);
    union a64_vec d = a64_vread(cpu, v->rd), r = {{0, 0}};
    unsigned esz = v->esz, lanes = (8u << v->q) >> esz, half = lanes / 2;
    switch (op) {
    case A64_VP_zip1:
    case A64_VP_zip2: {
        unsigned base = op == A64_VP_zip2 ? half : 0;
        for (unsigned i = 0; i < half; i++) {
            a64_lane_set(&r, esz, 2 * i, a64_lane(&n, esz, base + i));
            a64_lane_set(&r, esz, 2 * i + 1, a64_lane(&m, esz, base + i));
        }
        break;
    }
    case A64_VP_uzp1:
    case A64_VP_uzp2: {
        unsigned odd = op == A64_VP_uzp2;
        for (unsigned i = 0; i < lanes; i++) {
            unsigned j = 2 * i + odd;
            const union a64_vec *s = j < lanes ? &n : &m;
            a64_lane_set(&r, esz, i, a64_lane(s, esz, j % lanes));
        }
        break;
    }
    case A64_VP_trn1:
    case A64_VP_trn2: {
        unsigned odd = op == A64_VP_trn2;
        for (unsigned i = 0; i < half; i++) {
            a64_lane_set(&r, esz, 2 * i, a64_lane(&n, esz, 2 * i + odd));
            a64_lane_set(&r, esz, 2 * i + 1, a64_lane(&m, esz, 2 * i + odd));
        }
        break;
    }
    case A64_VP_ext: {
        unsigned bytes = 8u << v->q;
        for (unsigned i = 0; i < bytes; i++) {
            unsigned j = i + v->imm;
            r.b[i] = j < bytes ? n.b[j] : m.b[j - bytes];
        }
        break;
    }
    case A64_VP_tbl:
    case A64_VP_tbx: {
        uint8_t tab[64];
        unsigned len = v->x;
        for (unsigned k = 0; k < len; k++) {
            union a64_vec t = a64_vread(cpu, (v->rn + k) % 32);
            memcpy(tab + 16 * k, t.b, 16);
        }
        for (unsigned i = 0; i < (8u << v->q); i++) {
            unsigned idx = m.b[i];
            r.b[i] = idx < 16 * len ? tab[idx]
                   : op == A64_VP_tbx ? d.b[i] : 0;
        }
        break;
    }
    case A64_VP_rev16:
    case A64_VP_rev32:
    case A64_VP_rev64: {
        unsigned cont = op == A64_VP_rev16 ? 1 : op == A64_VP_rev32 ? 2 : 3;
        unsigned flip = (1u << (cont - esz)) - 1;
        for (unsigned i = 0; i < lanes; i++) {
            a64_lane_set(&r, esz, i, a64_lane(&n, esz, i ^ flip));
        }
        break;
    }
    case A64_VP_dupe:
        for (unsigned i = 0; i < lanes; i++) {
            a64_lane_set(&r, esz, i, a64_lane(&n, esz, v->imm));
        }
        break;
    case A64_VP_dups:
        a64_lane_set(&r, esz, 0, a64_lane(&n, esz, v->imm));
        break;
    case A64_VP_ins:
        r = d;
        a64_lane_set(&r, esz, v->imm, a64_lane(&n, esz, v->x));
        break;
    case A64_VP_dupg:
        for (unsigned i = 0; i < lanes; i++) {
            a64_lane_set(&r, esz, i, gval);
        }
        break;
    case A64_VP_insg:
        r = d;
        a64_lane_set(&r, esz, v->imm, gval);
        break;
    case A64_VP_umov:
        *ret = a64_lane(&n, esz, v->imm);
        return;
    default: { /* smov: to W (q = 0, zero-extended) or X */
        uint64_t x = (uint64_t)a64_sext(a64_lane(&n, esz, v->imm), 8u << esz);
        *ret = v->q ? x : (uint32_t)x;
        return;
    }
    }
    a64_vwrite(cpu, v->rd, &r);
}

#define A64_VPERM_DEFINE(name)                                                \
    static uint64_t a64_vp_##name(struct cpu *c, uint64_t desc, uint64_t b,   \
                                  uint64_t c3, uint64_t aux)                  \
    {                                                                         \
        struct a64_vdesc v = a64_vd(desc);                                    \
        uint64_t ret = 0;                                                     \
        (void)c3;                                                             \
        (void)aux;                                                            \
        a64_vp_run(a64_cpu(c), &v, A64_VP_##name, b, &ret);                   \
        return ret;                                                           \
    }
A64_VPERM_OPS(A64_VPERM_DEFINE)
#undef A64_VPERM_DEFINE

const struct ir_helper a64_vperm_helpers[A64_VP__COUNT] = {
#define A64_VPERM_DESCRIBE(name) [A64_VP_##name] = {a64_vp_##name, "a64_" #name, 0},
    A64_VPERM_OPS(A64_VPERM_DESCRIBE)
#undef A64_VPERM_DESCRIBE
};
