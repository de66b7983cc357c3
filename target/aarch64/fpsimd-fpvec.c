/* SPDX-License-Identifier: MIT */
/*
 * The FP helper descriptors: each element op of A64_FP_BIN_OPS and
 * A64_FP_UN_OPS expanded into a scalar helper (raw bits, aux = esz) and a
 * vector one (descriptor: lanes, by-element, pairwise, compare with zero),
 * the across-lanes reductions, and the helpers with their own operand
 * shapes (fmadd & co, fcmp, conversions).
 */
#include "target/aarch64/fpsimd-fp.h"

/*
 * Every FP helper runs between a fold of the JIT's pending host flags into
 * FPSR (its host ops may clear MXCSR) and a discard of host flags FPSR
 * does not hold (host FP done for the helper's own bookkeeping):
 * translator/fp-fast.h.  The descriptors below point to these entries.
 */
#define A64_FP_ENTRY(fn)                                                      \
    static uint64_t fn##_entry(struct cpu *c, uint64_t a, uint64_t b,         \
                               uint64_t x, uint64_t aux)                      \
    {                                                                         \
        fp_flags_fold(c, &a64_fp_guest);                                      \
        uint64_t r = fn(c, a, b, x, aux);                                     \
        fp_flags_discard(c, &a64_fp_guest);                                   \
        return r;                                                             \
    }

/* A scalar op with no inline form: the same descriptor shape. */
#define FP_FAST_none FP_FAST__COUNT
#define A64_FP_FAST_FLAG(fast) \
    (FP_FAST_##fast == FP_FAST__COUNT ? 0 : IRH_FP_FAST)

/* ---- element ops -> scalar and vector helpers -------------------------- */

typedef uint64_t (*a64_fp_elem_fn)(struct a64_cpu *cpu, unsigned esz,
                                   uint64_t a, uint64_t b, uint64_t d);

static uint64_t a64_fpv_run(struct cpu *c, uint64_t desc, a64_fp_elem_fn fn)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    union a64_vec n = a64_vread(cpu, v.rn), m = a64_vread(cpu, v.rm);
    union a64_vec d = a64_vread(cpu, v.rd), r = {{0, 0}};
    unsigned lanes = a64_vd_lanes(&v), esz = v.esz;
    if (v.x & A64_VX_ZERO) {
        m.d[0] = m.d[1] = 0;
    }
    if (v.x & A64_VX_SWAP) {
        union a64_vec t = n;
        n = m;
        m = t;
    }
    if (v.x & A64_VX_PAIR) {
        if (v.scalar) {
            r.d[0] = fn(cpu, esz, a64_lane(&n, esz, 0), a64_lane(&n, esz, 1),
                        0) & a64_mask(8u << esz);
        } else {
            for (unsigned i = 0; i < lanes; i++) {
                const union a64_vec *s = i < lanes / 2 ? &n : &m;
                unsigned j = (i % (lanes / 2)) * 2;
                a64_lane_set(&r, esz, i,
                             fn(cpu, esz, a64_lane(s, esz, j),
                                a64_lane(s, esz, j + 1), 0));
            }
        }
    } else {
        bool elem = (v.x & A64_VX_ELEM) != 0;
        for (unsigned i = 0; i < lanes; i++) {
            uint64_t x = fn(cpu, esz, a64_lane(&n, esz, i),
                            a64_lane(&m, esz, elem ? v.imm : i),
                            a64_lane(&d, esz, i));
            a64_lane_set(&r, esz, i, x);
        }
    }
    a64_vwrite(cpu, v.rd, &r);
    return 0;
}

#define A64_FP_HELPERS(name, fast)                                            \
    static uint64_t a64_fps_##name(struct cpu *c, uint64_t a, uint64_t b,     \
                                   uint64_t d, uint64_t aux)                  \
    {                                                                         \
        unsigned esz = (unsigned)aux & 3;                                     \
        return a64_fp_##name(a64_cpu(c), esz, a & a64_mask(8u << esz),        \
                             b & a64_mask(8u << esz),                         \
                             d & a64_mask(8u << esz)) &                       \
               a64_mask(8u << esz);                                           \
    }                                                                         \
    static uint64_t a64_fpv_##name(struct cpu *c, uint64_t desc, uint64_t b,  \
                                   uint64_t d, uint64_t aux)                  \
    {                                                                         \
        (void)b;                                                              \
        (void)d;                                                              \
        (void)aux;                                                            \
        return a64_fpv_run(c, desc, a64_fp_##name);                           \
    }                                                                         \
    A64_FP_ENTRY(a64_fps_##name)                                              \
    A64_FP_ENTRY(a64_fpv_##name)
A64_FP_BIN_OPS(A64_FP_HELPERS)
A64_FP_UN_OPS(A64_FP_HELPERS)
#undef A64_FP_HELPERS

/* Scalar: esz comes from aux (fpsimd-fpfast.c). */
#define A64_FPS_DESCRIBE(name, fast)                                          \
    {{a64_fps_##name##_entry, "a64_f" #name, A64_FP_FAST_FLAG(fast)},         \
     FP_FAST_##fast, 0, &a64_fp_guest},
const struct fp_fast_form a64_fps_bin_helpers[A64_FB__COUNT] = {
    A64_FP_BIN_OPS(A64_FPS_DESCRIBE)
};
const struct fp_fast_form a64_fps_un_helpers[A64_FU__COUNT] = {
    A64_FP_UN_OPS(A64_FPS_DESCRIBE)
};
#undef A64_FPS_DESCRIBE
/*
 * Vector: the same forms on every lane; fpsimd-fpfast.c takes add, sub,
 * mul and div of plain (not pairwise, not by-element) vectors.
 */
#define A64_FPV_DESCRIBE(name, fast)                                          \
    {{a64_fpv_##name##_entry, "a64_vf" #name, A64_FP_FAST_FLAG(fast)},        \
     FP_FAST_##fast, FP_FAST_VECTOR, &a64_fp_guest},
const struct fp_fast_form a64_fpv_bin_helpers[A64_FB__COUNT] = {
    A64_FP_BIN_OPS(A64_FPV_DESCRIBE)
};
const struct fp_fast_form a64_fpv_un_helpers[A64_FU__COUNT] = {
    A64_FP_UN_OPS(A64_FPV_DESCRIBE)
};
#undef A64_FPV_DESCRIBE

/* ---- across lanes: the Arm ARM's Reduce() halves the vector ------------ */

static uint64_t a64_fp_reduce(struct a64_cpu *cpu, a64_fp_elem_fn fn,
                              const union a64_vec *n, unsigned esz,
                              unsigned lo, unsigned count)
{
    if (count == 2) {
        return fn(cpu, esz, a64_lane(n, esz, lo), a64_lane(n, esz, lo + 1), 0);
    }
    uint64_t x = a64_fp_reduce(cpu, fn, n, esz, lo, count / 2);
    uint64_t y = a64_fp_reduce(cpu, fn, n, esz, lo + count / 2, count / 2);
    return fn(cpu, esz, x, y, 0);
}

#define A64_FP_ACROSS_DEFINE(name)                                            \
    static uint64_t a64_fpa_##name(struct cpu *c, uint64_t desc, uint64_t b,  \
                                   uint64_t d, uint64_t aux)                  \
    {                                                                         \
        struct a64_cpu *cpu = a64_cpu(c);                                     \
        struct a64_vdesc v = a64_vd(desc);                                    \
        union a64_vec n = a64_vread(cpu, v.rn), r = {{0, 0}};                 \
        (void)b;                                                              \
        (void)d;                                                              \
        (void)aux;                                                            \
        r.d[0] = a64_fp_reduce(cpu, a64_fp_##name, &n, v.esz, 0,              \
                               (8u << v.q) >> v.esz);                         \
        a64_vwrite(cpu, v.rd, &r);                                            \
        return 0;                                                             \
    }                                                                         \
    A64_FP_ENTRY(a64_fpa_##name)
A64_FP_ACROSS_OPS(A64_FP_ACROSS_DEFINE)
#undef A64_FP_ACROSS_DEFINE

const struct ir_helper a64_fpv_across_helpers[A64_FA__COUNT] = {
#define A64_FP_DESCRIBE(name) [A64_FA_##name] = {a64_fpa_##name##_entry, "a64_f" #name "v", 0},
    A64_FP_ACROSS_OPS(A64_FP_DESCRIBE)
#undef A64_FP_DESCRIBE
};

/* ---- scalar helpers with their own shapes ------------------------------ */

static uint64_t a64_h_fmadd(struct cpu *c, uint64_t addend, uint64_t n,
                            uint64_t m, uint64_t aux)
{
    unsigned esz = (unsigned)aux & 3;
    uint64_t s = a64_fp_sign_bit(esz), mask = a64_mask(8u << esz);
    addend &= mask;
    n &= mask;
    if (aux & 4) {
        addend ^= s;
    }
    if (aux & 8) {
        n ^= s;
    }
    return a64_fp_muladd(a64_cpu(c), esz, addend, n, m & mask);
}

static uint64_t a64_h_fcmp(struct cpu *c, uint64_t a, uint64_t b, uint64_t c3,
                           uint64_t aux)
{
    unsigned esz = (unsigned)aux & 3;
    uint64_t mask = a64_mask(8u << esz);
    (void)c3;
    return a64_fp_compare(a64_cpu(c), esz, a & mask,
                          aux & 8 ? 0 : b & mask, (aux & 4) != 0);
}

static uint64_t a64_h_fcvt(struct cpu *c, uint64_t a, uint64_t b, uint64_t c3,
                           uint64_t aux)
{
    unsigned from = (unsigned)aux & 3, to = ((unsigned)aux >> 2) & 3;
    (void)b;
    (void)c3;
    return a64_fp_convert(a64_cpu(c), a & a64_mask(8u << from), from, to,
                          ((unsigned)aux >> 4) & 7);
}

static uint64_t a64_h_fcvti(struct cpu *c, uint64_t a, uint64_t b,
                            uint64_t fbits, uint64_t aux)
{
    unsigned esz = (unsigned)aux & 3;
    (void)b;
    return a64_fp_to_int(a64_cpu(c), a & a64_mask(8u << esz), esz,
                         aux & 64 ? 64 : 32, (aux & 4) != 0, (unsigned)fbits,
                         ((unsigned)aux >> 3) & 7);
}

static uint64_t a64_h_icvtf(struct cpu *c, uint64_t a, uint64_t b,
                            uint64_t fbits, uint64_t aux)
{
    unsigned esz = (unsigned)aux & 3;
    (void)b;
    return a64_fp_from_int(a64_cpu(c), a, esz, aux & 8 ? 64 : 32,
                           (aux & 4) != 0, (unsigned)fbits, A64_RFPCR);
}

static uint64_t a64_h_fjcvtzs(struct cpu *c, uint64_t a, uint64_t b,
                              uint64_t c3, uint64_t aux)
{
    bool z;
    (void)b;
    (void)c3;
    (void)aux;
    uint64_t r = a64_fp_jcvt(a64_cpu(c), a, &z);
    return r | (uint64_t)z << 32;
}

A64_FP_ENTRY(a64_h_fmadd)
A64_FP_ENTRY(a64_h_fcmp)
A64_FP_ENTRY(a64_h_fcvt)
A64_FP_ENTRY(a64_h_fcvti)
A64_FP_ENTRY(a64_h_icvtf)
A64_FP_ENTRY(a64_h_fjcvtzs)

const struct fp_fast_form a64_fp_fmadd_helper =
    FP_FAST_HELPER(a64_h_fmadd_entry, "a64_fmadd", 0, fma, 0, &a64_fp_guest);
const struct fp_fast_form a64_fp_fcmp_helper =
    FP_FAST_HELPER(a64_h_fcmp_entry, "a64_fcmp", 0, cmp_nzcv, 0, &a64_fp_guest);
const struct fp_fast_form a64_fp_fcvt_helper =
    FP_FAST_HELPER(a64_h_fcvt_entry, "a64_fcvt", 0, cvt_f2f, 0, &a64_fp_guest);
const struct ir_helper a64_fp_fcvti_helper = {a64_h_fcvti_entry, "a64_fcvti", 0};
const struct ir_helper a64_fp_icvtf_helper = {a64_h_icvtf_entry, "a64_icvtf", 0};
const struct fp_fast_form a64_fp_fcvti_int_helper = FP_FAST_HELPER(
    a64_h_fcvti_entry, "a64_fcvti", 0, cvt_f2i, 0, &a64_fp_guest);
const struct fp_fast_form a64_fp_icvtf_int_helper = FP_FAST_HELPER(
    a64_h_icvtf_entry, "a64_icvtf", 0, cvt_i2f, 0, &a64_fp_guest);
const struct ir_helper a64_fp_fjcvtzs_helper = {a64_h_fjcvtzs_entry,
                                                "a64_fjcvtzs", 0};

/* ---- vector conversions ------------------------------------------------ */

static uint64_t a64_hv_fcvtl(struct cpu *c, uint64_t desc, uint64_t b,
                             uint64_t c3, uint64_t aux)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    union a64_vec n = a64_vread(cpu, v.rn), r = {{0, 0}};
    unsigned lanes = 8u >> v.esz, base = v.q ? lanes : 0;
    (void)b;
    (void)c3;
    (void)aux;
    for (unsigned i = 0; i < lanes; i++) {
        a64_lane_set(&r, v.esz + 1, i,
                     a64_fp_convert(cpu, a64_lane(&n, v.esz, base + i), v.esz,
                                    v.esz + 1, A64_RFPCR));
    }
    a64_vwrite(cpu, v.rd, &r);
    return 0;
}

static uint64_t a64_hv_fcvtn(struct cpu *c, uint64_t desc, uint64_t b,
                             uint64_t c3, uint64_t aux)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    union a64_vec n = a64_vread(cpu, v.rn), d = a64_vread(cpu, v.rd);
    union a64_vec r = {{v.q ? d.d[0] : 0, 0}};
    unsigned lanes = v.scalar ? 1 : 8u >> v.esz, base = v.q ? lanes : 0;
    (void)b;
    (void)c3;
    (void)aux;
    for (unsigned i = 0; i < lanes; i++) {
        a64_lane_set(&r, v.esz, base + i,
                     a64_fp_convert(cpu, a64_lane(&n, v.esz + 1, i),
                                    v.esz + 1, v.esz, v.x & 7));
    }
    a64_vwrite(cpu, v.rd, &r);
    return 0;
}

static uint64_t a64_hv_icvt(struct cpu *c, uint64_t desc, uint64_t b,
                            uint64_t c3, uint64_t aux)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    union a64_vec n = a64_vread(cpu, v.rn), r = {{0, 0}};
    unsigned lanes = a64_vd_lanes(&v), bits = 8u << v.esz;
    bool sgn = (v.x >> 3) & 1, to_int = (v.x >> 4) & 1;
    (void)b;
    (void)c3;
    (void)aux;
    for (unsigned i = 0; i < lanes; i++) {
        uint64_t x = a64_lane(&n, v.esz, i);
        x = to_int ? a64_fp_to_int(cpu, x, v.esz, bits, sgn, v.imm, v.x & 7)
                   : a64_fp_from_int(cpu, x, v.esz, bits, sgn, v.imm,
                                     A64_RFPCR);
        a64_lane_set(&r, v.esz, i, x);
    }
    a64_vwrite(cpu, v.rd, &r);
    return 0;
}

A64_FP_ENTRY(a64_hv_fcvtl)
A64_FP_ENTRY(a64_hv_fcvtn)
A64_FP_ENTRY(a64_hv_icvt)
const struct ir_helper a64_fpv_fcvtl_helper = {a64_hv_fcvtl_entry,
                                               "a64_fcvtl", 0};
const struct ir_helper a64_fpv_fcvtn_helper = {a64_hv_fcvtn_entry,
                                               "a64_fcvtn", 0};
const struct ir_helper a64_fpv_icvt_helper = {a64_hv_icvt_entry, "a64_vcvt",
                                              0};
