/* SPDX-License-Identifier: MIT */
/*
 * RV64C: every 16-bit insn is rewritten into the 32-bit insn it abbreviates
 * and then decoded by the normal table, so each operation has exactly one
 * translator (c.fld/c.fsd/c.fldsp/c.fsdsp reach the F/D rows this way).
 * One expander per (funct3, quadrant) slot; reserved encodings give 0.
 */
#include "target/riscv64/decode.h"

/* 32-bit major opcodes the expansions produce. */
enum {
    OPC_LOAD = 0x03, OPC_LOAD_FP = 0x07, OPC_OP_IMM = 0x13, OPC_OP_IMM_32 = 0x1b,
    OPC_STORE = 0x23, OPC_STORE_FP = 0x27, OPC_OP = 0x33, OPC_LUI = 0x37,
    OPC_OP_32 = 0x3b, OPC_BRANCH = 0x63, OPC_JALR = 0x67, OPC_JAL = 0x6f,
};

#define RV_SP 2
#define RV_RA 1

/* Bits hi..lo of x, shifted down. */
static uint32_t bits(uint32_t x, unsigned hi, unsigned lo)
{
    return (x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* Sign-extend the low n bits of v to 32. */
static int32_t sext32(uint32_t v, unsigned n)
{
    return (int32_t)(v << (32 - n)) >> (32 - n);
}

static uint32_t enc_i(uint32_t opc, unsigned f3, unsigned rd, unsigned rs1,
                      int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 |
           opc;
}

static uint32_t enc_s(uint32_t opc, unsigned f3, unsigned rs1, unsigned rs2,
                      int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
           bits(u, 4, 0) << 7 | opc;
}

static uint32_t enc_r(uint32_t opc, unsigned f7, unsigned f3, unsigned rd,
                      unsigned rs1, unsigned rs2)
{
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}

static uint32_t enc_b(unsigned f3, unsigned rs1, unsigned rs2, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 |
           rs1 << 15 | f3 << 12 | bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7 |
           OPC_BRANCH;
}

static uint32_t enc_j(unsigned rd, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 |
           bits(u, 11, 11) << 20 | bits(u, 19, 12) << 12 | rd << 7 | OPC_JAL;
}

/* Register fields: full 5-bit ones and the 3-bit x8..x15 ones. */
static unsigned c_rd(uint32_t c) { return bits(c, 11, 7); }
static unsigned c_rs2(uint32_t c) { return bits(c, 6, 2); }
static unsigned c_rdp(uint32_t c) { return 8 + bits(c, 4, 2); }
static unsigned c_rs1p(uint32_t c) { return 8 + bits(c, 9, 7); }

/* Immediates shared by several forms. */
static int32_t c_imm6(uint32_t c) /* imm[5] = 12, imm[4:0] = 6:2 */
{
    return sext32(bits(c, 12, 12) << 5 | bits(c, 6, 2), 6);
}

static unsigned c_shamt(uint32_t c)
{
    return bits(c, 12, 12) << 5 | bits(c, 6, 2);
}

static int32_t c_uimm_d(uint32_t c) /* c.ld/c.sd/c.fld/c.fsd: [5:3|7:6] */
{
    return (int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6);
}

static int32_t c_uimm_w(uint32_t c) /* c.lw/c.sw: [5:3|2|6] */
{
    return (int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 6) << 2 |
                     bits(c, 5, 5) << 6);
}

static int32_t c_ldsp_off(uint32_t c) /* [5] = 12, [4:3|8:6] = 6:2 */
{
    return (int32_t)(bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 |
                     bits(c, 4, 2) << 6);
}

static int32_t c_sdsp_off(uint32_t c) /* [5:3|8:6] = 12:7 */
{
    return (int32_t)(bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6);
}

/* ---- quadrant 0 ---- */

static uint32_t c_addi4spn(uint32_t c)
{
    uint32_t imm = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 |
                   bits(c, 6, 6) << 2 | bits(c, 5, 5) << 3;
    if (imm == 0) {
        return 0; /* reserved; includes the all-zero halfword */
    }
    return enc_i(OPC_OP_IMM, 0, c_rdp(c), RV_SP, (int32_t)imm);
}

static uint32_t c_fld(uint32_t c)
{
    return enc_i(OPC_LOAD_FP, 3, c_rdp(c), c_rs1p(c), c_uimm_d(c));
}

static uint32_t c_lw(uint32_t c)
{
    return enc_i(OPC_LOAD, 2, c_rdp(c), c_rs1p(c), c_uimm_w(c));
}

static uint32_t c_ld(uint32_t c)
{
    return enc_i(OPC_LOAD, 3, c_rdp(c), c_rs1p(c), c_uimm_d(c));
}

static uint32_t c_fsd(uint32_t c)
{
    return enc_s(OPC_STORE_FP, 3, c_rs1p(c), c_rdp(c), c_uimm_d(c));
}

static uint32_t c_sw(uint32_t c)
{
    return enc_s(OPC_STORE, 2, c_rs1p(c), c_rdp(c), c_uimm_w(c));
}

static uint32_t c_sd(uint32_t c)
{
    return enc_s(OPC_STORE, 3, c_rs1p(c), c_rdp(c), c_uimm_d(c));
}

/* ---- quadrant 1 ---- */

static uint32_t c_addi(uint32_t c) /* rd = 0 is c.nop; imm = 0 a HINT */
{
    return enc_i(OPC_OP_IMM, 0, c_rd(c), c_rd(c), c_imm6(c));
}

static uint32_t c_addiw(uint32_t c)
{
    if (c_rd(c) == 0) {
        return 0; /* reserved */
    }
    return enc_i(OPC_OP_IMM_32, 0, c_rd(c), c_rd(c), c_imm6(c));
}

static uint32_t c_li(uint32_t c)
{
    return enc_i(OPC_OP_IMM, 0, c_rd(c), 0, c_imm6(c));
}

/* c.addi16sp when rd = sp, else c.lui; a zero immediate is reserved. */
static uint32_t c_lui_addi16sp(uint32_t c)
{
    if (c_rd(c) == RV_SP) {
        int32_t imm = sext32(bits(c, 12, 12) << 9 | bits(c, 6, 6) << 4 |
                             bits(c, 5, 5) << 6 | bits(c, 4, 3) << 7 |
                             bits(c, 2, 2) << 5, 10);
        return imm ? enc_i(OPC_OP_IMM, 0, RV_SP, RV_SP, imm) : 0;
    }
    int32_t imm = c_imm6(c);
    if (imm == 0) {
        return 0;
    }
    return ((uint32_t)imm & 0xfffff) << 12 | c_rd(c) << 7 | OPC_LUI;
}

/* c.sub/xor/or/and, c.subw/addw: register-register on x8..x15. */
static uint32_t c_alu_rr(uint32_t c)
{
    static const uint8_t f3[4] = {0, 4, 6, 7};
    unsigned rd = c_rs1p(c), rs2 = c_rdp(c), op = bits(c, 6, 5);
    if (bits(c, 12, 12) == 0) {
        return enc_r(OPC_OP, op == 0 ? 0x20 : 0, f3[op], rd, rd, rs2);
    }
    if (op >= 2) {
        return 0; /* reserved */
    }
    return enc_r(OPC_OP_32, op == 0 ? 0x20 : 0, 0, rd, rd, rs2);
}

static uint32_t c_misc_alu(uint32_t c)
{
    unsigned rd = c_rs1p(c);
    switch (bits(c, 11, 10)) {
    case 0: /* c.srli; shamt = 0 is a HINT */
        return enc_i(OPC_OP_IMM, 5, rd, rd, (int32_t)c_shamt(c));
    case 1: /* c.srai */
        return enc_i(OPC_OP_IMM, 5, rd, rd, (int32_t)(0x400 | c_shamt(c)));
    case 2: /* c.andi */
        return enc_i(OPC_OP_IMM, 7, rd, rd, c_imm6(c));
    default:
        return c_alu_rr(c);
    }
}

static uint32_t c_j(uint32_t c)
{
    int32_t off = sext32(bits(c, 12, 12) << 11 | bits(c, 11, 11) << 4 |
                         bits(c, 10, 9) << 8 | bits(c, 8, 8) << 10 |
                         bits(c, 7, 7) << 6 | bits(c, 6, 6) << 7 |
                         bits(c, 5, 3) << 1 | bits(c, 2, 2) << 5, 12);
    return enc_j(0, off);
}

static int32_t c_branch_off(uint32_t c)
{
    return sext32(bits(c, 12, 12) << 8 | bits(c, 11, 10) << 3 |
                  bits(c, 6, 5) << 6 | bits(c, 4, 3) << 1 |
                  bits(c, 2, 2) << 5, 9);
}

static uint32_t c_beqz(uint32_t c)
{
    return enc_b(0, c_rs1p(c), 0, c_branch_off(c));
}

static uint32_t c_bnez(uint32_t c)
{
    return enc_b(1, c_rs1p(c), 0, c_branch_off(c));
}

/* ---- quadrant 2 ---- */

static uint32_t c_slli(uint32_t c) /* rd = 0 or shamt = 0: HINTs */
{
    return enc_i(OPC_OP_IMM, 1, c_rd(c), c_rd(c), (int32_t)c_shamt(c));
}

static uint32_t c_fldsp(uint32_t c)
{
    return enc_i(OPC_LOAD_FP, 3, c_rd(c), RV_SP, c_ldsp_off(c));
}

static uint32_t c_lwsp(uint32_t c)
{
    int32_t off = (int32_t)(bits(c, 12, 12) << 5 | bits(c, 6, 4) << 2 |
                            bits(c, 3, 2) << 6);
    return c_rd(c) ? enc_i(OPC_LOAD, 2, c_rd(c), RV_SP, off) : 0;
}

static uint32_t c_ldsp(uint32_t c)
{
    return c_rd(c) ? enc_i(OPC_LOAD, 3, c_rd(c), RV_SP, c_ldsp_off(c)) : 0;
}

/* c.jr, c.mv, c.ebreak, c.jalr, c.add. */
static uint32_t c_jr_mv_add(uint32_t c)
{
    unsigned rd = c_rd(c), rs2 = c_rs2(c);
    if (bits(c, 12, 12) == 0) {
        if (rs2 != 0) {
            return enc_r(OPC_OP, 0, 0, rd, 0, rs2);        /* c.mv */
        }
        return rd ? enc_i(OPC_JALR, 0, 0, rd, 0) : 0;      /* c.jr */
    }
    if (rs2 != 0) {
        return enc_r(OPC_OP, 0, 0, rd, rd, rs2);           /* c.add */
    }
    if (rd == 0) {
        return 0x00100073;                                 /* c.ebreak */
    }
    return enc_i(OPC_JALR, 0, RV_RA, rd, 0);               /* c.jalr */
}

static uint32_t c_fsdsp(uint32_t c)
{
    return enc_s(OPC_STORE_FP, 3, RV_SP, c_rs2(c), c_sdsp_off(c));
}

static uint32_t c_swsp(uint32_t c)
{
    int32_t off = (int32_t)(bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6);
    return enc_s(OPC_STORE, 2, RV_SP, c_rs2(c), off);
}

static uint32_t c_sdsp(uint32_t c)
{
    return enc_s(OPC_STORE, 3, RV_SP, c_rs2(c), c_sdsp_off(c));
}

static uint32_t c_reserved(uint32_t c)
{
    (void)c;
    return 0;
}

/* Indexed by funct3 (bits 15:13) * 3 + quadrant (bits 1:0). */
static uint32_t (*const rv_c_expand[8 * 3])(uint32_t) = {
    /*      quadrant 0     quadrant 1       quadrant 2 */
    /* 000 */ c_addi4spn,  c_addi,          c_slli,
    /* 001 */ c_fld,       c_addiw,         c_fldsp,
    /* 010 */ c_lw,        c_li,            c_lwsp,
    /* 011 */ c_ld,        c_lui_addi16sp,  c_ldsp,
    /* 100 */ c_reserved,  c_misc_alu,      c_jr_mv_add,
    /* 101 */ c_fsd,       c_j,             c_fsdsp,
    /* 110 */ c_sw,        c_beqz,          c_swsp,
    /* 111 */ c_sd,        c_bnez,          c_sdsp,
};

uint32_t rv_expand_compressed(uint16_t insn)
{
    unsigned quadrant = insn & 3;
    if (quadrant == 3) {
        return 0; /* not a compressed insn */
    }
    return rv_c_expand[(insn >> 13) * 3 + quadrant](insn);
}
