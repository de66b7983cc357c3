/* SPDX-License-Identifier: MIT */
/*
 * Building a case from its seed and laying its units out in the code
 * window.  Branches are generated forward only, to a later unit or to the
 * end, so every run terminates; their offsets are resolved here, after
 * shrinking may have moved their targets.
 */
#include "tests/fuzz/fuzz-case.h"

#include <stdlib.h>
#include <string.h>

#include "tests/fuzz/fuzz-values.h"

/* How far ahead a branch may jump, in units. */
#define FZ_BRANCH_REACH 8

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (p == NULL) {
        fprintf(stderr, "xrun-fuzz: out of memory\n");
        exit(99);
    }
    return p;
}

void fz_case_generate(struct fz_case *c, const struct fz_guest *g,
                      uint64_t seed, int n)
{
    struct fz_rng r;
    fz_seed(&r, seed);
    c->g = g;
    c->seed = seed;
    c->n = n;
    c->n_generated = n;
    c->u = xcalloc((size_t)n, sizeof(*c->u));
    c->init = xcalloc(1, g->arch->cpu_size);
    c->data = xcalloc(1, FZ_DATA_SIZE);
    c->init->arch = g->arch;
    c->init->guest_base = fz_mem.guest_base;
    g->arch->cpu_init(c->init);
    g->init_state(&r, c->init);
    c->init->pc = FZ_CODE_LO;
    fz_fill_data(&r, c->data, FZ_DATA_SIZE);
    for (int k = 0; k < n; k++) {
        struct fz_unit *u = &c->u[k];
        u->branch = -1;
        g->gen_unit(&r, u);
        if (u->branch >= 0) {
            int reach = n - k < FZ_BRANCH_REACH ? n - k : FZ_BRANCH_REACH;
            u->target = k + 1 + (int)fz_below(&r, (uint64_t)reach);
        }
    }
}

void fz_case_free(struct fz_case *c)
{
    free(c->u);
    free(c->init);
    free(c->data);
    memset(c, 0, sizeof(*c));
}

/* Fill [from, to) of the code image with g's trap word. */
static void fill_traps(const struct fz_guest *g, uint8_t *code, size_t from,
                       size_t to)
{
    for (size_t at = from; at + g->trap_len <= to; at += g->trap_len) {
        memcpy(code + at, &g->trap, g->trap_len);
    }
}

bool fz_case_assemble(const struct fz_case *c, uint64_t *addr)
{
    /* The window's image: traps, except [0, used) written last time.
     * Everything in the window is defined (literal loads read it). */
    static uint8_t code[FZ_CODE_SIZE];
    static const struct fz_guest *filled_for;
    static size_t used;
    const struct fz_guest *g = c->g;
    if (filled_for != g) {
        fill_traps(g, code, 0, FZ_CODE_SIZE);
        fz_code_write(code, FZ_CODE_SIZE);
        filled_for = g;
        used = 0;
    }
    uint64_t pc = FZ_CODE_LO;
    for (int k = 0; k < c->n; k++) {
        addr[k] = pc;
        for (int w = 0; w < c->u[k].n; w++) {
            pc += c->u[k].len[w];
        }
    }
    addr[c->n] = pc;
    if (pc - FZ_CODE_LO + 16 > FZ_CODE_SIZE) {
        return false;
    }
    for (int k = 0; k < c->n; k++) {
        const struct fz_unit *u = &c->u[k];
        uint64_t at = addr[k];
        for (int w = 0; w < u->n; w++) {
            uint32_t word = u->word[w];
            if (w == u->branch) {
                word = g->set_branch(word, (int64_t)(addr[u->target] - at));
            }
            memcpy(code + (at - FZ_CODE_LO), &word, u->len[w]);
            at += u->len[w];
        }
    }
    /* Past end the image holds traps; the window gets them back up to
     * what the last case used. */
    size_t end = pc - FZ_CODE_LO;
    fz_code_write(code, end > used ? end : used);
    fill_traps(g, code, 0, end);
    used = end;
    return true;
}
