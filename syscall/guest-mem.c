/* SPDX-License-Identifier: MIT */
/*
 * Checked access to guest memory for syscall handlers: ranges are checked
 * with gmm_access_ok() first so a bad guest pointer gives EFAULT instead
 * of a fault inside the emulator.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"

/* Strings are checked a page at a time: they may end before a hole. */
#define SYS_CHUNK 4096u

void *sys_lock(uint64_t addr, uint64_t len, int prot)
{
    /*
     * An empty range is never a fault, but g2h(0) is NULL, which callers
     * read as EFAULT (ppoll(NULL, 0, ...) from pause()): hand out a valid
     * pointer the host call will not dereference for zero bytes.
     */
    static char empty;
    if (len == 0) {
        void *h = g2h(addr);
        return h != NULL ? h : &empty;
    }
    if (addr + len < addr || !gmm_access_ok(addr, len, prot)) {
        return NULL;
    }
    return g2h(addr);
}

/* Length of the guest string at addr if shorter than max, else -1/-2. */
static int64_t guest_strlen(uint64_t addr, size_t max)
{
    size_t n = 0;

    while (n < max) {
        uint64_t p = addr + n;
        size_t chunk = SYS_CHUNK - (size_t)(p & (SYS_CHUNK - 1));
        if (!gmm_access_ok(p, chunk, PROT_READ)) {
            return -1;
        }
        const char *nul = memchr(g2h(p), 0, chunk);
        if (nul != NULL) {
            return (int64_t)(n + (size_t)(nul - (const char *)g2h(p)));
        }
        n += chunk;
    }
    return -2;
}

int64_t sys_strcpy(uint64_t addr, char *buf, size_t cap)
{
    int64_t len = guest_strlen(addr, cap);

    if (len == -1) {
        return -GUEST_EFAULT;
    }
    if (len < 0 || (size_t)len >= cap) {
        return -GUEST_ENAMETOOLONG;
    }
    memcpy(buf, g2h(addr), (size_t)len + 1);
    return len;
}

char *sys_strdup(uint64_t addr)
{
    /* argv/envp strings: the kernel's own limit is MAX_ARG_STRLEN. */
    int64_t len = guest_strlen(addr, 32 * SYS_CHUNK);

    if (len < 0) {
        return NULL;
    }
    char *s = malloc((size_t)len + 1);
    if (s != NULL) {
        memcpy(s, g2h(addr), (size_t)len + 1);
    }
    return s;
}

struct iovec *sys_iov_lock(uint64_t addr, uint64_t cnt, int prot,
                           int64_t *err)
{
    *err = 0;
    if (cnt > GUEST_UIO_MAXIOV) {
        *err = -GUEST_EINVAL;
        return NULL;
    }
    if (cnt == 0) {
        return NULL;
    }
    const struct guest_iovec *g = sys_lock(addr, cnt * sizeof(*g), SYS_R);
    struct iovec *v = g != NULL ? calloc(cnt, sizeof(*v)) : NULL;
    if (v == NULL) {
        *err = g == NULL ? -GUEST_EFAULT : -GUEST_ENOMEM;
        return NULL;
    }
    for (uint64_t i = 0; i < cnt; i++) {
        v[i].iov_base = sys_lock(g[i].base, g[i].len, prot);
        v[i].iov_len = g[i].len;
        if (v[i].iov_base == NULL) {
            free(v);
            *err = -GUEST_EFAULT;
            return NULL;
        }
    }
    return v;
}
