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

/*
 * SysV shm (gmm-shm.c): shmat of segment shmid at addr (0: anywhere) with
 * the SHM_* flags, returning the guest address or a negative host errno;
 * shmdt of the attachment at addr, 0 or -errno.
 */
int64_t gmm_shmat(int shmid, uint64_t addr, int flags);
int gmm_shmdt(uint64_t addr);

/* brk: the loader sets the start (end of the data segment). */
void gmm_set_brk(uint64_t start);
/* The brk syscall: returns the new (or unchanged) break. */
uint64_t gmm_brk(uint64_t new_brk);

/* Is [addr, addr+len) mapped with at least prot (PROT_READ/WRITE)? */
bool gmm_access_ok(uint64_t addr, uint64_t len, int prot);

/* The heap: [start, end) of the pages brk has mapped (empty if none). */
void gmm_brk_range(uint64_t *start, uint64_t *end);

/*
 * The guest memory map as /proc/self/maps shows it (gmm-view.c): one
 * gmm_vma per part of a host mapping that is guest memory with one guest
 * protection, in address order.  File, offset, device and inode come from
 * the host's mapping, the permissions from the guest's record.
 */
struct gmm_vma {
    uint64_t start, end;
    int prot;                  /* guest PROT_READ/WRITE/EXEC */
    bool shared;               /* MAP_SHARED */
    uint64_t offset;           /* file offset of start */
    unsigned dev_major, dev_minor;
    uint64_t inode;
    const char *name;          /* host name: a path, "[...]" or "" */
    /* The host mapping it is part of, and with want_smaps its smaps
     * lines after the header ("Size: ... kB\n..."), else NULL. */
    uint64_t host_start, host_end;
    const char *smaps;
    size_t smaps_len;
};

/*
 * Call fn for every guest vma, under the guest-mm lock (fn must not map
 * guest memory); stops at the first non-zero return of fn and returns it.
 * 0 when done, -errno if the host map cannot be read.
 */
int gmm_vma_foreach(bool want_smaps,
                    int (*fn)(const struct gmm_vma *v, void *opaque),
                    void *opaque);

/* The recorded guest range around addr: true with its bounds and prot. */
bool gmm_range_at(uint64_t addr, uint64_t *start, uint64_t *end, int *prot);

#endif
