/* SPDX-License-Identifier: MIT */
/*
 * AArch64 FP, Advanced SIMD and crypto helpers: the run-time half of every
 * vector or FP insn that IR cannot express in a few 64-bit ops.  Vector
 * helpers get a descriptor (A64_VD_*: register numbers, element size, Q,
 * scalar form, index or shift) as operand a and read and write the V
 * registers in struct a64_cpu themselves; scalar FP helpers take and return
 * raw register bits.  FPSR flags accrue in struct a64_cpu, FPCR is read
 * there.
 */
#ifndef XRUN_TARGET_AARCH64_FPSIMD_H
#define XRUN_TARGET_AARCH64_FPSIMD_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "target/aarch64/cpu.h"
#include "translator/ir.h"

/* FPCR and FPSR fields: A64_FPCR_* and A64_FPSR_* in cpu.h. */

/* Rounding modes: FPCR.RMode values, plus the two only insns select. */
enum a64_rmode {
    A64_RN = 0,   /* to nearest, ties to even */
    A64_RP = 1,   /* toward +inf */
    A64_RM = 2,   /* toward -inf */
    A64_RZ = 3,   /* toward zero */
    A64_RA = 4,   /* to nearest, ties away (fcvta*, frinta) */
    A64_RODD = 5, /* round to odd (fcvtxn) */
    A64_RFPCR = 7 /* in an insn's selector: use FPCR.RMode */
};

/* One 128-bit V register; the host is little-endian like the guest. */
union a64_vec {
    uint64_t d[2];
    uint32_t s[4];
    uint16_t h[8];
    uint8_t b[16];
};

static inline union a64_vec a64_vread(const struct a64_cpu *cpu, unsigned n)
{
    union a64_vec v;
    v.d[0] = cpu->v[n][0];
    v.d[1] = cpu->v[n][1];
    return v;
}

static inline void a64_vwrite(struct a64_cpu *cpu, unsigned n,
                              const union a64_vec *v)
{
    cpu->v[n][0] = v->d[0];
    cpu->v[n][1] = v->d[1];
}

/* Lane i of esize 8 << esz, zero-extended. */
static inline uint64_t a64_lane(const union a64_vec *v, unsigned esz,
                                unsigned i)
{
    switch (esz) {
    case 0: return v->b[i & 15];
    case 1: return v->h[i & 7];
    case 2: return v->s[i & 3];
    default: return v->d[i & 1];
    }
}

static inline void a64_lane_set(union a64_vec *v, unsigned esz, unsigned i,
                                uint64_t x)
{
    switch (esz) {
    case 0: v->b[i & 15] = (uint8_t)x; break;
    case 1: v->h[i & 7] = (uint16_t)x; break;
    case 2: v->s[i & 3] = (uint32_t)x; break;
    default: v->d[i & 1] = x; break;
    }
}

static inline int64_t a64_sext(uint64_t x, unsigned bits)
{
    return bits >= 64 ? (int64_t)x
                      : (int64_t)(x << (64 - bits)) >> (64 - bits);
}

static inline uint64_t a64_mask(unsigned bits)
{
    return bits >= 64 ? ~0ull : (1ull << bits) - 1;
}

/*
 * The descriptor of a vector helper call (operand a, a constant):
 * registers, element size (log2 bytes), Q, the scalar form (one element,
 * the rest of the register zeroed), and an element index or shift amount.
 */
enum {
    A64_VD_RD = 0,      /* bits 4:0 */
    A64_VD_RN = 5,      /* bits 9:5 */
    A64_VD_RM = 10,     /* bits 14:10 */
    A64_VD_RA = 15,     /* bits 19:15, a fourth register (sha, ext) */
    A64_VD_ESZ = 20,    /* bits 21:20 */
    A64_VD_Q = 22,      /* bit 22 */
    A64_VD_SCALAR = 23, /* bit 23 */
    A64_VD_IMM = 24,    /* bits 31:24: index, shift, count */
    A64_VD_X = 32,      /* bits 39:32: per-op extra (rounding, #regs) */
};

struct a64_vdesc {
    unsigned rd, rn, rm, ra, esz, q, scalar, imm, x;
};

static inline uint64_t a64_vd_pack(unsigned rd, unsigned rn, unsigned rm,
                                   unsigned esz, unsigned q, unsigned scalar,
                                   unsigned imm)
{
    return (uint64_t)rd << A64_VD_RD | (uint64_t)rn << A64_VD_RN
         | (uint64_t)rm << A64_VD_RM | (uint64_t)(esz & 3) << A64_VD_ESZ
         | (uint64_t)(q & 1) << A64_VD_Q
         | (uint64_t)(scalar & 1) << A64_VD_SCALAR
         | (uint64_t)(imm & 0xff) << A64_VD_IMM;
}

static inline struct a64_vdesc a64_vd(uint64_t d)
{
    struct a64_vdesc v = {
        .rd = (unsigned)(d >> A64_VD_RD) & 31,
        .rn = (unsigned)(d >> A64_VD_RN) & 31,
        .rm = (unsigned)(d >> A64_VD_RM) & 31,
        .ra = (unsigned)(d >> A64_VD_RA) & 31,
        .esz = (unsigned)(d >> A64_VD_ESZ) & 3,
        .q = (unsigned)(d >> A64_VD_Q) & 1,
        .scalar = (unsigned)(d >> A64_VD_SCALAR) & 1,
        .imm = (unsigned)(d >> A64_VD_IMM) & 0xff,
        .x = (unsigned)(d >> A64_VD_X) & 0xff,
    };
    return v;
}

/* Elements an op touches: 1 for a scalar form, else 64 or 128 bits' worth. */
static inline unsigned a64_vd_lanes(const struct a64_vdesc *d)
{
    return d->scalar ? 1 : (8u << d->q) >> d->esz;
}

/* Saturation: clamp x to the range of a bits-wide lane and set FPSR.QC. */
static inline uint64_t a64_sat_s(struct a64_cpu *cpu, __int128 x,
                                 unsigned bits)
{
    __int128 hi = ((__int128)1 << (bits - 1)) - 1, lo = -hi - 1;
    if (x > hi) {
        cpu->fpsr |= A64_FPSR_QC;
        x = hi;
    } else if (x < lo) {
        cpu->fpsr |= A64_FPSR_QC;
        x = lo;
    }
    return (uint64_t)x & a64_mask(bits);
}

static inline uint64_t a64_sat_u(struct a64_cpu *cpu, __int128 x,
                                 unsigned bits)
{
    __int128 hi = ((__int128)1 << bits) - 1;
    if (x > hi) {
        cpu->fpsr |= A64_FPSR_QC;
        x = hi;
    } else if (x < 0) {
        cpu->fpsr |= A64_FPSR_QC;
        x = 0;
    }
    return (uint64_t)x;
}

/* ---- integer vector helpers (fpsimd-int.c) ---------------------------- */

/*
 * Element-wise ops on (n, m, d) lanes, declared once:
 * X(name, kind).  The lane function a64_lop_<name>(cpu, n, m, d, bits)
 * gets zero-extended lanes (d is the old destination lane, for the
 * accumulating ops) and returns the result lane.  kind says how lanes are
 * paired (fpsimd-int.c): SAME (n[i], m[i] -> d[i]), PAIR (pairwise over
 * m:n), LONG (narrow n, m -> wide d; Q selects the upper halves), WIDE
 * (wide n, narrow m), NARROW (wide n, m -> narrow d, Q: upper half), UN
 * (n[i] -> d[i]), UNLONGP (pairs of n -> wide d), UNNARROW.
 */
#define A64_VINT_OPS(X)                                                       \
    X(add, SAME) X(sub, SAME) X(mul, SAME) X(mla, SAME) X(mls, SAME)          \
    X(pmul, SAME)                                                             \
    X(sqadd, SAME) X(uqadd, SAME) X(sqsub, SAME) X(uqsub, SAME)               \
    X(shadd, SAME) X(uhadd, SAME) X(srhadd, SAME) X(urhadd, SAME)             \
    X(shsub, SAME) X(uhsub, SAME)                                             \
    X(smax, SAME) X(smin, SAME) X(umax, SAME) X(umin, SAME)                   \
    X(sabd, SAME) X(uabd, SAME) X(saba, SAME) X(uaba, SAME)                   \
    X(cmeq, SAME) X(cmge, SAME) X(cmgt, SAME) X(cmhi, SAME) X(cmhs, SAME)     \
    X(cmtst, SAME)                                                            \
    X(sshl, SAME) X(ushl, SAME) X(srshl, SAME) X(urshl, SAME)                 \
    X(sqshl, SAME) X(uqshl, SAME) X(sqrshl, SAME) X(uqrshl, SAME)             \
    X(sqdmulh, SAME) X(sqrdmulh, SAME) X(sqrdmlah, SAME) X(sqrdmlsh, SAME)    \
    X(sdot, SAME) X(udot, SAME)                                               \
    X(addp, PAIR) X(smaxp, PAIR) X(sminp, PAIR) X(umaxp, PAIR)                \
    X(uminp, PAIR)                                                            \
    X(saddl, LONG) X(uaddl, LONG) X(ssubl, LONG) X(usubl, LONG)               \
    X(sabal, LONG) X(uabal, LONG) X(sabdl, LONG) X(uabdl, LONG)               \
    X(smlal, LONG) X(umlal, LONG) X(smlsl, LONG) X(umlsl, LONG)               \
    X(smull, LONG) X(umull, LONG) X(sqdmull, LONG) X(sqdmlal, LONG)           \
    X(sqdmlsl, LONG) X(pmull, LONG)                                           \
    X(saddw, WIDE) X(uaddw, WIDE) X(ssubw, WIDE) X(usubw, WIDE)               \
    X(addhn, NARROW) X(raddhn, NARROW) X(subhn, NARROW) X(rsubhn, NARROW)     \
    X(abs, UN) X(neg, UN) X(sqabs, UN) X(sqneg, UN) X(cls, UN) X(clz, UN)     \
    X(cnt, UN) X(not, UN) X(rbit, UN) X(suqadd, UN) X(usqadd, UN)             \
    X(cmgt0, UN) X(cmeq0, UN) X(cmlt0, UN) X(cmge0, UN) X(cmle0, UN)          \
    X(urecpe, UN) X(ursqrte, UN)                                              \
    X(saddlp, UNLONGP) X(uaddlp, UNLONGP) X(sadalp, UNLONGP)                  \
    X(uadalp, UNLONGP)                                                        \
    X(xtn, UNNARROW) X(sqxtn, UNNARROW) X(uqxtn, UNNARROW)                    \
    X(sqxtun, UNNARROW)

enum a64_vint_op {
#define A64_VINT_ENUM(name, kind) A64_VI_##name,
    A64_VINT_OPS(A64_VINT_ENUM)
#undef A64_VINT_ENUM
    A64_VI__COUNT
};

/*
 * One helper descriptor per op: call with a = descriptor (esz is the
 * size of the source lanes for LONG/WIDE/NARROW/UNLONGP/UNNARROW, of the
 * lanes otherwise).  The by-element forms set A64_VD_X bit 0 and take the
 * index of m's element in imm (m's lanes are esz-sized).
 */
extern const struct ir_helper a64_vint_helpers[A64_VI__COUNT];
enum { A64_VX_ELEM = 1 };

/*
 * Shifts by immediate: X(name).  imm is the shift amount (right shifts
 * 1..bits, left shifts 0..bits-1); esz is the size of the source lanes.
 */
#define A64_VSHIFT_OPS(X)                                                     \
    X(sshr) X(ushr) X(ssra) X(usra) X(srshr) X(urshr) X(srsra) X(ursra)       \
    X(sri) X(shl) X(sli) X(sqshl) X(uqshl) X(sqshlu)                          \
    X(shrn) X(rshrn) X(sqshrn) X(uqshrn) X(sqrshrn) X(uqrshrn) X(sqshrun)     \
    X(sqrshrun) X(sshll) X(ushll) X(shll)

enum a64_vshift_op {
#define A64_VSHIFT_ENUM(name) A64_VS_##name,
    A64_VSHIFT_OPS(A64_VSHIFT_ENUM)
#undef A64_VSHIFT_ENUM
    A64_VS__COUNT
};
extern const struct ir_helper a64_vshift_helpers[A64_VS__COUNT];

/*
 * Across-lanes reductions, scalar result in d: X(name).  esz is the size
 * of the source lanes.
 */
#define A64_VACROSS_OPS(X)                                                    \
    X(addv) X(saddlv) X(uaddlv) X(smaxv) X(umaxv) X(sminv) X(uminv)

enum a64_vacross_op {
#define A64_VACROSS_ENUM(name) A64_VA_##name,
    A64_VACROSS_OPS(A64_VACROSS_ENUM)
#undef A64_VACROSS_ENUM
    A64_VA__COUNT
};
extern const struct ir_helper a64_vacross_helpers[A64_VA__COUNT];

/* ---- permutes, copies, tables (fpsimd-perm.c) ------------------------- */

/*
 * X(name): zip1 zip2 uzp1 uzp2 trn1 trn2 (d, n, m, esz, q); ext (imm =
 * byte index); tbl/tbx (x = number of table registers 1..4, n the first);
 * rev16/32/64 (esz = element size, reversal within the named container);
 * dupe (d = n[imm] everywhere, esz), ins (d[imm] = n[x]), dupg (d = b
 * everywhere), insg (d[imm] = b), umov/smov (return the element; scalar
 * copies use dups: d = n[imm] alone).
 */
#define A64_VPERM_OPS(X)                                                      \
    X(zip1) X(zip2) X(uzp1) X(uzp2) X(trn1) X(trn2) X(ext) X(tbl) X(tbx)      \
    X(rev16) X(rev32) X(rev64) X(dupe) X(dups) X(ins) X(dupg) X(insg)         \
    X(umov) X(smov)

enum a64_vperm_op {
#define A64_VPERM_ENUM(name) A64_VP_##name,
    A64_VPERM_OPS(A64_VPERM_ENUM)
#undef A64_VPERM_ENUM
    A64_VP__COUNT
};
extern const struct ir_helper a64_vperm_helpers[A64_VP__COUNT];

/* ---- loads and stores of structures (fpsimd-ldst.c) -------------------- */

/*
 * LDn/STn multiple structures (x = number of registers selems << 4 |
 * rpt, see the helper), single structures (imm = index) and LDnR.  The
 * address is operand b; the helpers fault like guest accesses.
 */
enum a64_vldst_kind { A64_LDST_MULT, A64_LDST_SINGLE, A64_LDST_REPL };
extern const struct ir_helper a64_vld_helpers[3];
extern const struct ir_helper a64_vst_helpers[3];

/* ---- crypto and CRC (fpsimd-crypto.c) --------------------------------- */

#define A64_VCRYPTO_OPS(X)                                                    \
    X(aese) X(aesd) X(aesmc) X(aesimc)                                        \
    X(sha1c) X(sha1p) X(sha1m) X(sha1h) X(sha1su0) X(sha1su1)                 \
    X(sha256h) X(sha256h2) X(sha256su0) X(sha256su1) X(pmull64)

enum a64_vcrypto_op {
#define A64_VCRYPTO_ENUM(name) A64_VC_##name,
    A64_VCRYPTO_OPS(A64_VCRYPTO_ENUM)
#undef A64_VCRYPTO_ENUM
    A64_VC__COUNT
};
extern const struct ir_helper a64_vcrypto_helpers[A64_VC__COUNT];

/* crc32{b,h,w,x} and crc32c*: a = accumulator, b = data, aux = log2 size
 * | 4 for the Castagnoli polynomial.  Pure. */
uint64_t a64_crc32(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c,
                   uint64_t aux);
extern const struct ir_helper a64_crc32_helper;

/* The guest-visible pieces of the crypto helpers, for unit tests. */
void a64_aes_round(uint8_t st[16], const uint8_t key[16], bool decrypt);
void a64_aes_mix(uint8_t st[16], bool inverse);
uint64_t a64_clmul64(uint64_t a, uint64_t b, uint64_t *hi);

/* Use the host's AES-NI, pclmulqdq, SSE4.2 crc32 and SHA extensions when
 * it has them (the default), or the portable code (tests of both). */
void a64_crypto_use_host(bool on);

#endif
