/* SPDX-License-Identifier: MIT */
/*
 * The guest ELF loader, in steps that can be tested apart: parse and
 * validate a file (elf-parse.c, no mapping), map its PT_LOAD segments into
 * the guest (elf-map.c), list the auxiliary vector (elf-auxv.c), lay out
 * the initial stack in a buffer (elf-stack.c), and the whole start-up of a
 * process image (elf-load.c).
 */
#ifndef XRUN_ELFLOAD_ELF_H
#define XRUN_ELFLOAD_ELF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Why a file cannot be run.  elf_exit_status() maps them to 126/127. */
enum elf_err {
    ELF_OK = 0,
    ELF_ERR_OPEN,        /* open/read failed: img->sys_errno says why */
    ELF_ERR_NOT_ELF,     /* no ELF magic */
    ELF_ERR_TRUNCATED,   /* shorter than its ELF header */
    ELF_ERR_CLASS,       /* not ELFCLASS64 */
    ELF_ERR_DATA,        /* not little-endian */
    ELF_ERR_VERSION,     /* e_version / EI_VERSION not EV_CURRENT */
    ELF_ERR_MACHINE,     /* e_machine is not the guest's */
    ELF_ERR_TYPE,        /* not ET_EXEC or ET_DYN */
    ELF_ERR_PHDR,        /* program header table missing or outside the file */
    ELF_ERR_NO_LOAD,     /* no PT_LOAD segment */
    ELF_ERR_SEG_FILESZ,  /* p_filesz > p_memsz */
    ELF_ERR_SEG_OUTSIDE, /* file bytes past the end of the file */
    ELF_ERR_SEG_ADDR,    /* memory range outside the guest address space */
    ELF_ERR_SEG_OVERLAP, /* two PT_LOAD segments share bytes */
    ELF_ERR_INTERP,      /* malformed PT_INTERP */
    ELF_ERR_LIBELF,      /* libelf refused the file */
};

/* Every supported guest is 64-bit little-endian below 2^47. */
#define ELF_ADDR_LIMIT 0x800000000000ull

/* One PT_LOAD segment, as in the file (before any load bias). */
struct elf_seg {
    uint64_t vaddr, memsz;
    uint64_t offset, filesz;
    uint64_t align;
    int prot;                 /* PROT_READ/WRITE/EXEC from p_flags */
};

struct elf_image {
    int fd;                   /* kept open for mapping; -1 if none */
    uint16_t type;            /* ET_EXEC or ET_DYN */
    uint16_t machine;
    uint64_t entry;
    uint64_t phdr_vaddr;      /* where the phdrs are in memory (AT_PHDR) */
    uint16_t phnum, phentsize;
    struct elf_seg *segs;     /* PT_LOADs sorted by vaddr */
    size_t n_segs;
    char *interp;             /* PT_INTERP path, or NULL */
    bool exec_stack;          /* PT_GNU_STACK asks for PF_X (or absent) */
    uint64_t file_size;
    int sys_errno;            /* for ELF_ERR_OPEN */
    char error[160];          /* the reason, without the file name */
};

/*
 * Parse and validate the ELF file open as fd.  want_machine is the guest's
 * e_machine, or 0 to accept any (the caller looks the machine up).  On
 * success img owns fd; on failure img->error says why and fd is not
 * closed.  Returns ELF_OK or the error.
 */
enum elf_err elf_parse_fd(int fd, uint16_t want_machine,
                          struct elf_image *img);

/* Open path read-only and parse it; on failure the fd is closed. */
enum elf_err elf_parse_file(const char *path, uint16_t want_machine,
                            struct elf_image *img);

/* Close the fd and free what parsing allocated. */
void elf_image_free(struct elf_image *img);

/* Exit status for a file that cannot run: 127 if missing, else 126. */
int elf_exit_status(enum elf_err err, int sys_errno);

/* "x86-64" for EM_X86_64, ...; "EM 1234" for unknown ones (static). */
const char *elf_machine_name(uint16_t machine);

/* Where a mapped image ended up. */
struct elf_mapped {
    uint64_t bias;            /* added to every p_vaddr */
    uint64_t entry;           /* e_entry + bias */
    uint64_t phdr;            /* AT_PHDR */
    uint64_t start, end;      /* page range of all segments */
};

/* Base of a main ET_DYN program (like Linux's ELF_ET_DYN_BASE). */
#define ELF_ET_DYN_BASE 0x2aaaaa000ull

/*
 * Map img's segments into the guest: ET_EXEC at its addresses, ET_DYN at
 * hint (rounded up to its alignment) or wherever the host finds room if
 * hint is 0 or taken.  Returns 0 or a negative errno with err filled.
 */
int elf_map(const struct elf_image *img, uint64_t hint,
            struct elf_mapped *out, char *err, size_t errlen);

/* One auxv entry. */
struct elf_aux {
    uint64_t type, val;
};

#define ELF_AUX_MAX 32

/* What the auxv describes, besides the strings elf_stack_build places. */
struct elf_aux_params {
    uint64_t hwcap, hwcap2;
    uint64_t phdr, phent, phnum;
    uint64_t base;            /* interpreter load address, or 0 */
    uint64_t entry;           /* the program's entry (not the interpreter's) */
    bool platform;            /* an AT_PLATFORM string will be placed */
};

/*
 * Fill aux (ELF_AUX_MAX entries) in the order of Linux's create_elf_tables,
 * ending with AT_NULL.  AT_RANDOM, AT_EXECFN and AT_PLATFORM get value 0:
 * elf_stack_build sets them.  Returns the number of entries.
 */
size_t elf_auxv_build(struct elf_aux *aux, const struct elf_aux_params *p);

struct elf_stack_args {
    char *const *argv;        /* NULL-ended */
    char *const *envp;        /* NULL-ended */
    const char *execfn;       /* AT_EXECFN string */
    const char *platform;     /* AT_PLATFORM string, or NULL */
    const uint8_t *random;    /* 16 bytes for AT_RANDOM */
    const struct elf_aux *aux; /* from elf_auxv_build */
    size_t n_aux;
};

struct elf_stack_layout {
    uint64_t sp;              /* guest sp at entry: points at argc */
    uint64_t auxv_addr, auxv_len;
    uint64_t random_addr, execfn_addr, platform_addr;
};

/*
 * Lay out the initial stack as Linux does, in the room bytes below
 * host_top, which the guest sees at guest_top: the end marker, execfn,
 * env and arg strings, platform, the random bytes, then (16-byte aligned)
 * argc, argv[], NULL, envp[], NULL and the auxv.  host_top and
 * guest_top must agree modulo 16.  0 or -E2BIG.
 */
int elf_stack_build(void *host_top, uint64_t guest_top, size_t room,
                    const struct elf_stack_args *a,
                    struct elf_stack_layout *out);

/* What the process start-up needs to know. */
struct elf_load_args {
    const char *path;         /* as given: also AT_EXECFN */
    const struct elf_image *img; /* parsed main program */
    const char *sysroot;      /* to find PT_INTERP in, or NULL */
    char *const *argv, *const *envp;
    uint64_t hwcap, hwcap2;
    const char *platform;
};

struct elf_process {
    uint64_t entry;           /* where the cpu starts (interpreter's entry) */
    uint64_t sp;
    uint64_t auxv_addr, auxv_len;
    uint64_t brk;
    uint64_t interp_base;     /* 0 without an interpreter */
};

/*
 * Map the program (and its interpreter), set the break, map and fill the
 * stack.  Returns 0, or a status for exit (126/127) with err filled.
 */
int elf_load_process(const struct elf_load_args *a, struct elf_process *p,
                     char *err, size_t errlen);

#endif
