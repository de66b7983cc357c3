/* SPDX-License-Identifier: MIT */
/*
 * Operand values that exercise edge cases: integers at width and sign
 * boundaries, and FP values where flags and NaN rules matter (signalling
 * and quiet NaNs with payloads, +-0, +-inf, subnormals, the smallest
 * normal, the largest finite, halfway cases, integers at conversion edges).
 */
#ifndef XRUN_TESTS_FUZZ_FUZZ_VALUES_H
#define XRUN_TESTS_FUZZ_FUZZ_VALUES_H

#include "tests/fuzz/fuzz.h"

uint64_t fz_int_value(struct fz_rng *r);
uint16_t fz_f16_value(struct fz_rng *r);
uint32_t fz_f32_value(struct fz_rng *r);
uint64_t fz_f64_value(struct fz_rng *r);

/* 128 bits of vector register: FP or integer lanes of one random width. */
void fz_vector_value(struct fz_rng *r, uint64_t out[2]);

/* Fill the data area with a mix of the values above and random bytes. */
void fz_fill_data(struct fz_rng *r, uint8_t *p, size_t n);

#endif
