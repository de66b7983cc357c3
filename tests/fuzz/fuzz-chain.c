/* SPDX-License-Identifier: MIT */
/*
 * The whole-sequence run: the case runs again from its initial state
 * through cpu_exec, as the emulator runs guests, so blocks come from the
 * cache and are chained, computed exits go through the jump cache and
 * guest faults through cpu_recover_host_fault.  Both backends run from
 * one exception to the next (each with its own state and data memory) and
 * must agree at every one; a faulting insn is stepped over in both.
 */
#include "tests/fuzz/fuzz-case.h"

#include <string.h>

#include "host/interp/interp.h"

/* Run s from its pc to the next exception under be, on memory mem. */
static void run_leg(const struct fz_guest *g, const struct backend *be,
                    struct cpu *s, uint8_t *mem, unsigned *mxcsr,
                    struct fz_outcome *o)
{
    memcpy(fz_mem.data, mem, FZ_DATA_SIZE);
    fz_host_fp_set(*mxcsr);
    fz_run_loop(be, s, o);
    fz_observe_flags(g, be, s);
    *mxcsr = fz_host_fp_get();
    fz_run_loop_end();
    memcpy(mem, fz_mem.data, FZ_DATA_SIZE);
}

bool fz_case_run_chained(const struct fz_case *c, uint64_t end, int words,
                         struct fz_stats *st, struct fz_result *r)
{
    size_t sz = c->g->arch->cpu_size;
    r->chained = true;
    memcpy(r->si, c->init, sz);
    memcpy(r->sj, c->init, sz);
    memcpy(r->mem_i, c->data, FZ_DATA_SIZE);
    memcpy(r->mem_j, c->data, FZ_DATA_SIZE);
    unsigned mxcsr_i = fz_host_fp_clean(), mxcsr_j = mxcsr_i;
    /* Each leg ends at an exception and steps at least one insn on. */
    for (int legs = 0; legs < words + 2; legs++) {
        memcpy(r->before, r->si, sz);
        memcpy(r->pre, r->mem_i, FZ_DATA_SIZE);
        r->block_pc = r->si->pc;
        run_leg(c->g, &interp_backend, r->si, r->mem_i, &mxcsr_i, &r->oi);
        run_leg(c->g, fz_backend_under_test, r->sj, r->mem_j, &mxcsr_j,
                &r->oj);
        r->what = fz_compare(c, r);
        if (r->what != NULL) {
            r->differ = true;
            return false;
        }
        struct fz_stats leg_st = {0};
        if (!fz_next_pc(c, &r->oi, end, r->si, &leg_st)) {
            st->escapes += leg_st.escapes;
            return true;
        }
        r->sj->pc = r->si->pc;
    }
    st->escapes++;
    return true;
}
