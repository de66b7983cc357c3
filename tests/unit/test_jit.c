/* SPDX-License-Identifier: MIT */
/*
 * The x86-64 JIT against the interpreter (the oracle): hand-built IR
 * blocks run under both backends from the same state, and the resulting
 * cpu state and memory must agree.  Pure ops are swept over both widths,
 * every aux, edge values and operand aliasing (d == a, d == b); the
 * fallbacks for hosts without lzcnt/tzcnt/popcnt run too.  Then memory
 * ops, atomics, helper calls, chaining, the jump cache, exit requests and
 * the fault table (a real SIGSEGV inside generated code).
 */
#include <criterion/criterion.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#include "host/interp/interp.h"
#include "host/x86_64/jit-internal.h"
#include "host/x86_64/jit.h"
#include "translator/opt.h"
#include "translator/tb.h"

#define NREGS 8

struct test_cpu {
    struct cpu c;
    uint64_t r[NREGS];
};

#define G(n) ir_global(offsetof(struct test_cpu, r[(n)]))

static struct ir_block blk;

static void begin(void)
{
    ir_block_init(&blk, 0x1000, 1, CPU_TEMP_SLOTS);
}

static struct tb *finish_at(uint64_t pc)
{
    int n = ir_optimize(blk.insn, blk.n, blk.n_labels);
    struct tb *tb = calloc(1, sizeof(*tb) + (size_t)n * sizeof(tb->insn[0]));
    tb->pc = pc;
    tb->n = n;
    memcpy(tb->insn, blk.insn, (size_t)n * sizeof(tb->insn[0]));
    interp_backend.prepare(tb);
    cr_assert(jit_backend.prepare(tb), "jit prepare failed");
    return tb;
}

static struct tb *finish(void)
{
    return finish_at(0x1000);
}

static void drop(struct tb *tb)
{
    jit_backend.release(tb);
    free(tb);
}

static enum cpu_excp run(const struct backend *be, struct tb *tb,
                         struct test_cpu *cpu, struct tb **from, int *ex)
{
    *from = NULL;
    *ex = -1;
    return be->exec(&cpu->c, tb, from, ex);
}

/* Run tb under both backends from *init; fail on any difference. */
static void compare_run(struct tb *tb, const struct test_cpu *init,
                        const char *what)
{
    struct test_cpu *x = malloc(sizeof(*x)), *y = malloc(sizeof(*y));
    memcpy(x, init, sizeof(*x));
    memcpy(y, init, sizeof(*y));
    struct tb *fx, *fy;
    int ex, ey;
    enum cpu_excp e1 = run(&interp_backend, tb, x, &fx, &ex);
    enum cpu_excp e2 = run(&jit_backend, tb, y, &fy, &ey);
    cr_assert_eq(e1, e2, "%s: exception %d vs %d", what, e1, e2);
    cr_assert_eq(x->c.pc, y->c.pc, "%s: pc", what);
    cr_assert_eq(fx, fy, "%s: chain from", what);
    for (int r = 0; r < NREGS; r++) {
        cr_assert_eq(x->r[r], y->r[r],
                     "%s: r%d interp %#llx jit %#llx (r1 %#llx r2 %#llx)",
                     what, r, (unsigned long long)x->r[r],
                     (unsigned long long)y->r[r],
                     (unsigned long long)init->r[1],
                     (unsigned long long)init->r[2]);
    }
    free(x);
    free(y);
}

static const uint64_t edge[] = {
    0, 1, 2, 3, 7, 31, 32, 33, 63, 64, 0x7f, 0x80, 0xff, 0x7fff, 0x8000,
    0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
    0x123456789abcdef0ull, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0xfffffffffffffffeull, 0xffffffffffffffffull, 0xffffffff80000000ull,
    0x00000000fffffff0ull, 0xdeadbeefcafef00dull,
};
#define NEDGE (sizeof(edge) / sizeof(edge[0]))

static uint64_t rnd_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

static int aux_count(enum ir_opc opc)
{
    switch (opc) {
    case IR_setcond: case IR_setcondi: case IR_movcond: return IR_COND__COUNT;
    case IR_sext: case IR_zext: return 4;
    case IR_div: case IR_divu: return 2;
    default: return 1;
    }
}

/* d, a, b slots for an aliasing variant: 0 distinct, 1 d==a, 2 d==b. */
static void pick_slots(int alias, ir_slot *d, ir_slot *a, ir_slot *b)
{
    *a = G(1);
    *b = G(2);
    *d = alias == 1 ? G(1) : alias == 2 ? G(2) : G(0);
}

/* One pure op, one type, one aux, one aliasing, over value pairs. */
static void sweep_op(enum ir_opc opc, enum ir_type t, int aux, int alias)
{
    const struct ir_opinfo *info = &ir_opinfo[opc];
    bool has_imm = info->nin < 2 && opc != IR_mov && opc != IR_neg &&
                   opc != IR_not && opc != IR_sext && opc != IR_zext &&
                   opc != IR_clz && opc != IR_ctz && opc != IR_cpop &&
                   opc != IR_bswap;
    int n_imm = has_imm ? (int)NEDGE + 4 : 1;
    for (int m = 0; m < n_imm; m++) {
        int64_t imm = m < (int)NEDGE ? (int64_t)edge[m] : (int64_t)rnd();
        if (m == 0 && has_imm) {
            imm = -1;
        }
        ir_slot d, a, b;
        pick_slots(alias, &d, &a, &b);
        if (info->nin < 2 && alias == 2) {
            return; /* no b to alias */
        }
        begin();
        struct ir_insn *i = ir_emit(&blk, opc, t, d, a, b, imm);
        i->aux = (uint8_t)aux;
        i->c = G(3);
        if (info->nin < 2) {
            i->b = IR_NOSLOT;
        }
        if (info->nin < 1) {
            i->a = IR_NOSLOT;
        }
        ir_exit_tb(&blk, 0x2000, 0);
        struct tb *tb = finish();
        struct test_cpu *init = calloc(1, sizeof(*init));
        for (size_t x = 0; x < NEDGE + 8; x++) {
            for (size_t y = 0; y < NEDGE + 8; y += (info->nin < 2 ? 64 : 1)) {
                init->r[0] = 0x5555aaaa5555aaaaull;
                init->r[1] = x < NEDGE ? edge[x] : rnd();
                init->r[2] = y < NEDGE ? edge[y] : rnd();
                init->r[3] = 0x1234;
                char what[96];
                snprintf(what, sizeof(what), "%s.%s aux %d alias %d imm %#llx",
                         info->name, t == IR_I32 ? "i32" : "i64", aux, alias,
                         (unsigned long long)imm);
                compare_run(tb, init, what);
            }
        }
        free(init);
        drop(tb);
    }
}

static void sweep_all_pure(void)
{
    for (int opc = 0; opc < IR__COUNT; opc++) {
        if (!(ir_opinfo[opc].flags & IRF_PURE)) {
            continue;
        }
        for (int t = 0; t < 2; t++) {
            for (int aux = 0; aux < aux_count((enum ir_opc)opc); aux++) {
                for (int alias = 0; alias < 3; alias++) {
                    sweep_op((enum ir_opc)opc, (enum ir_type)t, aux, alias);
                }
            }
        }
    }
}

TestSuite(jit, .init = NULL);

Test(jit, pure_ops_match_interpreter)
{
    sweep_all_pure();
}

Test(jit, pure_ops_without_lzcnt_tzcnt_popcnt)
{
    jit_cache_init();
    struct x64_features saved = x64_host;
    x64_host = (struct x64_features){0};
    for (int t = 0; t < 2; t++) {
        for (int alias = 0; alias < 2; alias++) {
            sweep_op(IR_clz, (enum ir_type)t, 0, alias);
            sweep_op(IR_ctz, (enum ir_type)t, 0, alias);
            sweep_op(IR_cpop, (enum ir_type)t, 0, alias);
        }
    }
    x64_host = saved;
}

/* Branch conditions, both widths, reg and imm forms, with temps live
 * across the label (the allocator must store them). */
Test(jit, branches_and_temps_across_labels)
{
    for (int t = 0; t < 2; t++) {
        for (int cond = 0; cond < IR_COND__COUNT; cond++) {
            for (int form = 0; form < 2; form++) {
                begin();
                ir_slot live = ir_temp(&blk);
                ir_op2(&blk, IR_add, IR_I64, live, G(1), G(2));
                int l = ir_new_label(&blk);
                struct ir_insn *br = ir_emit(&blk, form ? IR_brcondi
                                             : IR_brcond, (enum ir_type)t,
                                             IR_NOSLOT, G(1),
                                             form ? IR_NOSLOT : G(2),
                                             (int64_t)0xffffffff80000000ull);
                br->c = (ir_slot)l;
                br->aux = (uint8_t)cond;
                ir_op2i(&blk, IR_addi, IR_I64, G(4), G(4), 1);
                ir_op2i(&blk, IR_xori, IR_I64, live, live, 0x55);
                ir_label(&blk, l);
                ir_mov(&blk, G(0), live);
                ir_exit_tb(&blk, 0x2000, 0);
                struct tb *tb = finish();
                struct test_cpu *init = calloc(1, sizeof(*init));
                for (size_t x = 0; x < NEDGE; x++) {
                    for (size_t y = 0; y < NEDGE; y++) {
                        init->r[1] = edge[x];
                        init->r[2] = edge[y];
                        compare_run(tb, init, ir_cond_name((enum ir_cond)cond));
                    }
                }
                free(init);
                drop(tb);
            }
        }
    }
}

/* More live values than host registers, through a helper call. */
static uint64_t helper_mix(struct cpu *cpu, uint64_t a, uint64_t b,
                           uint64_t c, uint64_t aux)
{
    struct test_cpu *t = (struct test_cpu *)cpu;
    t->r[7] += t->r[5] * 3 + aux; /* reads and writes globals directly */
    return a * 7 + b * 11 + c;
}
static const struct ir_helper h_mix = {helper_mix, "mix", 0};

Test(jit, register_pressure_and_helper_calls)
{
    begin();
    ir_slot t[12];
    for (int k = 0; k < 12; k++) {
        t[k] = ir_temp(&blk);
        ir_op2i(&blk, IR_muli, IR_I64, t[k], G(k % 4), k + 3);
    }
    ir_op2i(&blk, IR_addi, IR_I64, G(5), G(5), 9); /* dirty global */
    ir_call(&blk, &h_mix, G(6), t[0], t[1], t[2], 5);
    ir_op2(&blk, IR_add, IR_I64, G(7), G(7), G(6));
    for (int k = 0; k < 12; k++) {
        ir_op2(&blk, IR_xor, IR_I64, G(k % 3), G(k % 3), t[k]);
    }
    ir_exit_tb(&blk, 0x2000, 1);
    struct tb *tb = finish();
    struct test_cpu *init = calloc(1, sizeof(*init));
    for (int k = 0; k < 20; k++) {
        for (int r = 0; r < NREGS; r++) {
            init->r[r] = rnd();
        }
        compare_run(tb, init, "pressure");
    }
    free(init);
    drop(tb);
}

/* Guest memory: every load memop, every store size, big offsets. */
Test(jit, loads_and_stores)
{
    static uint8_t mem[256];
    for (unsigned mo = 0; mo < 8; mo++) {
        for (int64_t off = -8; off <= 8; off += 8) {
            begin();
            ir_ld(&blk, G(0), G(1), off, (uint8_t)mo);
            ir_st(&blk, G(2), G(1), off + 16, (uint8_t)(mo & 3));
            ir_ld(&blk, G(3), G(1), off + 16, IR_MO_64);
            ir_exit_tb(&blk, 0x2000, 0);
            struct tb *tb = finish();
            struct test_cpu *init = calloc(1, sizeof(*init));
            for (size_t x = 0; x < NEDGE; x++) {
                for (size_t k = 0; k < sizeof(mem); k++) {
                    mem[k] = (uint8_t)(k * 37 + x);
                }
                init->r[1] = (uintptr_t)&mem[64 + x];
                init->r[2] = edge[x];
                compare_run(tb, init, "ld/st");
            }
            free(init);
            drop(tb);
        }
    }
}

Test(jit, atomics_and_cmpxchg)
{
    static uint64_t cell[2];
    for (unsigned kind = IR_AT_XCHG; kind <= IR_AT_ANDN; kind++) {
        for (unsigned mo = 0; mo < 4; mo++) {
            begin();
            ir_atomic(&blk, G(0), G(1), G(2), IR_AT(kind, mo));
            ir_ld(&blk, G(3), G(1), 0, IR_MO_64);
            ir_cmpxchg(&blk, G(4), G(1), G(5), G(2), (uint8_t)mo);
            ir_ld(&blk, G(6), G(1), 0, IR_MO_64);
            ir_exit_tb(&blk, 0x2000, 0);
            struct tb *tb = finish();
            struct test_cpu *init = calloc(1, sizeof(*init));
            for (size_t x = 0; x < NEDGE; x++) {
                for (size_t y = 0; y < NEDGE; y += 3) {
                    init->r[1] = (uintptr_t)&cell[0];
                    init->r[2] = edge[y];
                    init->r[5] = y & 1 ? edge[x] : edge[y];
                    struct test_cpu *x1 = calloc(1, sizeof(*x1));
                    memcpy(x1, init, sizeof(*x1));
                    cell[0] = edge[x];
                    struct tb *f;
                    int e;
                    run(&interp_backend, tb, x1, &f, &e);
                    uint64_t after = cell[0];
                    cell[0] = edge[x];
                    struct test_cpu *x2 = calloc(1, sizeof(*x2));
                    memcpy(x2, init, sizeof(*x2));
                    run(&jit_backend, tb, x2, &f, &e);
                    cr_assert_eq(cell[0], after, "atomic %u mo %u", kind, mo);
                    cr_assert_eq(memcmp(x1->r, x2->r, sizeof(x1->r)), 0,
                                 "atomic %u mo %u regs", kind, mo);
                    free(x1);
                    free(x2);
                }
            }
            free(init);
            drop(tb);
        }
    }
}

Test(jit, env_access_sees_cached_globals)
{
    begin();
    ir_op2i(&blk, IR_addi, IR_I64, G(1), G(1), 5);
    ir_ld_env(&blk, G(0), offsetof(struct test_cpu, r[1]), IR_MO_32);
    ir_st_env(&blk, G(2), offsetof(struct test_cpu, r[3]) + 2, IR_MO_16);
    ir_op2i(&blk, IR_addi, IR_I64, G(4), G(3), 1);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    struct test_cpu *init = calloc(1, sizeof(*init));
    for (size_t x = 0; x < NEDGE; x++) {
        init->r[1] = edge[x];
        init->r[2] = edge[NEDGE - 1 - x];
        init->r[3] = edge[(x * 7) % NEDGE];
        compare_run(tb, init, "env");
    }
    free(init);
    drop(tb);
}

Test(jit, raise_and_unlinked_exit)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    begin();
    ir_raise(&blk, 0x1234, EXCP_ILLEGAL);
    struct tb *tb = finish();
    compare_run(tb, cpu, "raise");
    struct tb *f;
    int e;
    cr_assert_eq(run(&jit_backend, tb, cpu, &f, &e), EXCP_ILLEGAL);
    cr_assert_eq(cpu->c.pc, 0x1234);
    cr_assert_eq(cpu->c.fault_addr, 0x1234);
    drop(tb);

    begin();
    ir_exit_tb(&blk, 0x123456789aull, 1);
    tb = finish();
    cr_assert_eq(run(&jit_backend, tb, cpu, &f, &e), EXCP_NONE);
    cr_assert_eq(f, tb);
    cr_assert_eq(e, 1);
    cr_assert_eq(cpu->c.pc, 0x123456789aull);
    drop(tb);
    free(cpu);
}

/* A linked exit jumps straight to the next block; exit_request stops it
 * at that block's entry. */
Test(jit, chaining_and_exit_request)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    begin();
    ir_op2i(&blk, IR_addi, IR_I64, G(0), G(0), 1);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *a = finish_at(0x1000);
    begin();
    ir_op2i(&blk, IR_addi, IR_I64, G(1), G(1), 10);
    ir_exit_tb(&blk, 0x3000, 1);
    struct tb *b = finish_at(0x2000);
    cpu_backend = &jit_backend; /* tb_link calls its link hook */
    tb_link(a, 0, b);
    cpu_backend = NULL;
    struct tb *f;
    int e;
    cr_assert_eq(run(&jit_backend, a, cpu, &f, &e), EXCP_NONE);
    cr_assert_eq(f, b);
    cr_assert_eq(e, 1);
    cr_assert_eq(cpu->r[0], 1);
    cr_assert_eq(cpu->r[1], 10);
    cr_assert_eq(cpu->c.pc, 0x3000);

    cpu->c.exit_request = 1;
    cr_assert_eq(run(&jit_backend, a, cpu, &f, &e), EXCP_NONE);
    cr_assert_null(f);
    cr_assert_eq(cpu->c.pc, 0x1000);
    cr_assert_eq(cpu->r[0], 1, "nothing ran");
    drop(a);
    drop(b);
    free(cpu);
}

Test(jit, exit_jump_uses_the_jump_cache)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    begin();
    ir_exit_jump(&blk, G(2));
    struct tb *a = finish_at(0x1000);
    begin();
    ir_op2i(&blk, IR_addi, IR_I64, G(1), G(1), 10);
    ir_raise(&blk, 0x5000, EXCP_BREAKPOINT);
    struct tb *b = finish_at(0x4000);
    struct tb *f;
    int e;
    cpu->r[2] = 0x4000;
    cr_assert_eq(run(&jit_backend, a, cpu, &f, &e), EXCP_NONE, "miss");
    cr_assert_eq(cpu->c.pc, 0x4000);
    tb_jmp_cache[tb_jmp_hash(0x4000)] = b;
    cr_assert_eq(run(&jit_backend, a, cpu, &f, &e), EXCP_BREAKPOINT, "hit");
    cr_assert_eq(cpu->r[1], 10);
    cpu->r[2] = 0x4000 + (1ull << 25); /* same hash, other pc */
    cr_assert_eq(tb_jmp_hash(cpu->r[2]), tb_jmp_hash(0x4000));
    cr_assert_eq(run(&jit_backend, a, cpu, &f, &e), EXCP_NONE, "tag miss");
    tb_jmp_cache[tb_jmp_hash(0x4000)] = NULL;
    drop(a);
    drop(b);
    free(cpu);
}

/* A load from an unmapped page inside generated code: the fault table
 * names the op, and globals written before it are already in memory. */
static sigjmp_buf fault_jmp;
static const struct tb *fault_tb;
static const struct ir_insn *fault_insn;
static bool fault_found;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)si;
    uintptr_t pc = (uintptr_t)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
    fault_found = jit_backend.fault_pc(NULL, pc, &fault_tb, &fault_insn);
    siglongjmp(fault_jmp, 1);
}

Test(jit, fault_table_maps_host_pc_to_the_op)
{
    struct test_cpu *cpu = calloc(1, sizeof(*cpu));
    begin();
    ir_op2i(&blk, IR_addi, IR_I64, G(0), G(0), 1);
    ir_ld(&blk, G(3), G(1), 0, IR_MO_64);
    ir_op2i(&blk, IR_addi, IR_I64, G(4), G(3), 1);
    blk.cur_pc = 0x1004;
    ir_st(&blk, G(4), G(2), 8, IR_MO_32);
    ir_exit_tb(&blk, 0x2000, 0);
    struct tb *tb = finish();
    static uint64_t ok_cell;
    struct sigaction sa = {.sa_sigaction = on_segv,
                           .sa_flags = SA_SIGINFO | SA_NODEFER};
    struct sigaction old;
    sigaction(SIGSEGV, &sa, &old);
    cpu->r[1] = (uintptr_t)&ok_cell;
    cpu->r[2] = 16; /* the store faults */
    struct tb *f;
    int e;
    if (sigsetjmp(fault_jmp, 1) == 0) {
        run(&jit_backend, tb, cpu, &f, &e);
        cr_assert_fail("no fault");
    }
    sigaction(SIGSEGV, &old, NULL);
    cr_assert(fault_found);
    cr_assert_eq(fault_tb, tb);
    cr_assert_eq(fault_insn->opc, IR_st);
    cr_assert_eq(tb_insn_pc(tb, fault_insn), 0x1004);
    cr_assert_eq(cpu->r[0], 1, "earlier global stored before the fault");
    cr_assert_eq(cpu->r[4], 1, "so is the one the store reads");
    drop(tb);
    free(cpu);
}
