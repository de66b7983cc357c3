/* SPDX-License-Identifier: MIT */
/*
 * The list of guest ABIs this build knows, by name, for the program's
 * multi-call names (xrun-riscv64) and messages.  guest_abi_for_machine()
 * is declared in target/abi.h.
 */
#ifndef XRUN_TARGET_GUEST_ABI_H
#define XRUN_TARGET_GUEST_ABI_H

#include <stddef.h>

#include "target/abi.h"

/* The ABI whose arch is called name ("riscv64"), or NULL. */
const struct guest_abi *guest_abi_for_name(const char *name);

/* The n-th known ABI (n from 0), or NULL past the end. */
const struct guest_abi *guest_abi_nth(size_t n);

#endif
