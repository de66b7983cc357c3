/* SPDX-License-Identifier: MIT */
/*
 * Where a guest mapping goes when the guest leaves the choice to the
 * kernel (no address, or a hint that is taken).
 *
 * The host kernel would pick from its own mmap area, top-down from below
 * the host stack, which is also where the emulator's memory comes from:
 * malloc (musl's allocator maps small groups a few pages at a time, glibc
 * maps large blocks), thread stacks, the JIT's code buffers.  Guest and
 * emulator mappings would interleave, and a page the guest unmaps would
 * soon hold emulator data, so a guest access there would read it instead
 * of raising SIGSEGV.  So guest mappings get their own area, top-down from
 * GMM_AREA_TOP as under a riscv64 Sv39 kernel (elfload puts the stack just
 * under 2^38 and an ET_DYN program at 2^38 / 24), far below the host's mmap
 * base (near 2^47): what the guest unmaps there stays unmapped.  Only when
 * the area is full does the host choose, anywhere in the guest space.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "linux-user/guest-mm.h"

/*
 * 2 GiB under 2^38: room for elfload's largest stack (1 GiB and its guard
 * gap) under its 2^38 hint, as Linux leaves a gap of the stack rlimit
 * between the stack and mmap_base.
 */
#define GMM_AREA_TOP 0x3f80000000ull
/* Linux's default vm.mmap_min_addr. */
#define GMM_AREA_BOTTOM 0x10000ull

int64_t gmm_map_here(uint64_t addr, uint64_t len, int host_prot, int flags,
                     int fd, off_t off)
{
    void *want = g2h(addr);
    void *p = mmap(want, len, host_prot,
                   (flags & ~MAP_FIXED) | MAP_FIXED_NOREPLACE, fd, off);
    if (p == want) {
        return (int64_t)addr;
    }
    if (p == MAP_FAILED) {
        return -errno;
    }
    /* Kernels before 4.17 treat NOREPLACE as a hint. */
    munmap(p, len);
    return -EEXIST;
}

/*
 * Host mappings found in the way (the static build's image and heap, ASan's
 * shadow in a debug build), so that later searches skip them without a
 * syscall.  An entry that went stale only makes a search skip free space.
 */
#define GMM_OBSTACLES 4
static struct {
    uint64_t start, end;
} gmm_obstacles[GMM_OBSTACLES];
static unsigned gmm_obstacle_next;

/* Lock held: the lowest start of a known obstacle meeting [lo, hi), or hi. */
static uint64_t gmm_known_obstacle(uint64_t lo, uint64_t hi)
{
    uint64_t low = hi;
    for (unsigned k = 0; k < GMM_OBSTACLES; k++) {
        if (gmm_obstacles[k].start < hi && gmm_obstacles[k].end > lo &&
            gmm_obstacles[k].start < low) {
            low = gmm_obstacles[k].start;
        }
    }
    return low;
}

/*
 * Lock held: [lo, hi) is not free on the host although the guest record
 * has nothing there.  The start of the lowest host mapping meeting it (from
 * /proc/self/maps, and remembered), or lo if that cannot be read.
 */
static uint64_t gmm_host_obstacle(uint64_t lo, uint64_t hi)
{
    size_t len;
    char *buf = gmm_read_host("/proc/self/maps", &len);
    uint64_t low = lo;
    if (buf == NULL) {
        return low;
    }
    for (char *p = buf; p != NULL && *p != '\0';) {
        uint64_t s, e;
        if (sscanf(p, "%" SCNx64 "-%" SCNx64, &s, &e) == 2 && s < hi &&
            e > lo) {
            /* Lines are in address order: the first is the lowest. */
            low = s;
            gmm_obstacles[gmm_obstacle_next].start = s;
            gmm_obstacles[gmm_obstacle_next].end = e;
            gmm_obstacle_next = (gmm_obstacle_next + 1) % GMM_OBSTACLES;
            break;
        }
        char *eol = strchr(p, '\n');
        p = eol != NULL ? eol + 1 : NULL;
    }
    free(buf);
    return low;
}

int64_t gmm_area_map(uint64_t len, int host_prot, int flags, int fd,
                     off_t off)
{
    uint64_t hi = GMM_AREA_TOP, gs, ge;
    if (flags & MAP_HUGETLB) {
        return -EEXIST; /* huge-page alignment: the host knows best */
    }
    while (hi > GMM_AREA_BOTTOM && hi - GMM_AREA_BOTTOM >= len &&
           gmm_list_last_gap(GMM_AREA_BOTTOM, hi, &gs, &ge)) {
        if (ge - gs < len) {
            hi = gs;
            continue;
        }
        /* Each step lowers hi: an obstacle meeting [at, ge) starts below ge. */
        uint64_t at = ge - len;
        hi = gmm_known_obstacle(at, ge);
        if (hi < ge) {
            continue;
        }
        int64_t r = gmm_map_here(at, len, host_prot, flags, fd, off);
        if (r != -EEXIST) {
            return r;
        }
        hi = gmm_host_obstacle(at, ge);
    }
    return -EEXIST;
}
