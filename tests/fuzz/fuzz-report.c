/* SPDX-License-Identifier: MIT */
/*
 * The report of a failing case, as TAP diagnostics: how to rerun it, its
 * units (address, disassembly; the block that differed is marked), what
 * differed (each register by name, each 8-byte memory word), and the full
 * states before the block and after it under each backend.
 */
#include "tests/fuzz/fuzz-case.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define FZ_MAX_MEM_LINES 8

static void print_outcome(FILE *out, const char *who,
                          const struct fz_outcome *o)
{
    fprintf(out, "%-6s exception %s, pc %#" PRIx64, who,
            fz_excp_name(o->excp), o->pc);
    if (o->excp == EXCP_SEGV_MAPERR || o->excp == EXCP_SEGV_ACCERR ||
        o->excp == EXCP_BUS_ADRALN) {
        fprintf(out, ", fault address %#" PRIx64, o->fault_addr);
    }
    if (o->host_signal != 0) {
        fprintf(out, ", host signal %d", o->host_signal);
    }
    if (o->chained) {
        fprintf(out, ", static exit %d", o->chain_exit);
    }
    fputc('\n', out);
}

static void print_units(FILE *out, const struct fz_case *c,
                        const struct fz_result *r)
{
    uint64_t *addr = calloc((size_t)c->n + 1, sizeof(*addr));
    if (addr == NULL || !fz_case_assemble(c, addr)) {
        free(addr);
        return;
    }
    fprintf(out, "sequence (%d units; '>' marks where the run that differed "
            "started):\n", c->n);
    for (int k = 0; k < c->n; k++) {
        uint64_t pc = addr[k];
        for (int w = 0; w < c->u[k].n; w++) {
            char buf[160];
            c->g->arch->disas(r->before, pc, buf, sizeof(buf));
            fprintf(out, "%c %3d  %#" PRIx64 ":  %s\n",
                    pc == r->block_pc ? '>' : ' ', k, pc, buf);
            pc += c->u[k].len[w];
        }
    }
    fprintf(out, "  end  %#" PRIx64 "\n", addr[c->n]);
    free(addr);
}

static void print_field_diffs(FILE *out, const struct fz_guest *g,
                              const struct fz_result *r)
{
    for (const struct fz_field *f = g->fields; f->name != NULL; f++) {
        for (unsigned e = 0; e < f->n; e++) {
            size_t off = f->off + (size_t)e * f->per * 8;
            if (memcmp((char *)r->si + off, (char *)r->sj + off,
                       f->per * 8) == 0) {
                continue;
            }
            char name[32];
            snprintf(name, sizeof(name), f->n > 1 ? "%s%u" : "%s", f->name,
                     e);
            fprintf(out, "%-10s", name);
            const char *who[] = {"interp", "jit", "before"};
            const struct cpu *s[] = {r->si, r->sj, r->before};
            for (int k = 0; k < 3; k++) {
                fprintf(out, " %s ", who[k]);
                for (unsigned w = f->per; w-- > 0;) {
                    uint64_t v;
                    memcpy(&v, (char *)s[k] + off + w * 8, 8);
                    fprintf(out, "%016" PRIx64, v);
                }
            }
            fputc('\n', out);
        }
    }
}

static void print_mem_diffs(FILE *out, const struct fz_result *r)
{
    int lines = 0;
    for (uint64_t k = 0; k < (uint64_t)FZ_DATA_SIZE; k += 8) {
        uint64_t a, b, p;
        memcpy(&a, r->mem_i + k, 8);
        memcpy(&b, r->mem_j + k, 8);
        memcpy(&p, r->pre + k, 8);
        if (a == b) {
            continue;
        }
        if (lines++ == FZ_MAX_MEM_LINES) {
            fprintf(out, "(more memory differences)\n");
            break;
        }
        fprintf(out, "mem %#" PRIx64 "  interp %016" PRIx64 "  jit %016"
                PRIx64 "  before %016" PRIx64 "\n",
                (uint64_t)FZ_DATA_LO + k, a, b, p);
    }
}

static void print_state(FILE *out, const struct fz_guest *g, const char *what,
                        const struct cpu *s)
{
    fprintf(out, "%s:\n", what);
    g->arch->dump_regs(s, out);
    if (g->explain != NULL) {
        g->explain(s, out);
    }
}

void fz_case_report(FILE *out, const struct fz_case *c,
                    const struct fz_result *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (m == NULL) {
        return;
    }
    const struct fz_guest *g = c->g;
    fprintf(m, "%s: interpreter and %s differ (%s) %s %#" PRIx64 "\n",
            g->name, fz_backend_under_test->name, r->what,
            r->chained ? "running through cpu_exec from"
                       : "in the block at", r->block_pc);
    fprintf(m, "rerun: xrun-fuzz --guest %s --units %d --seq-seed %#" PRIx64
            "\n", g->name, c->n_generated, c->seed);
    if (r->flaky) {
        fprintf(m, "NOT REPRODUCIBLE: a rerun of the same case agreed (state "
                "leaking between runs?); not shrunk\n");
    }
    print_units(m, c, r);
    print_outcome(m, "interp", &r->oi);
    print_outcome(m, fz_backend_under_test->name, &r->oj);
    print_field_diffs(m, g, r);
    print_mem_diffs(m, r);
    print_state(m, g, r->chained ? "state before that run"
                                 : "state before the block", r->before);
    print_state(m, g, "after it, interpreter", r->si);
    print_state(m, g, "after it, backend under test", r->sj);
    fclose(m);
    for (char *line = text; *line != '\0';) {
        char *nl = strchr(line, '\n');
        size_t n = nl != NULL ? (size_t)(nl - line) : strlen(line);
        fprintf(out, "# %.*s\n", (int)n, line);
        line += n + (nl != NULL);
    }
    free(text);
}
