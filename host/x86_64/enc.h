/* SPDX-License-Identifier: MIT */
/*
 * x86-64 instruction encoders: one inline function per instruction form,
 * over enum x64_reg and a code buffer.  Every encoder reserves room for one
 * instruction (15 bytes at most) first; a fixed-size buffer that runs out
 * sets overflow and rewinds, so the caller checks once at the end instead
 * of after every instruction.  A growable buffer (unit tests) reallocs.
 */
#ifndef XRUN_HOST_X86_64_ENC_H
#define XRUN_HOST_X86_64_ENC_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum x64_reg {
    X64_RAX, X64_RCX, X64_RDX, X64_RBX, X64_RSP, X64_RBP, X64_RSI, X64_RDI,
    X64_R8, X64_R9, X64_R10, X64_R11, X64_R12, X64_R13, X64_R14, X64_R15,
    X64_NOREG = -1,
};

/* Condition codes, as in the low nibble of jcc/setcc/cmovcc. */
enum x64_cc {
    X64_CC_O, X64_CC_NO, X64_CC_B, X64_CC_AE, X64_CC_E, X64_CC_NE,
    X64_CC_BE, X64_CC_A, X64_CC_S, X64_CC_NS, X64_CC_P, X64_CC_NP,
    X64_CC_L, X64_CC_GE, X64_CC_LE, X64_CC_G,
};

/* The /digit of the classic ALU group (opcodes 01, 81, 83 ...). */
enum x64_alu { X64_ADD, X64_OR, X64_ADC, X64_SBB, X64_AND, X64_SUB, X64_XOR,
               X64_CMP };

/* The /digit of the shift group (C1, D3). */
enum x64_shift { X64_ROL = 0, X64_ROR = 1, X64_SHL = 4, X64_SHR = 5,
                 X64_SAR = 7 };

/* The /digit of the unary group F7. */
enum x64_unary { X64_TEST_I = 0, X64_NOT = 2, X64_NEG = 3, X64_MUL = 4,
                 X64_IMUL1 = 5, X64_DIV = 6, X64_IDIV = 7 };

struct x64_buf {
    uint8_t *start, *p, *end;
    bool overflow;  /* a fixed buffer ran out: the contents are garbage */
    bool growable;  /* realloc instead of overflowing */
};

/* A memory operand [base + index * scale + disp]; index X64_NOREG if none. */
struct x64_mem {
    enum x64_reg base, index;
    uint8_t scale; /* 1, 2, 4, 8 */
    int32_t disp;
};

static inline struct x64_mem x64_mb(enum x64_reg base, int32_t disp)
{
    return (struct x64_mem){base, X64_NOREG, 1, disp};
}

static inline struct x64_mem x64_mbi(enum x64_reg base, enum x64_reg index,
                                     int32_t disp)
{
    return (struct x64_mem){base, index, 1, disp};
}

static inline bool x64_fits_i8(int64_t v)
{
    return v == (int8_t)v;
}

static inline bool x64_fits_i32(int64_t v)
{
    return v == (int32_t)v;
}

/* Out of line (enc.c): grow a growable buffer, or flag the overflow. */
void x64_buf_grow(struct x64_buf *b, size_t n);

static inline void x64_reserve(struct x64_buf *b, size_t n)
{
    if ((size_t)(b->end - b->p) < n) {
        x64_buf_grow(b, n);
    }
}

static inline size_t x64_pos(const struct x64_buf *b)
{
    return (size_t)(b->p - b->start);
}

static inline void x64_byte(struct x64_buf *b, unsigned v)
{
    *b->p++ = (uint8_t)v;
}

static inline void x64_u32(struct x64_buf *b, uint32_t v)
{
    memcpy(b->p, &v, 4);
    b->p += 4;
}

static inline void x64_u64(struct x64_buf *b, uint64_t v)
{
    memcpy(b->p, &v, 8);
    b->p += 8;
}

/*
 * REX: W for 64-bit operands, R/X/B extend reg, index and base.  force:
 * byte operations on spl/bpl/sil/dil need a REX even with no bit set
 * (without one, those encodings mean ah/ch/dh/bh).
 */
static inline void x64_rex(struct x64_buf *b, bool w, int reg, int index,
                           int base, bool force)
{
    unsigned rex = 0x40 | (w ? 8 : 0) | (reg > 7 ? 4 : 0) |
                   (index > 7 ? 2 : 0) | (base > 7 ? 1 : 0);
    if (rex != 0x40 || force) {
        x64_byte(b, rex);
    }
}

static inline void x64_modrm(struct x64_buf *b, unsigned mod, unsigned reg,
                             unsigned rm)
{
    x64_byte(b, mod << 6 | (reg & 7) << 3 | (rm & 7));
}

/* ModRM (+ SIB + displacement) for a memory operand. */
static inline void x64_modrm_mem(struct x64_buf *b, int reg,
                                 struct x64_mem m)
{
    unsigned mod = m.disp == 0 && (m.base & 7) != X64_RBP ? 0
                   : x64_fits_i8(m.disp) ? 1 : 2;
    if (m.index == X64_NOREG && (m.base & 7) != X64_RSP) {
        x64_modrm(b, mod, (unsigned)reg, (unsigned)m.base);
    } else {
        unsigned ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2;
        unsigned idx = m.index == X64_NOREG ? 4 : (unsigned)m.index & 7;
        x64_modrm(b, mod, (unsigned)reg, 4);
        x64_byte(b, ss << 6 | idx << 3 | ((unsigned)m.base & 7));
    }
    if (mod == 1) {
        x64_byte(b, (uint8_t)m.disp);
    } else if (mod == 2) {
        x64_u32(b, (uint32_t)m.disp);
    }
}

/* Opcode of 1-3 bytes given as an integer (0x0fb6 is 0F B6). */
static inline void x64_opcode(struct x64_buf *b, unsigned opc)
{
    if (opc > 0xffff) {
        x64_byte(b, opc >> 16);
    }
    if (opc > 0xff) {
        x64_byte(b, (opc >> 8) & 0xff);
    }
    x64_byte(b, opc & 0xff);
}

/*
 * The general forms.  size is the operand size in bytes (1, 2, 4, 8):
 * 2 adds the 0x66 prefix, 8 sets REX.W.  pfx is a mandatory prefix (F3 for
 * lzcnt/tzcnt/popcnt) or 0; it goes before REX.
 */
static inline void x64_op_rr(struct x64_buf *b, unsigned pfx, unsigned opc,
                             unsigned size, int reg, int rm)
{
    x64_reserve(b, 16);
    if (size == 2) {
        x64_byte(b, 0x66);
    }
    if (pfx) {
        x64_byte(b, pfx);
    }
    bool byte_regs = size == 1 && ((reg >= 4 && reg < 8) || (rm >= 4 && rm < 8));
    x64_rex(b, size == 8, reg, 0, rm, byte_regs);
    x64_opcode(b, opc);
    x64_modrm(b, 3, (unsigned)reg, (unsigned)rm);
}

static inline void x64_op_rm(struct x64_buf *b, unsigned pfx, unsigned opc,
                             unsigned size, int reg, struct x64_mem m)
{
    x64_reserve(b, 16);
    if (size == 2) {
        x64_byte(b, 0x66);
    }
    if (pfx) {
        x64_byte(b, pfx);
    }
    bool byte_reg = size == 1 && reg >= 4 && reg < 8;
    x64_rex(b, size == 8, reg, m.index == X64_NOREG ? 0 : m.index, m.base,
            byte_reg);
    x64_opcode(b, opc);
    x64_modrm_mem(b, reg, m);
}

/* ---- moves ---- */

/* mov d, s (size 4 zero-extends into the upper half). */
static inline void x64_mov_rr(struct x64_buf *b, unsigned size,
                              enum x64_reg d, enum x64_reg s)
{
    x64_op_rr(b, 0, size == 1 ? 0x88 : 0x89, size, s, d);
}

/* mov r32, imm32 (zero-extends). */
static inline void x64_mov_ri32(struct x64_buf *b, enum x64_reg d, uint32_t v)
{
    x64_reserve(b, 16);
    x64_rex(b, false, 0, 0, d, false);
    x64_byte(b, 0xb8 + (d & 7));
    x64_u32(b, v);
}

/* movabs r64, imm64 (always 10 bytes: patchable). */
static inline void x64_mov_ri64(struct x64_buf *b, enum x64_reg d, uint64_t v)
{
    x64_reserve(b, 16);
    x64_rex(b, true, 0, 0, d, false);
    x64_byte(b, 0xb8 + (d & 7));
    x64_u64(b, v);
}

/* mov r64, simm32 (C7 /0, sign-extended). */
static inline void x64_mov_rsi32(struct x64_buf *b, enum x64_reg d, int32_t v)
{
    x64_reserve(b, 16);
    x64_rex(b, true, 0, 0, d, false);
    x64_byte(b, 0xc7);
    x64_modrm(b, 3, 0, (unsigned)d);
    x64_u32(b, (uint32_t)v);
}

/* The shortest way to put a 64-bit constant in d. */
static inline void x64_mov_ri(struct x64_buf *b, enum x64_reg d, uint64_t v)
{
    if (v == 0) {
        x64_op_rr(b, 0, 0x31, 4, d, d); /* xor d32, d32 */
    } else if (v <= 0xffffffffu) {
        x64_mov_ri32(b, d, (uint32_t)v);
    } else if (x64_fits_i32((int64_t)v)) {
        x64_mov_rsi32(b, d, (int32_t)v);
    } else {
        x64_mov_ri64(b, d, v);
    }
}

/* mov d, [m] (size 4 zero-extends; size 1 and 2: see x64_movzx_rm). */
static inline void x64_load(struct x64_buf *b, unsigned size, enum x64_reg d,
                            struct x64_mem m)
{
    x64_op_rm(b, 0, size == 1 ? 0x8a : 0x8b, size, d, m);
}

/* mov [m], s */
static inline void x64_store(struct x64_buf *b, unsigned size,
                             struct x64_mem m, enum x64_reg s)
{
    x64_op_rm(b, 0, size == 1 ? 0x88 : 0x89, size, s, m);
}

/* mov [m], simm32 (size 4 or 8; 8 sign-extends). */
static inline void x64_store_i32(struct x64_buf *b, unsigned size,
                                 struct x64_mem m, int32_t v)
{
    x64_op_rm(b, 0, 0xc7, size, 0, m);
    x64_u32(b, (uint32_t)v);
}

/* movzx d32, r/m8 or r/m16 (from = 1 or 2). */
static inline void x64_movzx_rr(struct x64_buf *b, unsigned from,
                                enum x64_reg d, enum x64_reg s)
{
    x64_reserve(b, 16);
    x64_rex(b, false, d, 0, s, from == 1 && s >= 4 && s < 8);
    x64_opcode(b, from == 1 ? 0x0fb6 : 0x0fb7);
    x64_modrm(b, 3, (unsigned)d, (unsigned)s);
}

static inline void x64_movzx_rm(struct x64_buf *b, unsigned from,
                                enum x64_reg d, struct x64_mem m)
{
    x64_op_rm(b, 0, from == 1 ? 0x0fb6 : 0x0fb7, 4, d, m);
}

/* movsx d(size), r/m(from): from 1, 2 or 4 (movsxd); size 4 or 8. */
static inline void x64_movsx_rr(struct x64_buf *b, unsigned size,
                                unsigned from, enum x64_reg d, enum x64_reg s)
{
    unsigned opc = from == 1 ? 0x0fbe : from == 2 ? 0x0fbf : 0x63;
    x64_reserve(b, 16);
    x64_rex(b, size == 8, d, 0, s, from == 1 && s >= 4 && s < 8);
    x64_opcode(b, opc);
    x64_modrm(b, 3, (unsigned)d, (unsigned)s);
}

static inline void x64_movsx_rm(struct x64_buf *b, unsigned size,
                                unsigned from, enum x64_reg d,
                                struct x64_mem m)
{
    unsigned opc = from == 1 ? 0x0fbe : from == 2 ? 0x0fbf : 0x63;
    x64_op_rm(b, 0, opc, size == 8 ? 8 : 4, d, m);
}

static inline void x64_lea(struct x64_buf *b, unsigned size, enum x64_reg d,
                           struct x64_mem m)
{
    x64_op_rm(b, 0, 0x8d, size, d, m);
}

/* ---- arithmetic ---- */

/* op d, s */
static inline void x64_alu_rr(struct x64_buf *b, enum x64_alu op,
                              unsigned size, enum x64_reg d, enum x64_reg s)
{
    x64_op_rr(b, 0, (unsigned)op << 3 | (size == 1 ? 0 : 1), size, s, d);
}

/* op d, simm32 (imm8 form when it fits). */
static inline void x64_alu_ri(struct x64_buf *b, enum x64_alu op,
                              unsigned size, enum x64_reg d, int32_t v)
{
    bool i8 = x64_fits_i8(v);
    x64_op_rr(b, 0, i8 ? 0x83 : 0x81, size, op, d);
    if (i8) {
        x64_byte(b, (uint8_t)v);
    } else {
        x64_u32(b, (uint32_t)v);
    }
}

/* op [m], simm32 (imm8 form when it fits). */
static inline void x64_alu_mi(struct x64_buf *b, enum x64_alu op,
                              unsigned size, struct x64_mem m, int32_t v)
{
    bool i8 = x64_fits_i8(v);
    x64_op_rm(b, 0, i8 ? 0x83 : 0x81, size, op, m);
    if (i8) {
        x64_byte(b, (uint8_t)v);
    } else {
        x64_u32(b, (uint32_t)v);
    }
}

/* op d, [m] */
static inline void x64_alu_rm(struct x64_buf *b, enum x64_alu op,
                              unsigned size, enum x64_reg d, struct x64_mem m)
{
    x64_op_rm(b, 0, (unsigned)op << 3 | 3, size, d, m);
}

/* test a, s */
static inline void x64_test_rr(struct x64_buf *b, unsigned size,
                               enum x64_reg a, enum x64_reg s)
{
    x64_op_rr(b, 0, 0x85, size, s, a);
}

/* test a, simm32 */
static inline void x64_test_ri(struct x64_buf *b, unsigned size,
                               enum x64_reg a, int32_t v)
{
    x64_op_rr(b, 0, 0xf7, size, 0, a);
    x64_u32(b, (uint32_t)v);
}

/* not/neg/mul/imul/div/idiv r (group F7). */
static inline void x64_unary(struct x64_buf *b, enum x64_unary op,
                             unsigned size, enum x64_reg r)
{
    x64_op_rr(b, 0, 0xf7, size, op, r);
}

/* imul d, s */
static inline void x64_imul_rr(struct x64_buf *b, unsigned size,
                               enum x64_reg d, enum x64_reg s)
{
    x64_op_rr(b, 0, 0x0faf, size, d, s);
}

/* imul d, s, simm32 */
static inline void x64_imul_rri(struct x64_buf *b, unsigned size,
                                enum x64_reg d, enum x64_reg s, int32_t v)
{
    bool i8 = x64_fits_i8(v);
    x64_op_rr(b, 0, i8 ? 0x6b : 0x69, size, d, s);
    if (i8) {
        x64_byte(b, (uint8_t)v);
    } else {
        x64_u32(b, (uint32_t)v);
    }
}

/* cqo (size 8) or cdq (size 4): sign of rax/eax into rdx/edx. */
static inline void x64_cqo(struct x64_buf *b, unsigned size)
{
    x64_reserve(b, 16);
    if (size == 8) {
        x64_byte(b, 0x48);
    }
    x64_byte(b, 0x99);
}

/* shl/shr/sar/rol/ror d, cl */
static inline void x64_shift_cl(struct x64_buf *b, enum x64_shift op,
                                unsigned size, enum x64_reg d)
{
    x64_op_rr(b, 0, 0xd3, size, op, d);
}

/* shl/shr/sar/rol/ror d, imm8 */
static inline void x64_shift_ri(struct x64_buf *b, enum x64_shift op,
                                unsigned size, enum x64_reg d, uint8_t n)
{
    x64_op_rr(b, 0, 0xc1, size, op, d);
    x64_byte(b, n);
}

static inline void x64_bswap(struct x64_buf *b, unsigned size, enum x64_reg r)
{
    x64_reserve(b, 16);
    x64_rex(b, size == 8, 0, 0, r, false);
    x64_byte(b, 0x0f);
    x64_byte(b, 0xc8 + (r & 7));
}

/* lzcnt, tzcnt, popcnt (F3 0F BD/BC/B8) and bsr, bsf (0F BD/BC). */
static inline void x64_lzcnt(struct x64_buf *b, unsigned size, enum x64_reg d,
                             enum x64_reg s)
{
    x64_op_rr(b, 0xf3, 0x0fbd, size, d, s);
}

static inline void x64_tzcnt(struct x64_buf *b, unsigned size, enum x64_reg d,
                             enum x64_reg s)
{
    x64_op_rr(b, 0xf3, 0x0fbc, size, d, s);
}

static inline void x64_popcnt(struct x64_buf *b, unsigned size,
                              enum x64_reg d, enum x64_reg s)
{
    x64_op_rr(b, 0xf3, 0x0fb8, size, d, s);
}

static inline void x64_bsr(struct x64_buf *b, unsigned size, enum x64_reg d,
                           enum x64_reg s)
{
    x64_op_rr(b, 0, 0x0fbd, size, d, s);
}

static inline void x64_bsf(struct x64_buf *b, unsigned size, enum x64_reg d,
                           enum x64_reg s)
{
    x64_op_rr(b, 0, 0x0fbc, size, d, s);
}

/* setcc r8 */
static inline void x64_setcc(struct x64_buf *b, enum x64_cc cc,
                             enum x64_reg r)
{
    x64_op_rr(b, 0, 0x0f90 + cc, 1, 0, r);
}

/* cmovcc d, s */
static inline void x64_cmov(struct x64_buf *b, enum x64_cc cc, unsigned size,
                            enum x64_reg d, enum x64_reg s)
{
    x64_op_rr(b, 0, 0x0f40 + cc, size, d, s);
}

/* ---- atomics ---- */

static inline void x64_lock(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xf0);
}

/* lock xadd [m], r */
static inline void x64_lock_xadd(struct x64_buf *b, unsigned size,
                                 struct x64_mem m, enum x64_reg r)
{
    x64_lock(b);
    x64_op_rm(b, 0, size == 1 ? 0x0fc0 : 0x0fc1, size, r, m);
}

/* lock cmpxchg [m], r (compares with rax) */
static inline void x64_lock_cmpxchg(struct x64_buf *b, unsigned size,
                                    struct x64_mem m, enum x64_reg r)
{
    x64_lock(b);
    x64_op_rm(b, 0, size == 1 ? 0x0fb0 : 0x0fb1, size, r, m);
}

/* xchg [m], r (implicitly locked) */
static inline void x64_xchg_mr(struct x64_buf *b, unsigned size,
                               struct x64_mem m, enum x64_reg r)
{
    x64_op_rm(b, 0, size == 1 ? 0x86 : 0x87, size, r, m);
}

static inline void x64_mfence(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0x0f);
    x64_byte(b, 0xae);
    x64_byte(b, 0xf0);
}

/* ---- control flow ---- */

/* jmp/jcc/call rel32: return the offset of the rel32 field for patching. */
static inline size_t x64_jmp_rel32(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xe9);
    x64_u32(b, 0);
    return x64_pos(b) - 4;
}

static inline size_t x64_jcc_rel32(struct x64_buf *b, enum x64_cc cc)
{
    x64_reserve(b, 16);
    x64_byte(b, 0x0f);
    x64_byte(b, 0x80 + cc);
    x64_u32(b, 0);
    return x64_pos(b) - 4;
}

static inline size_t x64_call_rel32(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xe8);
    x64_u32(b, 0);
    return x64_pos(b) - 4;
}

/* jmp rel8/jcc rel8: return the offset of the rel8 field. */
static inline size_t x64_jmp_rel8(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xeb);
    x64_byte(b, 0);
    return x64_pos(b) - 1;
}

static inline size_t x64_jcc_rel8(struct x64_buf *b, enum x64_cc cc)
{
    x64_reserve(b, 16);
    x64_byte(b, 0x70 + cc);
    x64_byte(b, 0);
    return x64_pos(b) - 1;
}

/* Point the rel32 field at offset at to the buffer offset target. */
static inline void x64_patch_rel32(struct x64_buf *b, size_t at,
                                   size_t target)
{
    int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + 4));
    memcpy(b->start + at, &rel, 4);
}

/* The same for a rel8 field; false if the distance does not fit. */
static inline bool x64_patch_rel8(struct x64_buf *b, size_t at, size_t target)
{
    int64_t rel = (int64_t)target - (int64_t)(at + 1);
    if (!x64_fits_i8(rel)) {
        return false;
    }
    b->start[at] = (uint8_t)rel;
    return true;
}

/* Bind a rel8 fixup to the current position (after an overflow the
 * positions are meaningless and the code is discarded anyway). */
static inline void x64_bind_rel8(struct x64_buf *b, size_t at)
{
    if (!x64_patch_rel8(b, at, x64_pos(b)) && !b->overflow) {
        abort(); /* an emitter's short branch grew too long: a bug */
    }
}

/* call r / jmp r (FF /2, FF /4) */
static inline void x64_call_r(struct x64_buf *b, enum x64_reg r)
{
    x64_op_rr(b, 0, 0xff, 4, 2, r);
}

static inline void x64_jmp_r(struct x64_buf *b, enum x64_reg r)
{
    x64_op_rr(b, 0, 0xff, 4, 4, r);
}

static inline void x64_push(struct x64_buf *b, enum x64_reg r)
{
    x64_reserve(b, 16);
    x64_rex(b, false, 0, 0, r, false);
    x64_byte(b, 0x50 + (r & 7));
}

static inline void x64_pop(struct x64_buf *b, enum x64_reg r)
{
    x64_reserve(b, 16);
    x64_rex(b, false, 0, 0, r, false);
    x64_byte(b, 0x58 + (r & 7));
}

static inline void x64_ret(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xc3);
}

static inline void x64_int3(struct x64_buf *b)
{
    x64_reserve(b, 16);
    x64_byte(b, 0xcc);
}

/* n bytes of padding (one-byte nops: padding is rare and never hot). */
static inline void x64_nops(struct x64_buf *b, unsigned n)
{
    x64_reserve(b, n + 16);
    while (n-- > 0) {
        x64_byte(b, 0x90);
    }
}

#endif
