/* SPDX-License-Identifier: MIT */
/*
 * What differs between the asm-generic guests in the syscall ABI: a few
 * open flag bits (arm64 moved O_DIRECTORY/O_NOFOLLOW/O_DIRECT/O_LARGEFILE)
 * and whether struct sigaction has sa_restorer (arm64 yes, riscv64 no).
 * One row per guest machine; everything else is shared.
 */
#include <elf.h>
#include <fcntl.h>

#include "syscall/sys-internal.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

/*
 * Host (x86_64 kernel) values.  libc defines O_LARGEFILE as 0 on 64-bit
 * hosts, but the kernel reports 0100000 in F_GETFL, so spell it out.
 */
#define HOST_O_LARGEFILE 0100000
_Static_assert(O_DIRECTORY == 0200000 && O_NOFOLLOW == 0400000 &&
               O_DIRECT == 040000, "open flags: x86_64 host expected");

/* riscv64 uses the x86_64 numbers: nothing to translate. */
static const struct sys_oflag_map oflags_same[] = {{0, 0}};

static const struct sys_oflag_map oflags_arm64[] = {
    {040000, O_DIRECTORY},
    {0100000, O_NOFOLLOW},
    {0200000, O_DIRECT},
    {0400000, HOST_O_LARGEFILE},
    {0, 0},
};

static const struct sys_abi_quirks quirks[] = {
    {EM_RISCV, oflags_same, false},
    {EM_AARCH64, oflags_arm64, true},
};

const struct sys_abi_quirks *sys_quirks_for_machine(uint16_t machine)
{
    for (size_t i = 0; i < sizeof(quirks) / sizeof(quirks[0]); i++) {
        if (quirks[i].machine == machine) {
            return &quirks[i];
        }
    }
    return &quirks[0];
}

const struct sys_abi_quirks *sys_quirks(void)
{
    static const struct sys_abi_quirks *cached;

    if (cached == NULL || sys_proc.abi == NULL) {
        uint16_t m = EM_RISCV;
        if (sys_proc.abi != NULL && sys_proc.abi->arch != NULL) {
            m = sys_proc.abi->arch->elf_machine;
        }
        cached = sys_quirks_for_machine(m);
    }
    return cached;
}

int sys_oflags_to_host(const struct sys_abi_quirks *q, uint32_t guest)
{
    uint32_t moved = 0;
    int host = 0;

    for (const struct sys_oflag_map *m = q->oflags; m->guest != 0; m++) {
        moved |= m->guest;
        if (guest & m->guest) {
            host |= m->host;
        }
    }
    return host | (int)(guest & ~moved);
}

uint32_t sys_oflags_to_guest(const struct sys_abi_quirks *q, int host)
{
    uint32_t guest = 0;
    int moved = 0;

    for (const struct sys_oflag_map *m = q->oflags; m->guest != 0; m++) {
        moved |= m->host;
        if (host & m->host) {
            guest |= m->guest;
        }
    }
    return guest | (uint32_t)(host & ~moved);
}
