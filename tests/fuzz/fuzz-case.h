/* SPDX-License-Identifier: MIT */
/*
 * A test case (a sequence of units, an initial state and data memory), its
 * run under both backends with a comparison after every block, the
 * shrinking of a failing case and its report.
 */
#ifndef XRUN_TESTS_FUZZ_FUZZ_CASE_H
#define XRUN_TESTS_FUZZ_FUZZ_CASE_H

#include "tests/fuzz/fuzz-exec.h"

struct fz_case {
    const struct fz_guest *g;
    uint64_t seed;     /* its sequence seed */
    struct fz_unit *u;
    int n;
    int n_generated;   /* units it was generated with (before shrinking) */
    struct cpu *init;  /* arch->cpu_size bytes, pc at the code window */
    uint8_t *data;     /* FZ_DATA_SIZE bytes */
};

/* Generate the case of sequence seed seed with n units. */
void fz_case_generate(struct fz_case *c, const struct fz_guest *g,
                      uint64_t seed, int n);
void fz_case_free(struct fz_case *c);

/*
 * Write the units into the code window (branches resolved, the rest
 * trapping); addr[k] = guest address of unit k, addr[n] = the end.
 * False if they do not fit.
 */
bool fz_case_assemble(const struct fz_case *c, uint64_t *addr);

/* The outcome of a run, and its workspace. */
struct fz_result {
    bool differ;
    bool flaky;        /* the difference did not come back on a rerun */
    bool chained;      /* found by the run through cpu_exec */
    const char *what;  /* which comparison failed */
    uint64_t block_pc; /* the block that differed */
    struct fz_outcome oi, oj;
    /* State before that block and after it under each backend. */
    struct cpu *before, *si, *sj;
    uint8_t *pre, *mem_i, *mem_j;
};

struct fz_stats {
    uint64_t blocks, illegal, faults, escapes;
};

void fz_result_init(struct fz_result *r, const struct fz_guest *g);
void fz_result_free(struct fz_result *r);

/*
 * Run c block by block under both backends, then through cpu_exec (block
 * cache, chaining, the run loop's fault recovery); false if they differed.
 */
bool fz_case_run(const struct fz_case *c, struct fz_stats *st,
                 struct fz_result *r);

/* The second half of fz_case_run; end = the sequence's end address. */
bool fz_case_run_chained(const struct fz_case *c, uint64_t end, int words,
                         struct fz_stats *st, struct fz_result *r);

/* The first observable difference between r->si/oi and r->sj/oj, or NULL. */
const char *fz_compare(const struct fz_case *c, const struct fz_result *r);

/* Step s past a block ending as o did; false when the run is over. */
bool fz_next_pc(const struct fz_case *c, const struct fz_outcome *o,
                uint64_t end, struct cpu *s, struct fz_stats *st);

/* Drop units while c still fails the same way; r then holds that run. */
void fz_case_shrink(struct fz_case *c, struct fz_result *r);

/* The failing case: its units with disassembly, the differences, states. */
void fz_case_report(FILE *out, const struct fz_case *c,
                    const struct fz_result *r);

#endif
