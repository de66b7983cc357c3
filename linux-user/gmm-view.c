/* SPDX-License-Identifier: MIT */
/*
 * The guest's view of its memory map, for /proc/self/maps and smaps.
 * guest_base is 0, so a guest mapping is a host mapping at the same
 * address: the host's /proc/self/maps gives its file, offset, device and
 * inode, and the guest record (gmm-list.c) says which parts are guest
 * memory and with what guest protection (the host has no PROT_EXEC on
 * guest code, and the emulator's own mappings are not the guest's).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linux-user/gmm-internal.h"
#include "linux-user/gmm-list.h"
#include "linux-user/guest-mm.h"

char *gmm_read_host(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    size_t cap = 1 << 16, n = 0;
    char *buf = fd >= 0 ? malloc(cap) : NULL;

    if (buf == NULL) {
        if (fd >= 0) {
            close(fd);
            errno = ENOMEM;
        }
        return NULL;
    }
    for (;;) {
        if (cap - n < 4096) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                close(fd);
                errno = ENOMEM;
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            errno = e;
            return NULL;
        }
        if (r == 0) {
            break;
        }
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/*
 * Parse the header line at p ("start-end perms offset maj:min inode
 * name"): fills v's host fields and returns the next line, or NULL (and
 * nothing changed) if p is not a header line.  The line is cut at its
 * newline so that the name is a string.
 */
static char *gmm_parse_header(char *p, struct gmm_vma *v)
{
    char perms[8];
    uint64_t s, e, off, ino;
    unsigned maj, min;
    int name_at = 0;
    char *eol = strchr(p, '\n');
    char *next = eol != NULL ? eol + 1 : p + strlen(p);

    if (eol != NULL) {
        *eol = '\0';
    }
    if (sscanf(p, "%" SCNx64 "-%" SCNx64 " %7s %" SCNx64 " %x:%x %" SCNu64
                  " %n",
               &s, &e, perms, &off, &maj, &min, &ino, &name_at) != 7) {
        if (eol != NULL) {
            *eol = '\n';
        }
        return NULL;
    }
    v->host_start = s;
    v->host_end = e;
    v->shared = perms[3] == 's';
    v->offset = off;
    v->dev_major = maj;
    v->dev_minor = min;
    v->inode = ino;
    v->name = p + name_at;
    return next;
}

/* Is the line at p a smaps field ("Key: value") rather than a header? */
static bool gmm_is_field(const char *p)
{
    const char *sp = strpbrk(p, " \n");
    return sp != NULL && sp > p && sp[-1] == ':';
}

/* The guest parts of one host mapping. */
static int gmm_vma_split(struct gmm_vma *v,
                         int (*fn)(const struct gmm_vma *v, void *opaque),
                         void *opaque)
{
    uint64_t s, e, at = v->host_start, off0 = v->offset;
    int prot;
    while (gmm_list_next_range(at, v->host_end, &s, &e, &prot)) {
        struct gmm_vma g = *v;
        g.start = s;
        g.end = e;
        g.prot = prot;
        g.offset = g.inode != 0 ? off0 + (s - v->host_start) : 0;
        int r = fn(&g, opaque);
        if (r != 0) {
            return r;
        }
        at = e;
    }
    return 0;
}

int gmm_vma_foreach(bool want_smaps,
                    int (*fn)(const struct gmm_vma *v, void *opaque),
                    void *opaque)
{
    size_t len;
    int ret = 0;

    pthread_mutex_lock(&gmm_lock);
    char *buf = gmm_read_host(want_smaps ? "/proc/self/smaps"
                                         : "/proc/self/maps", &len);
    if (buf == NULL) {
        ret = -errno;
    }
    char *p = buf;
    while (ret == 0 && p != NULL && *p != '\0') {
        struct gmm_vma v;
        memset(&v, 0, sizeof(v));
        char *next = gmm_parse_header(p, &v);
        if (next == NULL) {
            /* Not a header: skip the line. */
            char *eol = strchr(p, '\n');
            p = eol != NULL ? eol + 1 : NULL;
            continue;
        }
        p = next;
        if (want_smaps) {
            v.smaps = p;
            while (*p != '\0' && gmm_is_field(p)) {
                char *eol = strchr(p, '\n');
                p = eol != NULL ? eol + 1 : p + strlen(p);
            }
            v.smaps_len = (size_t)(p - v.smaps);
        }
        ret = gmm_vma_split(&v, fn, opaque);
    }
    pthread_mutex_unlock(&gmm_lock);
    free(buf);
    return ret;
}

bool gmm_range_at(uint64_t addr, uint64_t *start, uint64_t *end, int *prot)
{
    pthread_mutex_lock(&gmm_lock);
    bool ok = gmm_list_range_at(addr, start, end, prot);
    pthread_mutex_unlock(&gmm_lock);
    return ok;
}
