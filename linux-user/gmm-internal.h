/* SPDX-License-Identifier: MIT */
/*
 * Shared by the guest-mm files (guest-mm.c, gmm-*.c): page constants, the
 * lock over the mapping record, the claim helpers that keep fixed guest
 * mappings off the emulator's memory, and the guest's own mmap area.
 */
#ifndef XRUN_LINUX_USER_GMM_INTERNAL_H
#define XRUN_LINUX_USER_GMM_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* Guest and host page size (checked by gmm_init). */
#define GMM_PAGE 4096

/* End of the guest address space: x86-64's user space, 2^47 - 1 page. */
#define GMM_TOP 0x7ffffffff000ull

#define GMM_PAGE_UP(x) (((x) + GMM_PAGE - 1) & ~(uint64_t)(GMM_PAGE - 1))
#define GMM_PAGE_DOWN(x) ((x) & ~(uint64_t)(GMM_PAGE - 1))

/* Held over every change of the host mappings and the record. */
extern pthread_mutex_t gmm_lock;

/* Host protection for guest prot (no host PROT_EXEC). */
int gmm_host_prot(int prot);

/* len rounded up to pages in *rounded; false if [addr, +len) leaves the space. */
bool gmm_range_ok(uint64_t addr, uint64_t len, uint64_t *rounded);

/* Lock held: claim the non-guest parts of [start, end); 0 or -ENOMEM. */
int gmm_claim_gaps(uint64_t start, uint64_t end);

/* Lock held: undo gmm_claim_gaps (record unchanged since). */
void gmm_unclaim_gaps(uint64_t start, uint64_t end);

/* Lock held: unmap the guest memory in [start, end), nothing else. */
int gmm_unmap_guest(uint64_t start, uint64_t end);

/* Lock held: drop all translations if [start, end) holds guest code. */
void gmm_flush_if_code(uint64_t start, uint64_t end);

/*
 * Lock held: mmap exactly at addr, never over anything (MAP_FIXED_NOREPLACE
 * whatever flags say); addr, -EEXIST if something is there, or -errno.
 * Nothing is recorded.
 */
int64_t gmm_map_here(uint64_t addr, uint64_t len, int host_prot, int flags,
                     int fd, off_t off);

/*
 * Lock held: mmap len bytes at a free place of the guest's mmap area
 * (gmm-area.c: away from the emulator's memory); the address, -EEXIST when
 * the area has no room (let the host choose), or -errno.  Not recorded.
 */
int64_t gmm_area_map(uint64_t len, int host_prot, int flags, int fd,
                     off_t off);

/* The whole of a host /proc file, NUL-terminated; NULL with errno. */
char *gmm_read_host(const char *path, size_t *len);

#endif
