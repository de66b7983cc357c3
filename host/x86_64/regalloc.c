/* SPDX-License-Identifier: MIT */
/*
 * The register cache: a local allocator over one block.  IR slots (guest
 * globals and temps) live in eight host registers between their uses and
 * are loaded on first use; a written register is dirty until stored.
 * Because IR branches only go forward, "no read at a later index" means
 * dead, so dead temps leave their register without a store.
 *
 * Stores happen where memory must be exact: globals before an op that can
 * fault (the guest's signal frame shows them) and at exits; globals and
 * live temps before helper calls (helpers read the cpu state) and at
 * branches and labels (every path into a label agrees on "all in memory").
 */
#include "host/x86_64/jit-internal.h"

/* Callee-saved first: they survive helper calls in the run loop's frame. */
static const enum x64_reg ra_regs[RA_NREGS] = {
    X64_RBX, X64_R12, X64_R13, X64_RSI, X64_RDI, X64_R8, X64_R9, X64_R10,
};

static bool ra_is_temp(ir_slot s)
{
    return s < IR_TEMP_SLOTS;
}

/* A temp no insn after j->k reads. */
static bool ra_dead_after(const struct jit_ctx *j, ir_slot s, int k)
{
    return ra_is_temp(s) && j->last_read[s] <= k;
}

void ra_init(struct jit_ctx *j)
{
    for (int r = 0; r < RA_NREGS; r++) {
        j->ra.slot[r] = IR_NOSLOT;
        j->ra.dirty[r] = false;
        j->ra.stamp[r] = 0;
    }
    j->ra.locked = 0;
    j->ra.clock = 1;
}

static int ra_find(const struct jit_ctx *j, ir_slot s)
{
    for (int r = 0; r < RA_NREGS; r++) {
        if (j->ra.slot[r] == s) {
            return r;
        }
    }
    return -1;
}

static void ra_store(struct jit_ctx *j, int r)
{
    if (j->ra.dirty[r]) {
        x64_store(&j->b, 8, x64_slot_mem(j->ra.slot[r]), ra_regs[r]);
        j->ra.dirty[r] = false;
    }
}

/* A free register, or the least recently used unlocked one, emptied. */
static int ra_take(struct jit_ctx *j)
{
    int best = -1;
    for (int r = 0; r < RA_NREGS; r++) {
        if (j->ra.locked & (1u << r)) {
            continue;
        }
        if (j->ra.slot[r] == IR_NOSLOT) {
            return r;
        }
        if (best < 0 || j->ra.stamp[r] < j->ra.stamp[best]) {
            best = r;
        }
    }
    if (best < 0) {
        abort(); /* more operands than registers: a constraint bug */
    }
    if (!ra_dead_after(j, j->ra.slot[best], j->k - 1)) {
        ra_store(j, best);
    }
    j->ra.slot[best] = IR_NOSLOT;
    j->ra.dirty[best] = false;
    return best;
}

static void ra_touch(struct jit_ctx *j, int r)
{
    j->ra.locked |= 1u << r;
    j->ra.stamp[r] = j->ra.clock++;
}

enum x64_reg ra_use(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r < 0) {
        r = ra_take(j);
        x64_load(&j->b, 8, ra_regs[r], x64_slot_mem(s));
        j->ra.slot[r] = s;
    }
    ra_touch(j, r);
    return ra_regs[r];
}

enum x64_reg ra_def(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r < 0) {
        r = ra_take(j);
        j->ra.slot[r] = s;
    }
    j->ra.dirty[r] = true;
    ra_touch(j, r);
    return ra_regs[r];
}

void ra_sync(struct jit_ctx *j, bool with_temps, int after)
{
    for (int r = 0; r < RA_NREGS; r++) {
        ir_slot s = j->ra.slot[r];
        if (s == IR_NOSLOT || !j->ra.dirty[r]) {
            continue;
        }
        if (!ra_is_temp(s) || (with_temps && !ra_dead_after(j, s, after))) {
            ra_store(j, r);
        }
    }
}

void ra_forget(struct jit_ctx *j)
{
    for (int r = 0; r < RA_NREGS; r++) {
        j->ra.slot[r] = IR_NOSLOT;
        j->ra.dirty[r] = false;
    }
}

void ra_end_insn(struct jit_ctx *j)
{
    j->ra.locked = 0;
    for (int r = 0; r < RA_NREGS; r++) {
        ir_slot s = j->ra.slot[r];
        if (s != IR_NOSLOT && ra_dead_after(j, s, j->k)) {
            j->ra.slot[r] = IR_NOSLOT;
            j->ra.dirty[r] = false;
        }
    }
}

/* ld_env/st_env address the cpu state by offset: a cached slot there
 * must reach memory before the access and, after a store, be reloaded. */
static bool ra_overlaps(ir_slot s, int64_t off, unsigned size)
{
    return s != IR_NOSLOT && (int64_t)s * 8 < off + size &&
           (int64_t)s * 8 + 8 > off;
}

void ra_env_access(struct jit_ctx *j, int64_t off, unsigned size, bool write)
{
    for (int r = 0; r < RA_NREGS; r++) {
        if (!ra_overlaps(j->ra.slot[r], off, size)) {
            continue;
        }
        ra_store(j, r);
        if (write) {
            /* Still readable as this insn's operand; gone afterwards. */
            j->ra.stamp[r] = 0;
            j->ra.dirty[r] = false;
        }
    }
}

void ra_env_written(struct jit_ctx *j, int64_t off, unsigned size)
{
    for (int r = 0; r < RA_NREGS; r++) {
        if (ra_overlaps(j->ra.slot[r], off, size)) {
            j->ra.slot[r] = IR_NOSLOT;
            j->ra.dirty[r] = false;
        }
    }
}
