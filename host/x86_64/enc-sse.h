/* SPDX-License-Identifier: MIT */
/*
 * SSE and FMA3 encoders for scalar FP (the fast paths of emit-fp.c).
 * Registers xmm0-xmm15 are numbered 0-15 like the GPRs; forms that mix an
 * xmm and a GPR take each from its own enum.  sd: size 8 (double, F2
 * prefix), ss: size 4 (single, F3 prefix).
 */
#ifndef XRUN_HOST_X86_64_ENC_SSE_H
#define XRUN_HOST_X86_64_ENC_SSE_H

#include "host/x86_64/enc.h"

/* xmm0-xmm15 (0-3 are scratch; the register cache uses the rest). */
enum x64_xmm { X64_XMM0, X64_XMM1, X64_XMM2, X64_XMM3, X64_XMM15 = 15 };

/* [pfx] [REX] 0F opc ModRM(reg, rm), register-direct. */
static inline void x64_sse_rr(struct x64_buf *b, unsigned pfx, bool w,
                              unsigned opc, int reg, int rm)
{
    x64_reserve(b, 16);
    if (pfx) {
        x64_byte(b, pfx);
    }
    x64_rex(b, w, reg, 0, rm, false);
    x64_byte(b, 0x0f);
    x64_opcode(b, opc);
    x64_modrm(b, 3, (unsigned)reg, (unsigned)rm);
}

static inline unsigned x64_sse_pfx(unsigned size)
{
    return size == 8 ? 0xf2 : 0xf3;
}

/* movq xmm, r64 (size 8) / movd xmm, r32 (size 4) */
static inline void x64_movq_xr(struct x64_buf *b, unsigned size,
                               enum x64_xmm x, enum x64_reg r)
{
    x64_sse_rr(b, 0x66, size == 8, 0x6e, x, r);
}

/* movq r64, xmm / movd r32, xmm (zero-extends) */
static inline void x64_movq_rx(struct x64_buf *b, unsigned size,
                               enum x64_reg r, enum x64_xmm x)
{
    x64_sse_rr(b, 0x66, size == 8, 0x7e, x, r);
}

/* Scalar arithmetic opcodes (0F xx with the F2/F3 prefix). */
enum x64_sse_op {
    X64_SQRTS = 0x51, X64_ADDS = 0x58, X64_MULS = 0x59, X64_SUBS = 0x5c,
    X64_DIVS = 0x5e,
};

/* addsd/subsd/mulsd/divsd/sqrtsd d, s (ss for size 4) */
static inline void x64_sse_arith(struct x64_buf *b, enum x64_sse_op op,
                                 unsigned size, enum x64_xmm d,
                                 enum x64_xmm s)
{
    x64_sse_rr(b, x64_sse_pfx(size), false, op, d, s);
}

/* ucomisd a, b (66 0F 2E) / ucomiss (0F 2E): quiet compare into ZF PF CF */
static inline void x64_ucomis(struct x64_buf *b, unsigned size,
                              enum x64_xmm a, enum x64_xmm s)
{
    x64_sse_rr(b, size == 8 ? 0x66 : 0, false, 0x2e, a, s);
}

/* cvtsd2ss (size 8: from double) / cvtss2sd (size 4: from single) */
static inline void x64_cvt_f2f(struct x64_buf *b, unsigned from,
                               enum x64_xmm d, enum x64_xmm s)
{
    x64_sse_rr(b, x64_sse_pfx(from), false, 0x5a, d, s);
}

/* cvt[t]sd2si / cvt[t]ss2si r, xmm: ibits 32 or 64 */
static inline void x64_cvt_f2i(struct x64_buf *b, unsigned from,
                               unsigned ibits, bool trunc, enum x64_reg d,
                               enum x64_xmm s)
{
    x64_sse_rr(b, x64_sse_pfx(from), ibits == 64, trunc ? 0x2c : 0x2d, d, s);
}

/* cvtsi2sd / cvtsi2ss xmm, r64 */
static inline void x64_cvt_i2f(struct x64_buf *b, unsigned to,
                               enum x64_xmm d, enum x64_reg s)
{
    x64_sse_rr(b, x64_sse_pfx(to), true, 0x2a, d, s);
}

/* xorps d, s (0F 57): a zero with d == s */
static inline void x64_xorps(struct x64_buf *b, enum x64_xmm d,
                             enum x64_xmm s)
{
    x64_sse_rr(b, 0, false, 0x57, d, s);
}

/* pcmpeqd d, s (66 0F 76): all ones with d == s */
static inline void x64_pcmpeqd(struct x64_buf *b, enum x64_xmm d,
                               enum x64_xmm s)
{
    x64_sse_rr(b, 0x66, false, 0x76, d, s);
}

/* unpcklps d, s (0F 14): d[63:32] = s[31:0] */
static inline void x64_unpcklps(struct x64_buf *b, enum x64_xmm d,
                                enum x64_xmm s)
{
    x64_sse_rr(b, 0, false, 0x14, d, s);
}

/*
 * vfmadd213sd/ss d, s2, s3 (VEX.LIG.66.0F38 A9, W1 for double):
 * d = s2 * d + s3.  Registers below xmm8 only (no VEX R/B extension).
 */
static inline void x64_vfmadd213(struct x64_buf *b, unsigned size,
                                 enum x64_xmm d, enum x64_xmm s2,
                                 enum x64_xmm s3)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xc4);
    x64_byte(b, 0xe2); /* R X B inverted (none), map 0F38 */
    x64_byte(b, (size == 8 ? 0x80 : 0) | (~(unsigned)s2 & 15) << 3 | 1);
    x64_byte(b, 0xa9);
    x64_modrm(b, 3, (unsigned)d, (unsigned)s3);
}

/* btc r, imm8 (0F BA /7): flip one bit */
static inline void x64_btc_ri(struct x64_buf *b, unsigned size,
                              enum x64_reg r, uint8_t bit)
{
    x64_op_rr(b, 0, 0x0fba, size, 7, r);
    x64_byte(b, bit);
}

/* test dword [m], imm32 */
static inline void x64_test_mi(struct x64_buf *b, struct x64_mem m,
                               uint32_t v)
{
    x64_op_rm(b, 0, 0xf7, 4, 0, m);
    x64_u32(b, v);
}

/* ---- packed forms (vector lanes) ---- */

/* [pfx] [REX] 0F opc ModRM(reg, [m]) */
static inline void x64_sse_rm(struct x64_buf *b, unsigned pfx, unsigned opc,
                              int reg, struct x64_mem m)
{
    x64_reserve(b, 16);
    if (pfx) {
        x64_byte(b, pfx);
    }
    x64_rex(b, false, reg, m.index == X64_NOREG ? 0 : m.index, m.base, false);
    x64_byte(b, 0x0f);
    x64_byte(b, opc);
    x64_modrm_mem(b, reg, m);
}

/* movups x, [m] (16 bytes) / movq x, [m] (8 bytes, upper half zeroed) */
static inline void x64_vload(struct x64_buf *b, bool q, enum x64_xmm x,
                             struct x64_mem m)
{
    if (q) {
        x64_sse_rm(b, 0, 0x10, x, m);
    } else {
        x64_sse_rm(b, 0xf3, 0x7e, x, m);
    }
}

/* movups [m], x / movq [m], x */
static inline void x64_vstore(struct x64_buf *b, bool q, struct x64_mem m,
                              enum x64_xmm x)
{
    if (q) {
        x64_sse_rm(b, 0, 0x11, x, m);
    } else {
        x64_sse_rm(b, 0x66, 0xd6, x, m);
    }
}

/* addp/subp/mulp/divp d, s: pd for esz 3 (66 prefix), ps for esz 2 */
static inline void x64_sse_packed(struct x64_buf *b, enum x64_sse_op op,
                                  unsigned esz, enum x64_xmm d,
                                  enum x64_xmm s)
{
    x64_sse_rr(b, esz == 3 ? 0x66 : 0, false, op, d, s);
}

/* movaps d, s */
static inline void x64_movaps(struct x64_buf *b, enum x64_xmm d,
                              enum x64_xmm s)
{
    x64_sse_rr(b, 0, false, 0x28, d, s);
}

/* cmpunordp[sd] d, s: lanes where either is NaN become all ones */
static inline void x64_cmpunordp(struct x64_buf *b, unsigned esz,
                                 enum x64_xmm d, enum x64_xmm s)
{
    x64_sse_rr(b, esz == 3 ? 0x66 : 0, false, 0xc2, d, s);
    x64_byte(b, 3);
}

/* movmskp[sd] r32, x: the lanes' sign bits */
static inline void x64_movmskp(struct x64_buf *b, unsigned esz,
                               enum x64_reg r, enum x64_xmm x)
{
    x64_sse_rr(b, esz == 3 ? 0x66 : 0, false, 0x50, r, x);
}

/* psll/psrl by imm8 of each lane: esz 3 q-words (66 0F 73), 2 d-words
 * (66 0F 72); left /6, right /2 */
static inline void x64_pshift(struct x64_buf *b, unsigned esz, bool left,
                              enum x64_xmm x, uint8_t n)
{
    x64_sse_rr(b, 0x66, false, esz == 3 ? 0x73 : 0x72, left ? 6 : 2, x);
    x64_byte(b, n);
}

/* padd[qd] d, s (66 0F D4 / FE) */
static inline void x64_padd(struct x64_buf *b, unsigned esz, enum x64_xmm d,
                            enum x64_xmm s)
{
    x64_sse_rr(b, 0x66, false, esz == 3 ? 0xd4 : 0xfe, d, s);
}

/* pxor d, s (66 0F EF) */
static inline void x64_pxor(struct x64_buf *b, enum x64_xmm d, enum x64_xmm s)
{
    x64_sse_rr(b, 0x66, false, 0xef, d, s);
}

/* stmxcsr [m] (0F AE /3) / ldmxcsr [m] (0F AE /2) */
static inline void x64_stmxcsr(struct x64_buf *b, struct x64_mem m)
{
    x64_op_rm(b, 0, 0x0fae, 4, 3, m);
}

static inline void x64_ldmxcsr(struct x64_buf *b, struct x64_mem m)
{
    x64_op_rm(b, 0, 0x0fae, 4, 2, m);
}

/* movq xmm, [m] (F3 0F 7E) and movq [m], xmm (66 0F D6): 64 bits */
static inline void x64_movq_xm(struct x64_buf *b, enum x64_xmm x,
                               struct x64_mem m)
{
    x64_sse_rm(b, 0xf3, 0x7e, x, m);
}

static inline void x64_movq_mx(struct x64_buf *b, struct x64_mem m,
                               enum x64_xmm x)
{
    x64_sse_rm(b, 0x66, 0xd6, x, m);
}

/* punpcklqdq d, s (66 0F 6C): d[127:64] = s[63:0] */
static inline void x64_punpcklqdq(struct x64_buf *b, enum x64_xmm d,
                                  enum x64_xmm s)
{
    x64_sse_rr(b, 0x66, false, 0x6c, d, s);
}

/* movq d, s (F3 0F 7E): d = s[63:0], upper half zeroed */
static inline void x64_movq_xx(struct x64_buf *b, enum x64_xmm d,
                               enum x64_xmm s)
{
    x64_sse_rr(b, 0xf3, false, 0x7e, d, s);
}

#endif
