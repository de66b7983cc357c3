/* SPDX-License-Identifier: MIT */
/*
 * Running one block under one backend, as cpu_exec would but without the
 * block cache or chaining: the guest memory windows, the host fault
 * handler that turns a fault on a guest access into the guest exception,
 * and the translation of blocks for both backends.
 */
#ifndef XRUN_TESTS_FUZZ_FUZZ_EXEC_H
#define XRUN_TESTS_FUZZ_FUZZ_EXEC_H

#include "tests/fuzz/fuzz.h"
#include "translator/backend.h"

/* Host views of the guest windows (after fz_exec_init). */
struct fz_mem {
    uintptr_t guest_base;
    uint8_t *code, *probe, *data;
};
extern struct fz_mem fz_mem;

/* Reserve guest memory and install the fault handlers; false on error. */
bool fz_exec_init(void);

/* Replace the code window's contents (it stays read-only to the guest). */
void fz_code_write(const uint8_t *bytes, size_t n);

/* Why a block stopped, as the run loop sees it. */
struct fz_outcome {
    enum cpu_excp excp;
    int host_signal;        /* not 0: the backend crashed (no guest access) */
    uint64_t pc, fault_addr;
    bool chained;           /* a static exit the core may link */
    int chain_exit;
};

/* The backend compared with the interpreter (the JIT, or a planted bug). */
extern const struct backend *fz_backend_under_test;

/* Translate the block at pc and prepare it for both backends. */
struct tb *fz_translate(struct cpu *cpu, uint64_t pc);
void fz_drop(struct tb *tb);

/*
 * The host's FP control and status (MXCSR).  Each backend runs with its
 * own, carried from block to block as if it ran the guest alone, so
 * flags one backend leaves behind never reach the other; it starts
 * clean with each case.
 */
unsigned fz_host_fp_clean(void);
unsigned fz_host_fp_get(void);
void fz_host_fp_set(unsigned mxcsr);

/* Run tb once under be from the state in cpu. */
void fz_run_block(const struct backend *be, struct tb *tb, struct cpu *cpu,
                  struct fz_outcome *o);

/*
 * Run from cpu->pc through cpu_exec under be (the block cache, chaining,
 * the run loop's fault recovery) until an exception; then
 * fz_run_loop_end() drops the blocks be prepared.
 */
void fz_run_loop(const struct backend *be, struct cpu *cpu,
                 struct fz_outcome *o);
void fz_run_loop_end(void);

/*
 * Store the guest's FP flag register into s as the guest would read it,
 * by running g->observe under be on a copy of s.  A backend may hold
 * flags raised by inline FP code in the host's MXCSR until C code folds
 * them in; each run starts with MXCSR's flags clear.
 */
void fz_observe_flags(const struct fz_guest *g, const struct backend *be,
                      struct cpu *s);

const char *fz_excp_name(enum cpu_excp e);

#endif
