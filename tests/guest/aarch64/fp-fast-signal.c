/* SPDX-License-Identifier: MIT */
/* The signal check of riscv64/fp-fast-signal.c, on aarch64. */
#include "../riscv64/fp-fast-signal.c"
