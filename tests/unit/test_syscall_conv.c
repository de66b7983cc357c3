/* SPDX-License-Identifier: MIT */
/*
 * The syscall layer's structure converters and ABI tables, checked field
 * by field against offsets computed by hand from the kernel uapi headers
 * (asm-generic/stat.h, statfs.h, termbits.h, signal.h, linux/resource.h,
 * linux/sysinfo.h, linux/utsname.h), not from our own struct definitions.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/errno.h"
#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"

/* Read a little-endian field of size bytes at off from a guest buffer. */
static uint64_t rd(const void *base, size_t off, size_t size)
{
    uint64_t v = 0;
    memcpy(&v, (const uint8_t *)base + off, size);
    return v;
}

Test(conv, stat_layout)
{
    /* asm-generic struct stat, LP64: 128 bytes. */
    cr_expect_eq(sizeof(struct guest_stat), 128);
    cr_expect_eq(offsetof(struct guest_stat, dev), 0);
    cr_expect_eq(offsetof(struct guest_stat, ino), 8);
    cr_expect_eq(offsetof(struct guest_stat, mode), 16);
    cr_expect_eq(offsetof(struct guest_stat, nlink), 20);
    cr_expect_eq(offsetof(struct guest_stat, uid), 24);
    cr_expect_eq(offsetof(struct guest_stat, gid), 28);
    cr_expect_eq(offsetof(struct guest_stat, rdev), 32);
    cr_expect_eq(offsetof(struct guest_stat, size), 48);
    cr_expect_eq(offsetof(struct guest_stat, blksize), 56);
    cr_expect_eq(offsetof(struct guest_stat, blocks), 64);
    cr_expect_eq(offsetof(struct guest_stat, atime), 72);
    cr_expect_eq(offsetof(struct guest_stat, atime_nsec), 80);
    cr_expect_eq(offsetof(struct guest_stat, mtime), 88);
    cr_expect_eq(offsetof(struct guest_stat, mtime_nsec), 96);
    cr_expect_eq(offsetof(struct guest_stat, ctime), 104);
    cr_expect_eq(offsetof(struct guest_stat, ctime_nsec), 112);
}

Test(conv, stat_values)
{
    struct stat h;
    struct guest_stat g;

    memset(&h, 0, sizeof(h));
    h.st_dev = 0x0102030405060708ull;
    h.st_ino = 0x1112131415161718ull;
    h.st_mode = 0100644;
    h.st_nlink = 3;
    h.st_uid = 1000;
    h.st_gid = 1001;
    h.st_rdev = 0x2122;
    h.st_size = 0x123456789all;
    h.st_blksize = 4096;
    h.st_blocks = 77;
    h.st_atim.tv_sec = 1700000001;
    h.st_atim.tv_nsec = 11;
    h.st_mtim.tv_sec = 1700000002;
    h.st_mtim.tv_nsec = 22;
    h.st_ctim.tv_sec = 1700000003;
    h.st_ctim.tv_nsec = 33;
    memset(&g, 0xee, sizeof(g));
    conv_stat_to_guest(&g, &h);

    cr_expect_eq(rd(&g, 0, 8), 0x0102030405060708ull);
    cr_expect_eq(rd(&g, 8, 8), 0x1112131415161718ull);
    cr_expect_eq(rd(&g, 16, 4), 0100644);
    cr_expect_eq(rd(&g, 20, 4), 3);
    cr_expect_eq(rd(&g, 24, 4), 1000);
    cr_expect_eq(rd(&g, 28, 4), 1001);
    cr_expect_eq(rd(&g, 32, 8), 0x2122);
    cr_expect_eq(rd(&g, 40, 8), 0, "__pad1 is zero");
    cr_expect_eq(rd(&g, 48, 8), 0x123456789aull);
    cr_expect_eq(rd(&g, 56, 4), 4096);
    cr_expect_eq(rd(&g, 60, 4), 0, "__pad2 is zero");
    cr_expect_eq(rd(&g, 64, 8), 77);
    cr_expect_eq(rd(&g, 72, 8), 1700000001);
    cr_expect_eq(rd(&g, 80, 8), 11);
    cr_expect_eq(rd(&g, 88, 8), 1700000002);
    cr_expect_eq(rd(&g, 96, 8), 22);
    cr_expect_eq(rd(&g, 104, 8), 1700000003);
    cr_expect_eq(rd(&g, 112, 8), 33);
    cr_expect_eq(rd(&g, 120, 8), 0, "__unused4/5 are zero");
}

Test(conv, stat_real_file)
{
    struct stat h;
    struct guest_stat g;

    cr_assert_eq(stat("/", &h), 0);
    conv_stat_to_guest(&g, &h);
    cr_expect_eq(rd(&g, 16, 4), (uint64_t)h.st_mode);
    cr_expect(S_ISDIR((mode_t)rd(&g, 16, 4)));
    cr_expect_eq(rd(&g, 8, 8), (uint64_t)h.st_ino);
    cr_expect_eq(rd(&g, 48, 8), (uint64_t)h.st_size);
}

Test(conv, statfs)
{
    struct statfs h;
    struct guest_statfs g;
    int fsid[2] = {0x5151, 0x5252};

    cr_expect_eq(sizeof(struct guest_statfs), 120);
    memset(&h, 0, sizeof(h));
    h.f_type = 0xef53;
    h.f_bsize = 4096;
    h.f_blocks = 1000;
    h.f_bfree = 900;
    h.f_bavail = 800;
    h.f_files = 700;
    h.f_ffree = 600;
    memcpy(&h.f_fsid, fsid, sizeof(fsid));
    h.f_namelen = 255;
    h.f_frsize = 1024;
    h.f_flags = 0x21;
    conv_statfs_to_guest(&g, &h);
    cr_expect_eq(rd(&g, 0, 8), 0xef53);
    cr_expect_eq(rd(&g, 8, 8), 4096);
    cr_expect_eq(rd(&g, 16, 8), 1000);
    cr_expect_eq(rd(&g, 24, 8), 900);
    cr_expect_eq(rd(&g, 32, 8), 800);
    cr_expect_eq(rd(&g, 40, 8), 700);
    cr_expect_eq(rd(&g, 48, 8), 600);
    cr_expect_eq(rd(&g, 56, 4), 0x5151);
    cr_expect_eq(rd(&g, 60, 4), 0x5252);
    cr_expect_eq(rd(&g, 64, 8), 255);
    cr_expect_eq(rd(&g, 72, 8), 1024);
    cr_expect_eq(rd(&g, 80, 8), 0x21);
    cr_expect_eq(rd(&g, 88, 8), 0, "f_spare is zero");
}

Test(conv, rusage)
{
    struct rusage h;
    struct guest_rusage g;

    cr_expect_eq(sizeof(struct guest_rusage), 144);
    memset(&h, 0, sizeof(h));
    h.ru_utime.tv_sec = 5;
    h.ru_utime.tv_usec = 6;
    h.ru_stime.tv_sec = 7;
    h.ru_stime.tv_usec = 8;
    h.ru_maxrss = 100;
    h.ru_minflt = 105;
    h.ru_nivcsw = 113;
    conv_rusage_to_guest(&g, &h);
    cr_expect_eq(rd(&g, 0, 8), 5);
    cr_expect_eq(rd(&g, 8, 8), 6);
    cr_expect_eq(rd(&g, 16, 8), 7);
    cr_expect_eq(rd(&g, 24, 8), 8);
    cr_expect_eq(rd(&g, 32, 8), 100);        /* ru_maxrss */
    cr_expect_eq(rd(&g, 32 + 4 * 8, 8), 105); /* ru_minflt: 5th long */
    cr_expect_eq(rd(&g, 136, 8), 113);       /* ru_nivcsw: last */
}

Test(conv, sysinfo)
{
    struct sysinfo h;
    struct guest_sysinfo g;

    cr_expect_eq(sizeof(struct guest_sysinfo), 112);
    memset(&h, 0, sizeof(h));
    h.uptime = 12345;
    h.loads[0] = 1;
    h.loads[2] = 3;
    h.totalram = 0x100000;
    h.freeswap = 0x2000;
    h.procs = 321;
    h.totalhigh = 9;
    h.freehigh = 10;
    h.mem_unit = 4096;
    conv_sysinfo_to_guest(&g, &h);
    cr_expect_eq(rd(&g, 0, 8), 12345);
    cr_expect_eq(rd(&g, 8, 8), 1);
    cr_expect_eq(rd(&g, 24, 8), 3);
    cr_expect_eq(rd(&g, 32, 8), 0x100000);
    cr_expect_eq(rd(&g, 72, 8), 0x2000);     /* freeswap */
    cr_expect_eq(rd(&g, 80, 2), 321);        /* procs */
    cr_expect_eq(rd(&g, 88, 8), 9);          /* totalhigh, 8-aligned */
    cr_expect_eq(rd(&g, 96, 8), 10);
    cr_expect_eq(rd(&g, 104, 4), 4096);      /* mem_unit */
}

Test(conv, utsname)
{
    struct utsname h;
    struct guest_utsname g;

    cr_expect_eq(sizeof(struct guest_utsname), 6 * 65);
    cr_assert_eq(uname(&h), 0);
    conv_utsname_to_guest(&g, &h, "riscv64");
    cr_expect_str_eq((const char *)&g + 0, h.sysname);
    cr_expect_str_eq((const char *)&g + 65, h.nodename);
    cr_expect_str_eq((const char *)&g + 130, h.release);
    cr_expect_str_eq((const char *)&g + 4 * 65, "riscv64");
}

Test(conv, termios)
{
    struct host_ktermios h, back;
    struct guest_termios g;

    cr_expect_eq(sizeof(struct guest_termios), 36);
    memset(&h, 0, sizeof(h));
    h.c_iflag = 0x11;
    h.c_oflag = 0x22;
    h.c_cflag = 0x33;
    h.c_lflag = 0x44;
    h.c_line = 5;
    for (int i = 0; i < 19; i++) {
        h.c_cc[i] = (uint8_t)(0x60 + i);
    }
    conv_termios_to_guest(&g, &h);
    cr_expect_eq(rd(&g, 0, 4), 0x11);
    cr_expect_eq(rd(&g, 4, 4), 0x22);
    cr_expect_eq(rd(&g, 8, 4), 0x33);
    cr_expect_eq(rd(&g, 12, 4), 0x44);
    cr_expect_eq(rd(&g, 16, 1), 5);
    cr_expect_eq(rd(&g, 17, 1), 0x60);       /* c_cc[VINTR] */
    cr_expect_eq(rd(&g, 35, 1), 0x60 + 18);  /* c_cc[18], last byte */
    conv_termios_to_host(&back, &g);
    cr_expect_eq(memcmp(&back, &h, sizeof(h)), 0);
}

Test(conv, sigaction_riscv64)
{
    /* riscv64: handler, flags, mask (no sa_restorer): 24 bytes. */
    uint64_t guest[4] = {0x1000, 0x04000000 | 4, 0x5555, 0xdead};
    struct sys_sigaction s;
    uint64_t out[4] = {0, 0, 0, 0xbeef};

    cr_expect_eq(GUEST_SIGACTION_SIZE(false), 24);
    conv_sigaction_from_guest(&s, guest, false);
    cr_expect_eq(s.handler, 0x1000);
    cr_expect_eq(s.flags, 0x04000004);
    cr_expect_eq(s.mask, 0x5555);
    cr_expect_eq(s.restorer, 0);
    conv_sigaction_to_guest(out, &s, false);
    cr_expect_eq(out[0], 0x1000);
    cr_expect_eq(out[2], 0x5555);
    cr_expect_eq(out[3], 0xbeef, "writes only 24 bytes");
}

Test(conv, sigaction_arm64)
{
    /* arm64 has SA_RESTORER: handler, flags, restorer, mask. */
    uint64_t guest[4] = {0x1000, 0x04000000, 0x2000, 0x7777};
    struct sys_sigaction s;

    cr_expect_eq(GUEST_SIGACTION_SIZE(true), 32);
    conv_sigaction_from_guest(&s, guest, true);
    cr_expect_eq(s.restorer, 0x2000);
    cr_expect_eq(s.mask, 0x7777);
}

Test(conv, misc_sizes)
{
    cr_expect_eq(sizeof(struct guest_timespec), 16);
    cr_expect_eq(sizeof(struct guest_rlimit), 16);
    cr_expect_eq(sizeof(struct guest_winsize), 8);
    cr_expect_eq(sizeof(struct guest_tms), 32);
    cr_expect_eq(sizeof(struct guest_clone_args), 88);
    cr_expect_eq(offsetof(struct guest_clone_args, stack), 40);
    cr_expect_eq(offsetof(struct guest_clone_args, tls), 56);
}

Test(errno_map, host_to_guest)
{
    cr_expect_eq(sys_errno_to_guest(ENOENT), 2);
    cr_expect_eq(sys_errno_to_guest(EAGAIN), 11);
    cr_expect_eq(sys_errno_to_guest(ENOSYS), 38);
    cr_expect_eq(sys_errno_to_guest(ELOOP), 40);
    cr_expect_eq(sys_errno_to_guest(ENOMSG), 42);   /* after the 41 gap */
    cr_expect_eq(sys_errno_to_guest(EHWPOISON), 133);
    cr_expect_eq(sys_errno_to_guest(9999), GUEST_EINVAL);
    cr_expect_eq(GUEST_ENOTTY, 25);
    cr_expect_str_eq(sys_errno_name(GUEST_ENOENT), "ENOENT");
    cr_expect_str_eq(sys_errno_name(95), "EOPNOTSUPP");
}

Test(errno_map, exit_point)
{
    errno = EBADF;
    cr_expect_eq(sys_ret(-1), -9);
    cr_expect_eq(sys_ret(42), 42);
    cr_expect_eq(sys_ret_neg(-ENOMEM), -12);
    cr_expect_eq(sys_ret_neg(0x7f0000000000ll), 0x7f0000000000ll);
    cr_expect_eq(sys_ret(close(-1)), -GUEST_EBADF);
}

Test(oflags, riscv64_same_as_host)
{
    const struct sys_abi_quirks *q = sys_quirks_for_machine(243);
    uint32_t g = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_DIRECTORY |
                 O_NOFOLLOW;

    cr_expect_eq(sys_oflags_to_host(q, g), (int)g);
    cr_expect_eq(sys_oflags_to_guest(q, (int)g), g);
    cr_expect_not(q->sa_restorer);
}

Test(oflags, arm64_moved_bits)
{
    const struct sys_abi_quirks *q = sys_quirks_for_machine(183);

    /* arm64 O_DIRECTORY 040000, O_NOFOLLOW 0100000, O_DIRECT 0200000,
     * O_LARGEFILE 0400000 (arch/arm64/include/uapi/asm/fcntl.h). */
    cr_expect_eq(sys_oflags_to_host(q, 040000 | 02000000), O_DIRECTORY |
                                                          O_CLOEXEC);
    cr_expect_eq(sys_oflags_to_host(q, 0100000), O_NOFOLLOW);
    cr_expect_eq(sys_oflags_to_host(q, 0200000), O_DIRECT);
    cr_expect_eq(sys_oflags_to_host(q, 0400000), 0100000);
    cr_expect_eq(sys_oflags_to_guest(q, O_DIRECTORY | O_NOFOLLOW | O_RDWR),
                 040000u | 0100000u | 2u);
    /* The x86_64 kernel reports O_LARGEFILE (0100000) in F_GETFL. */
    cr_expect_eq(sys_oflags_to_guest(q, 0100000 | O_APPEND),
                 0400000u | 02000u);
    cr_expect(q->sa_restorer);
}

Test(dispatch, unknown_and_simple)
{
    const uint64_t none[6] = {0};

    cr_expect_eq(sys_dispatch(NULL, 172, none), getpid());   /* getpid */
    cr_expect_eq(sys_dispatch(NULL, 5000, none), -GUEST_ENOSYS);
    cr_expect_eq(sys_dispatch(NULL, 104, none), -GUEST_ENOSYS); /* kexec_load */
    cr_expect_eq(sys_dispatch(NULL, 293, none), -GUEST_ENOSYS); /* rseq */
    mode_t old = umask(022);
    cr_expect_eq(sys_dispatch(NULL, 166, (const uint64_t[6]){077}), 022);
    cr_expect_eq(umask(old), 077);
}

/* Guest memory through linux-user/guest-mm: one RW page, then a hole. */
static uint64_t guest_page(void)
{
    cr_assert_eq(gmm_init(), 0);
    int64_t g = gmm_mmap(0, 8192, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert_geq(g, 0);
    cr_assert_eq(gmm_mprotect((uint64_t)g + 4096, 4096, PROT_NONE), 0);
    return (uint64_t)g;
}

Test(guest_mem, strings_and_ranges)
{
    uint64_t g = guest_page();
    char buf[64];
    char *h = g2h(g);

    strcpy(h + 100, "hello");
    cr_expect_eq(sys_strcpy(g + 100, buf, sizeof(buf)), 5);
    cr_expect_str_eq(buf, "hello");
    /* No NUL before the inaccessible page: EFAULT, not a crash. */
    memset(h + 4000, 'x', 96);
    cr_expect_eq(sys_strcpy(g + 4000, buf, 4096), -GUEST_EFAULT);
    cr_expect_eq(sys_strcpy(g + 4000, buf, 10), -GUEST_ENAMETOOLONG);
    cr_expect_null(sys_lock(g + 4000, 200, SYS_R));
    cr_expect_not_null(sys_lock(g + 4000, 96, SYS_R | SYS_W));
    cr_expect_null(sys_lock(UINT64_MAX - 10, 100, SYS_R), "wraps around");
}

Test(guest_mem, hwprobe_and_efault)
{
    uint64_t g = guest_page();
    int64_t *pairs = g2h(g);

    pairs[0] = 4;       /* RISCV_HWPROBE_KEY_IMA_EXT_0 */
    pairs[2] = 3;       /* BASE_BEHAVIOR */
    pairs[4] = 99;      /* unknown */
    pairs[6] = 5;       /* CPUPERF_0 */
    pairs[5] = 1234;
    const uint64_t a[6] = {g, 4, 0, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, 258, a), 0);
    cr_expect_eq(pairs[1], 1 | 2 | 8 | 16 | 32, "FD C ZBA ZBB ZBS");
    cr_expect_eq(pairs[3], 1, "IMA");
    cr_expect_eq(pairs[4], -1, "unknown key");
    cr_expect_eq(pairs[5], 0);
    cr_expect_eq(pairs[7], 3, "misaligned fast");
    const uint64_t bad[6] = {g + 4090, 1, 0, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, 258, bad), -GUEST_EFAULT);
    /* write(1, <hole>, 10) and uname(<hole>) are EFAULT too. */
    const uint64_t w[6] = {1, g + 4096, 10, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, 64, w), -GUEST_EFAULT);
    const uint64_t u[6] = {g + 4000, 0, 0, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, 160, u), -GUEST_EFAULT);
}

Test(guest_mem, uname_machine)
{
    uint64_t g = guest_page();
    const uint64_t u[6] = {g, 0, 0, 0, 0, 0};

    cr_expect_eq(sys_dispatch(NULL, 160, u), 0);
    cr_expect_str_eq((const char *)g2h(g) + 4 * 65, "riscv64");
}
