/* SPDX-License-Identifier: MIT */
/*
 * Per-thread scratch buffers of the translator (the IR block under
 * construction, the optimizer's tables): allocated on a thread's first
 * translation and freed when the thread exits, so guest threads that come
 * and go do not leak them.
 */
#ifndef XRUN_TRANSLATOR_SCRATCH_H
#define XRUN_TRANSLATOR_SCRATCH_H

#include <stddef.h>

enum scratch_id {
    SCRATCH_IR_BLOCK,
    SCRATCH_OPT_CONSTS,
    SCRATCH__COUNT
};

/* This thread's buffer id of size bytes (always the same size per id). */
void *scratch_get(enum scratch_id id, size_t size);

#endif
