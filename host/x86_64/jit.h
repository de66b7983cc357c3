/* SPDX-License-Identifier: MIT */
/* The x86-64 JIT backend: IR blocks compiled to host code. */
#ifndef XRUN_HOST_X86_64_JIT_H
#define XRUN_HOST_X86_64_JIT_H

#include "translator/backend.h"

extern const struct backend jit_backend;

#endif
