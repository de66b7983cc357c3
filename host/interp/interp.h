/* SPDX-License-Identifier: MIT */
/* The portable backend: executes IR directly; the JIT's oracle. */
#ifndef XRUN_HOST_INTERP_H
#define XRUN_HOST_INTERP_H

#include "translator/backend.h"

extern const struct backend interp_backend;

#endif
