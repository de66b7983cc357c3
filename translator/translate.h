/* SPDX-License-Identifier: MIT */
/* Turning guest code at a pc into an optimized block. */
#ifndef XRUN_TRANSLATOR_TRANSLATE_H
#define XRUN_TRANSLATOR_TRANSLATE_H

#include "translator/guest.h"
#include "translator/tb.h"

/* Translate the block at pc (not yet cached). */
struct tb *tr_translate(struct cpu *cpu, uint64_t pc);

/*
 * Set by the program that owns the guest address space: is guest code at
 * [addr, addr+len) executable?  NULL means all readable code is.
 */
extern bool (*tr_exec_check)(uint64_t addr, uint64_t len);

/* From the host fault handler: unwind a failed code fetch probe. */
bool tr_probe_recover(void);

#endif
