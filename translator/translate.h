/* SPDX-License-Identifier: MIT */
/* Turning guest code at a pc into an optimized block. */
#ifndef XRUN_TRANSLATOR_TRANSLATE_H
#define XRUN_TRANSLATOR_TRANSLATE_H

#include "translator/guest.h"
#include "translator/tb.h"

/* Translate the block at pc (not yet cached). */
struct tb *tr_translate(struct cpu *cpu, uint64_t pc);

/* From the host fault handler: unwind a failed code fetch probe. */
bool tr_probe_recover(void);

#endif
