/* SPDX-License-Identifier: MIT */
/*
 * binfmt_misc entries: an entry's file reads
 *   enabled | disabled
 *   interpreter PATH
 *   flags: POCF
 *   offset N
 *   magic HEX
 *   mask HEX            (absent: all ones)
 * or "extension .EXT" in place of offset/magic/mask.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binfmt/binfmt.h"

static size_t bf_unhex(const char *s, uint8_t *out, size_t max)
{
    size_t n = 0;
    unsigned v;
    while (n < max && sscanf(s + 2 * n, "%2x", &v) == 1) {
        out[n++] = (uint8_t)v;
    }
    return n;
}

/* dst = src, cut to size - 1 bytes. */
static void bf_copy(char *dst, size_t size, const char *src)
{
    size_t n = strnlen(src, size - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

int bf_entry_read(const char *dir, const char *name, struct bf_entry *e)
{
    char path[4352], line[4352];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -errno;
    }
    memset(e, 0, sizeof(*e));
    bf_copy(e->name, sizeof(e->name), name);
    bool have_mask = false;
    while (fgets(line, sizeof(line), f) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (strcmp(line, "enabled") == 0) {
            e->enabled = true;
        } else if (strncmp(line, "interpreter ", 12) == 0) {
            bf_copy(e->interp, sizeof(e->interp), line + 12);
        } else if (strncmp(line, "flags: ", 7) == 0) {
            bf_copy(e->flags, sizeof(e->flags), line + 7);
        } else if (strncmp(line, "offset ", 7) == 0) {
            e->offset = (unsigned)strtoul(line + 7, NULL, 10);
        } else if (strncmp(line, "magic ", 6) == 0) {
            e->is_magic = true;
            e->len = bf_unhex(line + 6, e->magic, BF_MAGIC_MAX);
        } else if (strncmp(line, "mask ", 5) == 0) {
            have_mask = true;
            bf_unhex(line + 5, e->mask, BF_MAGIC_MAX);
        }
    }
    fclose(f);
    if (!have_mask) {
        memset(e->mask, 0xff, sizeof(e->mask));
    }
    return 0;
}

bool bf_entry_overlaps(const struct bf_entry *e, const struct bf_arch *a)
{
    if (!e->is_magic || e->offset >= BF_MAGIC_LEN) {
        return false;
    }
    /* Some file matches both unless a byte both masks test differs. */
    for (size_t k = 0; k < e->len; k++) {
        size_t at = e->offset + k;
        if (at >= BF_MAGIC_LEN) {
            break;
        }
        uint8_t both = e->mask[k] & a->mask[at];
        if ((e->magic[k] & both) != (a->magic[at] & both)) {
            return false;
        }
    }
    return true;
}

int bf_write_file(const char *path, const char *s)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return -errno;
    }
    size_t len = strlen(s);
    ssize_t n = write(fd, s, len);
    int err = n < 0 ? -errno : (size_t)n != len ? -EIO : 0;
    close(fd);
    return err;
}

bool bf_mounted(const char *dir)
{
    char path[4352];
    snprintf(path, sizeof(path), "%s/register", dir);
    return access(path, F_OK) == 0;
}

const char *bf_file_kind(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return errno == ENOENT ? "missing" : "unreadable";
    }
    Elf64_Ehdr eh;
    const char *kind = "not ELF";
    if (pread(fd, &eh, sizeof(eh), 0) == (ssize_t)sizeof(eh) &&
        memcmp(eh.e_ident, ELFMAG, SELFMAG) == 0 &&
        eh.e_ident[EI_CLASS] == ELFCLASS64 &&
        eh.e_phentsize == sizeof(Elf64_Phdr)) {
        kind = "static";
        for (unsigned k = 0; k < eh.e_phnum; k++) {
            Elf64_Phdr ph;
            if (pread(fd, &ph, sizeof(ph),
                      (off_t)(eh.e_phoff + k * sizeof(ph))) !=
                (ssize_t)sizeof(ph)) {
                kind = "not ELF";
                break;
            }
            if (ph.p_type == PT_INTERP) {
                kind = "dynamic";
                break;
            }
        }
    }
    close(fd);
    return kind;
}
