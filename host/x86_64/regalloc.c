/* SPDX-License-Identifier: MIT */
/*
 * The register cache: a local allocator over one block.  IR slots (guest
 * globals and temps) live in host registers between their uses and are
 * loaded on first use; a written register is dirty until stored.  Because
 * IR branches only go forward, "no read at a later index" means dead, so
 * dead temps leave their register without a store.
 *
 * Two pools: eight GPRs for everything, and xmm4-xmm15 for the values the
 * inline FP code (emit-fp.c) reads and writes, so FP results need not go
 * through a GPR.  A slot is in at most one register; an integer use of a
 * slot held in an xmm register moves it to a GPR (movq) and an FP use moves
 * it the other way, so every emitter but emit-fp.c sees GPRs only.
 *
 * Stores happen where memory must be exact: globals before an op that can
 * fault (the guest's signal frame shows them) and at exits; globals and
 * live temps before helper calls (helpers read the cpu state) and at
 * branches and labels (every path into a label agrees on "all in memory").
 */
#include "host/x86_64/enc-sse.h"
#include "host/x86_64/jit-internal.h"

/* Callee-saved first: they survive helper calls in the run loop's frame. */
static const enum x64_reg ra_regs[RA_NREGS] = {
    X64_RBX, X64_R12, X64_R13, X64_RSI, X64_RDI, X64_R8, X64_R9, X64_R10,
};

enum x64_reg ra_host_reg(int r)
{
    return ra_regs[r];
}

int ra_xmm(int r)
{
    return RA_XMM_FIRST + (r - RA_NREGS);
}

static bool ra_is_xmm(int r)
{
    return r >= RA_NREGS;
}

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
    for (int r = 0; r < RA_NALL; r++) {
        j->ra.slot[r] = IR_NOSLOT;
        j->ra.dirty[r] = false;
        j->ra.stamp[r] = 0;
    }
    j->ra.locked = 0;
    j->ra.clock = 1;
}

static int ra_find(const struct jit_ctx *j, ir_slot s)
{
    for (int r = 0; r < RA_NALL; r++) {
        if (j->ra.slot[r] == s) {
            return r;
        }
    }
    return -1;
}

/* Store entry r's value to its slot (any pool). */
void ra_store_entry(struct x64_buf *b, int r, ir_slot s)
{
    if (ra_is_xmm(r)) {
        x64_movq_mx(b, x64_slot_mem(s), (enum x64_xmm)ra_xmm(r));
    } else {
        x64_store(b, 8, x64_slot_mem(s), ra_regs[r]);
    }
}

static void ra_store(struct jit_ctx *j, int r)
{
    if (j->ra.dirty[r]) {
        ra_store_entry(&j->b, r, j->ra.slot[r]);
        j->ra.dirty[r] = false;
    }
}

static void ra_clear(struct jit_ctx *j, int r)
{
    j->ra.slot[r] = IR_NOSLOT;
    j->ra.dirty[r] = false;
}

/* A free entry of a pool, or the least recently used unlocked one, emptied. */
static int ra_take(struct jit_ctx *j, bool xmm)
{
    int best = -1, lo = xmm ? RA_NREGS : 0, hi = xmm ? RA_NALL : RA_NREGS;
    for (int r = lo; r < hi; r++) {
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
    ra_clear(j, best);
    return best;
}

static void ra_touch(struct jit_ctx *j, int r)
{
    j->ra.locked |= 1u << r;
    j->ra.stamp[r] = j->ra.clock++;
}

/* Move slot s from entry r to a new entry of the other pool. */
static int ra_migrate(struct jit_ctx *j, int r, bool to_xmm)
{
    int n = ra_take(j, to_xmm);
    if (to_xmm) {
        x64_movq_xr(&j->b, 8, (enum x64_xmm)ra_xmm(n), ra_regs[r]);
    } else {
        x64_movq_rx(&j->b, 8, ra_regs[n], (enum x64_xmm)ra_xmm(r));
    }
    j->ra.slot[n] = j->ra.slot[r];
    j->ra.dirty[n] = j->ra.dirty[r];
    ra_clear(j, r);
    return n;
}

enum x64_reg ra_use(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r >= 0 && ra_is_xmm(r)) {
        r = ra_migrate(j, r, false);
    } else if (r < 0) {
        r = ra_take(j, false);
        x64_load(&j->b, 8, ra_regs[r], x64_slot_mem(s));
        j->ra.slot[r] = s;
    }
    ra_touch(j, r);
    return ra_regs[r];
}

enum x64_reg ra_def(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r >= 0 && ra_is_xmm(r)) {
        ra_clear(j, r); /* overwritten: the old value is not needed */
        r = -1;
    }
    if (r < 0) {
        r = ra_take(j, false);
        j->ra.slot[r] = s;
    }
    j->ra.dirty[r] = true;
    ra_touch(j, r);
    return ra_regs[r];
}

int xa_use(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r >= 0 && !ra_is_xmm(r)) {
        r = ra_migrate(j, r, true);
    } else if (r < 0) {
        r = ra_take(j, true);
        x64_movq_xm(&j->b, (enum x64_xmm)ra_xmm(r), x64_slot_mem(s));
        j->ra.slot[r] = s;
    }
    ra_touch(j, r);
    return ra_xmm(r);
}

int xa_def(struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    if (r >= 0 && !ra_is_xmm(r)) {
        ra_clear(j, r);
        r = -1;
    }
    if (r < 0) {
        r = ra_take(j, true);
        j->ra.slot[r] = s;
    }
    j->ra.dirty[r] = true;
    ra_touch(j, r);
    return ra_xmm(r);
}

bool xa_cached(const struct jit_ctx *j, ir_slot s)
{
    int r = ra_find(j, s);
    return r >= 0 && ra_is_xmm(r);
}

void ra_sync(struct jit_ctx *j, bool with_temps, int after)
{
    for (int r = 0; r < RA_NALL; r++) {
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
    for (int r = 0; r < RA_NALL; r++) {
        ra_clear(j, r);
    }
}

void ra_end_insn(struct jit_ctx *j)
{
    j->ra.locked = 0;
    for (int r = 0; r < RA_NALL; r++) {
        ir_slot s = j->ra.slot[r];
        if (s != IR_NOSLOT && ra_dead_after(j, s, j->k)) {
            ra_clear(j, r);
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
    for (int r = 0; r < RA_NALL; r++) {
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
    for (int r = 0; r < RA_NALL; r++) {
        if (ra_overlaps(j->ra.slot[r], off, size)) {
            ra_clear(j, r);
        }
    }
}

bool ra_mov_fp(struct jit_ctx *j, ir_slot d, ir_slot a)
{
    int r = ra_find(j, a);
    if (r < 0 || !ra_is_xmm(r) || d == a) {
        return false;
    }
    int old = ra_find(j, d);
    if (ra_dead_after(j, a, j->k)) {
        /* the temp dies here: the register becomes d's */
        if (old >= 0) {
            ra_clear(j, old);
        }
        j->ra.slot[r] = d;
        j->ra.dirty[r] = true;
        ra_touch(j, r);
        return true;
    }
    ra_touch(j, r);
    int x = xa_def(j, d);
    x64_movaps(&j->b, (enum x64_xmm)x, (enum x64_xmm)ra_xmm(r));
    return true;
}

void ra_load_half(struct jit_ctx *j, ir_slot s, int x)
{
    int r = ra_find(j, s);
    if (r < 0) {
        x64_movq_xm(&j->b, (enum x64_xmm)x, x64_slot_mem(s));
    } else if (ra_is_xmm(r)) {
        x64_movq_xx(&j->b, (enum x64_xmm)x, (enum x64_xmm)ra_xmm(r));
    } else {
        x64_movq_xr(&j->b, 8, (enum x64_xmm)x, ra_regs[r]);
    }
}
