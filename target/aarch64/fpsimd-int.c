/* SPDX-License-Identifier: MIT */
/*
 * Advanced SIMD integer helpers: every lane op of A64_VINT_OPS,
 * A64_VSHIFT_OPS and A64_VACROSS_OPS written once as a lane function, and
 * the per-kind loops (same, pairwise, long, wide, narrow, unary...) that
 * expand them into one helper per op.  Scalar forms are the same helpers
 * with one element (descriptor bit A64_VD_SCALAR).
 */
#include "target/aarch64/fpsimd-fp.h"

#define A64_UNUSED __attribute__((unused))
#define LANE_ARGS                                                             \
    struct a64_cpu *cpu A64_UNUSED, uint64_t n A64_UNUSED,                    \
        uint64_t m A64_UNUSED, uint64_t d A64_UNUSED, unsigned bits A64_UNUSED
#define LANE static inline uint64_t
#define S(x) ((__int128)a64_sext((x), bits))
#define SH(x) ((__int128)a64_sext((x), bits / 2))
#define U(x) ((__int128)(x))
#define ONES(c) ((c) ? ~0ull : 0)

/* x * 2^sh, sh < 64 (no signed-shift overflow in C). */
static inline __int128 a64_lsl(__int128 x, unsigned sh)
{
    return x * ((__int128)1 << sh);
}

/* x >> sh for sh >= 0 (arithmetic on __int128), 0/-1 once sh is large. */
static inline __int128 a64_asr(__int128 x, int sh)
{
    return sh >= 127 ? (x < 0 ? -1 : 0) : x >> sh;
}

/* x >> sh rounded to nearest, ties up (the "r" shifts). */
static inline __int128 a64_rshr(__int128 x, int sh)
{
    if (sh == 0) {
        return x;
    }
    if (sh > 126) {
        return 0;
    }
    return (x + ((__int128)1 << (sh - 1))) >> sh;
}

/*
 * Shift by a signed register amount (low byte of m): left for positive,
 * right for negative, rounding when round.  x is the extended lane.
 */
static inline __int128 a64_shl_reg(__int128 x, uint64_t m, bool round)
{
    int sh = (int8_t)m;
    if (sh >= 64) { /* low bits all zero, saturates the right way */
        __int128 big = (__int128)1 << 120;
        return x == 0 ? 0 : x < 0 ? -big : big;
    }
    if (sh >= 0) {
        return a64_lsl(x, (unsigned)sh);
    }
    return round ? a64_rshr(x, -sh) : a64_asr(x, -sh);
}

/* ---- A64_VINT_OPS lane functions --------------------------------------- */

LANE a64_lop_add(LANE_ARGS) { return n + m; }
LANE a64_lop_sub(LANE_ARGS) { return n - m; }
LANE a64_lop_mul(LANE_ARGS) { return n * m; }
LANE a64_lop_mla(LANE_ARGS) { return d + n * m; }
LANE a64_lop_mls(LANE_ARGS) { return d - n * m; }

/* Carry-less multiply of the low bits of x and y (n-bit result). */
static inline uint64_t a64_clmul(uint64_t x, uint64_t y, unsigned inbits)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < inbits; i++) {
        if ((y >> i) & 1) {
            r ^= x << i;
        }
    }
    return r;
}

LANE a64_lop_pmul(LANE_ARGS) { return a64_clmul(n, m, bits); }
LANE a64_lop_sqadd(LANE_ARGS) { return a64_sat_s(cpu, S(n) + S(m), bits); }
LANE a64_lop_uqadd(LANE_ARGS) { return a64_sat_u(cpu, U(n) + U(m), bits); }
LANE a64_lop_sqsub(LANE_ARGS) { return a64_sat_s(cpu, S(n) - S(m), bits); }
LANE a64_lop_uqsub(LANE_ARGS) { return a64_sat_u(cpu, U(n) - U(m), bits); }
LANE a64_lop_shadd(LANE_ARGS) { return (uint64_t)((S(n) + S(m)) >> 1); }
LANE a64_lop_uhadd(LANE_ARGS) { return (uint64_t)((U(n) + U(m)) >> 1); }
LANE a64_lop_srhadd(LANE_ARGS) { return (uint64_t)((S(n) + S(m) + 1) >> 1); }
LANE a64_lop_urhadd(LANE_ARGS) { return (uint64_t)((U(n) + U(m) + 1) >> 1); }
LANE a64_lop_shsub(LANE_ARGS) { return (uint64_t)((S(n) - S(m)) >> 1); }
LANE a64_lop_uhsub(LANE_ARGS) { return (uint64_t)((U(n) - U(m)) >> 1); }
LANE a64_lop_smax(LANE_ARGS) { return S(n) > S(m) ? n : m; }
LANE a64_lop_smin(LANE_ARGS) { return S(n) < S(m) ? n : m; }
LANE a64_lop_umax(LANE_ARGS) { return n > m ? n : m; }
LANE a64_lop_umin(LANE_ARGS) { return n < m ? n : m; }

static inline uint64_t a64_abs128(__int128 x)
{
    return (uint64_t)(x < 0 ? -x : x);
}

LANE a64_lop_sabd(LANE_ARGS) { return a64_abs128(S(n) - S(m)); }
LANE a64_lop_uabd(LANE_ARGS) { return a64_abs128(U(n) - U(m)); }
LANE a64_lop_saba(LANE_ARGS) { return d + a64_abs128(S(n) - S(m)); }
LANE a64_lop_uaba(LANE_ARGS) { return d + a64_abs128(U(n) - U(m)); }
LANE a64_lop_cmeq(LANE_ARGS) { return ONES(n == m); }
LANE a64_lop_cmge(LANE_ARGS) { return ONES(S(n) >= S(m)); }
LANE a64_lop_cmgt(LANE_ARGS) { return ONES(S(n) > S(m)); }
LANE a64_lop_cmhi(LANE_ARGS) { return ONES(n > m); }
LANE a64_lop_cmhs(LANE_ARGS) { return ONES(n >= m); }
LANE a64_lop_cmtst(LANE_ARGS) { return ONES((n & m) != 0); }
LANE a64_lop_sshl(LANE_ARGS) { return (uint64_t)a64_shl_reg(S(n), m, false); }
LANE a64_lop_ushl(LANE_ARGS) { return (uint64_t)a64_shl_reg(U(n), m, false); }
LANE a64_lop_srshl(LANE_ARGS) { return (uint64_t)a64_shl_reg(S(n), m, true); }
LANE a64_lop_urshl(LANE_ARGS) { return (uint64_t)a64_shl_reg(U(n), m, true); }

LANE a64_lop_sqshl(LANE_ARGS)
{
    return a64_sat_s(cpu, a64_shl_reg(S(n), m, false), bits);
}

LANE a64_lop_uqshl(LANE_ARGS)
{
    return a64_sat_u(cpu, a64_shl_reg(U(n), m, false), bits);
}

LANE a64_lop_sqrshl(LANE_ARGS)
{
    return a64_sat_s(cpu, a64_shl_reg(S(n), m, true), bits);
}

LANE a64_lop_uqrshl(LANE_ARGS)
{
    return a64_sat_u(cpu, a64_shl_reg(U(n), m, true), bits);
}

LANE a64_lop_sqdmulh(LANE_ARGS)
{
    return a64_sat_s(cpu, (2 * S(n) * S(m)) >> bits, bits);
}

LANE a64_lop_sqrdmulh(LANE_ARGS)
{
    __int128 r = (__int128)1 << (bits - 1);
    return a64_sat_s(cpu, (2 * S(n) * S(m) + r) >> bits, bits);
}

LANE a64_lop_sqrdmlah(LANE_ARGS)
{
    __int128 r = (__int128)1 << (bits - 1);
    return a64_sat_s(cpu, (a64_lsl(S(d), bits) + 2 * S(n) * S(m) + r) >> bits,
                     bits);
}

LANE a64_lop_sqrdmlsh(LANE_ARGS)
{
    __int128 r = (__int128)1 << (bits - 1);
    return a64_sat_s(cpu, (a64_lsl(S(d), bits) - 2 * S(n) * S(m) + r) >> bits,
                     bits);
}

/* Dot products: 32-bit lanes accumulate four byte products. */
LANE a64_lop_sdot(LANE_ARGS)
{
    int64_t acc = 0;
    for (int k = 0; k < 4; k++) {
        acc += (int64_t)(int8_t)(n >> (8 * k)) * (int8_t)(m >> (8 * k));
    }
    return d + (uint64_t)acc;
}

LANE a64_lop_udot(LANE_ARGS)
{
    uint64_t acc = 0;
    for (int k = 0; k < 4; k++) {
        acc += (uint64_t)(uint8_t)(n >> (8 * k)) * (uint8_t)(m >> (8 * k));
    }
    return d + acc;
}

/* Pairwise: the lane function of the plain op. */
LANE a64_lop_addp(LANE_ARGS) { return n + m; }
LANE a64_lop_smaxp(LANE_ARGS) { return S(n) > S(m) ? n : m; }
LANE a64_lop_sminp(LANE_ARGS) { return S(n) < S(m) ? n : m; }
LANE a64_lop_umaxp(LANE_ARGS) { return n > m ? n : m; }
LANE a64_lop_uminp(LANE_ARGS) { return n < m ? n : m; }

/* Long: n, m are bits/2 wide, d and the result bits wide. */
LANE a64_lop_saddl(LANE_ARGS) { return (uint64_t)(SH(n) + SH(m)); }
LANE a64_lop_uaddl(LANE_ARGS) { return n + m; }
LANE a64_lop_ssubl(LANE_ARGS) { return (uint64_t)(SH(n) - SH(m)); }
LANE a64_lop_usubl(LANE_ARGS) { return n - m; }
LANE a64_lop_sabal(LANE_ARGS) { return d + a64_abs128(SH(n) - SH(m)); }
LANE a64_lop_uabal(LANE_ARGS) { return d + a64_abs128(U(n) - U(m)); }
LANE a64_lop_sabdl(LANE_ARGS) { return a64_abs128(SH(n) - SH(m)); }
LANE a64_lop_uabdl(LANE_ARGS) { return a64_abs128(U(n) - U(m)); }
LANE a64_lop_smlal(LANE_ARGS) { return d + (uint64_t)(SH(n) * SH(m)); }
LANE a64_lop_umlal(LANE_ARGS) { return d + n * m; }
LANE a64_lop_smlsl(LANE_ARGS) { return d - (uint64_t)(SH(n) * SH(m)); }
LANE a64_lop_umlsl(LANE_ARGS) { return d - n * m; }
LANE a64_lop_smull(LANE_ARGS) { return (uint64_t)(SH(n) * SH(m)); }
LANE a64_lop_umull(LANE_ARGS) { return n * m; }

LANE a64_lop_sqdmull(LANE_ARGS)
{
    return a64_sat_s(cpu, 2 * SH(n) * SH(m), bits);
}

LANE a64_lop_sqdmlal(LANE_ARGS)
{
    __int128 p = (__int128)a64_sext(a64_sat_s(cpu, 2 * SH(n) * SH(m), bits),
                                     bits);
    return a64_sat_s(cpu, S(d) + p, bits);
}

LANE a64_lop_sqdmlsl(LANE_ARGS)
{
    __int128 p = (__int128)a64_sext(a64_sat_s(cpu, 2 * SH(n) * SH(m), bits),
                                     bits);
    return a64_sat_s(cpu, S(d) - p, bits);
}

LANE a64_lop_pmull(LANE_ARGS) { return a64_clmul(n, m, bits / 2); }

/* Wide: n and the result bits wide, m bits/2. */
LANE a64_lop_saddw(LANE_ARGS) { return (uint64_t)(S(n) + SH(m)); }
LANE a64_lop_uaddw(LANE_ARGS) { return n + m; }
LANE a64_lop_ssubw(LANE_ARGS) { return (uint64_t)(S(n) - SH(m)); }
LANE a64_lop_usubw(LANE_ARGS) { return n - m; }

/* Narrow: n, m bits wide, the result is the high half. */
LANE a64_lop_addhn(LANE_ARGS) { return ((n + m) & a64_mask(bits)) >> (bits / 2); }
LANE a64_lop_subhn(LANE_ARGS) { return ((n - m) & a64_mask(bits)) >> (bits / 2); }

LANE a64_lop_raddhn(LANE_ARGS)
{
    return ((n + m + (1ull << (bits / 2 - 1))) & a64_mask(bits)) >> (bits / 2);
}

LANE a64_lop_rsubhn(LANE_ARGS)
{
    return ((n - m + (1ull << (bits / 2 - 1))) & a64_mask(bits)) >> (bits / 2);
}

/* Unary. */
LANE a64_lop_abs(LANE_ARGS) { return a64_abs128(S(n)); }
LANE a64_lop_neg(LANE_ARGS) { return -n; }
LANE a64_lop_sqabs(LANE_ARGS) { return a64_sat_s(cpu, S(n) < 0 ? -S(n) : S(n), bits); }
LANE a64_lop_sqneg(LANE_ARGS) { return a64_sat_s(cpu, -S(n), bits); }

LANE a64_lop_clz(LANE_ARGS)
{
    n &= a64_mask(bits);
    return n == 0 ? bits : (uint64_t)__builtin_clzll(n) - (64 - bits);
}

/* Leading bits equal to the sign bit, the sign bit itself not counted. */
LANE a64_lop_cls(LANE_ARGS)
{
    uint64_t x = (n ^ (n >> 1)) & a64_mask(bits - 1);
    return a64_lop_clz(cpu, x, 0, 0, bits) - 1;
}

LANE a64_lop_cnt(LANE_ARGS) { return (uint64_t)__builtin_popcountll(n & a64_mask(bits)); }
LANE a64_lop_not(LANE_ARGS) { return ~n; }

LANE a64_lop_rbit(LANE_ARGS)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < bits; i++) {
        r |= ((n >> i) & 1) << (bits - 1 - i);
    }
    return r;
}

/* suqadd: signed d + unsigned n; usqadd: unsigned d + signed n. */
LANE a64_lop_suqadd(LANE_ARGS) { return a64_sat_s(cpu, S(d) + U(n), bits); }
LANE a64_lop_usqadd(LANE_ARGS) { return a64_sat_u(cpu, U(d) + S(n), bits); }
LANE a64_lop_cmgt0(LANE_ARGS) { return ONES(S(n) > 0); }
LANE a64_lop_cmeq0(LANE_ARGS) { return ONES((n & a64_mask(bits)) == 0); }
LANE a64_lop_cmlt0(LANE_ARGS) { return ONES(S(n) < 0); }
LANE a64_lop_cmge0(LANE_ARGS) { return ONES(S(n) >= 0); }
LANE a64_lop_cmle0(LANE_ARGS) { return ONES(S(n) <= 0); }

/* The Arm ARM's RecipEstimate and RecipSqrtEstimate, 9-bit fixed point. */
unsigned a64_recip_estimate(unsigned a)
{
    a = a * 2 + 1;
    unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

unsigned a64_rsqrt_estimate(unsigned a)
{
    if (a < 256) {
        a = a * 2 + 1;
    } else {
        a = (a >> 1) << 1;
        a = (a + 1) * 2;
    }
    unsigned b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28)) {
        b++;
    }
    return (b + 1) / 2;
}

LANE a64_lop_urecpe(LANE_ARGS)
{
    if (!(n & 0x80000000u)) {
        return 0xffffffffu;
    }
    return (uint64_t)a64_recip_estimate((unsigned)(n >> 23) & 0x1ff) << 23;
}

LANE a64_lop_ursqrte(LANE_ARGS)
{
    if (!(n & 0xc0000000u)) {
        return 0xffffffffu;
    }
    return (uint64_t)a64_rsqrt_estimate((unsigned)(n >> 23) & 0x1ff) << 23;
}

/* Pairs of n (n = even element, m = odd one) widened, d accumulated. */
LANE a64_lop_saddlp(LANE_ARGS) { return (uint64_t)(SH(n) + SH(m)); }
LANE a64_lop_uaddlp(LANE_ARGS) { return n + m; }
LANE a64_lop_sadalp(LANE_ARGS) { return d + (uint64_t)(SH(n) + SH(m)); }
LANE a64_lop_uadalp(LANE_ARGS) { return d + n + m; }

/* Narrowing moves: n is bits wide, the result bits/2. */
LANE a64_lop_xtn(LANE_ARGS) { return n; }
LANE a64_lop_sqxtn(LANE_ARGS) { return a64_sat_s(cpu, S(n), bits / 2); }
LANE a64_lop_uqxtn(LANE_ARGS) { return a64_sat_u(cpu, U(n), bits / 2); }
LANE a64_lop_sqxtun(LANE_ARGS) { return a64_sat_u(cpu, S(n), bits / 2); }

/* ---- the loops, one per kind ------------------------------------------- */

#define LOOP_HEAD                                                             \
    struct a64_cpu *cpu = a64_cpu(c);                                         \
    struct a64_vdesc v = a64_vd(desc);                                        \
    union a64_vec n = a64_vread(cpu, v.rn), m = a64_vread(cpu, v.rm);         \
    union a64_vec d = a64_vread(cpu, v.rd), r = {{0, 0}};                     \
    bool elem = (v.x & A64_VX_ELEM) != 0;                                     \
    (void)b2;                                                                 \
    (void)c3;                                                                 \
    (void)aux;                                                                \
    (void)elem;                                                               \
    (void)d;                                                                  \
    (void)m;

#define LOOP_TAIL                                                             \
    a64_vwrite(cpu, v.rd, &r);                                                \
    return 0;

#define LOOP_SAME(name)                                                       \
    unsigned bits = 8u << v.esz, lanes = a64_vd_lanes(&v);                    \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(cpu, a64_lane(&n, v.esz, i),              \
                                    a64_lane(&m, v.esz, elem ? v.imm : i),    \
                                    a64_lane(&d, v.esz, i), bits);            \
        a64_lane_set(&r, v.esz, i, x);                                        \
    }

/* Pairwise over the concatenation m:n; the scalar form reduces n's pair. */
#define LOOP_PAIR(name)                                                       \
    unsigned bits = 8u << v.esz, lanes = a64_vd_lanes(&v);                    \
    if (v.scalar) {                                                           \
        r.d[0] = a64_lop_##name(cpu, a64_lane(&n, v.esz, 0),                  \
                                a64_lane(&n, v.esz, 1), 0, bits) &            \
                 a64_mask(bits);                                              \
    }                                                                         \
    for (unsigned i = 0; i < lanes && !v.scalar; i++) {                       \
        const union a64_vec *s = i < lanes / 2 ? &n : &m;                     \
        unsigned j = (i % (lanes / 2)) * 2;                                   \
        uint64_t x = a64_lop_##name(cpu, a64_lane(s, v.esz, j),               \
                                    a64_lane(s, v.esz, j + 1), 0, bits);      \
        a64_lane_set(&r, v.esz, i, x);                                        \
    }

/* Narrow sources from the lower half, or the upper one for the "2" form. */
#define LOOP_LONG(name)                                                       \
    unsigned bits = 16u << v.esz;                                             \
    unsigned lanes = v.scalar ? 1 : 8u >> v.esz, base = v.q ? lanes : 0;      \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(                                          \
            cpu, a64_lane(&n, v.esz, base + i),                               \
            a64_lane(&m, v.esz, elem ? v.imm : base + i),                     \
            a64_lane(&d, v.esz + 1, i), bits);                                \
        a64_lane_set(&r, v.esz + 1, i, x);                                    \
    }

#define LOOP_WIDE(name)                                                       \
    unsigned bits = 16u << v.esz;                                             \
    unsigned lanes = 8u >> v.esz, base = v.q ? lanes : 0;                     \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(cpu, a64_lane(&n, v.esz + 1, i),          \
                                    a64_lane(&m, v.esz, base + i), 0, bits);  \
        a64_lane_set(&r, v.esz + 1, i, x);                                    \
    }

/* Narrow results go to the lower half (zeroing the upper) or, for "2",
 * to the upper half with the lower one kept. */
#define LOOP_NARROW(name)                                                     \
    unsigned bits = 16u << v.esz;                                             \
    unsigned lanes = v.scalar ? 1 : 8u >> v.esz, base = v.q ? lanes : 0;      \
    if (v.q) {                                                                \
        r.d[0] = d.d[0];                                                      \
    }                                                                         \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(cpu, a64_lane(&n, v.esz + 1, i),          \
                                    a64_lane(&m, v.esz + 1, i), 0, bits);     \
        a64_lane_set(&r, v.esz, base + i, x);                                 \
    }

#define LOOP_UN(name)                                                         \
    unsigned bits = 8u << v.esz, lanes = a64_vd_lanes(&v);                    \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(cpu, a64_lane(&n, v.esz, i), 0,           \
                                    a64_lane(&d, v.esz, i), bits);            \
        a64_lane_set(&r, v.esz, i, x);                                        \
    }

#define LOOP_UNLONGP(name)                                                    \
    unsigned bits = 16u << v.esz, lanes = (8u << v.q) >> (v.esz + 1);         \
    for (unsigned i = 0; i < lanes; i++) {                                    \
        uint64_t x = a64_lop_##name(cpu, a64_lane(&n, v.esz, 2 * i),          \
                                    a64_lane(&n, v.esz, 2 * i + 1),           \
                                    a64_lane(&d, v.esz + 1, i), bits);        \
        a64_lane_set(&r, v.esz + 1, i, x);                                    \
    }

#define LOOP_UNNARROW(name) LOOP_NARROW(name)

#define A64_VINT_DEFINE(name, kind)                                           \
    static uint64_t a64_vi_##name(struct cpu *c, uint64_t desc, uint64_t b2,  \
                                  uint64_t c3, uint64_t aux)                  \
    {                                                                         \
        LOOP_HEAD                                                             \
        LOOP_##kind(name)                                                     \
        LOOP_TAIL                                                             \
    }
A64_VINT_OPS(A64_VINT_DEFINE)
#undef A64_VINT_DEFINE

const struct ir_helper a64_vint_helpers[A64_VI__COUNT] = {
#define A64_VINT_DESCRIBE(name, kind) [A64_VI_##name] = {a64_vi_##name, "a64_" #name, 0},
    A64_VINT_OPS(A64_VINT_DESCRIBE)
#undef A64_VINT_DESCRIBE
};

/* ---- shifts by immediate ----------------------------------------------- */

#define SHIFT_ARGS                                                            \
    struct a64_cpu *cpu A64_UNUSED, uint64_t n A64_UNUSED,                    \
        uint64_t d A64_UNUSED, unsigned sh A64_UNUSED, unsigned bits A64_UNUSED

LANE a64_sop_sshr(SHIFT_ARGS) { return (uint64_t)a64_asr(S(n), (int)sh); }
LANE a64_sop_ushr(SHIFT_ARGS) { return (uint64_t)a64_asr(U(n), (int)sh); }
LANE a64_sop_ssra(SHIFT_ARGS) { return d + (uint64_t)a64_asr(S(n), (int)sh); }
LANE a64_sop_usra(SHIFT_ARGS) { return d + (uint64_t)a64_asr(U(n), (int)sh); }
LANE a64_sop_srshr(SHIFT_ARGS) { return (uint64_t)a64_rshr(S(n), (int)sh); }
LANE a64_sop_urshr(SHIFT_ARGS) { return (uint64_t)a64_rshr(U(n), (int)sh); }
LANE a64_sop_srsra(SHIFT_ARGS) { return d + (uint64_t)a64_rshr(S(n), (int)sh); }
LANE a64_sop_ursra(SHIFT_ARGS) { return d + (uint64_t)a64_rshr(U(n), (int)sh); }

/* sri: shifted n, with the top sh bits of d kept; sh == bits keeps d. */
LANE a64_sop_sri(SHIFT_ARGS)
{
    if (sh >= bits) {
        return d;
    }
    uint64_t keep = ~(a64_mask(bits) >> sh);
    return (d & keep) | ((n & a64_mask(bits)) >> sh);
}

LANE a64_sop_shl(SHIFT_ARGS) { return n << sh; }
LANE a64_sop_sli(SHIFT_ARGS) { return (d & a64_mask(sh)) | (n << sh); }
LANE a64_sop_sqshl(SHIFT_ARGS) { return a64_sat_s(cpu, a64_lsl(S(n), sh), bits); }
LANE a64_sop_uqshl(SHIFT_ARGS) { return a64_sat_u(cpu, a64_lsl(U(n), sh), bits); }
LANE a64_sop_sqshlu(SHIFT_ARGS) { return a64_sat_u(cpu, a64_lsl(S(n), sh), bits); }

/* Narrowing right shifts: n is bits wide, the result bits/2. */
LANE a64_sop_shrn(SHIFT_ARGS) { return (uint64_t)a64_asr(U(n), (int)sh); }
LANE a64_sop_rshrn(SHIFT_ARGS) { return (uint64_t)a64_rshr(U(n), (int)sh); }
LANE a64_sop_sqshrn(SHIFT_ARGS) { return a64_sat_s(cpu, a64_asr(S(n), (int)sh), bits / 2); }
LANE a64_sop_uqshrn(SHIFT_ARGS) { return a64_sat_u(cpu, a64_asr(U(n), (int)sh), bits / 2); }
LANE a64_sop_sqrshrn(SHIFT_ARGS) { return a64_sat_s(cpu, a64_rshr(S(n), (int)sh), bits / 2); }
LANE a64_sop_uqrshrn(SHIFT_ARGS) { return a64_sat_u(cpu, a64_rshr(U(n), (int)sh), bits / 2); }
LANE a64_sop_sqshrun(SHIFT_ARGS) { return a64_sat_u(cpu, a64_asr(S(n), (int)sh), bits / 2); }
LANE a64_sop_sqrshrun(SHIFT_ARGS) { return a64_sat_u(cpu, a64_rshr(S(n), (int)sh), bits / 2); }

/* Widening left shifts: n is bits/2 wide, the result bits. */
LANE a64_sop_sshll(SHIFT_ARGS) { return (uint64_t)a64_lsl(SH(n), sh); }
LANE a64_sop_ushll(SHIFT_ARGS) { return n << sh; }
LANE a64_sop_shll(SHIFT_ARGS) { return n << sh; }

enum { SK_SAME, SK_NARROW, SK_LONG };
#define SKIND_sshr SK_SAME
#define SKIND_ushr SK_SAME
#define SKIND_ssra SK_SAME
#define SKIND_usra SK_SAME
#define SKIND_srshr SK_SAME
#define SKIND_urshr SK_SAME
#define SKIND_srsra SK_SAME
#define SKIND_ursra SK_SAME
#define SKIND_sri SK_SAME
#define SKIND_shl SK_SAME
#define SKIND_sli SK_SAME
#define SKIND_sqshl SK_SAME
#define SKIND_uqshl SK_SAME
#define SKIND_sqshlu SK_SAME
#define SKIND_shrn SK_NARROW
#define SKIND_rshrn SK_NARROW
#define SKIND_sqshrn SK_NARROW
#define SKIND_uqshrn SK_NARROW
#define SKIND_sqrshrn SK_NARROW
#define SKIND_uqrshrn SK_NARROW
#define SKIND_sqshrun SK_NARROW
#define SKIND_sqrshrun SK_NARROW
#define SKIND_sshll SK_LONG
#define SKIND_ushll SK_LONG
#define SKIND_shll SK_LONG

#define A64_VSHIFT_DEFINE(name)                                               \
    static uint64_t a64_vs_##name(struct cpu *c, uint64_t desc, uint64_t b2,  \
                                  uint64_t c3, uint64_t aux)                  \
    {                                                                         \
        LOOP_HEAD                                                             \
        unsigned sh = v.imm;                                                  \
        if (SKIND_##name == SK_SAME) {                                        \
            unsigned bits = 8u << v.esz, lanes = a64_vd_lanes(&v);            \
            for (unsigned i = 0; i < lanes; i++) {                            \
                a64_lane_set(&r, v.esz, i,                                    \
                             a64_sop_##name(cpu, a64_lane(&n, v.esz, i),      \
                                            a64_lane(&d, v.esz, i), sh,       \
                                            bits));                           \
            }                                                                 \
        } else if (SKIND_##name == SK_NARROW) {                               \
            unsigned bits = 16u << v.esz;                                     \
            unsigned lanes = v.scalar ? 1 : 8u >> v.esz;                      \
            unsigned base = v.q ? lanes : 0;                                  \
            if (v.q) {                                                        \
                r.d[0] = d.d[0];                                              \
            }                                                                 \
            for (unsigned i = 0; i < lanes; i++) {                            \
                a64_lane_set(&r, v.esz, base + i,                             \
                             a64_sop_##name(cpu, a64_lane(&n, v.esz + 1, i),  \
                                            0, sh, bits));                    \
            }                                                                 \
        } else {                                                              \
            unsigned bits = 16u << v.esz, lanes = 8u >> v.esz;                \
            unsigned base = v.q ? lanes : 0;                                  \
            for (unsigned i = 0; i < lanes; i++) {                            \
                a64_lane_set(&r, v.esz + 1, i,                                \
                             a64_sop_##name(cpu,                              \
                                            a64_lane(&n, v.esz, base + i), 0, \
                                            sh, bits));                       \
            }                                                                 \
        }                                                                     \
        LOOP_TAIL                                                             \
    }
A64_VSHIFT_OPS(A64_VSHIFT_DEFINE)
#undef A64_VSHIFT_DEFINE

const struct ir_helper a64_vshift_helpers[A64_VS__COUNT] = {
#define A64_VSHIFT_DESCRIBE(name) [A64_VS_##name] = {a64_vs_##name, "a64_" #name, 0},
    A64_VSHIFT_OPS(A64_VSHIFT_DESCRIBE)
#undef A64_VSHIFT_DESCRIBE
};

/* ---- across lanes ------------------------------------------------------ */

static uint64_t a64_vacross(struct cpu *c, uint64_t desc, enum a64_vacross_op op)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    union a64_vec n = a64_vread(cpu, v.rn), r = {{0, 0}};
    unsigned bits = 8u << v.esz, lanes = (8u << v.q) >> v.esz;
    __int128 acc = 0;
    for (unsigned i = 0; i < lanes; i++) {
        uint64_t x = a64_lane(&n, v.esz, i);
        __int128 s = a64_sext(x, bits);
        __int128 u = x;
        switch (op) {
        case A64_VA_addv: case A64_VA_uaddlv: acc = i ? acc + u : u; break;
        case A64_VA_saddlv: acc = i ? acc + s : s; break;
        case A64_VA_smaxv: acc = i == 0 || s > acc ? s : acc; break;
        case A64_VA_sminv: acc = i == 0 || s < acc ? s : acc; break;
        case A64_VA_umaxv: acc = i == 0 || u > acc ? u : acc; break;
        default: acc = i == 0 || u < acc ? u : acc; break;
        }
    }
    bool wide = op == A64_VA_saddlv || op == A64_VA_uaddlv;
    unsigned outsz = wide ? v.esz + 1 : v.esz;
    a64_lane_set(&r, outsz, 0, (uint64_t)acc);
    a64_vwrite(cpu, v.rd, &r);
    return 0;
}

#define A64_VACROSS_DEFINE(name)                                              \
    static uint64_t a64_va_##name(struct cpu *c, uint64_t desc, uint64_t b2,  \
                                  uint64_t c3, uint64_t aux)                  \
    {                                                                         \
        (void)b2;                                                             \
        (void)c3;                                                             \
        (void)aux;                                                            \
        return a64_vacross(c, desc, A64_VA_##name);                           \
    }
A64_VACROSS_OPS(A64_VACROSS_DEFINE)
#undef A64_VACROSS_DEFINE

const struct ir_helper a64_vacross_helpers[A64_VA__COUNT] = {
#define A64_VACROSS_DESCRIBE(name) [A64_VA_##name] = {a64_va_##name, "a64_" #name, 0},
    A64_VACROSS_OPS(A64_VACROSS_DESCRIBE)
#undef A64_VACROSS_DESCRIBE
};
