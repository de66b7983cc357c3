/* SPDX-License-Identifier: MIT */
/*
 * The guest address space of the process: where guest mappings may go,
 * brk, and the guest view of mmap/munmap/mprotect/mremap.  The ELF loader
 * and the syscall layer map guest memory only through these calls, so the
 * emulator's own allocations never land where the guest expects to map.
 * Guest address g is host address g + guest_base.
 */
#ifndef XRUN_LINUX_USER_GUEST_MM_H
#define XRUN_LINUX_USER_GUEST_MM_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

extern uintptr_t guest_base;

static inline void *g2h(uint64_t guest)
{
    return (void *)(uintptr_t)(guest + guest_base);
}

static inline uint64_t h2g(const void *host)
{
    return (uint64_t)(uintptr_t)host - guest_base;
}

/* Set up the address space (choose guest_base); 0 or -errno. */
int gmm_init(void);

/*
 * mmap in guest terms: prot/flags are host PROT_ and MAP_ values (the
 * asm-generic guests use the same numbers).  Returns the guest address or
 * a negative host errno.
 */
int64_t gmm_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd,
                 off_t off);
int gmm_munmap(uint64_t addr, uint64_t len);
int gmm_mprotect(uint64_t addr, uint64_t len, int prot);
int64_t gmm_mremap(uint64_t old_addr, uint64_t old_len, uint64_t new_len,
                   int flags, uint64_t new_addr);

/* brk: the loader sets the start (end of the data segment). */
void gmm_set_brk(uint64_t start);
/* The brk syscall: returns the new (or unchanged) break. */
uint64_t gmm_brk(uint64_t new_brk);

/* Is [addr, addr+len) mapped with at least prot (PROT_READ/WRITE)? */
bool gmm_access_ok(uint64_t addr, uint64_t len, int prot);

#endif
