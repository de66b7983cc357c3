/* SPDX-License-Identifier: MIT */
/*
 * The one list of guest ABIs in this build.  A new target adds its
 * exported struct guest_abi here; everything else looks ABIs up.
 */
#include "target/guest-abi.h"

#include <string.h>

static const struct guest_abi *const guest_abis[] = {
    &rv64_abi,
    &a64_abi,
};

#define N_GUEST_ABIS (sizeof(guest_abis) / sizeof(guest_abis[0]))

const struct guest_abi *guest_abi_nth(size_t n)
{
    return n < N_GUEST_ABIS ? guest_abis[n] : NULL;
}

const struct guest_abi *guest_abi_for_machine(uint16_t e_machine)
{
    for (size_t k = 0; k < N_GUEST_ABIS; k++) {
        if (guest_abis[k]->arch->elf_machine == e_machine) {
            return guest_abis[k];
        }
    }
    return NULL;
}

const struct guest_abi *guest_abi_for_name(const char *name)
{
    for (size_t k = 0; k < N_GUEST_ABIS; k++) {
        if (strcmp(guest_abis[k]->arch->name, name) == 0) {
            return guest_abis[k];
        }
    }
    return NULL;
}
