/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the riscv64 decoder and integer translators: the pattern
 * table (well-formed, no overlapping rows), field extraction for every
 * encoding class, compressed expansion and its reserved encodings, the
 * disassembler, the IR produced for common insns, and short programs run
 * through the IR interpreter.  Instruction words were hand-assembled and
 * cross-checked with GNU as; expected register values were taken from a
 * reference run of the same code.  Nothing here needs the cross tools.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/mman.h>

#include "host/interp/interp.h"
#include "target/abi.h"
#include "target/riscv64/decode.h"
#include "translator/backend.h"
#include "translator/tb.h"
#include "translator/translate.h"

/* ---- the pattern table ---- */

static bool rv_is_fp_ext(int ext)
{
    return ext == RV_EXT_F || ext == RV_EXT_D;
}

Test(rv_table, rows_well_formed)
{
    for (int op = 0; op < RV_OP__COUNT; op++) {
        const struct rv_pattern *p = &rv_patterns[op];
        cr_assert_not_null(p->name);
        cr_assert_not_null(p->trans, "%s has no translator", p->name);
        cr_assert_eq(p->match & ~p->mask, 0, "%s: match bits outside mask",
                     p->name);
        cr_assert_eq(p->mask & 0x7f, 0x7f, "%s: opcode not fully masked",
                     p->name);
        cr_assert_eq(p->match & 3, 3, "%s: not a 32-bit encoding", p->name);
        cr_assert_lt(p->fmt, RV_FMT__COUNT);
        cr_assert_lt(p->ext, RV_EXT__COUNT);
    }
}

/*
 * Rows that may overlap on purpose: a specialization (more mask bits) that
 * wins over a general row.  None exist today; add {special, general} pairs
 * here with a comment saying why.
 */
static const int rv_allowed_overlaps[][2] = {
    {-1, -1},
};

static bool rv_overlap_allowed(int x, int y)
{
    for (size_t k = 0; k < sizeof(rv_allowed_overlaps) /
                               sizeof(rv_allowed_overlaps[0]); k++) {
        const int *o = rv_allowed_overlaps[k];
        if ((o[0] == x && o[1] == y) || (o[0] == y && o[1] == x)) {
            return true;
        }
    }
    return false;
}

/* Two rows overlap when some word matches both. */
static bool rv_rows_overlap(int x, int y)
{
    const struct rv_pattern *p = &rv_patterns[x], *q = &rv_patterns[y];
    return (p->mask & q->mask & (p->match ^ q->match)) == 0;
}

Test(rv_table, no_overlap_within_extension)
{
    for (int x = 0; x < RV_OP__COUNT; x++) {
        for (int y = x + 1; y < RV_OP__COUNT; y++) {
            if (rv_patterns[x].ext != rv_patterns[y].ext) {
                continue;
            }
            cr_expect(!rv_rows_overlap(x, y) || rv_overlap_allowed(x, y),
                      "%s overlaps %s", rv_patterns[x].name,
                      rv_patterns[y].name);
        }
    }
}

/* Stricter: rows of different extensions must not collide either. */
Test(rv_table, no_overlap_across_extensions)
{
    for (int x = 0; x < RV_OP__COUNT; x++) {
        for (int y = x + 1; y < RV_OP__COUNT; y++) {
            cr_expect(!rv_rows_overlap(x, y) || rv_overlap_allowed(x, y),
                      "%s overlaps %s", rv_patterns[x].name,
                      rv_patterns[y].name);
        }
    }
}

/* Any word built from a row's match plus arbitrary free bits is that row. */
Test(rv_table, every_row_round_trips)
{
    static const uint32_t fill[] = {0, 0xffffffff, 0xa5a5a5a5, 0x5a5a5a5a,
                                    0x12345678, 0xdeadbeef};
    for (int op = 0; op < RV_OP__COUNT; op++) {
        const struct rv_pattern *p = &rv_patterns[op];
        for (size_t k = 0; k < sizeof(fill) / sizeof(fill[0]); k++) {
            struct rv_args a;
            uint32_t w = p->match | (fill[k] & ~p->mask);
            cr_expect_eq(rv_decode(w, &a), op, "%s: 0x%08x", p->name, w);
            cr_expect_eq(a.insn, w);
        }
    }
}

/* ---- field extraction, one or more words per row ---- */

struct rv_decode_case {
    uint32_t word;
    int op;
    int rd, rs1, rs2;
    int64_t imm;
    int csr;
};

/* {word, op, rd, rs1, rs2, imm, csr}: fields from the assembly text. */
static const struct rv_decode_case rv_decode_cases[] = {
    {0xfffff537, RV_OP_lui, 10, 0, 0, -4096, 0x0}, /* lui a0, 0xfffff */
    {0x12345fb7, RV_OP_lui, 31, 0, 0, 305418240, 0x0}, /* lui t6, 0x12345 */
    {0x80000097, RV_OP_auipc, 1, 0, 0, -2147483648, 0x0}, /* auipc ra, 0x80000 */
    {0x00001497, RV_OP_auipc, 9, 0, 0, 4096, 0x0}, /* auipc s1, 1 */
    {0x001000ef, RV_OP_jal, 1, 0, 0, 2048, 0x0}, /* jal ra, .+2048 */
    {0x8000006f, RV_OP_jal, 0, 0, 0, -1048576, 0x0}, /* jal zero, .-1048576 */
    {0x7ffff7ef, RV_OP_jal, 15, 0, 0, 1048574, 0x0}, /* jal a5, .+1048574 */
    {0x800280e7, RV_OP_jalr, 1, 5, 0, -2048, 0x0}, /* jalr ra, -2048(t0) */
    {0x7ff58067, RV_OP_jalr, 0, 11, 0, 2047, 0x0}, /* jalr zero, 2047(a1) */
    {0x7eb50fe3, RV_OP_beq, 0, 10, 11, 4094, 0x0}, /* beq a0, a1, .+4094 */
    {0x81391063, RV_OP_bne, 0, 18, 19, -4096, 0x0}, /* bne s2, s3, .-4096 */
    {0x0062c463, RV_OP_blt, 0, 5, 6, 8, 0x0}, /* blt t0, t1, .+8 */
    {0xfe83dfe3, RV_OP_bge, 0, 7, 8, -2, 0x0}, /* bge t2, s0, .-2 */
    {0x01b8e163, RV_OP_bltu, 0, 17, 27, 2, 0x0}, /* bltu a7, s11, .+2 */
    {0xf9ff7ee3, RV_OP_bgeu, 0, 30, 31, -100, 0x0}, /* bgeu t5, t6, .-100 */
    {0xfff10503, RV_OP_lb, 10, 2, 0, -1, 0x0}, /* lb a0, -1(sp) */
    {0x7ff61583, RV_OP_lh, 11, 12, 0, 2047, 0x0}, /* lh a1, 2047(a2) */
    {0x800eae03, RV_OP_lw, 28, 29, 0, -2048, 0x0}, /* lw t3, -2048(t4) */
    {0x008b3a83, RV_OP_ld, 21, 22, 0, 8, 0x0}, /* ld s5, 8(s6) */
    {0x0000cf83, RV_OP_lbu, 31, 1, 0, 0, 0x0}, /* lbu x31, 0(x1) */
    {0x06475683, RV_OP_lhu, 13, 14, 0, 100, 0x0}, /* lhu a3, 100(a4) */
    {0xf9c86783, RV_OP_lwu, 15, 16, 0, -100, 0x0}, /* lwu a5, -100(a6) */
    {0xfea10fa3, RV_OP_sb, 0, 2, 10, -1, 0x0}, /* sb a0, -1(sp) */
    {0x7e531fa3, RV_OP_sh, 0, 6, 5, 2047, 0x0}, /* sh t0, 2047(t1) */
    {0x817c2023, RV_OP_sw, 0, 24, 23, -2048, 0x0}, /* sw s7, -2048(s8) */
    {0x00113823, RV_OP_sd, 0, 2, 1, 16, 0x0}, /* sd ra, 16(sp) */
    {0x80058513, RV_OP_addi, 10, 11, 0, -2048, 0x0}, /* addi a0, a1, -2048 */
    {0x00000013, RV_OP_addi, 0, 0, 0, 0, 0x0}, /* addi zero, zero, 0 */
    {0x7ff32293, RV_OP_slti, 5, 6, 0, 2047, 0x0}, /* slti t0, t1, 2047 */
    {0xfff43393, RV_OP_sltiu, 7, 8, 0, -1, 0x0}, /* sltiu t2, s0, -1 */
    {0xfff54493, RV_OP_xori, 9, 10, 0, -1, 0x0}, /* xori s1, a0, -1 */
    {0x55566593, RV_OP_ori, 11, 12, 0, 1365, 0x0}, /* ori a1, a2, 0x555 */
    {0x0ff77693, RV_OP_andi, 13, 14, 0, 255, 0x0}, /* andi a3, a4, 0xff */
    {0x03f81793, RV_OP_slli, 15, 16, 0, 63, 0x0}, /* slli a5, a6, 63 */
    {0x00195893, RV_OP_srli, 17, 18, 0, 1, 0x0}, /* srli a7, s2, 1 */
    {0x421a5993, RV_OP_srai, 19, 20, 0, 33, 0x0}, /* srai s3, s4, 33 */
    {0x007302b3, RV_OP_add, 5, 6, 7, 0, 0x0}, /* add t0, t1, t2 */
    {0x417b0ab3, RV_OP_sub, 21, 22, 23, 0, 0x0}, /* sub s5, s6, s7 */
    {0x01ac9c33, RV_OP_sll, 24, 25, 26, 0, 0x0}, /* sll s8, s9, s10 */
    {0x01de2db3, RV_OP_slt, 27, 28, 29, 0, 0x0}, /* slt s11, t3, t4 */
    {0x000fbf33, RV_OP_sltu, 30, 31, 0, 0, 0x0}, /* sltu t5, t6, zero */
    {0x003140b3, RV_OP_xor, 1, 2, 3, 0, 0x0}, /* xor ra, sp, gp */
    {0x0062d233, RV_OP_srl, 4, 5, 6, 0, 0x0}, /* srl tp, t0, t1 */
    {0x409453b3, RV_OP_sra, 7, 8, 9, 0, 0x0}, /* sra t2, s0, s1 */
    {0x00c5e533, RV_OP_or, 10, 11, 12, 0, 0x0}, /* or a0, a1, a2 */
    {0x00f776b3, RV_OP_and, 13, 14, 15, 0, 0x0}, /* and a3, a4, a5 */
    {0x0330000f, RV_OP_fence, 0, 0, 0, 51, 0x0}, /* fence rw, rw */
    {0x0220000f, RV_OP_fence, 0, 0, 0, 34, 0x0}, /* fence r, r */
    {0x8330000f, RV_OP_fence, 0, 0, 0, 2099, 0x0}, /* fence.tso */
    {0x00000073, RV_OP_ecall, 0, 0, 0, 0, 0x0}, /* ecall */
    {0x00100073, RV_OP_ebreak, 0, 0, 0, 0, 0x0}, /* ebreak */
    {0xfff5051b, RV_OP_addiw, 10, 10, 0, -1, 0x0}, /* addiw a0, a0, -1 */
    {0x01f3129b, RV_OP_slliw, 5, 6, 0, 31, 0x0}, /* slliw t0, t1, 31 */
    {0x0054539b, RV_OP_srliw, 7, 8, 0, 5, 0x0}, /* srliw t2, s0, 5 */
    {0x4115549b, RV_OP_sraiw, 9, 10, 0, 17, 0x0}, /* sraiw s1, a0, 17 */
    {0x00d605bb, RV_OP_addw, 11, 12, 13, 0, 0x0}, /* addw a1, a2, a3 */
    {0x4107873b, RV_OP_subw, 14, 15, 16, 0, 0x0}, /* subw a4, a5, a6 */
    {0x013918bb, RV_OP_sllw, 17, 18, 19, 0, 0x0}, /* sllw a7, s2, s3 */
    {0x016ada3b, RV_OP_srlw, 20, 21, 22, 0, 0x0}, /* srlw s4, s5, s6 */
    {0x419c5bbb, RV_OP_sraw, 23, 24, 25, 0, 0x0}, /* sraw s7, s8, s9 */
    {0x0000100f, RV_OP_fence_i, 0, 0, 0, 0, 0x0}, /* fence.i */
    {0x00159573, RV_OP_csrrw, 10, 11, 0, 0, 0x1}, /* csrrw a0, fflags, a1 */
    {0x002022f3, RV_OP_csrrs, 5, 0, 0, 0, 0x2}, /* csrrs t0, frm, zero */
    {0x0033b373, RV_OP_csrrc, 6, 7, 0, 0, 0x3}, /* csrrc t1, fcsr, t2 */
    {0x001fd473, RV_OP_csrrwi, 8, 0, 0, 31, 0x1}, /* csrrwi s0, 0x001, 31 */
    {0x0020e4f3, RV_OP_csrrsi, 9, 0, 0, 1, 0x2}, /* csrrsi s1, 0x002, 1 */
    {0xc0107673, RV_OP_csrrci, 12, 0, 0, 0, 0xc01}, /* csrrci a2, 0xc01, 0 */
    {0xc00026f3, RV_OP_csrrs, 13, 0, 0, 0, 0xc00}, /* csrrs a3, cycle, zero */
    {0xc0202773, RV_OP_csrrs, 14, 0, 0, 0, 0xc02}, /* csrrs a4, instret, zero */
    {0x02c58533, RV_OP_mul, 10, 11, 12, 0, 0x0}, /* mul a0, a1, a2 */
    {0x02f716b3, RV_OP_mulh, 13, 14, 15, 0, 0x0}, /* mulh a3, a4, a5 */
    {0x0328a833, RV_OP_mulhsu, 16, 17, 18, 0, 0x0}, /* mulhsu a6, a7, s2 */
    {0x035a39b3, RV_OP_mulhu, 19, 20, 21, 0, 0x0}, /* mulhu s3, s4, s5 */
    {0x038bcb33, RV_OP_div, 22, 23, 24, 0, 0x0}, /* div s6, s7, s8 */
    {0x03bd5cb3, RV_OP_divu, 25, 26, 27, 0, 0x0}, /* divu s9, s10, s11 */
    {0x03eeee33, RV_OP_rem, 28, 29, 30, 0, 0x0}, /* rem t3, t4, t5 */
    {0x0220ffb3, RV_OP_remu, 31, 1, 2, 0, 0x0}, /* remu t6, ra, sp */
    {0x02c5853b, RV_OP_mulw, 10, 11, 12, 0, 0x0}, /* mulw a0, a1, a2 */
    {0x02f746bb, RV_OP_divw, 13, 14, 15, 0, 0x0}, /* divw a3, a4, a5 */
    {0x0328d83b, RV_OP_divuw, 16, 17, 18, 0, 0x0}, /* divuw a6, a7, s2 */
    {0x035a69bb, RV_OP_remw, 19, 20, 21, 0, 0x0}, /* remw s3, s4, s5 */
    {0x038bfb3b, RV_OP_remuw, 22, 23, 24, 0, 0x0}, /* remuw s6, s7, s8 */
    {0x1005a52f, RV_OP_lr_w, 10, 11, 0, 0, 0x0}, /* lr.w a0, (a1) */
    {0x140322af, RV_OP_lr_w, 5, 6, 0, 0, 0x0}, /* lr.w.aq t0, (t1) */
    {0x18d7262f, RV_OP_sc_w, 12, 14, 13, 0, 0x0}, /* sc.w a2, a3, (a4) */
    {0x1ad7262f, RV_OP_sc_w, 12, 14, 13, 0, 0x0}, /* sc.w.rl a2, a3, (a4) */
    {0x0908a7af, RV_OP_amoswap_w, 15, 17, 16, 0, 0x0}, /* amoswap.w a5, a6, (a7) */
    {0x073a292f, RV_OP_amoadd_w, 18, 20, 19, 0, 0x0}, /* amoadd.w.aqrl s2, s3, (s4) */
    {0x216baaaf, RV_OP_amoxor_w, 21, 23, 22, 0, 0x0}, /* amoxor.w s5, s6, (s7) */
    {0x619d2c2f, RV_OP_amoand_w, 24, 26, 25, 0, 0x0}, /* amoand.w s8, s9, (s10) */
    {0x41ceadaf, RV_OP_amoor_w, 27, 29, 28, 0, 0x0}, /* amoor.w s11, t3, (t4) */
    {0x81f0af2f, RV_OP_amomin_w, 30, 1, 31, 0, 0x0}, /* amomin.w t5, t6, (ra) */
    {0xa0b6252f, RV_OP_amomax_w, 10, 12, 11, 0, 0x0}, /* amomax.w a0, a1, (a2) */
    {0xc0e7a6af, RV_OP_amominu_w, 13, 15, 14, 0, 0x0}, /* amominu.w a3, a4, (a5) */
    {0xe119282f, RV_OP_amomaxu_w, 16, 18, 17, 0, 0x0}, /* amomaxu.w a6, a7, (s2) */
    {0x1005b52f, RV_OP_lr_d, 10, 11, 0, 0, 0x0}, /* lr.d a0, (a1) */
    {0x18d7362f, RV_OP_sc_d, 12, 14, 13, 0, 0x0}, /* sc.d a2, a3, (a4) */
    {0x0908b7af, RV_OP_amoswap_d, 15, 17, 16, 0, 0x0}, /* amoswap.d a5, a6, (a7) */
    {0x013a392f, RV_OP_amoadd_d, 18, 20, 19, 0, 0x0}, /* amoadd.d s2, s3, (s4) */
    {0x216bbaaf, RV_OP_amoxor_d, 21, 23, 22, 0, 0x0}, /* amoxor.d s5, s6, (s7) */
    {0x619d3c2f, RV_OP_amoand_d, 24, 26, 25, 0, 0x0}, /* amoand.d s8, s9, (s10) */
    {0x41cebdaf, RV_OP_amoor_d, 27, 29, 28, 0, 0x0}, /* amoor.d s11, t3, (t4) */
    {0x81f0bf2f, RV_OP_amomin_d, 30, 1, 31, 0, 0x0}, /* amomin.d t5, t6, (ra) */
    {0xa4b6352f, RV_OP_amomax_d, 10, 12, 11, 0, 0x0}, /* amomax.d.aq a0, a1, (a2) */
    {0xc0e7b6af, RV_OP_amominu_d, 13, 15, 14, 0, 0x0}, /* amominu.d a3, a4, (a5) */
    {0xe119382f, RV_OP_amomaxu_d, 16, 18, 17, 0, 0x0}, /* amomaxu.d a6, a7, (s2) */
    {0x20c5a533, RV_OP_sh1add, 10, 11, 12, 0, 0x0}, /* sh1add a0, a1, a2 */
    {0x20f746b3, RV_OP_sh2add, 13, 14, 15, 0, 0x0}, /* sh2add a3, a4, a5 */
    {0x2128e833, RV_OP_sh3add, 16, 17, 18, 0, 0x0}, /* sh3add a6, a7, s2 */
    {0x095a09bb, RV_OP_add_uw, 19, 20, 21, 0, 0x0}, /* add.uw s3, s4, s5 */
    {0x218bab3b, RV_OP_sh1add_uw, 22, 23, 24, 0, 0x0}, /* sh1add.uw s6, s7, s8 */
    {0x21bd4cbb, RV_OP_sh2add_uw, 25, 26, 27, 0, 0x0}, /* sh2add.uw s9, s10, s11 */
    {0x21eeee3b, RV_OP_sh3add_uw, 28, 29, 30, 0, 0x0}, /* sh3add.uw t3, t4, t5 */
    {0x0bf51f9b, RV_OP_slli_uw, 31, 10, 0, 63, 0x0}, /* slli.uw t6, a0, 63 */
    {0x40c5f533, RV_OP_andn, 10, 11, 12, 0, 0x0}, /* andn a0, a1, a2 */
    {0x40f766b3, RV_OP_orn, 13, 14, 15, 0, 0x0}, /* orn a3, a4, a5 */
    {0x4128c833, RV_OP_xnor, 16, 17, 18, 0, 0x0}, /* xnor a6, a7, s2 */
    {0x600a1993, RV_OP_clz, 19, 20, 0, 0, 0x0}, /* clz s3, s4 */
    {0x601b1a93, RV_OP_ctz, 21, 22, 0, 0, 0x0}, /* ctz s5, s6 */
    {0x602c1b93, RV_OP_cpop, 23, 24, 0, 0, 0x0}, /* cpop s7, s8 */
    {0x604d1c93, RV_OP_sext_b, 25, 26, 0, 0, 0x0}, /* sext.b s9, s10 */
    {0x605e1d93, RV_OP_sext_h, 27, 28, 0, 0, 0x0}, /* sext.h s11, t3 */
    {0x600f1e9b, RV_OP_clzw, 29, 30, 0, 0, 0x0}, /* clzw t4, t5 */
    {0x60151f9b, RV_OP_ctzw, 31, 10, 0, 0, 0x0}, /* ctzw t6, a0 */
    {0x6026159b, RV_OP_cpopw, 11, 12, 0, 0, 0x0}, /* cpopw a1, a2 */
    {0x0af766b3, RV_OP_max, 13, 14, 15, 0, 0x0}, /* max a3, a4, a5 */
    {0x0b28f833, RV_OP_maxu, 16, 17, 18, 0, 0x0}, /* maxu a6, a7, s2 */
    {0x0b5a49b3, RV_OP_min, 19, 20, 21, 0, 0x0}, /* min s3, s4, s5 */
    {0x0b8bdb33, RV_OP_minu, 22, 23, 24, 0, 0x0}, /* minu s6, s7, s8 */
    {0x080d4cbb, RV_OP_zext_h, 25, 26, 0, 0, 0x0}, /* zext.h s9, s10 */
    {0x60c59533, RV_OP_rol, 10, 11, 12, 0, 0x0}, /* rol a0, a1, a2 */
    {0x60f756b3, RV_OP_ror, 13, 14, 15, 0, 0x0}, /* ror a3, a4, a5 */
    {0x6128983b, RV_OP_rolw, 16, 17, 18, 0, 0x0}, /* rolw a6, a7, s2 */
    {0x615a59bb, RV_OP_rorw, 19, 20, 21, 0, 0x0}, /* rorw s3, s4, s5 */
    {0x63fbdb13, RV_OP_rori, 22, 23, 0, 63, 0x0}, /* rori s6, s7, 63 */
    {0x61fcdc1b, RV_OP_roriw, 24, 25, 0, 31, 0x0}, /* roriw s8, s9, 31 */
    {0x287ddd13, RV_OP_orc_b, 26, 27, 0, 0, 0x0}, /* orc.b s10, s11 */
    {0x6b8ede13, RV_OP_rev8, 28, 29, 0, 0, 0x0}, /* rev8 t3, t4 */
    {0x48c59533, RV_OP_bclr, 10, 11, 12, 0, 0x0}, /* bclr a0, a1, a2 */
    {0x28f716b3, RV_OP_bset, 13, 14, 15, 0, 0x0}, /* bset a3, a4, a5 */
    {0x69289833, RV_OP_binv, 16, 17, 18, 0, 0x0}, /* binv a6, a7, s2 */
    {0x495a59b3, RV_OP_bext, 19, 20, 21, 0, 0x0}, /* bext s3, s4, s5 */
    {0x4bfb9b13, RV_OP_bclri, 22, 23, 0, 63, 0x0}, /* bclri s6, s7, 63 */
    {0x280c9c13, RV_OP_bseti, 24, 25, 0, 0, 0x0}, /* bseti s8, s9, 0 */
    {0x6a0d9d13, RV_OP_binvi, 26, 27, 0, 32, 0x0}, /* binvi s10, s11, 32 */
    {0x487ede13, RV_OP_bexti, 28, 29, 0, 7, 0x0}, /* bexti t3, t4, 7 */
};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

Test(rv_decode, fields_of_every_class)
{
    for (size_t k = 0; k < N_ELEMS(rv_decode_cases); k++) {
        const struct rv_decode_case *t = &rv_decode_cases[k];
        struct rv_args a;
        enum rv_op op = rv_decode(t->word, &a);
        const char *name = op >= 0 ? rv_patterns[op].name : "illegal";
        cr_assert_eq(op, t->op, "0x%08x decoded as %s, want %s", t->word,
                     name, rv_patterns[t->op].name);
        cr_expect_eq(a.rd, t->rd, "%s 0x%08x rd", name, t->word);
        cr_expect_eq(a.rs1, t->rs1, "%s 0x%08x rs1", name, t->word);
        if (!(rv_patterns[op].mask & 0x01f00000)) { /* rs2 is an operand */
            cr_expect_eq(a.rs2, t->rs2, "%s 0x%08x rs2", name, t->word);
        }
        cr_expect_eq(a.imm, t->imm, "%s 0x%08x imm %lld", name, t->word,
                     (long long)a.imm);
        cr_expect_eq(a.csr, t->csr, "%s 0x%08x csr", name, t->word);
        cr_expect_eq(a.insn, t->word);
    }
}

/* Every integer row has at least one hand-checked word above. */
Test(rv_decode, cases_cover_every_integer_row)
{
    for (int op = 0; op < RV_OP__COUNT; op++) {
        if (rv_is_fp_ext(rv_patterns[op].ext)) {
            continue;
        }
        bool seen = false;
        for (size_t k = 0; k < N_ELEMS(rv_decode_cases); k++) {
            seen |= rv_decode_cases[k].op == op;
        }
        cr_expect(seen, "no decode case for %s", rv_patterns[op].name);
    }
}

Test(rv_decode, amo_ordering_bits_and_rm)
{
    struct rv_args a;
    cr_assert_eq(rv_decode(0x073a292f, &a), RV_OP_amoadd_w); /* .aqrl */
    cr_expect(a.aq && a.rl);
    cr_assert_eq(rv_decode(0x140322af, &a), RV_OP_lr_w); /* lr.w.aq */
    cr_expect(a.aq && !a.rl);
    cr_assert_eq(rv_decode(0x00b50533, &a), RV_OP_add);
    cr_expect_eq(a.rm, 0);
    cr_assert_eq(rv_decode(0x40b55533, &a), RV_OP_sra);
    cr_expect_eq(a.rm, 5);
}

Test(rv_decode, invalid_words_are_illegal)
{
    static const uint32_t bad[] = {
        0x00000000, /* defined illegal */
        0xffffffff, /* defined illegal */
        0x0000007f, /* >= 64-bit encoding space */
        0x0000001f, /* 48-bit encoding space */
        0x0000300f, /* MISC-MEM funct3 011 */
        0x00004073, /* SYSTEM funct3 100 */
        0x00200073, /* uret-space: not a user insn */
        0x10500073, /* wfi */
        0x0000703b, /* OP-32 funct3 111 */
        0xfe000033, /* OP funct7 1111111 */
        0x00007003, /* LOAD funct3 111 */
        0x00004023, /* STORE funct3 100 */
        0x0000202b, /* custom-1 */
        0x0000402f, /* AMO funct3 100 */
        0x1010202f, /* lr.w with rs2 != 0 */
        0x00002063, /* BRANCH funct3 010 */
        0x00001067, /* JALR funct3 001 */
        0x0200101b, /* OP-IMM-32 slliw with bit 25 set */
        0x60301013, /* OP-IMM 0110000 00011: no such unary */
    };
    for (size_t k = 0; k < N_ELEMS(bad); k++) {
        struct rv_args a;
        cr_expect_eq(rv_decode(bad[k], &a), RV_OP_ILLEGAL, "0x%08x",
                     bad[k]);
    }
}

/* ---- compressed ---- */

/* {16-bit insn, the 32-bit insn it stands for}, both from GNU as. */
static const uint32_t rv_c_cases[][2] = {
    {0x1fe8, 0x3fc10513}, /* c.addi4spn a0, sp, 1020 -> addi a0, sp, 1020 */
    {0x0044, 0x00410493}, /* c.addi4spn s1, sp, 4 -> addi s1, sp, 4 */
    {0x3de8, 0x0f85b507}, /* c.fld fa0, 248(a1) -> fld fa0, 248(a1) */
    {0x5ef0, 0x07c6a603}, /* c.lw a2, 124(a3) -> lw a2, 124(a3) */
    {0x4080, 0x0004a403}, /* c.lw s0, 0(s1) -> lw s0, 0(s1) */
    {0x7ff8, 0x0f87b703}, /* c.ld a4, 248(a5) -> ld a4, 248(a5) */
    {0xa504, 0x00953427}, /* c.fsd fs1, 8(a0) -> fsd fs1, 8(a0) */
    {0xc22c, 0x04b62023}, /* c.sw a1, 64(a2) -> sw a1, 64(a2) */
    {0xfc74, 0x0ed43c23}, /* c.sd a3, 248(s0) -> sd a3, 248(s0) */
    {0x0001, 0x00000013}, /* c.nop -> addi zero, zero, 0 */
    {0x1501, 0xfe050513}, /* c.addi a0, -32 -> addi a0, a0, -32 */
    {0x0ffd, 0x01ff8f93}, /* c.addi t6, 31 -> addi t6, t6, 31 */
    {0x35fd, 0xfff5859b}, /* c.addiw a1, -1 -> addiw a1, a1, -1 */
    {0x2d81, 0x000d8d9b}, /* c.addiw s11, 0 -> addiw s11, s11, 0 */
    {0x5601, 0xfe000613}, /* c.li a2, -32 -> addi a2, zero, -32 */
    {0x40fd, 0x01f00093}, /* c.li ra, 31 -> addi ra, zero, 31 */
    {0x7101, 0xe0010113}, /* c.addi16sp sp, -512 -> addi sp, sp, -512 */
    {0x617d, 0x1f010113}, /* c.addi16sp sp, 496 -> addi sp, sp, 496 */
    {0x6141, 0x01010113}, /* c.addi16sp sp, 16 -> addi sp, sp, 16 */
    {0x7681, 0xfffe06b7}, /* c.lui a3, 0xfffe0 -> lui a3, 0xfffe0 */
    {0x62fd, 0x0001f2b7}, /* c.lui t0, 0x1f -> lui t0, 0x1f */
    {0x6405, 0x00001437}, /* c.lui s0, 1 -> lui s0, 1 */
    {0x937d, 0x03f75713}, /* c.srli a4, 63 -> srli a4, a4, 63 */
    {0x8005, 0x00145413}, /* c.srli s0, 1 -> srli s0, s0, 1 */
    {0x9781, 0x4207d793}, /* c.srai a5, 32 -> srai a5, a5, 32 */
    {0x98fd, 0xfff4f493}, /* c.andi s1, -1 -> andi s1, s1, -1 */
    {0x897d, 0x01f57513}, /* c.andi a0, 31 -> andi a0, a0, 31 */
    {0x8d0d, 0x40b50533}, /* c.sub a0, a1 -> sub a0, a0, a1 */
    {0x8c25, 0x00944433}, /* c.xor s0, s1 -> xor s0, s0, s1 */
    {0x8e55, 0x00d66633}, /* c.or a2, a3 -> or a2, a2, a3 */
    {0x8f7d, 0x00f77733}, /* c.and a4, a5 -> and a4, a4, a5 */
    {0x9d1d, 0x40f5053b}, /* c.subw a0, a5 -> subw a0, a0, a5 */
    {0x9ca1, 0x008484bb}, /* c.addw s1, s0 -> addw s1, s1, s0 */
    {0xaffd, 0x7fe0006f}, /* c.j .+2046 -> jal zero, .+2046 */
    {0xb001, 0x801ff06f}, /* c.j .-2048 -> jal zero, .-2048 */
    {0xa009, 0x0020006f}, /* c.j .+2 -> jal zero, .+2 */
    {0xcd7d, 0x0e050f63}, /* c.beqz a0, .+254 -> beq a0, zero, .+254 */
    {0xd081, 0xf00480e3}, /* c.beqz s1, .-256 -> beq s1, zero, .-256 */
    {0xe399, 0x00079363}, /* c.bnez a5, .+6 -> bne a5, zero, .+6 */
    {0x157e, 0x03f51513}, /* c.slli a0, 63 -> slli a0, a0, 63 */
    {0x0f86, 0x001f9f93}, /* c.slli t6, 1 -> slli t6, t6, 1 */
    {0x347e, 0x1f813407}, /* c.fldsp fs0, 504(sp) -> fld fs0, 504(sp) */
    {0x557e, 0x0fc12503}, /* c.lwsp a0, 252(sp) -> lw a0, 252(sp) */
    {0x4f92, 0x00412f83}, /* c.lwsp t6, 4(sp) -> lw t6, 4(sp) */
    {0x70fe, 0x1f813083}, /* c.ldsp ra, 504(sp) -> ld ra, 504(sp) */
    {0x6da2, 0x00813d83}, /* c.ldsp s11, 8(sp) -> ld s11, 8(sp) */
    {0x8082, 0x00008067}, /* c.jr ra -> jalr zero, 0(ra) */
    {0x8f82, 0x000f8067}, /* c.jr t6 -> jalr zero, 0(t6) */
    {0x852e, 0x00b00533}, /* c.mv a0, a1 -> add a0, zero, a1 */
    {0x9002, 0x00100073}, /* c.ebreak -> ebreak */
    {0x9502, 0x000500e7}, /* c.jalr a0 -> jalr ra, 0(a0) */
    {0x9082, 0x000080e7}, /* c.jalr ra -> jalr ra, 0(ra) */
    {0x952e, 0x00b50533}, /* c.add a0, a1 -> add a0, a0, a1 */
    {0x9f86, 0x001f8fb3}, /* c.add t6, ra -> add t6, t6, ra */
    {0xbfae, 0x1eb13c27}, /* c.fsdsp fa1, 504(sp) -> fsd fa1, 504(sp) */
    {0xdfaa, 0x0ea12e23}, /* c.swsp a0, 252(sp) -> sw a0, 252(sp) */
    {0xc002, 0x00012023}, /* c.swsp zero, 0(sp) -> sw zero, 0(sp) */
    {0xff86, 0x1e113c23}, /* c.sdsp ra, 504(sp) -> sd ra, 504(sp) */
    {0xe47e, 0x01f13423}, /* c.sdsp t6, 8(sp) -> sd t6, 8(sp) */
};

Test(rv_compressed, expands_to_the_32_bit_insn)
{
    for (size_t k = 0; k < N_ELEMS(rv_c_cases); k++) {
        uint32_t got = rv_expand_compressed((uint16_t)rv_c_cases[k][0]);
        cr_expect_eq(got, rv_c_cases[k][1], "0x%04x -> 0x%08x, want 0x%08x",
                     rv_c_cases[k][0], got, rv_c_cases[k][1]);
    }
}

Test(rv_compressed, fp_forms_reach_the_fp_encodings)
{
    /* c.fld/c.fsd/c.fldsp/c.fsdsp become fld/fsd words (LOAD-FP/STORE-FP). */
    cr_expect_eq(rv_expand_compressed(0x3de8) & 0x707f, 0x3007);
    cr_expect_eq(rv_expand_compressed(0xa504) & 0x707f, 0x3027);
    cr_expect_eq(rv_expand_compressed(0x347e) & 0x707f, 0x3007);
    cr_expect_eq(rv_expand_compressed(0xbfae) & 0x707f, 0x3027);
}

Test(rv_compressed, reserved_encodings_are_illegal)
{
    static const uint16_t bad[] = {
        0x0000, /* all zero: c.addi4spn with imm 0 */
        0x0004, /* c.addi4spn a1, sp, 0 */
        0x2005, /* c.addiw x0 */
        0x6101, /* c.addi16sp sp, 0 */
        0x6081, /* c.lui ra, 0 */
        0x4002, /* c.lwsp x0 */
        0x6002, /* c.ldsp x0 */
        0x8002, /* c.jr x0 */
        0x8000, /* quadrant 0, funct3 100 */
        0x9c41, /* quadrant 1 misc-alu, reserved */
        0x9c61, /* quadrant 1 misc-alu, reserved */
    };
    for (size_t k = 0; k < N_ELEMS(bad); k++) {
        cr_expect_eq(rv_expand_compressed(bad[k]), 0, "0x%04x", bad[k]);
    }
    cr_expect_eq(rv_expand_compressed(0x0003), 0, "not compressed");
}

/* ---- disassembler ---- */

static void rv_expect_disas(uint64_t pc, uint32_t w, unsigned len,
                            const char *want)
{
    char buf[96];
    rv_disas_word(pc, w, len, buf, sizeof(buf));
    cr_expect(strstr(buf, want) != NULL, "0x%08x: \"%s\", want \"%s\"", w,
              buf, want);
}

Test(rv_disas, prints_mnemonic_and_operands)
{
    rv_expect_disas(0, 0x007302b3, 4, "add t0, t1, t2");
    rv_expect_disas(0, 0xfff10503, 4, "lb a0, -1(sp)");
    rv_expect_disas(0, 0x00113823, 4, "sd ra, 16(sp)");
    rv_expect_disas(0x1000, 0x0062c463, 4, "blt t0, t1, 0x1008");
    rv_expect_disas(0x1000, 0x001000ef, 4, "jal ra, 0x1800");
    rv_expect_disas(0, 0x12345fb7, 4, "lui t6, 0x12345");
    rv_expect_disas(0, 0x00159513, 4, "slli a0, a1, 1");
    rv_expect_disas(0, 0x001595f3, 4, "csrrw a1, fflags, a1");
    rv_expect_disas(0, 0xc0102573, 4, "csrrs a0, time, zero");
    rv_expect_disas(0, 0x073a292f, 4, "amoadd.w.aqrl s2, s3, (s4)");
    rv_expect_disas(0, 0x1005a52f, 4, "lr.w a0, (a1)");
    rv_expect_disas(0, 0x0330000f, 4, "fence rw, rw");
    rv_expect_disas(0, 0x8330000f, 4, "fence.tso");
    rv_expect_disas(0, 0x60051993, 4, "clz s3, a0");
    rv_expect_disas(0, 0x0800003b, 4, "add.uw zero, zero, zero");
    rv_expect_disas(0, 0x00000073, 4, "ecall");
    rv_expect_disas(0, 0x8082, 2, "jalr zero, 0(ra)");
    rv_expect_disas(0, 0x0505, 2, "addi a0, a0, 1");
    rv_expect_disas(0, 0x00000000, 4, "illegal");
    rv_expect_disas(0, 0x0000, 2, "illegal");
}

Test(rv_disas, never_overflows_the_buffer)
{
    for (size_t k = 0; k < N_ELEMS(rv_decode_cases); k++) {
        char buf[12];
        memset(buf, 'x', sizeof(buf));
        rv_disas_word(0, rv_decode_cases[k].word, 4, buf, 8);
        cr_expect_eq(buf[8], 'x');
        cr_expect_lt(strlen(buf), 8);
    }
}

/* ---- translation: IR shape and execution through the interpreter ---- */

#define RV_CODE 0x10000u   /* guest address of the code under test */
#define RV_DATA 0x20000u   /* guest address of a zeroed 4 KiB data page */
#define RV_MEM_SIZE 0x20000u

static struct rv_cpu *rv;
static uint8_t *rv_mem; /* host view of [RV_CODE, RV_CODE + RV_MEM_SIZE) */

static void rv_setup(void)
{
    cpu_backend = &interp_backend;
    rv_mem = mmap(NULL, RV_MEM_SIZE, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert_neq(rv_mem, MAP_FAILED);
    rv = calloc(1, sizeof(*rv));
    cr_assert_not_null(rv);
    rv->common.arch = &rv64_arch;
    rv->common.guest_base = (uintptr_t)rv_mem - RV_CODE;
    rv64_arch.cpu_init(&rv->common);
}

static void rv_teardown(void)
{
    munmap(rv_mem, RV_MEM_SIZE);
    free(rv);
}

/* Place code at RV_CODE followed by an ecall, forget old translations. */
static void rv_load(const void *code, size_t len)
{
    static const uint32_t ecall = 0x00000073;
    memset(rv_mem, 0, RV_MEM_SIZE);
    memcpy(rv_mem, code, len);
    memcpy(rv_mem + len, &ecall, 4);
    tb_flush_all();
    rv->common.pc = RV_CODE;
}

/* Run until an exception the caller must handle (fence.i flushes go on). */
static enum cpu_excp rv_run(void)
{
    for (;;) {
        enum cpu_excp e = cpu_exec(&rv->common);
        if (e != EXCP_FLUSH) {
            return e;
        }
        tb_flush_all();
    }
}

static struct tb *rv_translate_words(const uint32_t *w, size_t n)
{
    rv_load(w, n * 4);
    return tr_translate(&rv->common, RV_CODE);
}

TestSuite(rv_ir, .init = rv_setup, .fini = rv_teardown);

/* IR of one insn (followed by the ecall that ends the block). */
static struct tb *rv_ir_of(uint32_t word)
{
    struct tb *tb = rv_translate_words(&word, 1);
    cr_assert_geq(tb->n, 1);
    cr_assert_eq(tb->insn[tb->n - 1].opc, IR_raise);
    return tb;
}

static void rv_expect_one_op(uint32_t word, enum ir_opc opc)
{
    struct tb *tb = rv_ir_of(word);
    cr_expect_eq(tb->n, 2, "0x%08x: %d IR ops", word, tb->n - 1);
    cr_expect_eq(tb->insn[0].opc, opc, "0x%08x: op %s", word,
                 ir_opinfo[tb->insn[0].opc].name);
}

Test(rv_ir, addi_is_one_addi_on_register_slots)
{
    struct tb *tb = rv_ir_of(0x00c30293); /* addi t0, t1, 12 */
    cr_assert_eq(tb->n, 2);
    cr_expect_eq(tb->insn[0].opc, IR_addi);
    cr_expect_eq(tb->insn[0].d, RV_X(5));
    cr_expect_eq(tb->insn[0].a, RV_X(6));
    cr_expect_eq(tb->insn[0].imm, 12);
}

Test(rv_ir, x0_operands_fold_away)
{
    rv_expect_one_op(0x006002b3, IR_mov);      /* add t0, zero, t1 */
    rv_expect_one_op(0x00030293, IR_mov);      /* mv t0, t1 */
    rv_expect_one_op(0x80000293, IR_movi);     /* li t0, -2048 */
    rv_expect_one_op(0x406002b3, IR_neg);      /* neg t0, t1 */
    rv_expect_one_op(0x006032b3, IR_setcondi); /* snez t0, t1 */
    rv_expect_one_op(0x00133293, IR_setcondi); /* seqz t0, t1 */
    rv_expect_one_op(0x0003029b, IR_sext);     /* sext.w t0, t1 */
    rv_expect_one_op(0x123452b7, IR_movi);     /* lui t0, 0x12345 */
}

Test(rv_ir, writes_to_x0_vanish)
{
    static const uint32_t nops[] = {
        0x00000013, /* nop */
        0x00b50033, /* add zero, a0, a1 */
        0x40b5003b, /* subw zero, a0, a1 */
        0x02b54033, /* div zero, a0, a1 */
        0x60051013, /* clz zero, a0 */
    };
    for (size_t k = 0; k < N_ELEMS(nops); k++) {
        struct tb *tb = rv_ir_of(nops[k]);
        cr_expect_eq(tb->n, 1, "0x%08x left %d ops", nops[k], tb->n - 1);
    }
}

Test(rv_ir, common_insns_are_short)
{
    rv_expect_one_op(0x00b50533, IR_add);  /* add a0, a0, a1 */
    rv_expect_one_op(0xff853583, IR_ld);   /* ld a1, -8(a0) */
    rv_expect_one_op(0x00b53423, IR_st);   /* sd a1, 8(a0) */
    rv_expect_one_op(0x02b50533, IR_mul);  /* mul a0, a0, a1 */
    rv_expect_one_op(0x40b55533, IR_sar);  /* sra a0, a0, a1 */
    rv_expect_one_op(0x6b855513, IR_bswap); /* rev8 a0, a0 */
    rv_expect_one_op(0x0037569b, IR_shri);  /* srliw a3, a4, 3: no sext */
    struct tb *tb = rv_ir_of(0x00b5053b); /* addw a0, a0, a1 */
    cr_expect_eq(tb->n, 3);
    cr_expect_eq(tb->insn[0].opc, IR_add);
    cr_expect_eq(tb->insn[0].type, IR_I32);
    cr_expect_eq(tb->insn[1].opc, IR_sext);
}

Test(rv_ir, branch_ends_block_with_two_chainable_exits)
{
    uint32_t w[] = {0x00b50463, 0x00000013}; /* beq a0, a1, .+8; nop */
    struct tb *tb = rv_translate_words(w, 2);
    cr_assert_eq(tb->n, 4);
    cr_expect_eq(tb->insn[0].opc, IR_brcond);
    cr_expect_eq(tb->insn[1].opc, IR_exit_tb);
    cr_expect_eq(tb->insn[1].imm, RV_CODE + 4);
    cr_expect_eq(tb->insn[1].aux, 0);
    cr_expect_eq(tb->insn[2].opc, IR_label);
    cr_expect_eq(tb->insn[3].opc, IR_exit_tb);
    cr_expect_eq(tb->insn[3].imm, RV_CODE + 8);
    cr_expect_eq(tb->insn[3].aux, 1);
    cr_expect_eq(tb->guest_size, 4);
}

Test(rv_ir, jal_and_jalr_end_the_block)
{
    uint32_t jal = 0x008000ef; /* jal ra, .+8 */
    struct tb *tb = rv_translate_words(&jal, 1);
    cr_assert_eq(tb->n, 2);
    cr_expect_eq(tb->insn[0].opc, IR_movi);
    cr_expect_eq(tb->insn[0].imm, RV_CODE + 4);
    cr_expect_eq(tb->insn[1].opc, IR_exit_tb);
    cr_expect_eq(tb->insn[1].imm, RV_CODE + 8);

    uint32_t ret = 0x00008067; /* ret */
    tb = rv_translate_words(&ret, 1);
    cr_assert_eq(tb->n, 2);
    cr_expect_eq(tb->insn[0].opc, IR_andi);
    cr_expect_eq(tb->insn[1].opc, IR_exit_jump);
}

static void rv_expect_illegal_block(const void *code, size_t len)
{
    rv_load(code, len);
    struct tb *tb = tr_translate(&rv->common, RV_CODE);
    cr_expect_eq(tb->n, 1);
    cr_expect_eq(tb->insn[0].opc, IR_raise);
    cr_expect_eq(tb->insn[0].aux, EXCP_ILLEGAL);
    cr_expect_eq(tb->insn[0].imm, RV_CODE);
}

Test(rv_ir, illegal_encodings_raise)
{
    static const uint32_t words[] = {
        0x00000000, 0xffffffff,
        0x7c002573, /* csrrs a0, 0x7c0, zero: unknown CSR */
        0xc0151073, /* csrrw zero, time, a0: read-only CSR */
        0xc0056073, /* csrrsi zero, cycle, 10: read-only CSR */
        0x30002573, /* csrr a0, mstatus: not a user CSR */
    };
    for (size_t k = 0; k < N_ELEMS(words); k++) {
        rv_expect_illegal_block(&words[k], 4);
    }
    static const uint16_t c_bad[] = {0x0000, 0x6101, 0x8002, 0x9c41};
    for (size_t k = 0; k < N_ELEMS(c_bad); k++) {
        rv_expect_illegal_block(&c_bad[k], 2);
    }
}

/* ---- execution ---- */

struct rv_exec_case {
    const char *name;
    const uint8_t *code;
    size_t len;
    int n_init;
    uint64_t init[8][2];   /* {register, value} */
    int n_check;
    uint64_t check[16][2]; /* {register, expected value} */
};

/* Generated from riscv64 assembly; expected values from a reference run. */
static const uint8_t code_alu_rr[] = {
    0x33, 0x04, 0xb5, 0x00, 0xb3, 0x04, 0xb5, 0x40, 0x33, 0x19, 0xc5, 0x00,
    0xb3, 0x29, 0xb5, 0x00, 0x33, 0x3a, 0xb5, 0x00, 0xb3, 0x4a, 0xd5, 0x00,
    0x33, 0x5b, 0xc5, 0x00, 0xb3, 0x5b, 0xc5, 0x40, 0x33, 0xec, 0xe6, 0x00,
    0xb3, 0xfc, 0xb6, 0x00, 0x33, 0xad, 0xe6, 0x00, 0xb3, 0xbd, 0xe6, 0x00,
};
static const uint8_t code_alu_rr_c[] = {
    0x33, 0x04, 0xb5, 0x00, 0xb3, 0x04, 0xb5, 0x40, 0x33, 0x19, 0xc5, 0x00,
    0xb3, 0x29, 0xb5, 0x00, 0x33, 0x3a, 0xb5, 0x00, 0xb3, 0x4a, 0xd5, 0x00,
    0x33, 0x5b, 0xc5, 0x00, 0xb3, 0x5b, 0xc5, 0x40, 0x33, 0xec, 0xe6, 0x00,
    0xb3, 0xfc, 0xb6, 0x00, 0x33, 0xad, 0xe6, 0x00, 0xb3, 0xbd, 0xe6, 0x00,
};
static const uint8_t code_alu_imm[] = {
    0x13, 0x04, 0xf5, 0xff, 0x93, 0xa4, 0xc6, 0xff, 0x13, 0xb9, 0xf6, 0xff,
    0x93, 0x39, 0x15, 0x00, 0x13, 0x4a, 0xf5, 0xff, 0x93, 0xea, 0x06, 0x7f,
    0x13, 0xfb, 0x06, 0xff, 0x93, 0x1b, 0xf5, 0x03, 0x13, 0x5c, 0xf5, 0x03,
    0x93, 0x5c, 0xe5, 0x43, 0x37, 0x0d, 0x00, 0x80, 0xb7, 0xfd, 0xff, 0x7f,
};
static const uint8_t code_alu_imm_c[] = {
    0x13, 0x04, 0xf5, 0xff, 0x93, 0xa4, 0xc6, 0xff, 0x13, 0xb9, 0xf6, 0xff,
    0x93, 0x39, 0x15, 0x00, 0x13, 0x4a, 0xf5, 0xff, 0x93, 0xea, 0x06, 0x7f,
    0x13, 0xfb, 0x06, 0xff, 0x93, 0x1b, 0xf5, 0x03, 0x13, 0x5c, 0xf5, 0x03,
    0x93, 0x5c, 0xe5, 0x43, 0x37, 0x0d, 0x00, 0x80, 0xb7, 0xfd, 0xff, 0x7f,
};
static const uint8_t code_alu_x0[] = {
    0xb3, 0x02, 0xb0, 0x00, 0x33, 0x03, 0xb0, 0x40, 0xb3, 0x33, 0xc0, 0x00,
    0x33, 0x34, 0xd0, 0x00, 0x93, 0xb4, 0x16, 0x00, 0x13, 0x80, 0x55, 0x00,
    0x33, 0x09, 0x00, 0x00, 0x93, 0x09, 0x00, 0x00, 0x13, 0x0a, 0x00, 0x80,
    0xb7, 0x7a, 0x24, 0x00, 0x9b, 0x8a, 0xda, 0x8a, 0x93, 0x9a, 0xea, 0x00,
    0x93, 0x8a, 0xda, 0xc4, 0x93, 0x9a, 0xca, 0x00, 0x93, 0x8a, 0x7a, 0x5e,
    0x93, 0x9a, 0xda, 0x00, 0x93, 0x8a, 0x0a, 0xef, 0x13, 0xcb, 0xf5, 0xff,
    0xb3, 0x0b, 0xc0, 0x40,
};
static const uint8_t code_alu_x0_c[] = {
    0xae, 0x82, 0x33, 0x03, 0xb0, 0x40, 0xb3, 0x33, 0xc0, 0x00, 0x33, 0x34,
    0xd0, 0x00, 0x93, 0xb4, 0x16, 0x00, 0x13, 0x80, 0x55, 0x00, 0x33, 0x09,
    0x00, 0x00, 0x93, 0x09, 0x00, 0x00, 0x13, 0x0a, 0x00, 0x80, 0xb7, 0x7a,
    0x24, 0x00, 0x9b, 0x8a, 0xda, 0x8a, 0xba, 0x0a, 0x93, 0x8a, 0xda, 0xc4,
    0xb2, 0x0a, 0x93, 0x8a, 0x7a, 0x5e, 0xb6, 0x0a, 0x93, 0x8a, 0x0a, 0xef,
    0x13, 0xcb, 0xf5, 0xff, 0xb3, 0x0b, 0xc0, 0x40,
};
static const uint8_t code_alu_w[] = {
    0x3b, 0x04, 0xb5, 0x00, 0xbb, 0x84, 0xb6, 0x40, 0x3b, 0x99, 0xc5, 0x00,
    0xbb, 0x59, 0xc5, 0x00, 0x3b, 0x5a, 0xc5, 0x40, 0x9b, 0x8a, 0x15, 0x00,
    0x1b, 0x9b, 0xf5, 0x01, 0x9b, 0xdb, 0xf6, 0x01, 0x1b, 0x5c, 0x47, 0x40,
    0x9b, 0x0c, 0x05, 0x00, 0x1b, 0x0d, 0x07, 0x00, 0x9b, 0x0d, 0xf7, 0xff,
};
static const uint8_t code_alu_w_c[] = {
    0x3b, 0x04, 0xb5, 0x00, 0xbb, 0x84, 0xb6, 0x40, 0x3b, 0x99, 0xc5, 0x00,
    0xbb, 0x59, 0xc5, 0x00, 0x3b, 0x5a, 0xc5, 0x40, 0x9b, 0x8a, 0x15, 0x00,
    0x1b, 0x9b, 0xf5, 0x01, 0x9b, 0xdb, 0xf6, 0x01, 0x1b, 0x5c, 0x47, 0x40,
    0x9b, 0x0c, 0x05, 0x00, 0x1b, 0x0d, 0x07, 0x00, 0x9b, 0x0d, 0xf7, 0xff,
};
static const uint8_t code_auipc_diff[] = {
    0x97, 0x02, 0x00, 0x00, 0x17, 0x13, 0x00, 0x00, 0x33, 0x04, 0x53, 0x40,
    0x97, 0xf3, 0xff, 0xff, 0xb3, 0x84, 0x53, 0x40,
};
static const uint8_t code_auipc_diff_c[] = {
    0x97, 0x02, 0x00, 0x00, 0x17, 0x13, 0x00, 0x00, 0x33, 0x04, 0x53, 0x40,
    0x97, 0xf3, 0xff, 0xff, 0xb3, 0x84, 0x53, 0x40,
};
static const uint8_t code_muldiv[] = {
    0x33, 0x04, 0xb5, 0x02, 0xb3, 0x94, 0x07, 0x03, 0x33, 0xa9, 0x07, 0x03,
    0xb3, 0xb9, 0x07, 0x03, 0x33, 0x4a, 0xb5, 0x02, 0xb3, 0x5a, 0xb5, 0x02,
    0x33, 0x6b, 0xb5, 0x02, 0xb3, 0x7b, 0xb5, 0x02, 0x33, 0x4c, 0xc5, 0x02,
    0xb3, 0x5c, 0xc5, 0x02, 0x33, 0x6d, 0xc5, 0x02, 0xb3, 0x7d, 0xc5, 0x02,
    0x33, 0xce, 0xe6, 0x02, 0xb3, 0xee, 0xe6, 0x02, 0x33, 0x9f, 0xe6, 0x02,
    0xb3, 0x2f, 0xe7, 0x02,
};
static const uint8_t code_muldiv_c[] = {
    0x33, 0x04, 0xb5, 0x02, 0xb3, 0x94, 0x07, 0x03, 0x33, 0xa9, 0x07, 0x03,
    0xb3, 0xb9, 0x07, 0x03, 0x33, 0x4a, 0xb5, 0x02, 0xb3, 0x5a, 0xb5, 0x02,
    0x33, 0x6b, 0xb5, 0x02, 0xb3, 0x7b, 0xb5, 0x02, 0x33, 0x4c, 0xc5, 0x02,
    0xb3, 0x5c, 0xc5, 0x02, 0x33, 0x6d, 0xc5, 0x02, 0xb3, 0x7d, 0xc5, 0x02,
    0x33, 0xce, 0xe6, 0x02, 0xb3, 0xee, 0xe6, 0x02, 0x33, 0x9f, 0xe6, 0x02,
    0xb3, 0x2f, 0xe7, 0x02,
};
static const uint8_t code_muldiv_w[] = {
    0x3b, 0x84, 0x07, 0x03, 0xbb, 0x44, 0xb5, 0x02, 0x3b, 0x59, 0xb5, 0x02,
    0xbb, 0x69, 0xb5, 0x02, 0x3b, 0x7a, 0xb5, 0x02, 0xbb, 0x4a, 0xc5, 0x02,
    0x3b, 0x5b, 0xc5, 0x02, 0xbb, 0x6b, 0xc5, 0x02, 0x3b, 0x7c, 0xc5, 0x02,
    0xbb, 0xcc, 0xe6, 0x02, 0x3b, 0xed, 0xe6, 0x02, 0xbb, 0x8d, 0xe6, 0x02,
};
static const uint8_t code_muldiv_w_c[] = {
    0x3b, 0x84, 0x07, 0x03, 0xbb, 0x44, 0xb5, 0x02, 0x3b, 0x59, 0xb5, 0x02,
    0xbb, 0x69, 0xb5, 0x02, 0x3b, 0x7a, 0xb5, 0x02, 0xbb, 0x4a, 0xc5, 0x02,
    0x3b, 0x5b, 0xc5, 0x02, 0xbb, 0x6b, 0xc5, 0x02, 0x3b, 0x7c, 0xc5, 0x02,
    0xbb, 0xcc, 0xe6, 0x02, 0x3b, 0xed, 0xe6, 0x02, 0xbb, 0x8d, 0xe6, 0x02,
};
static const uint8_t code_branches[] = {
    0x13, 0x04, 0x00, 0x00, 0x63, 0x84, 0xc5, 0x00, 0x13, 0x64, 0x14, 0x00,
    0x63, 0x94, 0xc5, 0x00, 0x13, 0x64, 0x24, 0x00, 0x63, 0x44, 0xb5, 0x00,
    0x13, 0x64, 0x44, 0x00, 0x63, 0x54, 0xb5, 0x00, 0x13, 0x64, 0x84, 0x00,
    0x63, 0x64, 0xb5, 0x00, 0x13, 0x64, 0x04, 0x01, 0x63, 0x74, 0xb5, 0x00,
    0x13, 0x64, 0x04, 0x02, 0x63, 0x04, 0x00, 0x00, 0x13, 0x64, 0x04, 0x04,
    0x63, 0xd4, 0xc5, 0x00, 0x13, 0x64, 0x04, 0x08, 0x63, 0xf4, 0xc5, 0x00,
    0x13, 0x64, 0x04, 0x10, 0x13, 0x00, 0x00, 0x00,
};
static const uint8_t code_branches_c[] = {
    0x01, 0x44, 0x63, 0x84, 0xc5, 0x00, 0x13, 0x64, 0x14, 0x00, 0x63, 0x94,
    0xc5, 0x00, 0x13, 0x64, 0x24, 0x00, 0x63, 0x44, 0xb5, 0x00, 0x13, 0x64,
    0x44, 0x00, 0x63, 0x54, 0xb5, 0x00, 0x13, 0x64, 0x84, 0x00, 0x63, 0x64,
    0xb5, 0x00, 0x13, 0x64, 0x04, 0x01, 0x63, 0x74, 0xb5, 0x00, 0x13, 0x64,
    0x04, 0x02, 0x63, 0x04, 0x00, 0x00, 0x13, 0x64, 0x04, 0x04, 0x63, 0xd4,
    0xc5, 0x00, 0x13, 0x64, 0x04, 0x08, 0x63, 0xf4, 0xc5, 0x00, 0x13, 0x64,
    0x04, 0x10, 0x01, 0x00,
};
static const uint8_t code_loop[] = {
    0x13, 0x04, 0x00, 0x00, 0x93, 0x04, 0x00, 0x00, 0x33, 0x04, 0x94, 0x00,
    0x93, 0x84, 0x14, 0x00, 0xe3, 0xcc, 0xa4, 0xfe,
};
static const uint8_t code_loop_c[] = {
    0x01, 0x44, 0x81, 0x44, 0x26, 0x94, 0x85, 0x04, 0xe3, 0xce, 0xa4, 0xfe,
};
static const uint8_t code_calls[] = {
    0xef, 0x00, 0xc0, 0x00, 0x93, 0x04, 0x15, 0x00, 0x6f, 0x00, 0xc0, 0x00,
    0x13, 0x05, 0xa5, 0x00, 0x67, 0x80, 0x00, 0x00, 0x97, 0x02, 0x00, 0x00,
    0x93, 0x82, 0x42, 0x01, 0x93, 0x82, 0x12, 0x00, 0xe7, 0x82, 0x02, 0x00,
    0x13, 0x09, 0x30, 0x06, 0x17, 0x03, 0x00, 0x00, 0x13, 0x03, 0xc3, 0xff,
    0xb3, 0x89, 0x62, 0x40, 0x13, 0x0a, 0x05, 0x00,
};
static const uint8_t code_calls_c[] = {
    0xef, 0x00, 0xa0, 0x00, 0x93, 0x04, 0x15, 0x00, 0x19, 0xa0, 0x29, 0x05,
    0x82, 0x80, 0x97, 0x02, 0x00, 0x00, 0x93, 0x82, 0x22, 0x01, 0x85, 0x02,
    0xe7, 0x82, 0x02, 0x00, 0x13, 0x09, 0x30, 0x06, 0x17, 0x03, 0x00, 0x00,
    0x13, 0x03, 0xc3, 0xff, 0xb3, 0x89, 0x62, 0x40, 0x2a, 0x8a,
};
static const uint8_t code_loadstore[] = {
    0x23, 0xb0, 0xa1, 0x00, 0x03, 0x84, 0x01, 0x00, 0x83, 0xc4, 0x01, 0x00,
    0x03, 0x99, 0x21, 0x00, 0x83, 0xd9, 0x21, 0x00, 0x03, 0xaa, 0x41, 0x00,
    0x83, 0xea, 0x41, 0x00, 0x03, 0xbb, 0x01, 0x00, 0x93, 0x82, 0x01, 0x04,
    0xa3, 0x8f, 0xa2, 0xfe, 0x23, 0x9e, 0xa2, 0xfe, 0x23, 0xaa, 0xa2, 0xfe,
    0x83, 0xbb, 0x81, 0x03, 0x03, 0xbc, 0x01, 0x03, 0x83, 0xac, 0x11, 0x00,
    0x03, 0xbd, 0x31, 0x00, 0x03, 0xc0, 0x01, 0x00,
};
static const uint8_t code_loadstore_c[] = {
    0x23, 0xb0, 0xa1, 0x00, 0x03, 0x84, 0x01, 0x00, 0x83, 0xc4, 0x01, 0x00,
    0x03, 0x99, 0x21, 0x00, 0x83, 0xd9, 0x21, 0x00, 0x03, 0xaa, 0x41, 0x00,
    0x83, 0xea, 0x41, 0x00, 0x03, 0xbb, 0x01, 0x00, 0x93, 0x82, 0x01, 0x04,
    0xa3, 0x8f, 0xa2, 0xfe, 0x23, 0x9e, 0xa2, 0xfe, 0x23, 0xaa, 0xa2, 0xfe,
    0x83, 0xbb, 0x81, 0x03, 0x03, 0xbc, 0x01, 0x03, 0x83, 0xac, 0x11, 0x00,
    0x03, 0xbd, 0x31, 0x00, 0x03, 0xc0, 0x01, 0x00,
};
static const uint8_t code_atomics_w[] = {
    0x23, 0xa0, 0xa1, 0x00, 0x2f, 0xa4, 0xb1, 0x00, 0x83, 0xa4, 0x01, 0x00,
    0x2f, 0xa9, 0xc1, 0x08, 0xaf, 0xa9, 0xb1, 0x20, 0x2f, 0xaa, 0xa1, 0x60,
    0xaf, 0xaa, 0xb1, 0x40, 0x2f, 0xab, 0xa1, 0x80, 0xaf, 0xab, 0xb1, 0xa0,
    0x2f, 0xac, 0xa1, 0xc0, 0xaf, 0xac, 0xb1, 0xe0, 0x03, 0xad, 0x01, 0x00,
    0x83, 0xed, 0x01, 0x00,
};
static const uint8_t code_atomics_w_c[] = {
    0x23, 0xa0, 0xa1, 0x00, 0x2f, 0xa4, 0xb1, 0x00, 0x83, 0xa4, 0x01, 0x00,
    0x2f, 0xa9, 0xc1, 0x08, 0xaf, 0xa9, 0xb1, 0x20, 0x2f, 0xaa, 0xa1, 0x60,
    0xaf, 0xaa, 0xb1, 0x40, 0x2f, 0xab, 0xa1, 0x80, 0xaf, 0xab, 0xb1, 0xa0,
    0x2f, 0xac, 0xa1, 0xc0, 0xaf, 0xac, 0xb1, 0xe0, 0x03, 0xad, 0x01, 0x00,
    0x83, 0xed, 0x01, 0x00,
};
static const uint8_t code_atomics_d[] = {
    0x23, 0xb4, 0xa1, 0x00, 0x93, 0x82, 0x81, 0x00, 0x2f, 0xb4, 0xb2, 0x00,
    0x83, 0xb4, 0x81, 0x00, 0x2f, 0xb9, 0xc2, 0x0e, 0xaf, 0xb9, 0xb2, 0x20,
    0x2f, 0xba, 0xa2, 0x60, 0xaf, 0xba, 0xb2, 0x40, 0x2f, 0xbb, 0xa2, 0x80,
    0xaf, 0xbb, 0xb2, 0xa0, 0x2f, 0xbc, 0xa2, 0xc0, 0xaf, 0xbc, 0xb2, 0xe0,
    0x03, 0xbd, 0x81, 0x00, 0x2f, 0xb0, 0xb2, 0x00, 0x83, 0xbd, 0x81, 0x00,
};
static const uint8_t code_atomics_d_c[] = {
    0x23, 0xb4, 0xa1, 0x00, 0x93, 0x82, 0x81, 0x00, 0x2f, 0xb4, 0xb2, 0x00,
    0x83, 0xb4, 0x81, 0x00, 0x2f, 0xb9, 0xc2, 0x0e, 0xaf, 0xb9, 0xb2, 0x20,
    0x2f, 0xba, 0xa2, 0x60, 0xaf, 0xba, 0xb2, 0x40, 0x2f, 0xbb, 0xa2, 0x80,
    0xaf, 0xbb, 0xb2, 0xa0, 0x2f, 0xbc, 0xa2, 0xc0, 0xaf, 0xbc, 0xb2, 0xe0,
    0x03, 0xbd, 0x81, 0x00, 0x2f, 0xb0, 0xb2, 0x00, 0x83, 0xbd, 0x81, 0x00,
};
static const uint8_t code_lrsc[] = {
    0x23, 0xa8, 0xa1, 0x00, 0x93, 0x82, 0x01, 0x01, 0x2f, 0xa4, 0x02, 0x10,
    0xaf, 0xa4, 0xb2, 0x18, 0x03, 0xa9, 0x01, 0x01, 0xaf, 0xa9, 0xa2, 0x18,
    0x03, 0xaa, 0x01, 0x01, 0xaf, 0xba, 0x02, 0x10, 0x93, 0x8a, 0x1a, 0x00,
    0x2f, 0xbb, 0x52, 0x1b, 0x83, 0xbb, 0x01, 0x01, 0x2f, 0xa3, 0x02, 0x14,
    0x93, 0x83, 0x81, 0x01, 0x2f, 0xac, 0xb3, 0x18, 0xaf, 0xac, 0xb2, 0x18,
    0x13, 0x86, 0x02, 0x00, 0x2f, 0x36, 0x06, 0x10, 0x2f, 0xbd, 0x02, 0x18,
    0x83, 0xbd, 0x01, 0x01,
};
static const uint8_t code_lrsc_c[] = {
    0x23, 0xa8, 0xa1, 0x00, 0x93, 0x82, 0x01, 0x01, 0x2f, 0xa4, 0x02, 0x10,
    0xaf, 0xa4, 0xb2, 0x18, 0x03, 0xa9, 0x01, 0x01, 0xaf, 0xa9, 0xa2, 0x18,
    0x03, 0xaa, 0x01, 0x01, 0xaf, 0xba, 0x02, 0x10, 0x85, 0x0a, 0x2f, 0xbb,
    0x52, 0x1b, 0x83, 0xbb, 0x01, 0x01, 0x2f, 0xa3, 0x02, 0x14, 0x93, 0x83,
    0x81, 0x01, 0x2f, 0xac, 0xb3, 0x18, 0xaf, 0xac, 0xb2, 0x18, 0x16, 0x86,
    0x2f, 0x36, 0x06, 0x10, 0x2f, 0xbd, 0x02, 0x18, 0x83, 0xbd, 0x01, 0x01,
};
static const uint8_t code_zba[] = {
    0x33, 0x24, 0xb5, 0x20, 0xb3, 0x44, 0xb5, 0x20, 0x33, 0x69, 0xb5, 0x20,
    0xbb, 0x09, 0xb6, 0x08, 0x3b, 0x2a, 0xb6, 0x20, 0xbb, 0x4a, 0xb6, 0x20,
    0x3b, 0x6b, 0xb6, 0x20, 0x9b, 0x1b, 0x36, 0x08, 0x1b, 0x1c, 0xf6, 0x0b,
    0xbb, 0x0c, 0x06, 0x08,
};
static const uint8_t code_zba_c[] = {
    0x33, 0x24, 0xb5, 0x20, 0xb3, 0x44, 0xb5, 0x20, 0x33, 0x69, 0xb5, 0x20,
    0xbb, 0x09, 0xb6, 0x08, 0x3b, 0x2a, 0xb6, 0x20, 0xbb, 0x4a, 0xb6, 0x20,
    0x3b, 0x6b, 0xb6, 0x20, 0x9b, 0x1b, 0x36, 0x08, 0x1b, 0x1c, 0xf6, 0x0b,
    0xbb, 0x0c, 0x06, 0x08,
};
static const uint8_t code_zbb[] = {
    0x33, 0x74, 0xc5, 0x40, 0xb3, 0xe4, 0xc5, 0x40, 0x33, 0x49, 0xc5, 0x40,
    0x93, 0x19, 0x05, 0x60, 0x13, 0x1a, 0x15, 0x60, 0x93, 0x9a, 0x26, 0x60,
    0x13, 0x9b, 0x05, 0x60, 0x93, 0x9b, 0x15, 0x60, 0x1b, 0x1c, 0x07, 0x60,
    0x9b, 0x1c, 0x15, 0x60, 0x1b, 0x9d, 0x26, 0x60, 0x9b, 0x9d, 0x05, 0x60,
    0x13, 0x1e, 0x46, 0x60, 0x93, 0x1e, 0x56, 0x60, 0x3b, 0xcf, 0x06, 0x08,
};
static const uint8_t code_zbb_c[] = {
    0x33, 0x74, 0xc5, 0x40, 0xb3, 0xe4, 0xc5, 0x40, 0x33, 0x49, 0xc5, 0x40,
    0x93, 0x19, 0x05, 0x60, 0x13, 0x1a, 0x15, 0x60, 0x93, 0x9a, 0x26, 0x60,
    0x13, 0x9b, 0x05, 0x60, 0x93, 0x9b, 0x15, 0x60, 0x1b, 0x1c, 0x07, 0x60,
    0x9b, 0x1c, 0x15, 0x60, 0x1b, 0x9d, 0x26, 0x60, 0x9b, 0x9d, 0x05, 0x60,
    0x13, 0x1e, 0x46, 0x60, 0x93, 0x1e, 0x56, 0x60, 0x3b, 0xcf, 0x06, 0x08,
};
static const uint8_t code_zbb2[] = {
    0x33, 0xe4, 0xc5, 0x0a, 0xb3, 0xf4, 0xc5, 0x0a, 0x33, 0xc9, 0xc5, 0x0a,
    0xb3, 0xd9, 0xc5, 0x0a, 0x33, 0x1a, 0xe5, 0x60, 0xb3, 0x5a, 0xe5, 0x60,
    0x3b, 0x9b, 0xe6, 0x60, 0xbb, 0xdb, 0xe6, 0x60, 0x13, 0x5c, 0xc5, 0x60,
    0x9b, 0xdc, 0x16, 0x60, 0x13, 0x5d, 0x75, 0x28, 0x93, 0x5d, 0x85, 0x6b,
    0x13, 0xde, 0x76, 0x28, 0x9b, 0xde, 0x06, 0x60,
};
static const uint8_t code_zbb2_c[] = {
    0x33, 0xe4, 0xc5, 0x0a, 0xb3, 0xf4, 0xc5, 0x0a, 0x33, 0xc9, 0xc5, 0x0a,
    0xb3, 0xd9, 0xc5, 0x0a, 0x33, 0x1a, 0xe5, 0x60, 0xb3, 0x5a, 0xe5, 0x60,
    0x3b, 0x9b, 0xe6, 0x60, 0xbb, 0xdb, 0xe6, 0x60, 0x13, 0x5c, 0xc5, 0x60,
    0x9b, 0xdc, 0x16, 0x60, 0x13, 0x5d, 0x75, 0x28, 0x93, 0x5d, 0x85, 0x6b,
    0x13, 0xde, 0x76, 0x28, 0x9b, 0xde, 0x06, 0x60,
};
static const uint8_t code_zbs[] = {
    0x33, 0x14, 0xd5, 0x48, 0xb3, 0x14, 0xb5, 0x28, 0x33, 0x19, 0xb6, 0x68,
    0xb3, 0x59, 0xd5, 0x48, 0x33, 0x5a, 0xb6, 0x48, 0x93, 0x1a, 0xf6, 0x4b,
    0x13, 0x1b, 0xf0, 0x2b, 0x93, 0x1b, 0x05, 0x68, 0x13, 0x5c, 0xf6, 0x4b,
    0x93, 0x5c, 0x85, 0x48,
};
static const uint8_t code_zbs_c[] = {
    0x33, 0x14, 0xd5, 0x48, 0xb3, 0x14, 0xb5, 0x28, 0x33, 0x19, 0xb6, 0x68,
    0xb3, 0x59, 0xd5, 0x48, 0x33, 0x5a, 0xb6, 0x48, 0x93, 0x1a, 0xf6, 0x4b,
    0x13, 0x1b, 0xf0, 0x2b, 0x93, 0x1b, 0x05, 0x68, 0x13, 0x5c, 0xf6, 0x4b,
    0x93, 0x5c, 0x85, 0x48,
};
static const uint8_t code_csr[] = {
    0x73, 0x10, 0x35, 0x00, 0x73, 0x24, 0x30, 0x00, 0xf3, 0x24, 0x20, 0x00,
    0x73, 0x29, 0x10, 0x00, 0xf3, 0x99, 0x25, 0x00, 0x73, 0x2a, 0x30, 0x00,
    0xf3, 0xfa, 0x11, 0x00, 0x73, 0xeb, 0x20, 0x00, 0xf3, 0x3b, 0x35, 0x00,
    0x73, 0xdc, 0x1f, 0x00, 0xf3, 0x2c, 0x30, 0x00, 0xf3, 0x22, 0x10, 0xc0,
    0x73, 0x23, 0x10, 0xc0, 0x33, 0x3d, 0x53, 0x00, 0xf3, 0x23, 0x00, 0xc0,
    0x73, 0x2e, 0x20, 0xc0,
};
static const uint8_t code_csr_c[] = {
    0x73, 0x10, 0x35, 0x00, 0x73, 0x24, 0x30, 0x00, 0xf3, 0x24, 0x20, 0x00,
    0x73, 0x29, 0x10, 0x00, 0xf3, 0x99, 0x25, 0x00, 0x73, 0x2a, 0x30, 0x00,
    0xf3, 0xfa, 0x11, 0x00, 0x73, 0xeb, 0x20, 0x00, 0xf3, 0x3b, 0x35, 0x00,
    0x73, 0xdc, 0x1f, 0x00, 0xf3, 0x2c, 0x30, 0x00, 0xf3, 0x22, 0x10, 0xc0,
    0x73, 0x23, 0x10, 0xc0, 0x33, 0x3d, 0x53, 0x00, 0xf3, 0x23, 0x00, 0xc0,
    0x73, 0x2e, 0x20, 0xc0,
};
static const uint8_t code_compressed_c[] = {
    0x75, 0x15, 0xfd, 0x25, 0x3d, 0x56, 0x85, 0x76, 0x11, 0x80, 0x85, 0x84,
    0xb5, 0x88, 0x01, 0x8d, 0x2d, 0x8c, 0x41, 0x8e, 0xf1, 0x8e, 0x89, 0x9d,
    0xad, 0x9c, 0x06, 0x16, 0xaa, 0x82, 0xae, 0x92, 0x39, 0x71, 0x38, 0x00,
    0x2a, 0xe4, 0x2e, 0xc8, 0x22, 0x63, 0xc2, 0x43, 0x10, 0xe3, 0x1c, 0x63,
    0x54, 0xc3, 0x40, 0x43, 0x21, 0x61, 0x11, 0xc1, 0x05, 0x4e, 0x11, 0xe1,
    0x85, 0x4e, 0x11, 0xa0, 0x05, 0x4f, 0x97, 0x0f, 0x00, 0x00, 0x93, 0x8f,
    0xcf, 0x00, 0x82, 0x9f, 0x19, 0xa0, 0x86, 0x8f, 0x82, 0x80, 0xb3, 0x8f,
    0x1f, 0x40,
};
static const struct rv_exec_case rv_exec_cases[] = {
    {"alu_rr", code_alu_rr, sizeof(code_alu_rr), 5,
     {{10, 0x8000000000000001ull}, {11, 0x7fffffffffffffffull}, {12, 0x41ull}, {13, 0xfffffffffffffffbull}, {14, 0x3ull}},
     12, {{8, 0x0ull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0x1ull}, {20, 0x0ull}, {21, 0x7ffffffffffffffaull}, {22, 0x4000000000000000ull}, {23, 0xc000000000000000ull}, {24, 0xfffffffffffffffbull}, {25, 0x7ffffffffffffffbull}, {26, 0x1ull}, {27, 0x0ull}}},
    {"alu_rr_c", code_alu_rr_c, sizeof(code_alu_rr_c), 5,
     {{10, 0x8000000000000001ull}, {11, 0x7fffffffffffffffull}, {12, 0x41ull}, {13, 0xfffffffffffffffbull}, {14, 0x3ull}},
     12, {{8, 0x0ull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0x1ull}, {20, 0x0ull}, {21, 0x7ffffffffffffffaull}, {22, 0x4000000000000000ull}, {23, 0xc000000000000000ull}, {24, 0xfffffffffffffffbull}, {25, 0x7ffffffffffffffbull}, {26, 0x1ull}, {27, 0x0ull}}},
    {"alu_imm", code_alu_imm, sizeof(code_alu_imm), 2,
     {{10, 0x8000000000000001ull}, {13, 0xfffffffffffffffbull}},
     12, {{8, 0x8000000000000000ull}, {9, 0x1ull}, {18, 0x1ull}, {19, 0x0ull}, {20, 0x7ffffffffffffffeull}, {21, 0xfffffffffffffffbull}, {22, 0xfffffffffffffff0ull}, {23, 0x8000000000000000ull}, {24, 0x1ull}, {25, 0xfffffffffffffffeull}, {26, 0xffffffff80000000ull}, {27, 0x7ffff000ull}}},
    {"alu_imm_c", code_alu_imm_c, sizeof(code_alu_imm_c), 2,
     {{10, 0x8000000000000001ull}, {13, 0xfffffffffffffffbull}},
     12, {{8, 0x8000000000000000ull}, {9, 0x1ull}, {18, 0x1ull}, {19, 0x0ull}, {20, 0x7ffffffffffffffeull}, {21, 0xfffffffffffffffbull}, {22, 0xfffffffffffffff0ull}, {23, 0x8000000000000000ull}, {24, 0x1ull}, {25, 0xfffffffffffffffeull}, {26, 0xffffffff80000000ull}, {27, 0x7ffff000ull}}},
    {"alu_x0", code_alu_x0, sizeof(code_alu_x0), 3,
     {{11, 0x4d2ull}, {12, 0xfffffffffffffff9ull}, {13, 0x0ull}},
     11, {{5, 0x4d2ull}, {6, 0xfffffffffffffb2eull}, {7, 0x1ull}, {8, 0x0ull}, {9, 0x1ull}, {18, 0x0ull}, {19, 0x0ull}, {20, 0xfffffffffffff800ull}, {21, 0x123456789abcdef0ull}, {22, 0xfffffffffffffb2dull}, {23, 0x7ull}}},
    {"alu_x0_c", code_alu_x0_c, sizeof(code_alu_x0_c), 3,
     {{11, 0x4d2ull}, {12, 0xfffffffffffffff9ull}, {13, 0x0ull}},
     11, {{5, 0x4d2ull}, {6, 0xfffffffffffffb2eull}, {7, 0x1ull}, {8, 0x0ull}, {9, 0x1ull}, {18, 0x0ull}, {19, 0x0ull}, {20, 0xfffffffffffff800ull}, {21, 0x123456789abcdef0ull}, {22, 0xfffffffffffffb2dull}, {23, 0x7ull}}},
    {"alu_w", code_alu_w, sizeof(code_alu_w), 5,
     {{10, 0xffffffffull}, {11, 0x7fffffffull}, {12, 0x21ull}, {13, 0xffffffffffffffffull}, {14, 0x123456789ull}},
     12, {{8, 0x7ffffffeull}, {9, 0xffffffff80000000ull}, {18, 0xfffffffffffffffeull}, {19, 0x7fffffffull}, {20, 0xffffffffffffffffull}, {21, 0xffffffff80000000ull}, {22, 0xffffffff80000000ull}, {23, 0x1ull}, {24, 0x2345678ull}, {25, 0xffffffffffffffffull}, {26, 0x23456789ull}, {27, 0x23456788ull}}},
    {"alu_w_c", code_alu_w_c, sizeof(code_alu_w_c), 5,
     {{10, 0xffffffffull}, {11, 0x7fffffffull}, {12, 0x21ull}, {13, 0xffffffffffffffffull}, {14, 0x123456789ull}},
     12, {{8, 0x7ffffffeull}, {9, 0xffffffff80000000ull}, {18, 0xfffffffffffffffeull}, {19, 0x7fffffffull}, {20, 0xffffffffffffffffull}, {21, 0xffffffff80000000ull}, {22, 0xffffffff80000000ull}, {23, 0x1ull}, {24, 0x2345678ull}, {25, 0xffffffffffffffffull}, {26, 0x23456789ull}, {27, 0x23456788ull}}},
    {"auipc_diff", code_auipc_diff, sizeof(code_auipc_diff), 0,
     {{0, 0}},
     2, {{8, 0x1004ull}, {9, 0xfffffffffffff00cull}}},
    {"auipc_diff_c", code_auipc_diff_c, sizeof(code_auipc_diff_c), 0,
     {{0, 0}},
     2, {{8, 0x1004ull}, {9, 0xfffffffffffff00cull}}},
    {"muldiv", code_muldiv, sizeof(code_muldiv), 7,
     {{10, 0xfffffffffffffff9ull}, {11, 0x2ull}, {12, 0x0ull}, {13, 0x8000000000000000ull}, {14, 0xffffffffffffffffull}, {15, 0xfedcba9876543210ull}, {16, 0x123456789abcdefull}},
     16, {{8, 0xfffffffffffffff2ull}, {9, 0xfffeb49923cc0953ull}, {18, 0xfffeb49923cc0953ull}, {19, 0x121fa00ad77d742ull}, {20, 0xfffffffffffffffdull}, {21, 0x7ffffffffffffffcull}, {22, 0xffffffffffffffffull}, {23, 0x1ull}, {24, 0xffffffffffffffffull}, {25, 0xffffffffffffffffull}, {26, 0xfffffffffffffff9ull}, {27, 0xfffffffffffffff9ull}, {28, 0x8000000000000000ull}, {29, 0x0ull}, {30, 0x0ull}, {31, 0xffffffffffffffffull}}},
    {"muldiv_c", code_muldiv_c, sizeof(code_muldiv_c), 7,
     {{10, 0xfffffffffffffff9ull}, {11, 0x2ull}, {12, 0x0ull}, {13, 0x8000000000000000ull}, {14, 0xffffffffffffffffull}, {15, 0xfedcba9876543210ull}, {16, 0x123456789abcdefull}},
     16, {{8, 0xfffffffffffffff2ull}, {9, 0xfffeb49923cc0953ull}, {18, 0xfffeb49923cc0953ull}, {19, 0x121fa00ad77d742ull}, {20, 0xfffffffffffffffdull}, {21, 0x7ffffffffffffffcull}, {22, 0xffffffffffffffffull}, {23, 0x1ull}, {24, 0xffffffffffffffffull}, {25, 0xffffffffffffffffull}, {26, 0xfffffffffffffff9ull}, {27, 0xfffffffffffffff9ull}, {28, 0x8000000000000000ull}, {29, 0x0ull}, {30, 0x0ull}, {31, 0xffffffffffffffffull}}},
    {"muldiv_w", code_muldiv_w, sizeof(code_muldiv_w), 7,
     {{10, 0xfffffffffffffff9ull}, {11, 0x2ull}, {12, 0x100000000ull}, {13, 0x80000000ull}, {14, 0xffffffffffffffffull}, {15, 0xfedcba9876543210ull}, {16, 0x123456789abcdefull}},
     12, {{8, 0xffffffffe5618cf0ull}, {9, 0xfffffffffffffffdull}, {18, 0x7ffffffcull}, {19, 0xffffffffffffffffull}, {20, 0x1ull}, {21, 0xffffffffffffffffull}, {22, 0xffffffffffffffffull}, {23, 0xfffffffffffffff9ull}, {24, 0xfffffffffffffff9ull}, {25, 0xffffffff80000000ull}, {26, 0x0ull}, {27, 0xffffffff80000000ull}}},
    {"muldiv_w_c", code_muldiv_w_c, sizeof(code_muldiv_w_c), 7,
     {{10, 0xfffffffffffffff9ull}, {11, 0x2ull}, {12, 0x100000000ull}, {13, 0x80000000ull}, {14, 0xffffffffffffffffull}, {15, 0xfedcba9876543210ull}, {16, 0x123456789abcdefull}},
     12, {{8, 0xffffffffe5618cf0ull}, {9, 0xfffffffffffffffdull}, {18, 0x7ffffffcull}, {19, 0xffffffffffffffffull}, {20, 0x1ull}, {21, 0xffffffffffffffffull}, {22, 0xffffffffffffffffull}, {23, 0xfffffffffffffff9ull}, {24, 0xfffffffffffffff9ull}, {25, 0xffffffff80000000ull}, {26, 0x0ull}, {27, 0xffffffff80000000ull}}},
    {"branches", code_branches, sizeof(code_branches), 3,
     {{10, 0xffffffffffffffffull}, {11, 0x1ull}, {12, 0x1ull}},
     1, {{8, 0x1aull}}},
    {"branches_c", code_branches_c, sizeof(code_branches_c), 3,
     {{10, 0xffffffffffffffffull}, {11, 0x1ull}, {12, 0x1ull}},
     1, {{8, 0x1aull}}},
    {"loop", code_loop, sizeof(code_loop), 1,
     {{10, 0x64ull}},
     2, {{8, 0x1356ull}, {9, 0x64ull}}},
    {"loop_c", code_loop_c, sizeof(code_loop_c), 1,
     {{10, 0x64ull}},
     2, {{8, 0x1356ull}, {9, 0x64ull}}},
    {"calls", code_calls, sizeof(code_calls), 1,
     {{10, 0x5ull}},
     4, {{9, 0x10ull}, {18, 0x0ull}, {19, 0x0ull}, {20, 0xfull}}},
    {"calls_c", code_calls_c, sizeof(code_calls_c), 1,
     {{10, 0x5ull}},
     4, {{9, 0x10ull}, {18, 0x0ull}, {19, 0x0ull}, {20, 0xfull}}},
    {"loadstore", code_loadstore, sizeof(code_loadstore), 1,
     {{10, 0x8182838485868788ull}},
     11, {{8, 0xffffffffffffff88ull}, {9, 0x88ull}, {18, 0xffffffffffff8586ull}, {19, 0x8586ull}, {20, 0xffffffff81828384ull}, {21, 0x81828384ull}, {22, 0x8182838485868788ull}, {23, 0x8800878800000000ull}, {24, 0x8586878800000000ull}, {25, 0xffffffff84858687ull}, {26, 0x8182838485ull}}},
    {"loadstore_c", code_loadstore_c, sizeof(code_loadstore_c), 1,
     {{10, 0x8182838485868788ull}},
     11, {{8, 0xffffffffffffff88ull}, {9, 0x88ull}, {18, 0xffffffffffff8586ull}, {19, 0x8586ull}, {20, 0xffffffff81828384ull}, {21, 0x81828384ull}, {22, 0x8182838485868788ull}, {23, 0x8800878800000000ull}, {24, 0x8586878800000000ull}, {25, 0xffffffff84858687ull}, {26, 0x8182838485ull}}},
    {"atomics_w", code_atomics_w, sizeof(code_atomics_w), 3,
     {{10, 0xfffffffffffffffbull}, {11, 0x7ull}, {12, 0x80000000ull}},
     12, {{8, 0xfffffffffffffffbull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0xffffffff80000000ull}, {20, 0xffffffff80000007ull}, {21, 0xffffffff80000003ull}, {22, 0xffffffff80000007ull}, {23, 0xffffffff80000007ull}, {24, 0x7ull}, {25, 0x7ull}, {26, 0x7ull}, {27, 0x7ull}}},
    {"atomics_w_c", code_atomics_w_c, sizeof(code_atomics_w_c), 3,
     {{10, 0xfffffffffffffffbull}, {11, 0x7ull}, {12, 0x80000000ull}},
     12, {{8, 0xfffffffffffffffbull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0xffffffff80000000ull}, {20, 0xffffffff80000007ull}, {21, 0xffffffff80000003ull}, {22, 0xffffffff80000007ull}, {23, 0xffffffff80000007ull}, {24, 0x7ull}, {25, 0x7ull}, {26, 0x7ull}, {27, 0x7ull}}},
    {"atomics_d", code_atomics_d, sizeof(code_atomics_d), 3,
     {{10, 0xfffffffffffffffbull}, {11, 0x7ull}, {12, 0x8000000000000000ull}},
     12, {{8, 0xfffffffffffffffbull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0x8000000000000000ull}, {20, 0x8000000000000007ull}, {21, 0x8000000000000003ull}, {22, 0x8000000000000007ull}, {23, 0x8000000000000007ull}, {24, 0x7ull}, {25, 0x7ull}, {26, 0x7ull}, {27, 0xeull}}},
    {"atomics_d_c", code_atomics_d_c, sizeof(code_atomics_d_c), 3,
     {{10, 0xfffffffffffffffbull}, {11, 0x7ull}, {12, 0x8000000000000000ull}},
     12, {{8, 0xfffffffffffffffbull}, {9, 0x2ull}, {18, 0x2ull}, {19, 0x8000000000000000ull}, {20, 0x8000000000000007ull}, {21, 0x8000000000000003ull}, {22, 0x8000000000000007ull}, {23, 0x8000000000000007ull}, {24, 0x7ull}, {25, 0x7ull}, {26, 0x7ull}, {27, 0xeull}}},
    {"lrsc", code_lrsc, sizeof(code_lrsc), 2,
     {{10, 0xfffffffffffffffdull}, {11, 0x2aull}},
     13, {{8, 0xfffffffffffffffdull}, {9, 0x0ull}, {18, 0x2aull}, {19, 0x1ull}, {20, 0x2aull}, {21, 0x2bull}, {22, 0x0ull}, {23, 0x2bull}, {24, 0x1ull}, {25, 0x1ull}, {26, 0x0ull}, {27, 0x0ull}, {12, 0x2bull}}},
    {"lrsc_c", code_lrsc_c, sizeof(code_lrsc_c), 2,
     {{10, 0xfffffffffffffffdull}, {11, 0x2aull}},
     13, {{8, 0xfffffffffffffffdull}, {9, 0x0ull}, {18, 0x2aull}, {19, 0x1ull}, {20, 0x2aull}, {21, 0x2bull}, {22, 0x0ull}, {23, 0x2bull}, {24, 0x1ull}, {25, 0x1ull}, {26, 0x0ull}, {27, 0x0ull}, {12, 0x2bull}}},
    {"zba", code_zba, sizeof(code_zba), 3,
     {{10, 0xfffffffffffffff0ull}, {11, 0x100ull}, {12, 0xffffffff80000001ull}},
     10, {{8, 0xe0ull}, {9, 0xc0ull}, {18, 0x80ull}, {19, 0x80000101ull}, {20, 0x100000102ull}, {21, 0x200000104ull}, {22, 0x400000108ull}, {23, 0x400000008ull}, {24, 0x8000000000000000ull}, {25, 0x80000001ull}}},
    {"zba_c", code_zba_c, sizeof(code_zba_c), 3,
     {{10, 0xfffffffffffffff0ull}, {11, 0x100ull}, {12, 0xffffffff80000001ull}},
     10, {{8, 0xe0ull}, {9, 0xc0ull}, {18, 0x80ull}, {19, 0x80000101ull}, {20, 0x100000102ull}, {21, 0x200000104ull}, {22, 0x400000108ull}, {23, 0x400000008ull}, {24, 0x8000000000000000ull}, {25, 0x80000001ull}}},
    {"zbb", code_zbb, sizeof(code_zbb), 5,
     {{10, 0xf0000000001000ull}, {11, 0x0ull}, {12, 0xff00ff00ull}, {13, 0xfffffffffffffffeull}, {14, 0x80000000ull}},
     15, {{8, 0xf0000000000000ull}, {9, 0xffffffff00ff00ffull}, {18, 0xff0fffff00ff10ffull}, {19, 0x8ull}, {20, 0xcull}, {21, 0x3full}, {22, 0x40ull}, {23, 0x40ull}, {24, 0x0ull}, {25, 0xcull}, {26, 0x1full}, {27, 0x20ull}, {28, 0x0ull}, {29, 0xffffffffffffff00ull}, {30, 0xfffeull}}},
    {"zbb_c", code_zbb_c, sizeof(code_zbb_c), 5,
     {{10, 0xf0000000001000ull}, {11, 0x0ull}, {12, 0xff00ff00ull}, {13, 0xfffffffffffffffeull}, {14, 0x80000000ull}},
     15, {{8, 0xf0000000000000ull}, {9, 0xffffffff00ff00ffull}, {18, 0xff0fffff00ff10ffull}, {19, 0x8ull}, {20, 0xcull}, {21, 0x3full}, {22, 0x40ull}, {23, 0x40ull}, {24, 0x0ull}, {25, 0xcull}, {26, 0x1full}, {27, 0x20ull}, {28, 0x0ull}, {29, 0xffffffffffffff00ull}, {30, 0xfffeull}}},
    {"zbb2", code_zbb2, sizeof(code_zbb2), 5,
     {{10, 0x102030405060708ull}, {11, 0xfffffffffffffffdull}, {12, 0x4ull}, {13, 0x80000001ull}, {14, 0x44ull}},
     14, {{8, 0x4ull}, {9, 0xfffffffffffffffdull}, {18, 0xfffffffffffffffdull}, {19, 0x4ull}, {20, 0x1020304050607080ull}, {21, 0x8010203040506070ull}, {22, 0x18ull}, {23, 0x18000000ull}, {24, 0x7080102030405060ull}, {25, 0xffffffffc0000000ull}, {26, 0xffffffffffffffffull}, {27, 0x807060504030201ull}, {28, 0xff0000ffull}, {29, 0xffffffff80000001ull}}},
    {"zbb2_c", code_zbb2_c, sizeof(code_zbb2_c), 5,
     {{10, 0x102030405060708ull}, {11, 0xfffffffffffffffdull}, {12, 0x4ull}, {13, 0x80000001ull}, {14, 0x44ull}},
     14, {{8, 0x4ull}, {9, 0xfffffffffffffffdull}, {18, 0xfffffffffffffffdull}, {19, 0x4ull}, {20, 0x1020304050607080ull}, {21, 0x8010203040506070ull}, {22, 0x18ull}, {23, 0x18000000ull}, {24, 0x7080102030405060ull}, {25, 0xffffffffc0000000ull}, {26, 0xffffffffffffffffull}, {27, 0x807060504030201ull}, {28, 0xff0000ffull}, {29, 0xffffffff80000001ull}}},
    {"zbs", code_zbs, sizeof(code_zbs), 4,
     {{10, 0xffull}, {11, 0x43ull}, {12, 0x8000000000000000ull}, {13, 0x7ull}},
     10, {{8, 0x7full}, {9, 0xffull}, {18, 0x8000000000000008ull}, {19, 0x1ull}, {20, 0x0ull}, {21, 0x0ull}, {22, 0x8000000000000000ull}, {23, 0xfeull}, {24, 0x1ull}, {25, 0x0ull}}},
    {"zbs_c", code_zbs_c, sizeof(code_zbs_c), 4,
     {{10, 0xffull}, {11, 0x43ull}, {12, 0x8000000000000000ull}, {13, 0x7ull}},
     10, {{8, 0x7full}, {9, 0xffull}, {18, 0x8000000000000008ull}, {19, 0x1ull}, {20, 0x0ull}, {21, 0x0ull}, {22, 0x8000000000000000ull}, {23, 0xfeull}, {24, 0x1ull}, {25, 0x0ull}}},
    {"csr", code_csr, sizeof(code_csr), 2,
     {{10, 0xffull}, {11, 0x2ull}},
     11, {{8, 0xffull}, {9, 0x7ull}, {18, 0x1full}, {19, 0x7ull}, {20, 0x5full}, {21, 0x1full}, {22, 0x2ull}, {23, 0x7cull}, {24, 0x0ull}, {25, 0x1full}, {26, 0x0ull}}},
    {"csr_c", code_csr_c, sizeof(code_csr_c), 2,
     {{10, 0xffull}, {11, 0x2ull}},
     11, {{8, 0xffull}, {9, 0x7ull}, {18, 0x1full}, {19, 0x7ull}, {20, 0x5full}, {21, 0x1full}, {22, 0x2ull}, {23, 0x7cull}, {24, 0x0ull}, {25, 0x1full}, {26, 0x0ull}}},
    {"compressed_c", code_compressed_c, sizeof(code_compressed_c), 4,
     {{10, 0xaull}, {11, 0x3ull}, {8, 0x100ull}, {9, 0xfffffffffffffffeull}},
     15, {{10, 0xfffffffffffffff7ull}, {11, 0x2bull}, {12, 0xfffffffe00000000ull}, {13, 0xfffffffffffe1000ull}, {8, 0xfffffffffffe1000ull}, {9, 0x38ull}, {5, 0x22ull}, {6, 0xfffffffffffffff7ull}, {7, 0x2bull}, {15, 0xfffffffe00000000ull}, {8, 0xfffffffffffe1000ull}, {28, 0x1ull}, {29, 0x0ull}, {30, 0x0ull}, {31, 0x0ull}}},
};

TestSuite(rv_exec, .init = rv_setup, .fini = rv_teardown);

/*
 * The harness of the reference run: gp = the data page, sp = gp + 2048,
 * the listed registers preset, the code, then a stop at the appended ecall.
 */
static void rv_exec_one(const struct rv_exec_case *t)
{
    rv_load(t->code, t->len);
    memset(rv->x, 0, sizeof(rv->x));
    rv->x[3] = RV_DATA;
    rv->x[2] = RV_DATA + 2048;
    for (int k = 0; k < t->n_init; k++) {
        rv->x[t->init[k][0]] = t->init[k][1];
    }
    enum cpu_excp e = rv_run();
    cr_assert_eq(e, EXCP_SYSCALL, "%s: exception %d at 0x%llx", t->name, e,
                 (unsigned long long)rv->common.pc);
    cr_expect_eq(rv->common.pc, RV_CODE + t->len + 4, "%s: stopped at 0x%llx",
                 t->name, (unsigned long long)rv->common.pc);
    for (int k = 0; k < t->n_check; k++) {
        uint64_t r = t->check[k][0], want = t->check[k][1];
        cr_expect_eq(rv->x[r], want, "%s: %s = 0x%llx, want 0x%llx", t->name,
                     rv_xreg_names[r], (unsigned long long)rv->x[r],
                     (unsigned long long)want);
    }
    cr_expect_eq(rv->x[0], 0, "%s: x0 was written", t->name);
}

Test(rv_exec, programs_match_reference_results)
{
    for (size_t k = 0; k < N_ELEMS(rv_exec_cases); k++) {
        rv_exec_one(&rv_exec_cases[k]);
    }
}

static enum cpu_excp rv_exec_words(const uint32_t *w, size_t n)
{
    rv_load(w, n * 4);
    rv->x[3] = RV_DATA;
    return rv_run();
}

/*
 * The W counts look at bits 31:0 only (the spec; qemu 7.2 gets ctzw wrong
 * when those are all zero, so this case is written out by hand).
 */
Test(rv_exec, word_counts_ignore_the_upper_half)
{
    static const uint32_t prog[] = {
        0x6015951b, /* ctzw a0, a1 */
        0x6005961b, /* clzw a2, a1 */
        0x6025969b, /* cpopw a3, a1 */
    };
    rv->x[11] = 0xffffff0000000000ull;
    cr_assert_eq(rv_exec_words(prog, 3), EXCP_SYSCALL);
    cr_expect_eq(rv->x[10], 32);
    cr_expect_eq(rv->x[12], 32);
    cr_expect_eq(rv->x[13], 0);
}

Test(rv_exec, misaligned_atomics_raise_bus_error)
{
    static const uint32_t prog[] = {
        0x00218513, /* addi a0, gp, 2 */
        0x00a00593, /* li a1, 10 */
        0x00b5262f, /* amoadd.w a2, a1, (a0) */
    };
    rv->x[12] = 77;
    cr_assert_eq(rv_exec_words(prog, 3), EXCP_BUS_ADRALN);
    cr_expect_eq(rv->common.pc, RV_CODE + 8);
    cr_expect_eq(rv->common.fault_addr, RV_DATA + 2);
    cr_expect_eq(rv->x[11], 10, "insns before the fault ran");

    static const uint32_t lr[] = {
        0x00418513, /* addi a0, gp, 4 */
        0x100535af, /* lr.d a1, (a0) */
    };
    cr_assert_eq(rv_exec_words(lr, 2), EXCP_BUS_ADRALN);
    cr_expect_eq(rv->common.pc, RV_CODE + 4);
    cr_expect_eq(rv->common.fault_addr, RV_DATA + 4);

    static const uint32_t sc[] = {
        0x00118513, /* addi a0, gp, 1 */
        0x18b5262f, /* sc.w a2, a1, (a0) */
    };
    cr_assert_eq(rv_exec_words(sc, 2), EXCP_BUS_ADRALN);
    cr_expect_eq(rv->common.pc, RV_CODE + 4);
}

Test(rv_exec, system_insns_leave_with_the_right_pc)
{
    static const uint32_t ecall[] = {0x00100513, 0x00000073};
    cr_expect_eq(rv_exec_words(ecall, 2), EXCP_SYSCALL);
    cr_expect_eq(rv->common.pc, RV_CODE + 8);
    cr_expect_eq(rv->x[10], 1);

    static const uint32_t ebreak[] = {0x00000013, 0x00100073};
    cr_expect_eq(rv_exec_words(ebreak, 2), EXCP_BREAKPOINT);
    cr_expect_eq(rv->common.pc, RV_CODE + 4);

    static const uint16_t cebreak[] = {0x0001, 0x9002};
    rv_load(cebreak, sizeof(cebreak));
    cr_expect_eq(rv_run(), EXCP_BREAKPOINT);
    cr_expect_eq(rv->common.pc, RV_CODE + 2);

    static const uint32_t fencei[] = {0x0000100f};
    rv_load(fencei, sizeof(fencei));
    cr_expect_eq(cpu_exec(&rv->common), EXCP_FLUSH);
    cr_expect_eq(rv->common.pc, RV_CODE + 4);

    static const uint32_t ill[] = {0x00200513, 0x00000000};
    cr_expect_eq(rv_exec_words(ill, 2), EXCP_ILLEGAL);
    cr_expect_eq(rv->common.pc, RV_CODE + 4);
    cr_expect_eq(rv->x[10], 2);
}

/* Code rewritten after fence.i runs in its new form. */
Test(rv_exec, fence_i_makes_new_code_visible)
{
    static const uint32_t patch[] = {
        0x00000517, /* auipc a0, 0 */
        0x014005b7, /* lui a1, 0x1400: 0x01400000 */
        0x61358593, /* addi a1, a1, 0x613: li a2, 20 is 0x01400613 */
        0x00b52a23, /* sw a1, 20(a0) */
        0x0000100f, /* fence.i */
        0x00100613, /* li a2, 1: replaced by li a2, 20 */
    };
    /* Cache a block of the old form, so a stale translation exists. */
    rv_load(patch, sizeof(patch));
    cr_assert_not_null(tb_find(&rv->common, RV_CODE + 20));
    rv->x[3] = RV_DATA;
    cr_assert_eq(rv_run(), EXCP_SYSCALL);
    cr_expect_eq(rv->x[12], 20);
}

Test(rv_exec, reservation_is_cleared_at_start)
{
    cr_expect_eq(rv->res_addr, RV_NO_RESERVATION);
}

/* ---- ABI ---- */

Test(rv_abi, linux_register_conventions)
{
    struct rv_cpu *c = calloc(1, sizeof(*c));
    cr_assert_not_null(c);
    c->x[5] = 99;
    rv64_abi.start(&c->common, 0x1000, 0x7fff0000);
    cr_expect_eq(c->common.pc, 0x1000);
    cr_expect_eq(c->x[2], 0x7fff0000);
    cr_expect_eq(c->x[5], 0);
    cr_expect_eq(c->res_addr, RV_NO_RESERVATION);
    c->x[17] = 64;
    for (int k = 0; k < 6; k++) {
        c->x[10 + k] = 100 + (uint64_t)k;
    }
    uint64_t args[6];
    cr_expect_eq(rv64_abi.syscall_nr(&c->common), 64);
    rv64_abi.syscall_args(&c->common, args);
    cr_expect_eq(args[0], 100);
    cr_expect_eq(args[5], 105);
    rv64_abi.set_syscall_ret(&c->common, (uint64_t)-14);
    cr_expect_eq(c->x[10], (uint64_t)-14);
    rv64_abi.set_tls(&c->common, 0x1234);
    cr_expect_eq(c->x[4], 0x1234);
    rv64_abi.set_sp(&c->common, 0x5678);
    cr_expect_eq(c->x[2], 0x5678);
    cr_expect_eq(rv64_abi.syscall_insn_len, 4);
    cr_expect_str_eq(rv64_abi.uname_machine, "riscv64");
    cr_expect_null(rv64_abi.platform);
    /* I, M, A, F, D, C: bits 8, 12, 0, 5, 3, 2 */
    cr_expect_eq(rv64_abi.hwcap, 0x112d);
    cr_expect_eq(rv64_abi.arch, &rv64_arch);
    cr_expect_str_eq(rv64_arch.name, "riscv64");
    cr_expect_eq(rv64_arch.elf_machine, 243);
    cr_expect_eq(rv64_arch.cpu_size, sizeof(struct rv_cpu));
    free(c);
}
