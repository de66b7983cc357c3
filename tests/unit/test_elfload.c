/* SPDX-License-Identifier: MIT */
/*
 * elfload without mapping anything: parsing and validation of crafted ELF
 * files (each broken in one way, each giving its own error and message),
 * the auxv order, and the initial stack laid out in a plain buffer.
 */
#include <criterion/criterion.h>
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "elfload/elf.h"
#include "linux-user/guest-mm.h"

/* A small valid riscv64 ET_EXEC: text at 0x10000, data+bss at 0x11000. */
struct fake_elf {
    Elf64_Ehdr eh;
    Elf64_Phdr ph[4];
    size_t size;          /* bytes written to the file */
};

static void fake_init(struct fake_elf *f)
{
    memset(f, 0, sizeof(*f));
    memcpy(f->eh.e_ident, ELFMAG, SELFMAG);
    f->eh.e_ident[EI_CLASS] = ELFCLASS64;
    f->eh.e_ident[EI_DATA] = ELFDATA2LSB;
    f->eh.e_ident[EI_VERSION] = EV_CURRENT;
    f->eh.e_type = ET_EXEC;
    f->eh.e_machine = EM_RISCV;
    f->eh.e_version = EV_CURRENT;
    f->eh.e_entry = 0x100b0;
    f->eh.e_phoff = sizeof(Elf64_Ehdr);
    f->eh.e_ehsize = sizeof(Elf64_Ehdr);
    f->eh.e_phentsize = sizeof(Elf64_Phdr);
    f->eh.e_phnum = 2;
    f->ph[0] = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_X,
                            .p_offset = 0, .p_vaddr = 0x10000,
                            .p_filesz = 0x1000, .p_memsz = 0x1000,
                            .p_align = 0x1000};
    f->ph[1] = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_W,
                            .p_offset = 0x1000, .p_vaddr = 0x11000,
                            .p_filesz = 0x100, .p_memsz = 0x2000,
                            .p_align = 0x1000};
    f->size = 0x1100;
}

/* Write f to a temp file (the bytes past the headers are a pattern). */
static int fake_write(const struct fake_elf *f)
{
    char path[] = "/tmp/test_elfload.XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    unlink(path);
    unsigned char *buf = malloc(f->size + 1);
    cr_assert(buf != NULL);
    for (size_t k = 0; k < f->size; k++) {
        buf[k] = (unsigned char)(k * 7);
    }
    size_t hdr = sizeof(f->eh) < f->size ? sizeof(f->eh) : f->size;
    memcpy(buf, &f->eh, hdr);
    size_t phsize = sizeof(f->ph);
    if (f->eh.e_phoff + phsize <= f->size) {
        memcpy(buf + f->eh.e_phoff, f->ph, phsize);
    }
    cr_assert_eq(write(fd, buf, f->size), (ssize_t)f->size);
    free(buf);
    return fd;
}

/* Parse f for riscv64; the fd is closed whatever happens. */
static enum elf_err fake_parse(const struct fake_elf *f,
                               struct elf_image *img)
{
    int fd = fake_write(f);
    enum elf_err err = elf_parse_fd(fd, EM_RISCV, img);
    if (err != ELF_OK) {
        close(fd);
    }
    return err;
}

static void expect_error(const struct fake_elf *f, enum elf_err want,
                         const char *words)
{
    struct elf_image img;
    enum elf_err err = fake_parse(f, &img);
    cr_assert_eq(err, want, "error %d (%s), wanted %d", err, img.error,
                 want);
    cr_assert(strstr(img.error, words) != NULL, "message '%s' lacks '%s'",
              img.error, words);
    cr_assert_eq(elf_exit_status(err, img.sys_errno), 126);
    cr_assert_eq(img.fd, -1);
}

Test(elf_parse, valid_static_exec)
{
    struct fake_elf f;
    struct elf_image img;
    fake_init(&f);
    cr_assert_eq(fake_parse(&f, &img), ELF_OK, "%s", img.error);
    cr_assert_eq(img.type, ET_EXEC);
    cr_assert_eq(img.machine, EM_RISCV);
    cr_assert_eq(img.entry, 0x100b0);
    cr_assert_eq(img.n_segs, 2);
    cr_assert_eq(img.segs[0].vaddr, 0x10000);
    cr_assert_eq(img.segs[0].prot, PROT_READ | PROT_EXEC);
    cr_assert_eq(img.segs[1].offset, 0x1000);
    cr_assert_eq(img.segs[1].filesz, 0x100);
    cr_assert_eq(img.segs[1].memsz, 0x2000);
    cr_assert_eq(img.segs[1].prot, PROT_READ | PROT_WRITE);
    cr_assert_eq(img.phdr_vaddr, 0x10000 + sizeof(Elf64_Ehdr));
    cr_assert_eq(img.phnum, 2);
    cr_assert_null(img.interp);
    cr_assert(img.exec_stack);
    cr_assert(img.fd >= 0);
    elf_image_free(&img);
}

Test(elf_parse, segments_sorted_by_address)
{
    struct fake_elf f;
    struct elf_image img;
    fake_init(&f);
    Elf64_Phdr t = f.ph[0];
    f.ph[0] = f.ph[1];
    f.ph[1] = t;
    cr_assert_eq(fake_parse(&f, &img), ELF_OK, "%s", img.error);
    cr_assert_eq(img.segs[0].vaddr, 0x10000);
    cr_assert_eq(img.segs[1].vaddr, 0x11000);
    elf_image_free(&img);
}

Test(elf_parse, any_machine_when_not_forced)
{
    struct fake_elf f;
    struct elf_image img;
    fake_init(&f);
    f.eh.e_machine = EM_AARCH64;
    int fd = fake_write(&f);
    cr_assert_eq(elf_parse_fd(fd, 0, &img), ELF_OK, "%s", img.error);
    cr_assert_eq(img.machine, EM_AARCH64);
    elf_image_free(&img);
}

Test(elf_parse, interp_and_gnu_stack)
{
    struct fake_elf f;
    struct elf_image img;
    static const char interp[] = "/lib/ld-linux-riscv64-lp64d.so.1";
    fake_init(&f);
    f.eh.e_phnum = 4;
    f.ph[2] = (Elf64_Phdr){.p_type = PT_INTERP, .p_offset = 0x1000,
                           .p_filesz = sizeof(interp)};
    f.ph[3] = (Elf64_Phdr){.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W};
    int fd = fake_write(&f);
    cr_assert_eq(pwrite(fd, interp, sizeof(interp), 0x1000),
                 (ssize_t)sizeof(interp));
    cr_assert_eq(elf_parse_fd(fd, EM_RISCV, &img), ELF_OK, "%s", img.error);
    cr_assert_str_eq(img.interp, interp);
    cr_assert(!img.exec_stack);
    elf_image_free(&img);
}

Test(elf_parse, interp_not_terminated)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_phnum = 3;
    f.ph[2] = (Elf64_Phdr){.p_type = PT_INTERP, .p_offset = 0x1001,
                           .p_filesz = 8}; /* pattern bytes, no NUL */
    expect_error(&f, ELF_ERR_INTERP, "PT_INTERP");
}

Test(elf_parse, truncated_header)
{
    struct fake_elf f;
    fake_init(&f);
    f.size = 40;
    expect_error(&f, ELF_ERR_TRUNCATED, "truncated ELF header (40 bytes)");
    f.size = 10;
    expect_error(&f, ELF_ERR_TRUNCATED, "truncated ELF header (10 bytes)");
}

Test(elf_parse, bad_magic)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_ident[1] = 'X';
    expect_error(&f, ELF_ERR_NOT_ELF, "not an ELF file");
    f.size = 0;
    expect_error(&f, ELF_ERR_NOT_ELF, "not an ELF file");
}

Test(elf_parse, wrong_machine)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_machine = EM_X86_64;
    expect_error(&f, ELF_ERR_MACHINE, "wrong machine: x86-64, expected riscv64");
}

Test(elf_parse, wrong_class)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_ident[EI_CLASS] = ELFCLASS32;
    expect_error(&f, ELF_ERR_CLASS, "wrong ELF class: 32-bit");
}

Test(elf_parse, wrong_byte_order)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_ident[EI_DATA] = ELFDATA2MSB;
    expect_error(&f, ELF_ERR_DATA, "big-endian");
}

Test(elf_parse, unsupported_types)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_type = ET_REL;
    expect_error(&f, ELF_ERR_TYPE, "relocatable object");
    f.eh.e_type = ET_CORE;
    expect_error(&f, ELF_ERR_TYPE, "core dump");
}

Test(elf_parse, overlapping_loads)
{
    struct fake_elf f;
    fake_init(&f);
    f.ph[1].p_vaddr = 0x10800; /* inside the text segment */
    expect_error(&f, ELF_ERR_SEG_OVERLAP, "segments overlap");
}

Test(elf_parse, segment_beyond_file_end)
{
    struct fake_elf f;
    fake_init(&f);
    f.ph[1].p_filesz = 0x200; /* file is 0x1100 bytes */
    expect_error(&f, ELF_ERR_SEG_OUTSIDE, "outside the file");
    fake_init(&f);
    f.ph[1].p_offset = ~(Elf64_Off)0 - 8; /* offset + size overflows */
    expect_error(&f, ELF_ERR_SEG_OUTSIDE, "outside the file");
}

Test(elf_parse, filesz_above_memsz)
{
    struct fake_elf f;
    fake_init(&f);
    f.ph[1].p_memsz = 0x80;
    expect_error(&f, ELF_ERR_SEG_FILESZ, "p_filesz 0x100 > p_memsz 0x80");
}

Test(elf_parse, segment_outside_address_space)
{
    struct fake_elf f;
    fake_init(&f);
    f.ph[1].p_vaddr = ELF_ADDR_LIMIT - 0x1000;
    expect_error(&f, ELF_ERR_SEG_ADDR, "address space");
}

Test(elf_parse, no_load_segment)
{
    struct fake_elf f;
    fake_init(&f);
    f.ph[0].p_type = PT_NOTE;
    f.ph[1].p_type = PT_NOTE;
    expect_error(&f, ELF_ERR_NO_LOAD, "no PT_LOAD segment");
    fake_init(&f);
    f.eh.e_phnum = 0;
    expect_error(&f, ELF_ERR_NO_LOAD, "no PT_LOAD segment");
}

Test(elf_parse, phdrs_outside_file)
{
    struct fake_elf f;
    fake_init(&f);
    f.eh.e_phoff = 0x10f0;
    expect_error(&f, ELF_ERR_PHDR, "program headers lie outside the file");
}

Test(elf_parse, missing_file_and_directory)
{
    struct elf_image img;
    enum elf_err err = elf_parse_file("/nonexistent/prog", EM_RISCV, &img);
    cr_assert_eq(err, ELF_ERR_OPEN);
    cr_assert_eq(img.sys_errno, ENOENT);
    cr_assert_str_eq(img.error, strerror(ENOENT));
    cr_assert_eq(elf_exit_status(err, img.sys_errno), 127);
    err = elf_parse_file("/tmp", EM_RISCV, &img);
    cr_assert_eq(err, ELF_ERR_OPEN);
    cr_assert_eq(img.sys_errno, EISDIR);
    cr_assert_eq(elf_exit_status(err, img.sys_errno), 126);
}

/* The auxv entry of type t in aux[0..n), or NULL. */
static const struct elf_aux *aux_find(const struct elf_aux *aux, size_t n,
                                      uint64_t t)
{
    for (size_t k = 0; k < n; k++) {
        if (aux[k].type == t) {
            return &aux[k];
        }
    }
    return NULL;
}

Test(elf_auxv, linux_order)
{
    struct elf_aux aux[ELF_AUX_MAX];
    struct elf_aux_params p = {.hwcap = 0x112d, .phdr = 0x10040,
                               .phent = 56, .phnum = 2, .entry = 0x100b0};
    size_t n = elf_auxv_build(aux, &p);
    static const uint64_t order[] = {
        AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PHDR, AT_PHENT, AT_PHNUM,
        AT_BASE, AT_FLAGS, AT_ENTRY, AT_UID, AT_EUID, AT_GID, AT_EGID,
        AT_SECURE, AT_RANDOM, AT_EXECFN, AT_NULL,
    };
    cr_assert_eq(n, sizeof(order) / sizeof(order[0]));
    for (size_t k = 0; k < n; k++) {
        cr_assert_eq(aux[k].type, order[k], "entry %zu", k);
    }
    cr_assert_eq(aux_find(aux, n, AT_HWCAP)->val, 0x112d);
    cr_assert_eq(aux_find(aux, n, AT_PAGESZ)->val, 4096);
    cr_assert_eq(aux_find(aux, n, AT_PHDR)->val, 0x10040);
    cr_assert_eq(aux_find(aux, n, AT_ENTRY)->val, 0x100b0);
    cr_assert_eq(aux_find(aux, n, AT_UID)->val, getuid());
    cr_assert_null(aux_find(aux, n, AT_HWCAP2));
    cr_assert_null(aux_find(aux, n, AT_PLATFORM));

    p.hwcap2 = 2;
    p.platform = true;
    n = elf_auxv_build(aux, &p);
    cr_assert_eq(aux[14].type, AT_RANDOM);
    cr_assert_eq(aux[15].type, AT_HWCAP2);
    cr_assert_eq(aux[15].val, 2);
    cr_assert_eq(aux[16].type, AT_EXECFN);
    cr_assert_eq(aux[17].type, AT_PLATFORM);
    cr_assert_eq(aux[n - 1].type, AT_NULL);
}

#define STACK_ROOM 65536
#define GUEST_TOP 0x3fff000000ull

/* A buffer standing for the guest stack ending at GUEST_TOP. */
static _Alignas(16) unsigned char stack_buf[STACK_ROOM];

static void *host_of(uint64_t guest)
{
    return stack_buf + STACK_ROOM - (GUEST_TOP - guest);
}

static uint64_t word_at(uint64_t guest)
{
    uint64_t w;
    memcpy(&w, host_of(guest), 8);
    return w;
}

static void build_stack(const char *platform, struct elf_stack_layout *lay,
                        struct elf_aux *aux, size_t *n_aux)
{
    static char *argv[] = {"prog", "first arg", NULL};
    static char *envp[] = {"HOME=/root", NULL};
    static const uint8_t random[16] = {1, 2, 3, 4, 5, 6, 7, 8,
                                       9, 10, 11, 12, 13, 14, 15, 16};
    struct elf_aux_params p = {.hwcap = 5, .entry = 0x100b0,
                               .platform = platform != NULL};
    *n_aux = elf_auxv_build(aux, &p);
    struct elf_stack_args a = {
        .argv = argv, .envp = envp, .execfn = "./prog",
        .platform = platform, .random = random, .aux = aux,
        .n_aux = *n_aux,
    };
    memset(stack_buf, 0xaa, sizeof(stack_buf));
    cr_assert_eq(elf_stack_build(stack_buf + STACK_ROOM, GUEST_TOP,
                                 STACK_ROOM, &a, lay), 0);
}

Test(elf_stack, layout_like_linux)
{
    struct elf_stack_layout lay;
    struct elf_aux aux[ELF_AUX_MAX];
    size_t n_aux;
    build_stack(NULL, &lay, aux, &n_aux);
    uint64_t sp = lay.sp;
    cr_assert_eq(sp % 16, 0);
    cr_assert_eq(word_at(sp), 2);                            /* argc */
    cr_assert_str_eq(host_of(word_at(sp + 8)), "prog");
    cr_assert_str_eq(host_of(word_at(sp + 16)), "first arg");
    cr_assert_eq(word_at(sp + 24), 0);
    cr_assert_str_eq(host_of(word_at(sp + 32)), "HOME=/root");
    cr_assert_eq(word_at(sp + 40), 0);
    cr_assert_eq(lay.auxv_addr, sp + 48);
    cr_assert_eq(lay.auxv_len, 16 * n_aux);
    for (size_t k = 0; k < n_aux; k++) {
        cr_assert_eq(word_at(lay.auxv_addr + 16 * k), aux[k].type);
    }
    cr_assert_eq(word_at(lay.auxv_addr + 16 * (n_aux - 1)), AT_NULL);
    /* End marker at the top, execfn below it, then env and arg strings. */
    cr_assert_eq(word_at(GUEST_TOP - 8), 0);
    cr_assert_eq(lay.execfn_addr, GUEST_TOP - 8 - sizeof("./prog"));
    cr_assert_str_eq(host_of(lay.execfn_addr), "./prog");
    cr_assert(word_at(sp + 32) < lay.execfn_addr);
    cr_assert(word_at(sp + 8) < word_at(sp + 16));
    cr_assert(word_at(sp + 16) < word_at(sp + 32));
    cr_assert(lay.random_addr > sp + 8 * (6 + 2 * n_aux) - 1);
    cr_assert(lay.random_addr < word_at(sp + 8));
}

Test(elf_stack, aux_addresses_filled)
{
    struct elf_stack_layout lay;
    struct elf_aux aux[ELF_AUX_MAX];
    size_t n_aux;
    build_stack("riscv64", &lay, aux, &n_aux);
    uint64_t random = 0, execfn = 0, platform = 0;
    for (size_t k = 0; k < n_aux; k++) {
        uint64_t t = word_at(lay.auxv_addr + 16 * k);
        uint64_t v = word_at(lay.auxv_addr + 16 * k + 8);
        random = t == AT_RANDOM ? v : random;
        execfn = t == AT_EXECFN ? v : execfn;
        platform = t == AT_PLATFORM ? v : platform;
    }
    cr_assert_eq(random, lay.random_addr);
    const uint8_t *r = host_of(random);
    for (int k = 0; k < 16; k++) {
        cr_assert_eq(r[k], k + 1);
    }
    cr_assert_eq(execfn, lay.execfn_addr);
    cr_assert_str_eq(host_of(platform), "riscv64");
    cr_assert(platform > random + 15);
    cr_assert_eq(lay.sp % 16, 0);
}

Test(elf_stack, too_big)
{
    static char *argv[] = {"prog", NULL};
    static char *envp[] = {NULL};
    static const uint8_t random[16];
    struct elf_aux aux[ELF_AUX_MAX];
    struct elf_aux_params p = {0};
    struct elf_stack_args a = {
        .argv = argv, .envp = envp, .execfn = "prog", .random = random,
        .aux = aux, .n_aux = elf_auxv_build(aux, &p),
    };
    struct elf_stack_layout lay;
    cr_assert_eq(elf_stack_build(stack_buf + STACK_ROOM, GUEST_TOP, 128, &a,
                                 &lay), -E2BIG);
}

/*
 * elf_map into this process's own address space (guest_base 0): file
 * bytes land at their addresses, the bss (including the tail of the last
 * file page) is zero, protections are recorded for gmm_access_ok.
 */
static uint8_t pattern_at(uint64_t off)
{
    return (uint8_t)(off * 7);
}

static void map_fake(struct fake_elf *f, struct elf_mapped *m)
{
    struct elf_image img;
    char err[128];
    cr_assert_eq(gmm_init(), 0);
    cr_assert_eq(fake_parse(f, &img), ELF_OK, "%s", img.error);
    cr_assert_eq(elf_map(&img, 0, m, err, sizeof(err)), 0, "%s", err);
    elf_image_free(&img);
}

Test(elf_map, exec_segments_and_bss)
{
    struct fake_elf f;
    struct elf_mapped m;
    fake_init(&f);
    f.ph[0].p_vaddr = 0x20000000;
    f.ph[1].p_vaddr = 0x20001000;
    f.ph[1].p_filesz = 0x10;  /* the rest of the file page must be zero */
    f.eh.e_entry = 0x200000b0;
    map_fake(&f, &m);
    cr_assert_eq(m.bias, 0);
    cr_assert_eq(m.entry, 0x200000b0);
    cr_assert_eq(m.start, 0x20000000);
    cr_assert_eq(m.end, 0x20003000);
    const uint8_t *text = g2h(0x20000000);
    cr_assert_eq(text[0x900], pattern_at(0x900));
    const uint8_t *data = g2h(0x20001000);
    cr_assert_eq(data[0xf], pattern_at(0x100f));
    for (size_t k = 0x10; k < 0x2000; k++) {
        cr_assert_eq(data[k], 0, "bss byte 0x%zx", k);
    }
    cr_assert(gmm_access_ok(0x20000000, 0x1000, PROT_READ | PROT_EXEC));
    cr_assert(!gmm_access_ok(0x20000000, 0x1000, PROT_WRITE));
    cr_assert(gmm_access_ok(0x20001000, 0x2000, PROT_READ | PROT_WRITE));
    cr_assert(!gmm_access_ok(0x20001000, 0x2001, PROT_READ));
}

Test(elf_map, copied_segment_sharing_a_page)
{
    struct fake_elf f;
    struct elf_mapped m;
    fake_init(&f);
    f.ph[0].p_vaddr = 0x30000000;
    f.ph[0].p_filesz = f.ph[0].p_memsz = 0x800;
    /* Starts in the text's page, and offset and address disagree. */
    f.ph[1].p_vaddr = 0x30000900;
    f.ph[1].p_offset = 0x1010;
    f.ph[1].p_filesz = 0x20;
    f.ph[1].p_memsz = 0x1000;
    map_fake(&f, &m);
    const uint8_t *p = g2h(0x30000000);
    cr_assert_eq(p[0x7ff], pattern_at(0x7ff));
    cr_assert_eq(p[0x900], pattern_at(0x1010));
    cr_assert_eq(p[0x91f], pattern_at(0x102f));
    cr_assert_eq(p[0x920], 0);
    cr_assert_eq(m.end, 0x30002000);
    /* The shared page has both segments' rights. */
    cr_assert(gmm_access_ok(0x30000000, 0x1000,
                            PROT_READ | PROT_WRITE | PROT_EXEC));
    cr_assert(gmm_access_ok(0x30001000, 0x1000, PROT_READ | PROT_WRITE));
}

Test(elf_map, dyn_at_hint)
{
#ifdef __SANITIZE_ADDRESS__
    /* ASan's shadow gap covers ELF_ET_DYN_BASE: the hint cannot be had. */
    cr_skip_test("ELF_ET_DYN_BASE lies in AddressSanitizer's shadow gap");
#endif
    struct fake_elf f;
    struct elf_mapped m;
    struct elf_image img;
    char err[128];
    fake_init(&f);
    f.eh.e_type = ET_DYN;
    f.ph[0].p_vaddr = 0;
    f.ph[1].p_vaddr = 0x1000;
    f.eh.e_entry = 0x40;
    cr_assert_eq(gmm_init(), 0);
    cr_assert_eq(fake_parse(&f, &img), ELF_OK, "%s", img.error);
    cr_assert_eq(elf_map(&img, ELF_ET_DYN_BASE, &m, err, sizeof(err)), 0,
                 "%s", err);
    cr_assert_eq(m.bias, ELF_ET_DYN_BASE);
    cr_assert_eq(m.entry, ELF_ET_DYN_BASE + 0x40);
    cr_assert_eq(m.phdr, ELF_ET_DYN_BASE + sizeof(Elf64_Ehdr));
    cr_assert_eq(((const uint8_t *)g2h(ELF_ET_DYN_BASE))[0], 0x7f);
    elf_image_free(&img);
}

/*
 * The guest address space the loader maps into (linux-user/guest-mm.c):
 * the record behind gmm_access_ok, and the rule that guest requests never
 * unmap or replace the emulator's own memory.
 */
#define MiB (1ull << 20)

Test(guest_mm, record_follows_mmap_mprotect_munmap)
{
    cr_assert_eq(gmm_init(), 0);
    int64_t a = gmm_mmap(0, 4 * 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert(a > 0);
    uint64_t g = (uint64_t)a;
    cr_assert(gmm_access_ok(g, 4 * 4096, PROT_READ | PROT_WRITE));
    cr_assert(!gmm_access_ok(g, 4 * 4096 + 1, PROT_READ));
    cr_assert(gmm_access_ok(g + 5, 0, PROT_WRITE));
    cr_assert_eq(gmm_mprotect(g + 4096, 4096, PROT_READ), 0);
    cr_assert(!gmm_access_ok(g, 4 * 4096, PROT_WRITE));
    cr_assert(gmm_access_ok(g, 4 * 4096, PROT_READ));
    /* Unmapping the middle, then across the end of the range. */
    cr_assert_eq(gmm_munmap(g + 2 * 4096, 4096), 0);
    cr_assert(!gmm_access_ok(g + 2 * 4096, 1, PROT_READ));
    cr_assert(gmm_access_ok(g + 3 * 4096, 4096, PROT_READ));
    cr_assert_eq(gmm_munmap(g + 3 * 4096 - 4096, 2 * 4096), 0);
    cr_assert(!gmm_access_ok(g + 3 * 4096, 1, PROT_READ));
    cr_assert_eq(gmm_mprotect(g, 4 * 4096, PROT_READ), -ENOMEM);
    cr_assert_eq(gmm_munmap(g, 4 * 4096), 0);
    cr_assert(!gmm_access_ok(g, 1, PROT_READ));
    cr_assert_eq(gmm_munmap(g + 1, 4096), -EINVAL);
    cr_assert_eq(gmm_mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                 -EINVAL);
}

Test(guest_mm, emulator_memory_is_out_of_reach)
{
    cr_assert_eq(gmm_init(), 0);
    char *mine = malloc(MiB);
    cr_assert(mine != NULL);
    uint64_t page = (h2g(mine) + 2 * 4096) & ~4095ull;
    char *host = g2h(page);
    host[0] = 42;
    cr_assert_eq(gmm_mmap(page, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
                 -ENOMEM);
    cr_assert_eq(gmm_munmap(page, 4096), 0);     /* not guest memory: kept */
    cr_assert_eq(host[0], 42);
    cr_assert_eq(gmm_mprotect(page, 4096, PROT_NONE), -ENOMEM);
    cr_assert_eq(gmm_mremap(page, 4096, 8192, MREMAP_MAYMOVE, 0), -EFAULT);
    cr_assert(!gmm_access_ok(page, 1, PROT_READ));
    host[0] = 43;                                 /* still writable */
    free(mine);
}

Test(guest_mm, fixed_over_own_memory_and_mremap)
{
    cr_assert_eq(gmm_init(), 0);
    int64_t a = gmm_mmap(0, 2 * 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert(a > 0);
    uint64_t g = (uint64_t)a;
    ((char *)g2h(g))[0] = 7;
    cr_assert_eq(gmm_mmap(g + 4096, 4096, PROT_READ | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
                 (int64_t)(g + 4096));
    cr_assert(gmm_access_ok(g + 4096, 4096, PROT_EXEC));
    int64_t r = gmm_mremap(g, 4096, 64 * 4096, MREMAP_MAYMOVE, 0);
    cr_assert(r > 0);
    cr_assert_eq(((char *)g2h((uint64_t)r))[0], 7);
    cr_assert(gmm_access_ok((uint64_t)r, 64 * 4096, PROT_READ | PROT_WRITE));
    if ((uint64_t)r != g) {
        cr_assert(!gmm_access_ok(g, 1, PROT_READ));
    }
    cr_assert_eq(gmm_mmap(0x4000, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                          -1, 0), 0x4000);
    cr_assert_eq(gmm_mmap(0x4000, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                          -1, 0), -EEXIST);
}

Test(guest_mm, brk_grows_only_into_free_space)
{
    const uint64_t start = 0x40000000, wall = 0x40010000;
    cr_assert_eq(gmm_init(), 0);
    cr_assert_eq(gmm_mmap(wall, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
                 (int64_t)wall);
    gmm_set_brk(start - 100);                     /* rounded up to a page */
    cr_assert_eq(gmm_brk(0), start);
    cr_assert_eq(gmm_brk(start + 0x8000), start + 0x8000);
    ((char *)g2h(start + 0x7fff))[0] = 1;
    cr_assert(gmm_access_ok(start, 0x8000, PROT_READ | PROT_WRITE));
    cr_assert_eq(gmm_brk(wall + 1), start + 0x8000);  /* over the wall */
    cr_assert_eq(gmm_brk(start + 0x1000), start + 0x1000);
    cr_assert(!gmm_access_ok(start + 0x1000, 1, PROT_READ));
    cr_assert_eq(gmm_brk(start + 0x8000), start + 0x8000);
    cr_assert_eq(((char *)g2h(start + 0x7fff))[0], 0); /* fresh pages */
    cr_assert_eq(gmm_brk(start - 1), start + 0x8000);  /* below the start */
}
