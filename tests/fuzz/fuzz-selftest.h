/* SPDX-License-Identifier: MIT */
/* The fuzzer's self-test: a planted JIT bug must be caught and shrunk. */
#ifndef XRUN_TESTS_FUZZ_FUZZ_SELFTEST_H
#define XRUN_TESTS_FUZZ_FUZZ_SELFTEST_H

#include "tests/fuzz/fuzz-case.h"

/* The JIT with a planted bug: IR mul compiled as add (--planted-bug). */
extern const struct backend fz_planted_backend;

/* True if caught and shrunk; otherwise explains on out (TAP diagnostics). */
bool fz_selftest(FILE *out, uint64_t seed, int units);

#endif
