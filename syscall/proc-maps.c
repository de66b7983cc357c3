/* SPDX-License-Identifier: MIT */
/*
 * /proc/self/maps and smaps as the guest would see them on its own
 * kernel: only guest mappings (linux-user/gmm-view.c: the host's mapping
 * split by the guest's record), with guest permissions (x on guest code,
 * which the host maps without PROT_EXEC), file names as the guest names
 * them (without the -L prefix), [heap] for the guest's brk area and
 * [stack] for the mapping of the initial stack.  smaps adds the host's
 * counters of the mapping, in proportion when the guest view splits it.
 * The format is Linux's (fs/proc/task_mmu.c show_map_vma).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "linux-user/guest-mm.h"
#include "syscall/proc.h"
#include "syscall/sys-internal.h"

struct maps_ctx {
    FILE *f;
    uint64_t brk_start, brk_end;
    bool smaps;
};

/* The name column: a guest path, [heap], [stack] or nothing. */
static const char *maps_name(const struct maps_ctx *c, const struct gmm_vma *v)
{
    if (v->inode == 0 && v->name[0] != '/') {
        if (c->brk_end > c->brk_start && v->start < c->brk_end &&
            v->end > c->brk_start) {
            return "[heap]";
        }
        if (v->start <= sys_proc.stack_start && sys_proc.stack_start < v->end) {
            return "[stack]";
        }
        /* The host's [heap], [stack], [vdso] are the emulator's. */
        return v->name[0] == '[' && strncmp(v->name, "[anon:", 6) != 0
                   ? "" : v->name;
    }
    return sys_guest_view(v->name);
}

static void maps_header(FILE *f, const struct gmm_vma *v, const char *name)
{
    int n = fprintf(f, "%08" PRIx64 "-%08" PRIx64 " %c%c%c%c %08" PRIx64
                       " %02x:%02x %" PRIu64 " ",
                    v->start, v->end, (v->prot & PROT_READ) ? 'r' : '-',
                    (v->prot & PROT_WRITE) ? 'w' : '-',
                    (v->prot & PROT_EXEC) ? 'x' : '-', v->shared ? 's' : 'p',
                    v->offset, v->dev_major, v->dev_minor, v->inode);
    if (name[0] != '\0') {
        /* Linux pads the name to column 73 on 64-bit. */
        int pad = n < 72 ? 72 - n : 0;
        fprintf(f, "%*s %s", pad, "", name);
    }
    fputc('\n', f);
}

/* The VmFlags line: the guest's rd/wr/ex, the host's other flags. */
static void smaps_vmflags(FILE *f, const struct gmm_vma *v, const char *flags,
                          size_t len)
{
    fputs("VmFlags: ", f);
    if (v->prot & PROT_READ) {
        fputs("rd ", f);
    }
    if (v->prot & PROT_WRITE) {
        fputs("wr ", f);
    }
    if (v->prot & PROT_EXEC) {
        fputs("ex ", f);
    }
    bool me = false;
    for (size_t k = 0; k < len;) {
        while (k < len && flags[k] == ' ') {
            k++;
        }
        size_t s = k;
        while (k < len && flags[k] != ' ') {
            k++;
        }
        if (k == s) {
            break;
        }
        size_t n = k - s;
        if (n == 2 && (!memcmp(flags + s, "rd", 2) ||
                       !memcmp(flags + s, "wr", 2) ||
                       !memcmp(flags + s, "ex", 2))) {
            continue;
        }
        me |= n == 2 && !memcmp(flags + s, "me", 2);
        fprintf(f, "%.*s ", (int)n, flags + s);
    }
    if (!me && (v->prot & PROT_EXEC)) {
        fputs("me ", f);
    }
    fputc('\n', f);
}

/* The host's counters for v's host mapping, for v's share of it. */
static void smaps_fields(FILE *f, const struct gmm_vma *v)
{
    uint64_t part = v->end - v->start;
    uint64_t whole = v->host_end - v->host_start;
    const char *p = v->smaps, *end = v->smaps + v->smaps_len;

    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t len = eol != NULL ? (size_t)(eol - p) : (size_t)(end - p);
        const char *colon = memchr(p, ':', len);
        char key[40];
        uint64_t kb;
        int used = 0;
        if (colon != NULL && (size_t)(colon - p) + 2 <= sizeof(key)) {
            size_t kl = (size_t)(colon - p) + 1;
            memcpy(key, p, kl);
            key[kl] = '\0';
            if (strcmp(key, "VmFlags:") == 0) {
                smaps_vmflags(f, v, colon + 1, len - kl);
            } else if (sscanf(colon + 1, "%" SCNu64 " kB%n", &kb, &used) ==
                           1 && used > 0) {
                if (strcmp(key, "Size:") == 0) {
                    kb = part >> 10;
                } else if (strcmp(key, "KernelPageSize:") != 0 &&
                           strcmp(key, "MMUPageSize:") != 0 && whole != 0 &&
                           part != whole) {
                    kb = (uint64_t)((unsigned __int128)kb * part / whole);
                }
                fprintf(f, "%-16s%8" PRIu64 " kB\n", key, kb);
            } else {
                fprintf(f, "%.*s\n", (int)len, p);
            }
        } else {
            fprintf(f, "%.*s\n", (int)len, p);
        }
        p += len + 1;
    }
}

static int maps_one(const struct gmm_vma *v, void *opaque)
{
    const struct maps_ctx *c = opaque;
    maps_header(c->f, v, maps_name(c, v));
    if (c->smaps && v->smaps != NULL) {
        smaps_fields(c->f, v);
    }
    return 0;
}

static int maps_write(FILE *f, bool smaps)
{
    struct maps_ctx c = {.f = f, .smaps = smaps};
    gmm_brk_range(&c.brk_start, &c.brk_end);
    int err = gmm_vma_foreach(smaps, maps_one, &c);
    return err < 0 ? -GUEST_EIO : 0;
}

int proc_maps(FILE *f)
{
    return maps_write(f, false);
}

int proc_smaps(FILE *f)
{
    return maps_write(f, true);
}
