/* SPDX-License-Identifier: MIT */
/*
 * The contract between the aarch64 decoder (decode.c) and the translators
 * (trans-*.c here, and the FP/SIMD/crypto side in trans-fp*.c,
 * trans-simd*.c, trans-crypto*.c): the row macro, the decoded operand
 * record, the per-insn context, register, flag and address helpers.
 * Every row of insn.def and insn-fpsimd.def gets a translator declared here.
 *
 * Row format (insn.def, then insn-fpsimd.def, both read by decode.c):
 *
 *     A64_INSN(name, mask, match, fmt)
 *
 * A word w is the row's insn when (w & mask) == match.  Rows are ORDERED:
 * the first matching row wins (insn.def first, then insn-fpsimd.def), so a
 * more specific row (an "unallocated if ..." case, an alias with its own
 * translator) goes before the general one.  fmt names an A64_FORMATS entry
 * without the prefix; it selects how a64_args.imm and the other
 * format-dependent fields are filled.
 *
 * Ownership of the encoding space: loads/stores with V = 1 (bit 26: LDR/STR
 * of B/H/S/D/Q registers in every addressing mode, LDP/STP of SIMD&FP
 * registers, LDR literal of S/D/Q, LD1-LD4/ST1-ST4) and every FP, Advanced
 * SIMD and crypto data-processing encoding are insn-fpsimd.def's.  Rows of
 * insn.def always have bit 26 = 0 in their mask/match where it is V.
 * The address helpers below (a64_ls_addr, a64_ls_writeback) serve both.
 */
#ifndef XRUN_TARGET_AARCH64_TRANS_H
#define XRUN_TARGET_AARCH64_TRANS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/aarch64/cpu.h"
#include "translator/guest.h"
#include "translator/ir.h"

/*
 * Formats.  Every format fills the register fields rd, rn, rm, ra, the
 * bits sf, q, size, v, opc and ftype (see struct a64_args); these select
 * the rest:
 *   NONE        nothing more
 *   ADDSUB_IMM  imm = imm12 << (bit 22 ? 12 : 0)
 *   LOGIC_IMM   n, immr, imms; imm = DecodeBitMasks wmask (width by sf),
 *               imm_ok = false for a reserved encoding
 *   MOVW        imm = imm16, shift = hw * 16 (bits 22:21)
 *   PCREL       imm = sext(immhi:immlo) (ADR; ADRP shifts by 12 itself)
 *   BITFIELD    n, immr, imms (bits 22, 21:16, 15:10)
 *   EXTR        n, imms = lsb (15:10)
 *   B26         imm = sext(imm26) * 4
 *   B19         imm = sext(imm19) * 4 (bits 23:5); cond = bits 3:0
 *   TB          imm = sext(imm14) * 4; imms = b5:b40 (the bit number)
 *   EXC         imm = imm16 (bits 20:5)
 *   SYS         imm = bits 20:5 (o0:op1:CRn:CRm:op2 of MRS/MSR/SYS);
 *               op0 = 2 + bit 19, op1, crn, crm, op2 split out
 *   SHIFTED     shift = type (23:22), imm = amount (15:10)
 *   EXTENDED    option (15:13), imm = left shift (12:10)
 *   COND        cond = 15:12, nzcv = 3:0, imm = imm5 (20:16, CCMP imm)
 *   LS_UIMM     imm = imm12 << scale (byte offset)
 *   LS_IMM9     imm = sext(imm9) (12:20), mode = bits 11:10
 *               (0 unscaled, 1 post-index, 2 unprivileged, 3 pre-index)
 *   LS_REG      option (15:13), shift = bit 12 ? scale : 0
 *   LS_PAIR     imm = sext(imm7) << pair scale, mode = bits 24:23
 *               (0 no-allocate offset, 1 post, 2 offset, 3 pre)
 *   LS_LIT      imm = sext(imm19) * 4
 * For every load/store format, scale = log2 bytes of one register's access:
 * size (31:30) for V = 0; for V = 1, (opc bit 23) << 2 | size (so 4 = Q);
 * for LS_PAIR scale is that of one of the two registers: V = 0: 2 + opc
 * bit 31 (W/X), V = 1: 2 + opc (S/D/Q).
 */
#define A64_FORMATS(X) \
    X(NONE) X(ADDSUB_IMM) X(LOGIC_IMM) X(MOVW) X(PCREL) X(BITFIELD) \
    X(EXTR) X(B26) X(B19) X(TB) X(EXC) X(SYS) X(SHIFTED) X(EXTENDED) \
    X(COND) X(LS_UIMM) X(LS_IMM9) X(LS_REG) X(LS_PAIR) X(LS_LIT)

enum a64_fmt {
#define A64_FMT_ENUM(f) A64_FMT_##f,
    A64_FORMATS(A64_FMT_ENUM)
#undef A64_FMT_ENUM
    A64_FMT__COUNT
};

/* Operands of one decoded insn.  Fields a format does not use are 0. */
struct a64_args {
    uint32_t insn;        /* the word: extract anything else with a64_bits() */
    uint8_t rd, rn, rm, ra; /* 4:0 (Rd/Rt), 9:5 (Rn), 20:16 (Rm/Rs),
                             * 14:10 (Ra/Rt2) */
    uint8_t sf;           /* bit 31 */
    uint8_t q;            /* bit 30 */
    uint8_t size;         /* bits 31:30 (loads/stores) */
    uint8_t v;            /* bit 26 (loads/stores: SIMD&FP register) */
    uint8_t opc;          /* bits 23:22 (loads/stores opc; FP "type") */
    uint8_t scale;        /* loads/stores, see above */
    uint8_t mode;         /* LS_IMM9, LS_PAIR */
    uint8_t shift;        /* SHIFTED, MOVW, LS_REG */
    uint8_t option;       /* EXTENDED, LS_REG */
    uint8_t cond, nzcv;   /* B19 (b.cond), COND */
    uint8_t n, immr, imms; /* LOGIC_IMM, BITFIELD, EXTR, TB */
    uint8_t op0, op1, crn, crm, op2; /* SYS */
    bool imm_ok;          /* LOGIC_IMM: the bitmask encoding is valid */
    int64_t imm;          /* format immediate, already scaled/extended */
};

/* Bits hi..lo of w (hi >= lo), zero-extended. */
static inline uint32_t a64_bits(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & (uint32_t)((2ull << (hi - lo)) - 1);
}

/* Bits hi..lo of w, sign-extended. */
static inline int64_t a64_sbits(uint32_t w, unsigned hi, unsigned lo)
{
    unsigned n = hi - lo + 1;
    return (int64_t)((uint64_t)a64_bits(w, hi, lo) << (64 - n)) >> (64 - n);
}

/* State over the whole block being translated (reset at its first insn). */
struct a64_block {
    int cc_known;         /* enum a64_cc_op stored last in this block, or -1 */
};

/* Context of the insn being translated. */
struct a64_ctx {
    struct tr_ctx *tr;    /* the core's block state */
    struct ir_block *ir;  /* == tr->ir */
    uint64_t pc;          /* this insn */
    uint64_t next_pc;     /* pc + 4 */
    struct a64_block *blk;
};

/*
 * Translators: one per row.  They emit IR for the insn described by a and
 * return true, or return false (the decoder drops what they emitted) for
 * an unallocated or unimplemented encoding: the decoder then raises
 * EXCP_ILLEGAL and logs the word under -d unimp.  A translator that leaves
 * the block calls a64_end_block().  As everywhere: write no guest register
 * before the last guest memory access of the insn that can fault.
 */
#define A64_INSN(name, mask, match, fmt) \
    bool a64_trans_##name(struct a64_ctx *c, const struct a64_args *a);
#include "target/aarch64/insn.def"
#include "target/aarch64/insn-fpsimd.def"
#undef A64_INSN

/*
 * Register n as a source, n = 31 being XZR/WZR (a constant 0 temp).  The
 * slot is the whole X register: with sf = 0 its upper half is not
 * cleared, so 32-bit users compute with IR_I32 ops (which read the low
 * half and zero-extend their result) or zext.
 */
static inline ir_slot a64_xreg_read(struct a64_ctx *c, int n, int sf)
{
    (void)sf;
    return n == 31 ? ir_const(c->ir, 0) : A64_X(n);
}

/* Register n as a source, n = 31 being SP (address bases, ADD imm). */
static inline ir_slot a64_xreg_read_sp(struct a64_ctx *c, int n)
{
    (void)c;
    return A64_X(n);
}

/*
 * Slot to write register n to, n = 31 being XZR: a scratch temp that the
 * optimizer drops.  A 32-bit result must be zero-extended into it (IR_I32
 * ops do that by themselves; mov/movcond of a 32-bit value need zext).
 */
static inline ir_slot a64_xreg_dest(struct a64_ctx *c, int n)
{
    return n == 31 ? ir_temp(c->ir) : A64_X(n);
}

/* Slot to write register n to, n = 31 being SP. */
static inline ir_slot a64_xreg_dest_sp(struct a64_ctx *c, int n)
{
    (void)c;
    return A64_X(n);
}

/* The translator emitted the block's exit: stop translating after it. */
static inline void a64_end_block(struct a64_ctx *c)
{
    c->tr->end = true;
}

/* Condition codes (bits 3:0 of b.cond, csel, ccmp, fcsel, fccmp). */
enum a64_cond {
    A64_EQ, A64_NE, A64_CS, A64_CC, A64_MI, A64_PL, A64_VS, A64_VC,
    A64_HI, A64_LS, A64_GE, A64_LT, A64_GT, A64_LE, A64_AL, A64_NV,
};

/* NZCV bits as MRS NZCV and A64_CC_NZCV's cc_res hold them. */
#define A64_NZCV_N (1u << 31)
#define A64_NZCV_Z (1u << 30)
#define A64_NZCV_C (1u << 29)
#define A64_NZCV_V (1u << 28)

/*
 * A condition as one IR comparison: it holds iff (a cond b) at type t.
 * Use it with ir_brcond, ir_setcond or ir_movcond.
 */
struct a64_test {
    enum ir_type t;
    enum ir_cond cond;
    ir_slot a, b;
};

/*
 * The IR test for A64 condition cond (enum a64_cond) on the current NZCV
 * (trans-flags.c).  When the flags were set earlier in this block by a
 * known kind of op, this is a direct compare of its operands; otherwise
 * NZCV is computed from the lazy state first.
 */
struct a64_test a64_gen_test_cond(struct a64_ctx *c, int cond);

/*
 * NZCV := the value in slot nzcv (bits 31:28; other bits must be 0), as
 * FCMP, CCMP and MSR NZCV do.
 */
void a64_gen_set_nzcv(struct a64_ctx *c, ir_slot nzcv);

/* A temp holding the current NZCV in bits 31:28 (MRS NZCV, helpers). */
ir_slot a64_gen_get_nzcv(struct a64_ctx *c);

/*
 * Run-time access to NZCV (bits 31:28) of a cpu, for helpers, signal
 * frames (PSTATE) and register dumps: computed from the lazy state, and
 * stored as A64_CC_NZCV.
 */
uint64_t a64_nzcv_from_lazy(const struct a64_cpu *s);
void a64_set_nzcv_state(struct a64_cpu *s, uint64_t nzcv);

/*
 * Addressing of a load/store row (formats LS_UIMM, LS_IMM9, LS_REG,
 * LS_PAIR, LS_LIT): the access is at base + off (pass off as the ir_ld /
 * ir_st offset; a pair's second register is at base + off + (1 << scale)).
 * base may be the Rn slot itself: load into temps first when a destination
 * register could be Rn.  After the last access, a64_ls_writeback() updates
 * Rn for the pre- and post-index modes (and does nothing for the others).
 * a64_ls_addr returns false (emitting nothing) for a reserved LS_REG
 * extend option; the translator then returns false.
 */
struct a64_addr {
    ir_slot base;
    int64_t off;
};
bool a64_ls_addr(struct a64_ctx *c, const struct a64_args *a,
                 struct a64_addr *ad);
void a64_ls_writeback(struct a64_ctx *c, const struct a64_args *a);

/*
 * Does (pre/post-index) a write back Rn?  The caller decides with it
 * whether a loaded value must go through a temp.
 */
bool a64_ls_has_writeback(const struct a64_args *a);

/*
 * Raise EXCP_BUS_ADRALN unless the address in slot addr is aligned to
 * 1 << log2 bytes (exclusives, atomics, acquire/release: one untaken
 * branch on the fast path).
 */
void a64_gen_check_align(struct a64_ctx *c, ir_slot addr, unsigned log2);

/*
 * DecodeBitMasks() of the Arm ARM for a logical immediate (immediate =
 * true) with datasize 64 (sf) or 32: false for a reserved encoding.
 * Fills the wmask (the immediate) and tmask.
 */
bool a64_decode_bitmasks(unsigned n, unsigned imms, unsigned immr, bool sf,
                         bool immediate, uint64_t *wmask, uint64_t *tmask);

#endif
