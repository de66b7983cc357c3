/* SPDX-License-Identifier: MIT */
/*
 * The guests' ELF magic for binfmt_misc: a little-endian ELF64 file
 * (EI_CLASS 2, EI_DATA 1, EI_VERSION 1), any EI_OSABI, of type ET_EXEC (2)
 * or ET_DYN (3): the mask clears e_type's low bit; e_machine 183 (aarch64)
 * or 243 (riscv64).
 */
#include <stdio.h>
#include <string.h>

#include "binfmt/binfmt.h"

#define BF_ELF64LE(machine) \
    {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, \
     (machine), 0}
#define BF_MASK \
    {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0xff, 0xff, 0xff, \
     0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff}

const struct bf_arch bf_arches[] = {
    {"aarch64", BF_ELF64LE(183), BF_MASK},
    {"riscv64", BF_ELF64LE(243), BF_MASK},
};
const size_t bf_n_arches = sizeof(bf_arches) / sizeof(bf_arches[0]);

const struct bf_arch *bf_arch_find(const char *name)
{
    for (size_t k = 0; k < bf_n_arches; k++) {
        if (strcmp(bf_arches[k].name, name) == 0) {
            return &bf_arches[k];
        }
    }
    /* Debian's and Go's name for aarch64. */
    if (strcmp(name, "arm64") == 0) {
        return bf_arch_find("aarch64");
    }
    return NULL;
}

void bf_escape(char *buf, const uint8_t *bytes, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        snprintf(buf + 4 * k, 5, "\\x%02x", bytes[k]);
    }
    buf[4 * n] = '\0';
}
