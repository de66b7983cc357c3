/* expected: native */
/* SPDX-License-Identifier: MIT */
/* The random FP check of riscv64/fp-fast-random.c, on aarch64. */
#include "../riscv64/fp-fast-random.c"
