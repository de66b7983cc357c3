/* SPDX-License-Identifier: MIT */
/*
 * The fuzzer checks itself: a backend that is the JIT with a planted bug
 * (every IR mul compiled as an add) must be caught on riscv64, and the
 * failing case shrunk to the multiply (plus at most one unit that sets an
 * operand).  This is what makes a clean run mean something.
 */
#include "tests/fuzz/fuzz-selftest.h"

#include <stdlib.h>
#include <string.h>

#include "host/x86_64/jit.h"

/*
 * Each prepared block's altered copy: the JIT compiles the copy and the
 * block takes its host code, so chaining and the fault table still work.
 */
#define PLANTED_MAX 256
static struct {
    struct tb *tb, *copy;
} planted[PLANTED_MAX];
static int n_planted;

static void planted_release(struct tb *tb)
{
    for (int k = 0; k < n_planted; k++) {
        if (planted[k].tb == tb) {
            jit_backend.release(planted[k].copy);
            free(planted[k].copy);
            tb->host_code = NULL;
            planted[k] = planted[--n_planted];
            return;
        }
    }
}

static bool planted_prepare(struct tb *tb)
{
    size_t size = sizeof(*tb) + (size_t)tb->n * sizeof(tb->insn[0]);
    struct tb *copy = malloc(size);
    if (copy == NULL || n_planted == PLANTED_MAX) {
        free(copy);
        return false;
    }
    memcpy(copy, tb, size);
    for (int k = 0; k < copy->n; k++) {
        struct ir_insn *i = &copy->insn[k];
        if (i->opc == IR_mul) {
            i->opc = IR_add;
        } else if (i->opc == IR_muli) {
            i->opc = IR_addi;
        }
    }
    bool ok = jit_backend.prepare(copy);
    tb->host_code = copy->host_code;
    planted[n_planted].tb = tb;
    planted[n_planted].copy = copy;
    n_planted++;
    return ok;
}

static enum cpu_excp planted_exec(struct cpu *cpu, struct tb *tb,
                                  struct tb **chain_from, int *chain_exit)
{
    return jit_backend.exec(cpu, tb, chain_from, chain_exit);
}

static void planted_link(struct tb *from, int n, struct tb *to)
{
    for (int k = 0; k < n_planted; k++) {
        if (planted[k].tb == from) {
            jit_backend.link(planted[k].copy, n, to);
        }
    }
}

static void planted_flush(void)
{
    jit_backend.flush();
}

static bool planted_fault_pc(const struct cpu *cpu, uintptr_t host_pc,
                             const struct tb **tb,
                             const struct ir_insn **insn)
{
    return jit_backend.fault_pc(cpu, host_pc, tb, insn);
}

const struct backend fz_planted_backend = {
    .name = "jit-with-planted-bug",
    .prepare = planted_prepare,
    .release = planted_release,
    .exec = planted_exec,
    .link = planted_link,
    .flush = planted_flush,
    .fault_pc = planted_fault_pc,
};

/* Does the (assembled) case contain an insn disassembled as a multiply? */
static bool has_multiply(const struct fz_case *c, const struct fz_result *r)
{
    uint64_t *addr = calloc((size_t)c->n + 1, sizeof(*addr));
    bool found = false;
    if (addr != NULL && fz_case_assemble(c, addr)) {
        for (uint64_t pc = addr[0]; pc < addr[c->n];) {
            char buf[160];
            int len = c->g->arch->disas(r->before, pc, buf, sizeof(buf));
            found |= strstr(buf, "mul") != NULL;
            pc += len > 0 ? (uint64_t)len : 4;
        }
    }
    free(addr);
    return found;
}

bool fz_selftest(FILE *out, uint64_t seed, int units)
{
    const struct fz_guest *g = &fz_guest_rv64;
    const struct backend *saved = fz_backend_under_test;
    fz_backend_under_test = &fz_planted_backend;
    struct fz_result r;
    fz_result_init(&r, g);
    bool caught = false, small = false;
    for (uint64_t k = 0; k < 200 && !caught; k++) {
        struct fz_case c;
        struct fz_stats st = {0};
        fz_case_generate(&c, g, fz_seq_seed(seed, "selftest", k), units);
        if (!fz_case_run(&c, &st, &r)) {
            caught = true;
            fz_case_shrink(&c, &r);
            small = c.n <= 2 && has_multiply(&c, &r);
            if (!small) {
                fz_case_report(out, &c, &r);
            }
        }
        fz_case_free(&c);
    }
    fz_result_free(&r);
    fz_backend_under_test = saved;
    if (!caught) {
        fprintf(out, "# the planted mul bug was not caught\n");
    } else if (!small) {
        fprintf(out, "# the planted mul bug was not shrunk to its multiply\n");
    }
    return caught && small;
}
