/* SPDX-License-Identifier: MIT */
/*
 * The differential fuzzer: random valid guest code runs one block at a
 * time under the interpreter (the oracle) and the x86-64 JIT from the same
 * state, and every block's resulting state and data memory must agree.
 * This header holds what the guest generators (gen-*.c) and the harness
 * (fuzz-*.c) share.
 */
#ifndef XRUN_TESTS_FUZZ_FUZZ_H
#define XRUN_TESTS_FUZZ_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "translator/cpu.h"
#include "translator/guest.h"

/* Random numbers; each sequence has its own seed so it can be rerun alone. */
struct fz_rng {
    uint64_t s;
};
void fz_seed(struct fz_rng *r, uint64_t seed);
uint64_t fz_rand(struct fz_rng *r);
uint64_t fz_below(struct fz_rng *r, uint64_t n); /* [0, n), n > 0 */
bool fz_one_in(struct fz_rng *r, unsigned n);
/* The seed of sequence k of a run with seed s (also the --seq-seed value). */
uint64_t fz_seq_seed(uint64_t s, const char *guest, uint64_t k);

/*
 * Guest memory, the same for both guests: a read-only code window (stores
 * into it fault), a data area that loads and stores are aimed at, and a
 * page for the harness's own one-insn blocks (test translations of
 * candidate words, reading the FP flags).  Everything else within
 * FZ_GUARD bytes of guest address 0 is PROT_NONE, so wild addresses fault
 * instead of reaching the fuzzer's own memory.
 */
#define FZ_CODE_LO 0x10000000ull
#define FZ_CODE_SIZE 0x8000ull
#define FZ_PROBE_LO 0x10010000ull
#define FZ_DATA_LO 0x20000000ull
#define FZ_DATA_SIZE 0x10000ull
#define FZ_GUARD (32ull << 30)

/* A data address for a base register: in the area's middle, so any
 * immediate offset of the guests' load/store forms stays inside. */
uint64_t fz_data_addr(struct fz_rng *r, unsigned align);

/*
 * One generated unit: an insn and the set-up it needs (base registers of
 * a load or store), kept or dropped as one when shrinking.
 */
#define FZ_UNIT_MAX 6
struct fz_unit {
    uint32_t word[FZ_UNIT_MAX];
    uint8_t len[FZ_UNIT_MAX]; /* bytes: 2 (RVC) or 4 */
    uint8_t n;
    int8_t branch; /* word that is a forward branch, or -1 */
    int target;    /* its target unit (n of the program: the end) */
};

void fz_unit_push(struct fz_unit *u, uint32_t word, unsigned len);

/* A named array of 64-bit words of the target state, for reports. */
struct fz_field {
    const char *name;
    size_t off;   /* byte offset in the target's state struct */
    unsigned n;   /* elements (1: print the name alone) */
    unsigned per; /* 64-bit words per element */
};

/* One guest: its generator and what the harness needs to know of it. */
struct fz_guest {
    const char *name;
    const struct guest_arch *arch;
    uint32_t trap;     /* fills the code after the sequence: EXCP_BREAKPOINT */
    unsigned trap_len;
    const struct fz_field *fields; /* cover the state after struct cpu */
    /* Append one random unit (valid, no escaping control flow) to u. */
    void (*gen_unit)(struct fz_rng *r, struct fz_unit *u);
    /* word, a forward branch, retargeted off bytes ahead. */
    uint32_t (*set_branch)(uint32_t word, int64_t off);
    /* Random registers (after arch->cpu_init). */
    void (*init_state)(struct fz_rng *r, struct cpu *cpu);
    /* Length in bytes of the insn whose first 16 bits are half. */
    unsigned (*insn_len)(uint16_t half);
    /* Optional: print derived state (NZCV) for a report. */
    void (*explain)(const struct cpu *cpu, FILE *out);
    /* An insn that reads the FP flag register (flags_off in the state)
     * into the register at observe_reg_off. */
    uint32_t observe;
    size_t observe_reg_off, flags_off;
    /* The decoder row of a generated word (for --coverage). */
    const char *(*row_name)(uint32_t word, unsigned len);
};

extern const struct fz_guest fz_guest_rv64;
extern const struct fz_guest fz_guest_a64;

/* Random fills of one decoder row tried before drawing another row. */
#define FZ_FILLS_PER_ROW 64

/* Does word translate to something other than an illegal-insn exit? */
bool fz_translates(const struct fz_guest *g, uint32_t word, unsigned len);

#endif
