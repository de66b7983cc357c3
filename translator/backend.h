/* SPDX-License-Identifier: MIT */
/*
 * The contract between the core and a host backend (host/interp,
 * host/x86_64): prepare a finished block, then run blocks.
 */
#ifndef XRUN_TRANSLATOR_BACKEND_H
#define XRUN_TRANSLATOR_BACKEND_H

#include "translator/cpu.h"
#include "translator/tb.h"

struct backend {
    const char *name;
    /* Compile tb->insn into tb->host_code (or nothing); false if it cannot. */
    bool (*prepare)(struct tb *tb);
    /* Release tb->host_code. */
    void (*release)(struct tb *tb);
    /*
     * Run from tb, following chains, until an exit the core must see.
     * Returns EXCP_NONE with cpu->pc set, and *chain_from / *chain_exit
     * naming a static exit that may be linked (chain_from NULL if none),
     * or an exception.
     */
    enum cpu_excp (*exec)(struct cpu *cpu, struct tb *tb,
                          struct tb **chain_from, int *chain_exit);
    /* Optional: exit n of from now leads to to (patch generated code). */
    void (*link)(struct tb *from, int n, struct tb *to);
    /* Optional: every block was just dropped (tb_flush_all). */
    void (*flush)(void);
    /*
     * Optional: hold (true) or release (false) the backend's locks around
     * a host fork(), so the child never inherits one held by a thread
     * that does not exist there.
     */
    void (*fork_lock)(bool hold);
    /*
     * Optional: if host_pc is in generated code at a guest access, the
     * block and op it belongs to (called from the SIGSEGV handler).
     */
    bool (*fault_pc)(const struct cpu *cpu, uintptr_t host_pc,
                     const struct tb **tb, const struct ir_insn **insn);
};

/* The backend in use (set once at start-up by the program). */
extern const struct backend *cpu_backend;


#endif
