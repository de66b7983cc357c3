/* SPDX-License-Identifier: MIT */
/*
 * xrun-binfmt: registers the xrun emulators with the kernel's binfmt_misc.
 * arch.c: the guests and their ELF magic; entry.c: reading, writing and
 * removing binfmt_misc entries; xrun-binfmt.c: the commands.
 */
#ifndef XRUN_BINFMT_BINFMT_H
#define XRUN_BINFMT_BINFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ELF header bytes matched: e_ident (16), e_type (2), e_machine (2). */
#define BF_MAGIC_LEN 20
/* binfmt_misc's limit for magic and mask (BINPRM_BUF_SIZE). */
#define BF_MAGIC_MAX 128

struct bf_arch {
    const char *name;      /* riscv64, aarch64: xrun-NAME */
    uint8_t magic[BF_MAGIC_LEN];
    uint8_t mask[BF_MAGIC_LEN];
};

extern const struct bf_arch bf_arches[];
extern const size_t bf_n_arches;

/* The guest called name, or NULL. */
const struct bf_arch *bf_arch_find(const char *name);

/* buf = "\xHH..." for n bytes: 4 * n + 1 bytes needed. */
void bf_escape(char *buf, const uint8_t *bytes, size_t n);

/* One binfmt_misc entry, as its file in the binfmt_misc directory says. */
struct bf_entry {
    char name[256];
    bool enabled;
    bool is_magic;          /* M type (not E, extension) */
    char interp[4096];
    char flags[16];
    unsigned offset;
    uint8_t magic[BF_MAGIC_MAX], mask[BF_MAGIC_MAX];
    size_t len;
};

/* Read dir/name.  0, or -errno. */
int bf_entry_read(const char *dir, const char *name, struct bf_entry *e);

/* Does e catch some program that a's magic and mask match? */
bool bf_entry_overlaps(const struct bf_entry *e, const struct bf_arch *a);

/* Write s in one write(2) to path.  0, or -errno. */
int bf_write_file(const char *path, const char *s);

/* Is dir a mounted binfmt_misc (has register)? */
bool bf_mounted(const char *dir);

/* What path is: "static", "dynamic" (has PT_INTERP), "missing", "not ELF". */
const char *bf_file_kind(const char *path);

#endif
