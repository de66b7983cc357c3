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
};

/* The backend in use (set once at start-up by the program). */
extern const struct backend *cpu_backend;


#endif
