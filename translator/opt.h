/* SPDX-License-Identifier: MIT */
/* The block optimizer and the final lowering of a block for the backends. */
#ifndef XRUN_TRANSLATOR_OPT_H
#define XRUN_TRANSLATOR_OPT_H

#include "translator/ir.h"

/*
 * Optimize insn[0, n) in place (folding, dead temps) and finalize it.
 * Returns the new count.
 */
int ir_optimize(struct ir_insn *insn, int n, int n_labels);

/*
 * Drop nops and markers, turn branch label ids into insn indices, and point
 * unused operands at the dummy slot 0.  Returns the new count.
 */
int ir_finalize(struct ir_insn *insn, int n);

#endif
