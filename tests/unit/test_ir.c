/* SPDX-License-Identifier: MIT */
/*
 * The IR optimizer and the interpreter on hand-built blocks: folding into
 * immediate forms, dead-temp removal that respects labels, i32 semantics,
 * and the interpreter agreeing with values computed here by hand.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "host/interp/interp.h"
#include "translator/ir-sem.h"
#include "translator/opt.h"
#include "translator/tb.h"

struct test_cpu {
    struct cpu c;
    uint64_t r[8];
};

#define G(n) ir_global(offsetof(struct test_cpu, r[(n)]))

static struct ir_block blk;

static void begin(void)
{
    ir_block_init(&blk, 0x1000, 1, CPU_TEMP_SLOTS);
}

static int count_op(const struct ir_insn *insn, int n, enum ir_opc opc)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        k += insn[i].opc == opc;
    }
    return k;
}

static struct tb *finish(void)
{
    int n = ir_optimize(blk.insn, blk.n, blk.n_labels);
    struct tb *tb = calloc(1, sizeof(*tb) + (size_t)n * sizeof(tb->insn[0]));
    tb->pc = 0x1000;
    tb->n = n;
    memcpy(tb->insn, blk.insn, (size_t)n * sizeof(tb->insn[0]));
    interp_backend.prepare(tb);
    return tb;
}

static enum cpu_excp run(struct tb *tb, struct test_cpu *cpu)
{
    struct tb *from = NULL;
    int exit_no = -1;
    return interp_backend.exec(&cpu->c, tb, &from, &exit_no);
}

Test(ir_opt, folds_constants_into_movi)
{
    begin();
    ir_slot a = ir_const(&blk, 40);
    ir_slot b = ir_const(&blk, 2);
    ir_op2(&blk, IR_add, IR_I64, G(0), a, b);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    cr_assert_eq(tb->n, 2);
    cr_assert_eq(tb->insn[0].opc, IR_movi);
    cr_assert_eq(tb->insn[0].imm, 42);
    cr_assert_eq(tb->insn[0].d, G(0));
    free(tb);
}

Test(ir_opt, constant_operand_becomes_immediate_form)
{
    begin();
    ir_op2(&blk, IR_add, IR_I64, G(0), G(1), ir_const(&blk, 7));
    ir_op2(&blk, IR_sub, IR_I64, G(2), G(1), ir_const(&blk, 5));
    ir_op2(&blk, IR_and, IR_I64, G(3), ir_const(&blk, 0xff), G(1));
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    cr_assert_eq(count_op(tb->insn, tb->n, IR_movi), 0, "consts left");
    cr_assert_eq(tb->insn[0].opc, IR_addi);
    cr_assert_eq(tb->insn[0].imm, 7);
    cr_assert_eq(tb->insn[1].opc, IR_addi);
    cr_assert_eq(tb->insn[1].imm, -5);
    cr_assert_eq(tb->insn[2].opc, IR_andi, "commutative const swapped");
    cr_assert_eq(tb->insn[2].a, G(1));
    free(tb);
}

Test(ir_opt, dead_temps_removed_but_live_across_label_kept)
{
    begin();
    ir_slot dead = ir_temp(&blk);
    ir_op2(&blk, IR_add, IR_I64, dead, G(1), G(2));
    ir_slot live = ir_temp(&blk);
    ir_op2(&blk, IR_xor, IR_I64, live, G(1), G(2));
    int l = ir_new_label(&blk);
    ir_brcond(&blk, IR_I64, IR_EQ, G(3), G(4), l);
    ir_mov(&blk, G(5), G(6));
    ir_label(&blk, l);
    ir_mov(&blk, G(0), live);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    cr_assert_eq(count_op(tb->insn, tb->n, IR_add), 0);
    cr_assert_eq(count_op(tb->insn, tb->n, IR_xor), 1);
    free(tb);
}

Test(ir_opt, const_branch_becomes_jump_or_disappears)
{
    begin();
    int l = ir_new_label(&blk);
    ir_brcond(&blk, IR_I64, IR_LT, ir_const(&blk, 1), ir_const(&blk, 2), l);
    ir_movi(&blk, G(0), 1);
    ir_label(&blk, l);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    cr_assert_eq(tb->insn[0].opc, IR_br);
    free(tb);
}

Test(ir_sem, i32_ops_zero_extend_and_compare_signed)
{
    cr_assert_eq(ir_sem(IR_add, IR_I32, 0, 0xffffffffu, 1, 0, 0, 0), 0);
    cr_assert_eq(ir_sem(IR_sari, IR_I32, 0, 0x80000000u, 0, 0, 0, 31),
                 0xffffffffu);
    cr_assert_eq(ir_sem(IR_setcond, IR_I32, IR_LT, 0x80000000u, 0, 0, 0, 0),
                 1);
    cr_assert_eq(ir_sem(IR_setcond, IR_I64, IR_LT, 0x80000000u, 0, 0, 0, 0),
                 0);
}

Test(ir_sem, division_edges)
{
    cr_assert_eq(ir_sem(IR_div, IR_I64, IR_DIV0_ONES, 5, 0, 0, 0, 0),
                 ~0ull);
    cr_assert_eq(ir_sem(IR_div, IR_I64, IR_DIV0_ZERO, 5, 0, 0, 0, 0), 0);
    cr_assert_eq(ir_sem(IR_rem, IR_I64, 0, 5, 0, 0, 0, 0), 5);
    cr_assert_eq(ir_sem(IR_div, IR_I64, 0, (uint64_t)INT64_MIN, ~0ull, 0, 0,
                        0),
                 (uint64_t)INT64_MIN);
    cr_assert_eq(ir_sem(IR_rem, IR_I64, 0, (uint64_t)INT64_MIN, ~0ull, 0, 0,
                        0),
                 0);
    cr_assert_eq(ir_sem(IR_div, IR_I32, 0, 0x80000000u, 0xffffffffu, 0, 0,
                        0),
                 0x80000000u);
    cr_assert_eq(ir_sem(IR_divu, IR_I64, 0, 7, 2, 0, 0, 0), 3);
    cr_assert_eq(ir_sem(IR_rem, IR_I64, 0, (uint64_t)-7, 2, 0, 0, 0),
                 (uint64_t)-1);
}

Test(ir_sem, high_multiplies)
{
    cr_assert_eq(ir_sem(IR_mulhu, IR_I64, 0, ~0ull, ~0ull, 0, 0, 0),
                 0xfffffffffffffffeull);
    cr_assert_eq(ir_sem(IR_mulhs, IR_I64, 0, ~0ull, ~0ull, 0, 0, 0), 0);
    cr_assert_eq(ir_sem(IR_mulhsu, IR_I64, 0, ~0ull, ~0ull, 0, 0, 0), ~0ull);
    /* i32: -1 * 0xffffffff = -0xffffffff; its high word is 0xffffffff. */
    cr_assert_eq(ir_sem(IR_mulhsu, IR_I32, 0, 0xffffffffu, 0xffffffffu, 0, 0,
                        0),
                 0xffffffffu);
    cr_assert_eq(ir_sem(IR_mulhs, IR_I32, 0, 0xffffffffu, 0xffffffffu, 0, 0,
                        0),
                 0);
}

Test(ir_sem, bit_ops)
{
    cr_assert_eq(ir_sem(IR_clz, IR_I64, 0, 0, 0, 0, 0, 0), 64);
    cr_assert_eq(ir_sem(IR_clz, IR_I32, 0, 1, 0, 0, 0, 0), 31);
    cr_assert_eq(ir_sem(IR_ctz, IR_I32, 0, 0, 0, 0, 0, 0), 32);
    cr_assert_eq(ir_sem(IR_cpop, IR_I64, 0, ~0ull, 0, 0, 0, 0), 64);
    cr_assert_eq(ir_sem(IR_rotri, IR_I32, 0, 1, 0, 0, 0, 1), 0x80000000u);
    cr_assert_eq(ir_sem(IR_rotl, IR_I64, 0, 1ull << 63, 1, 0, 0, 0), 1);
    cr_assert_eq(ir_sem(IR_sext, IR_I64, IR_MO_8, 0x80, 0, 0, 0, 0),
                 0xffffffffffffff80ull);
    cr_assert_eq(ir_sem(IR_zext, IR_I64, IR_MO_16, ~0ull, 0, 0, 0, 0),
                 0xffff);
    cr_assert_eq(ir_sem(IR_bswap, IR_I32, 0, 0x11223344u, 0, 0, 0, 0),
                 0x44332211u);
}

Test(interp, runs_loop_and_memory_ops)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    static uint64_t mem[4] = {5, 6, 7, 8};
    cpu->r[1] = (uint64_t)(uintptr_t)mem;
    /* r0 = sum of mem[0..3] with a backward... forward-only loop unrolled */
    begin();
    ir_movi(&blk, G(0), 0);
    for (int k = 0; k < 4; k++) {
        ir_slot t = ir_temp(&blk);
        ir_ld(&blk, t, G(1), 8 * k, IR_MO_64);
        ir_op2(&blk, IR_add, IR_I64, G(0), G(0), t);
    }
    ir_st(&blk, G(0), G(1), 0, IR_MO_32);
    int l = ir_new_label(&blk);
    ir_brcond(&blk, IR_I64, IR_GTU, G(0), ir_const(&blk, 25), l);
    ir_exit_tb(&blk, 0x3000, 0);
    ir_label(&blk, l);
    ir_exit_tb(&blk, 0x4000, 1);
    struct tb *tb = finish();
    cr_assert_eq(run(tb, cpu), EXCP_NONE);
    cr_assert_eq(cpu->r[0], 26);
    cr_assert_eq(cpu->c.pc, 0x4000);
    cr_assert_eq(mem[0], 26);
    free(tb);
    free(cpu);
}

Test(interp, raise_sets_pc)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    begin();
    ir_raise(&blk, 0x1234, EXCP_SYSCALL);
    struct tb *tb = finish();
    cr_assert_eq(run(tb, cpu), EXCP_SYSCALL);
    cr_assert_eq(cpu->c.pc, 0x1234);
    free(tb);
    free(cpu);
}

Test(interp, atomics_and_cmpxchg)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    static uint32_t word = 10;
    cpu->r[1] = (uint64_t)(uintptr_t)&word;
    cpu->r[2] = 5;
    begin();
    ir_atomic(&blk, G(0), G(1), G(2), IR_AT(IR_AT_ADD, IR_MO_32));
    ir_atomic(&blk, G(3), G(1), ir_const(&blk, 3), IR_AT(IR_AT_SMIN, IR_MO_32));
    ir_cmpxchg(&blk, G(4), G(1), ir_const(&blk, 3), ir_const(&blk, 99),
               IR_MO_32);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    cr_assert_eq(run(tb, cpu), EXCP_NONE);
    cr_assert_eq(cpu->r[0], 10);
    cr_assert_eq(cpu->r[3], 15);
    cr_assert_eq(cpu->r[4], 3);
    cr_assert_eq(word, 99);
    free(tb);
    free(cpu);
}
