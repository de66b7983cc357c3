/* SPDX-License-Identifier: MIT */
/*
 * Parsing and validating a guest ELF file, without mapping anything.  The
 * identification bytes are checked by hand first so a short or foreign
 * file gets a precise reason; libelf (gelf) then reads the headers.
 * Everything the mapper relies on is checked here: segments inside the
 * file and the address space, no overlaps, filesz <= memsz.
 */
#include "elfload/elf.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static enum elf_err elf_fail(struct elf_image *img, enum elf_err err,
                             const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum elf_err elf_fail(struct elf_image *img, enum elf_err err,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(img->error, sizeof(img->error), fmt, ap);
    va_end(ap);
    return err;
}

const char *elf_machine_name(uint16_t machine)
{
    static const struct {
        uint16_t em;
        const char *name;
    } names[] = {
        {EM_386, "i386"},       {EM_X86_64, "x86-64"},
        {EM_ARM, "arm"},        {EM_AARCH64, "aarch64"},
        {EM_RISCV, "riscv64"},    {EM_PPC64, "ppc64"},
        {EM_S390, "s390"},      {EM_MIPS, "mips"},
        {258 /* EM_LOONGARCH */, "loongarch"}, {EM_SPARCV9, "sparc64"},
    };
    static char unknown[16];
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        if (names[k].em == machine) {
            return names[k].name;
        }
    }
    snprintf(unknown, sizeof(unknown), "EM %u", machine);
    return unknown;
}

/* e_ident and the fixed part of the header, before libelf sees the file. */
static enum elf_err elf_check_ident(int fd, struct elf_image *img)
{
    unsigned char id[EI_NIDENT];
    ssize_t n = pread(fd, id, sizeof(id), 0);
    if (n < 0) {
        img->sys_errno = errno;
        return elf_fail(img, ELF_ERR_OPEN, "%s", strerror(errno));
    }
    if (n < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0) {
        return elf_fail(img, ELF_ERR_NOT_ELF, "not an ELF file");
    }
    if (n < EI_NIDENT) {
        return elf_fail(img, ELF_ERR_TRUNCATED,
                        "truncated ELF header (%zd bytes)", n);
    }
    if (id[EI_CLASS] != ELFCLASS64) {
        return elf_fail(img, ELF_ERR_CLASS,
                        "wrong ELF class: %s, expected 64-bit",
                        id[EI_CLASS] == ELFCLASS32 ? "32-bit" : "invalid");
    }
    if (id[EI_DATA] != ELFDATA2LSB) {
        return elf_fail(img, ELF_ERR_DATA,
                        "wrong byte order: %s, expected little-endian",
                        id[EI_DATA] == ELFDATA2MSB ? "big-endian"
                                                    : "invalid");
    }
    if (id[EI_VERSION] != EV_CURRENT) {
        return elf_fail(img, ELF_ERR_VERSION, "unknown ELF version %u",
                        id[EI_VERSION]);
    }
    if (img->file_size < sizeof(Elf64_Ehdr)) {
        return elf_fail(img, ELF_ERR_TRUNCATED,
                        "truncated ELF header (%llu bytes)",
                        (unsigned long long)img->file_size);
    }
    return ELF_OK;
}

/* e_machine, e_type and where the program headers are. */
static enum elf_err elf_check_ehdr(const GElf_Ehdr *eh, uint16_t want,
                                   struct elf_image *img)
{
    if (want != 0 && eh->e_machine != want) {
        return elf_fail(img, ELF_ERR_MACHINE,
                        "wrong machine: %s, expected %s",
                        elf_machine_name(eh->e_machine),
                        elf_machine_name(want));
    }
    if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) {
        const char *what = eh->e_type == ET_REL    ? "relocatable object"
                           : eh->e_type == ET_CORE ? "core dump"
                                                   : "unknown type";
        return elf_fail(img, ELF_ERR_TYPE,
                        "unsupported ELF type: %s (e_type %u)", what,
                        eh->e_type);
    }
    if (eh->e_version != EV_CURRENT) {
        return elf_fail(img, ELF_ERR_VERSION, "unknown ELF version %u",
                        (unsigned)eh->e_version);
    }
    if (eh->e_phnum != 0 && eh->e_phentsize != sizeof(Elf64_Phdr)) {
        return elf_fail(img, ELF_ERR_PHDR,
                        "bad program header size %u",
                        (unsigned)eh->e_phentsize);
    }
    /* libelf reports 0 headers when the table does not fit: say why. */
    uint64_t table = (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr);
    if (eh->e_phnum != PN_XNUM && (eh->e_phoff > img->file_size ||
                                   table > img->file_size - eh->e_phoff)) {
        return elf_fail(img, ELF_ERR_PHDR,
                        "program headers lie outside the file");
    }
    if (img->phnum == 0) {
        return elf_fail(img, ELF_ERR_NO_LOAD, "no PT_LOAD segment");
    }
    img->type = eh->e_type;
    img->machine = eh->e_machine;
    img->entry = eh->e_entry;
    img->phentsize = eh->e_phentsize;
    return ELF_OK;
}

static int elf_prot(uint32_t flags)
{
    return ((flags & PF_R) ? PROT_READ : 0) |
           ((flags & PF_W) ? PROT_WRITE : 0) |
           ((flags & PF_X) ? PROT_EXEC : 0);
}

/* One PT_LOAD: inside the file and the address space, filesz <= memsz. */
static enum elf_err elf_check_load(const GElf_Phdr *ph, size_t k,
                                   struct elf_image *img)
{
    if (ph->p_filesz > ph->p_memsz) {
        return elf_fail(img, ELF_ERR_SEG_FILESZ,
                        "segment %zu: p_filesz 0x%llx > p_memsz 0x%llx", k,
                        (unsigned long long)ph->p_filesz,
                        (unsigned long long)ph->p_memsz);
    }
    if (ph->p_offset > img->file_size ||
        ph->p_filesz > img->file_size - ph->p_offset) {
        return elf_fail(img, ELF_ERR_SEG_OUTSIDE,
                        "segment %zu (offset 0x%llx, size 0x%llx) lies "
                        "outside the file (0x%llx bytes)", k,
                        (unsigned long long)ph->p_offset,
                        (unsigned long long)ph->p_filesz,
                        (unsigned long long)img->file_size);
    }
    if (ph->p_vaddr >= ELF_ADDR_LIMIT ||
        ph->p_memsz > ELF_ADDR_LIMIT - ph->p_vaddr) {
        return elf_fail(img, ELF_ERR_SEG_ADDR,
                        "segment %zu (0x%llx, size 0x%llx) lies outside "
                        "the address space", k,
                        (unsigned long long)ph->p_vaddr,
                        (unsigned long long)ph->p_memsz);
    }
    struct elf_seg *s = &img->segs[img->n_segs++];
    *s = (struct elf_seg){
        .vaddr = ph->p_vaddr, .memsz = ph->p_memsz,
        .offset = ph->p_offset, .filesz = ph->p_filesz,
        .align = ph->p_align, .prot = elf_prot(ph->p_flags),
    };
    return ELF_OK;
}

/* PT_INTERP: a NUL-terminated path inside the file. */
static enum elf_err elf_read_interp(const GElf_Phdr *ph,
                                    struct elf_image *img)
{
    if (img->interp != NULL) {
        return ELF_OK;
    }
    if (ph->p_filesz < 2 || ph->p_filesz > PATH_MAX ||
        ph->p_offset > img->file_size ||
        ph->p_filesz > img->file_size - ph->p_offset) {
        return elf_fail(img, ELF_ERR_INTERP, "invalid PT_INTERP");
    }
    img->interp = malloc(ph->p_filesz);
    if (img->interp == NULL ||
        pread(img->fd, img->interp, ph->p_filesz, (off_t)ph->p_offset) !=
            (ssize_t)ph->p_filesz ||
        img->interp[ph->p_filesz - 1] != '\0') {
        return elf_fail(img, ELF_ERR_INTERP, "invalid PT_INTERP");
    }
    return ELF_OK;
}

/* Where the phdr table is in memory: PT_PHDR, or in the PT_LOAD holding it. */
static uint64_t elf_find_phdr(Elf *e, const struct elf_image *img,
                              uint64_t phoff)
{
    GElf_Phdr ph;
    for (size_t k = 0; k < img->phnum; k++) {
        if (gelf_getphdr(e, (int)k, &ph) && ph.p_type == PT_PHDR) {
            return ph.p_vaddr;
        }
    }
    for (size_t k = 0; k < img->n_segs; k++) {
        const struct elf_seg *s = &img->segs[k];
        if (phoff >= s->offset && phoff - s->offset < s->filesz) {
            return s->vaddr + (phoff - s->offset);
        }
    }
    /* Not loaded: Linux still passes load_addr + e_phoff. */
    return img->segs[0].vaddr - img->segs[0].offset + phoff;
}

static int elf_seg_cmp(const void *a, const void *b)
{
    const struct elf_seg *x = a, *y = b;
    return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

/* Sort the PT_LOADs by address and reject any two that share a byte. */
static enum elf_err elf_check_overlap(struct elf_image *img)
{
    qsort(img->segs, img->n_segs, sizeof(img->segs[0]), elf_seg_cmp);
    for (size_t k = 1; k < img->n_segs; k++) {
        const struct elf_seg *a = &img->segs[k - 1], *b = &img->segs[k];
        if (a->memsz != 0 && b->vaddr < a->vaddr + a->memsz) {
            return elf_fail(img, ELF_ERR_SEG_OVERLAP,
                            "segments overlap: 0x%llx-0x%llx and "
                            "0x%llx-0x%llx",
                            (unsigned long long)a->vaddr,
                            (unsigned long long)(a->vaddr + a->memsz),
                            (unsigned long long)b->vaddr,
                            (unsigned long long)(b->vaddr + b->memsz));
        }
    }
    return ELF_OK;
}

/* Walk the program headers: PT_LOAD, PT_INTERP, PT_GNU_STACK. */
static enum elf_err elf_read_phdrs(Elf *e, const GElf_Ehdr *eh,
                                   struct elf_image *img)
{
    img->segs = calloc(img->phnum, sizeof(img->segs[0]));
    if (img->segs == NULL) {
        return elf_fail(img, ELF_ERR_LIBELF, "out of memory");
    }
    img->exec_stack = true; /* no PT_GNU_STACK: Linux's default */
    for (size_t k = 0; k < img->phnum; k++) {
        GElf_Phdr ph;
        enum elf_err err = ELF_OK;
        if (gelf_getphdr(e, (int)k, &ph) == NULL) {
            return elf_fail(img, ELF_ERR_PHDR, "bad program header %zu: %s",
                            k, elf_errmsg(-1));
        }
        if (ph.p_type == PT_LOAD && ph.p_memsz != 0) {
            err = elf_check_load(&ph, k, img);
        } else if (ph.p_type == PT_INTERP) {
            err = elf_read_interp(&ph, img);
        } else if (ph.p_type == PT_GNU_STACK) {
            img->exec_stack = (ph.p_flags & PF_X) != 0;
        }
        if (err != ELF_OK) {
            return err;
        }
    }
    if (img->n_segs == 0) {
        return elf_fail(img, ELF_ERR_NO_LOAD, "no PT_LOAD segment");
    }
    img->phdr_vaddr = elf_find_phdr(e, img, eh->e_phoff);
    return elf_check_overlap(img);
}

static enum elf_err elf_parse_libelf(int fd, uint16_t want_machine,
                                     struct elf_image *img)
{
    if (elf_version(EV_CURRENT) == EV_NONE) {
        return elf_fail(img, ELF_ERR_LIBELF, "libelf: %s", elf_errmsg(-1));
    }
    Elf *e = elf_begin(fd, ELF_C_READ, NULL);
    if (e == NULL) {
        return elf_fail(img, ELF_ERR_LIBELF, "libelf: %s", elf_errmsg(-1));
    }
    GElf_Ehdr eh;
    size_t phnum = 0;
    enum elf_err err = ELF_OK;
    if (elf_kind(e) != ELF_K_ELF || gelf_getehdr(e, &eh) == NULL) {
        err = elf_fail(img, ELF_ERR_NOT_ELF, "not an ELF file");
    } else if (elf_getphdrnum(e, &phnum) != 0 || phnum > 0xffff) {
        err = elf_fail(img, ELF_ERR_PHDR, "bad program header count");
    } else {
        img->phnum = (uint16_t)phnum;
        err = elf_check_ehdr(&eh, want_machine, img);
    }
    if (err == ELF_OK) {
        err = elf_read_phdrs(e, &eh, img);
    }
    elf_end(e);
    return err;
}

enum elf_err elf_parse_fd(int fd, uint16_t want_machine,
                          struct elf_image *img)
{
    struct stat st;
    memset(img, 0, sizeof(*img));
    img->fd = -1;
    if (fstat(fd, &st) != 0) {
        img->sys_errno = errno;
        return elf_fail(img, ELF_ERR_OPEN, "%s", strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        img->sys_errno = S_ISDIR(st.st_mode) ? EISDIR : EACCES;
        return elf_fail(img, ELF_ERR_OPEN, "%s", strerror(img->sys_errno));
    }
    img->file_size = (uint64_t)st.st_size;
    img->fd = fd;
    enum elf_err err = elf_check_ident(fd, img);
    if (err == ELF_OK) {
        err = elf_parse_libelf(fd, want_machine, img);
    }
    if (err != ELF_OK) {
        img->fd = -1;
        free(img->segs);
        free(img->interp);
        img->segs = NULL;
        img->interp = NULL;
        img->n_segs = 0;
    }
    return err;
}

enum elf_err elf_parse_file(const char *path, uint16_t want_machine,
                            struct elf_image *img)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        memset(img, 0, sizeof(*img));
        img->fd = -1;
        img->sys_errno = errno;
        return elf_fail(img, ELF_ERR_OPEN, "%s", strerror(errno));
    }
    enum elf_err err = elf_parse_fd(fd, want_machine, img);
    if (err != ELF_OK) {
        close(fd);
    }
    return err;
}

void elf_image_free(struct elf_image *img)
{
    if (img->fd >= 0) {
        close(img->fd);
    }
    free(img->segs);
    free(img->interp);
    img->fd = -1;
    img->segs = NULL;
    img->interp = NULL;
    img->n_segs = 0;
}

int elf_exit_status(enum elf_err err, int sys_errno)
{
    if (err == ELF_ERR_OPEN && sys_errno == ENOENT) {
        return 127;
    }
    return 126;
}
