/* SPDX-License-Identifier: MIT */
/*
 * Running a case: each block is translated once, run by the interpreter
 * and then by the backend under test from the same state and the same
 * data memory, and everything the guest can observe must agree: the
 * exception and pc (and fault address), the whole target state after
 * struct cpu (registers, FP/SIMD, flags, FP control and status, monitors)
 * and the data area.  The run goes on from the interpreter's state; an
 * insn that raised (illegal, a fault) is stepped over as a signal handler
 * would.  Then the whole case runs again through cpu_exec under each
 * backend (fuzz-chain.c).
 */
#include "tests/fuzz/fuzz-case.h"

#include <stdlib.h>
#include <string.h>

#include "host/interp/interp.h"

void fz_result_init(struct fz_result *r, const struct fz_guest *g)
{
    memset(r, 0, sizeof(*r));
    size_t sz = g->arch->cpu_size;
    r->before = calloc(1, sz);
    r->si = calloc(1, sz);
    r->sj = calloc(1, sz);
    r->pre = calloc(1, FZ_DATA_SIZE);
    r->mem_i = calloc(1, FZ_DATA_SIZE);
    r->mem_j = calloc(1, FZ_DATA_SIZE);
    if (!r->before || !r->si || !r->sj || !r->pre || !r->mem_i || !r->mem_j) {
        fprintf(stderr, "xrun-fuzz: out of memory\n");
        exit(99);
    }
}

void fz_result_free(struct fz_result *r)
{
    free(r->before);
    free(r->si);
    free(r->sj);
    free(r->pre);
    free(r->mem_i);
    free(r->mem_j);
    memset(r, 0, sizeof(*r));
}

static bool faults(enum cpu_excp e)
{
    return e == EXCP_SEGV_MAPERR || e == EXCP_SEGV_ACCERR ||
           e == EXCP_BUS_ADRALN;
}

const char *fz_compare(const struct fz_case *c, const struct fz_result *r)
{
    const struct fz_outcome *a = &r->oi, *b = &r->oj;
    size_t off = sizeof(struct cpu), size = c->g->arch->cpu_size - off;
    if (a->host_signal != 0 || b->host_signal != 0) {
        return "host signal inside a block";
    }
    if (a->excp != b->excp) {
        return "exception";
    }
    if (a->pc != b->pc) {
        return "pc";
    }
    if (faults(a->excp) && a->fault_addr != b->fault_addr) {
        return "fault address";
    }
    if (a->chained != b->chained || a->chain_exit != b->chain_exit) {
        return "block exit";
    }
    if (memcmp((char *)r->si + off, (char *)r->sj + off, size) != 0) {
        return "registers";
    }
    if (memcmp(r->mem_i, r->mem_j, FZ_DATA_SIZE) != 0) {
        return "memory";
    }
    return NULL;
}

bool fz_next_pc(const struct fz_case *c, const struct fz_outcome *o,
                uint64_t end, struct cpu *s, struct fz_stats *st)
{
    switch (o->excp) {
    case EXCP_NONE:
    case EXCP_FLUSH:
        break;
    case EXCP_ILLEGAL:
    case EXCP_SEGV_MAPERR:
    case EXCP_SEGV_ACCERR:
    case EXCP_BUS_ADRALN: {
        if (o->excp == EXCP_ILLEGAL) {
            st->illegal++;
        } else {
            st->faults++;
        }
        uint16_t half;
        memcpy(&half, fz_mem.code + (s->pc - FZ_CODE_LO), sizeof(half));
        s->pc += c->g->insn_len(half);
        break;
    }
    case EXCP_BREAKPOINT:
        if (s->pc != end) {
            st->escapes++;
        }
        return false;
    default:
        st->escapes++;
        return false;
    }
    if (s->pc < FZ_CODE_LO || s->pc > end) {
        st->escapes++;
        return false;
    }
    return true;
}

bool fz_case_run(const struct fz_case *c, struct fz_stats *st,
                 struct fz_result *r)
{
    size_t sz = c->g->arch->cpu_size;
    uint64_t *addr = calloc((size_t)c->n + 1, sizeof(*addr));
    r->differ = false;
    r->what = NULL;
    if (addr == NULL || !fz_case_assemble(c, addr)) {
        fprintf(stderr, "xrun-fuzz: the sequence does not fit the code "
                        "window\n");
        exit(99);
    }
    uint64_t end = addr[c->n];
    int words = 0;
    for (int k = 0; k < c->n; k++) {
        words += c->u[k].n;
    }
    memcpy(r->si, c->init, sz);
    memcpy(fz_mem.data, c->data, FZ_DATA_SIZE);
    bool over = false;
    unsigned mxcsr_i = fz_host_fp_clean(), mxcsr_j = mxcsr_i;
    /* Each block steps forward by at least one insn. */
    for (int blocks = 0; blocks < 2 * words + 16 && !over; blocks++) {
        struct tb *tb = fz_translate(r->si, r->si->pc);
        r->block_pc = r->si->pc;
        memcpy(r->before, r->si, sz);
        memcpy(r->pre, fz_mem.data, FZ_DATA_SIZE);
        fz_host_fp_set(mxcsr_i);
        fz_run_block(&interp_backend, tb, r->si, &r->oi);
        fz_observe_flags(c->g, &interp_backend, r->si);
        mxcsr_i = fz_host_fp_get();
        memcpy(r->mem_i, fz_mem.data, FZ_DATA_SIZE);
        memcpy(fz_mem.data, r->pre, FZ_DATA_SIZE);
        memcpy(r->sj, r->before, sz);
        fz_host_fp_set(mxcsr_j);
        fz_run_block(fz_backend_under_test, tb, r->sj, &r->oj);
        fz_observe_flags(c->g, fz_backend_under_test, r->sj);
        mxcsr_j = fz_host_fp_get();
        memcpy(r->mem_j, fz_mem.data, FZ_DATA_SIZE);
        st->blocks++;
        fz_drop(tb);
        r->what = fz_compare(c, r);
        if (r->what != NULL) {
            r->differ = true;
            break;
        }
        over = !fz_next_pc(c, &r->oi, end, r->si, st);
    }
    if (!over && !r->differ) {
        st->escapes++; /* ran out of blocks: should not happen */
    }
    free(addr);
    r->chained = false;
    return r->differ ? false : fz_case_run_chained(c, end, words, st, r);
}
