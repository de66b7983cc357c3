/* SPDX-License-Identifier: MIT */
/*
 * Mapping a parsed image into the guest.  The whole span of the PT_LOADs
 * is reserved first (inaccessible), at the fixed addresses of an ET_EXEC
 * or at a chosen base for an ET_DYN, so the segments then land with
 * MAP_FIXED inside memory the guest already owns.  A segment is mapped
 * from the file when its offset and address agree modulo the page size
 * (the usual case); otherwise, or when it starts in the last page of the
 * previous segment, its bytes are copied in.  The bss is zero: the tail of
 * the last file page is cleared, whole pages past it stay anonymous.
 */
#include "elfload/elf.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"

#define ELF_PAGE 4096ull
#define ELF_PAGE_DOWN(x) ((x) & ~(ELF_PAGE - 1))
#define ELF_PAGE_UP(x) ELF_PAGE_DOWN((x) + ELF_PAGE - 1)

/* The largest power-of-two p_align, at least a page. */
static uint64_t elf_image_align(const struct elf_image *img)
{
    uint64_t align = ELF_PAGE;
    for (size_t k = 0; k < img->n_segs; k++) {
        uint64_t a = img->segs[k].align;
        if (a > align && (a & (a - 1)) == 0 && a <= (1ull << 30)) {
            align = a;
        }
    }
    return align;
}

/*
 * Reserve the page span of all segments; *bias is what to add to p_vaddr.
 * 0 or a negative errno.
 */
static int64_t elf_reserve(const struct elf_image *img, uint64_t hint,
                           uint64_t *bias)
{
    const struct elf_seg *last = &img->segs[img->n_segs - 1];
    uint64_t lo = ELF_PAGE_DOWN(img->segs[0].vaddr);
    uint64_t span = ELF_PAGE_UP(last->vaddr + last->memsz) - lo;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    if (img->type == ET_EXEC) {
        *bias = 0;
        int64_t r = gmm_mmap(lo, span, PROT_NONE, flags | MAP_FIXED, -1, 0);
        return r < 0 ? r : 0;
    }
    /* Over-allocate by the alignment, then trim to an aligned base. */
    uint64_t align = elf_image_align(img);
    uint64_t want = hint ? (hint + align - 1) & ~(align - 1) : 0;
    uint64_t len = span + align - ELF_PAGE;
    int64_t r = gmm_mmap(want, len, PROT_NONE, flags, -1, 0);
    if (r < 0) {
        return r;
    }
    uint64_t base = ((uint64_t)r + align - 1) & ~(align - 1);
    if (base > (uint64_t)r) {
        gmm_munmap((uint64_t)r, base - (uint64_t)r);
    }
    if ((uint64_t)r + len > base + span) {
        gmm_munmap(base + span, (uint64_t)r + len - (base + span));
    }
    *bias = base - lo;
    return 0;
}

/* Read exactly len bytes at off into guest memory at addr. */
static int elf_copy_in(int fd, uint64_t addr, uint64_t len, uint64_t off)
{
    char *dst = g2h(addr);
    while (len > 0) {
        ssize_t n = pread(fd, dst, len, (off_t)off);
        if (n <= 0) {
            return n < 0 ? -errno : -EIO;
        }
        dst += n;
        off += (uint64_t)n;
        len -= (uint64_t)n;
    }
    return 0;
}

/*
 * Put the file bytes of s at start (page congruent: map the file pages,
 * writable if the bss tail needs clearing; else copy).  shared: the first
 * page already holds the previous segment.
 */
static int elf_map_file_part(int fd, const struct elf_seg *s, uint64_t start,
                             bool shared)
{
    uint64_t pstart = ELF_PAGE_DOWN(start);
    uint64_t fend = start + s->filesz;
    bool congruent = ((start - s->offset) & (ELF_PAGE - 1)) == 0;
    if (congruent && !shared) {
        int prot = s->prot | (s->memsz > s->filesz ? PROT_WRITE : 0);
        int64_t r = gmm_mmap(pstart, ELF_PAGE_UP(fend) - pstart, prot,
                             MAP_PRIVATE | MAP_FIXED, fd,
                             (off_t)ELF_PAGE_DOWN(s->offset));
        return r < 0 ? (int)r : 0;
    }
    int err = gmm_mprotect(pstart, ELF_PAGE_UP(start + s->memsz) - pstart,
                           PROT_READ | PROT_WRITE);
    return err < 0 ? err : elf_copy_in(fd, start, s->filesz, s->offset);
}

/* Map one segment at bias; prev_end/prev_prot: last page of the previous. */
static int elf_map_seg(const struct elf_image *img, const struct elf_seg *s,
                       uint64_t bias, uint64_t prev_end, int prev_prot)
{
    uint64_t start = s->vaddr + bias;
    uint64_t pstart = ELF_PAGE_DOWN(start);
    uint64_t fend = start + s->filesz;
    uint64_t pend = ELF_PAGE_UP(start + s->memsz);
    bool shared = pstart < prev_end;
    if (s->filesz > 0) {
        int err = elf_map_file_part(img->fd, s, start, shared);
        if (err < 0) {
            return err;
        }
        if (s->memsz > s->filesz) {
            /* Like Linux's padzero: the rest of the last file page. */
            memset(g2h(fend), 0, ELF_PAGE_UP(fend) - fend);
        }
    }
    int err = gmm_mprotect(pstart, pend - pstart, s->prot);
    if (err == 0 && shared) {
        err = gmm_mprotect(pstart, ELF_PAGE, s->prot | prev_prot);
    }
    return err;
}

int elf_map(const struct elf_image *img, uint64_t hint,
            struct elf_mapped *out, char *err, size_t errlen)
{
    uint64_t bias;
    const struct elf_seg *last = &img->segs[img->n_segs - 1];
    int64_t r = elf_reserve(img, hint, &bias);
    if (r < 0) {
        snprintf(err, errlen, "cannot map 0x%llx-0x%llx: %s",
                 (unsigned long long)img->segs[0].vaddr,
                 (unsigned long long)(last->vaddr + last->memsz),
                 r == -ENOMEM ? "address range in use or out of memory"
                              : strerror((int)-r));
        return (int)r;
    }
    uint64_t prev_end = 0;
    int prev_prot = 0;
    for (size_t k = 0; k < img->n_segs; k++) {
        const struct elf_seg *s = &img->segs[k];
        int e = elf_map_seg(img, s, bias, prev_end, prev_prot);
        if (e < 0) {
            snprintf(err, errlen, "cannot map segment at 0x%llx: %s",
                     (unsigned long long)(s->vaddr + bias), strerror(-e));
            return e;
        }
        prev_end = ELF_PAGE_UP(s->vaddr + bias + s->memsz);
        prev_prot = s->prot;
    }
    out->bias = bias;
    out->entry = img->entry + bias;
    out->phdr = img->phdr_vaddr + bias;
    out->start = ELF_PAGE_DOWN(img->segs[0].vaddr) + bias;
    out->end = prev_end;
    return 0;
}
