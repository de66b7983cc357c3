/* expected: native */
/*
 * Process settings and page/file hints, none of which may change the
 * machine (the tests may run as root): personality (query, PER_LINUX),
 * capget (the version probe, our sets) and capset of the same sets,
 * mlock/mlock2/munlock of a page and of an unmapped one (ENOMEM),
 * munlockall, mincore of touched and untouched pages (and ENOMEM,
 * EINVAL), readahead, sync_file_range (whose argument order an invalid
 * flag value exposes), sethostname/setdomainname with a too long name,
 * chroot/mount/umount2/pivot_root/acct on paths that do not exist,
 * unshare(0), a chroot (in a child) into a directory of ours, and
 * per-thread credentials: a raw setresgid in one thread
 * changes that thread only, glibc's setegid every thread.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int err_of(long r)
{
    return r == 0 ? 0 : errno;
}

static const char *ename(int e)
{
    static char buf[16];
    switch (e) {
    case 0: return "ok";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    case EFAULT: return "EFAULT";
    case ENOTDIR: return "ENOTDIR";
    case ESPIPE: return "ESPIPE";
    default: snprintf(buf, sizeof(buf), "errno %d", e); return buf;
    }
}

static void personality_caps(void)
{
    int cur = personality(0xffffffff);
    printf("personality: persona %d flags 0x%x\n", cur & PER_MASK,
           cur & ~PER_MASK);
    printf("personality(PER_LINUX) returns the old %d\n",
           personality(PER_LINUX) == cur);
    personality(cur);

    struct __user_cap_header_struct h = {0, 0};
    struct __user_cap_data_struct d[2];
    long r = syscall(SYS_capget, &h, NULL);
    printf("capget probe: %ld version 0x%x\n", r, h.version);
    h.version = _LINUX_CAPABILITY_VERSION_3;
    r = syscall(SYS_capget, &h, d);
    printf("capget: %ld effective %08x %08x permitted %08x %08x\n", r,
           d[0].effective, d[1].effective, d[0].permitted, d[1].permitted);
    errno = 0;
    r = syscall(SYS_capset, &h, d);
    printf("capset same: %s\n", ename(err_of(r)));
    h.version = 0x12345678;
    errno = 0;
    r = syscall(SYS_capget, &h, d);
    printf("capget bad version: %s version now 0x%x\n", ename(err_of(r)),
           h.version);
}

static void memory(void)
{
    unsigned char vec[8];
    char *p = mmap(NULL, 8 * 4096, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mlock: %s\n", ename(err_of(mlock(p, 4096))));
    printf("munlock: %s\n", ename(err_of(munlock(p, 4096))));
    printf("mlock2 ONFAULT: %s\n",
           ename(err_of(syscall(SYS_mlock2, p, 4096, MLOCK_ONFAULT))));
    printf("munlock: %s\n", ename(err_of(munlock(p, 4096))));
    printf("munlockall: %s\n", ename(err_of(munlockall())));
    p[0] = p[2 * 4096] = p[5 * 4096] = 1;
    printf("mincore: %s", ename(err_of(mincore(p, 8 * 4096, vec))));
    for (int i = 0; i < 8; i++) {
        printf(" %d", vec[i] & 1);
    }
    printf("\n");
    printf("mincore unaligned: %s\n", ename(err_of(mincore(p + 1, 4096, vec))));
    munmap(p + 4 * 4096, 4 * 4096);
    printf("mincore partly unmapped: %s\n",
           ename(err_of(mincore(p, 8 * 4096, vec))));
    printf("mlock unmapped: %s\n",
           ename(err_of(mlock(p + 4 * 4096, 4096))));
    printf("mincore bad vector: %s\n",
           ename(err_of(mincore(p, 4096, (unsigned char *)8))));
    munmap(p, 4 * 4096);
}

static void file_hints(void)
{
    char name[] = "sys-misc.tmp";
    int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
    char buf[8192];
    memset(buf, 'x', sizeof(buf));
    write(fd, buf, sizeof(buf));
    printf("readahead: %s\n", ename(err_of(readahead(fd, 0, 8192))));
    int pfd[2];
    pipe(pfd);
    printf("readahead pipe: %s\n", ename(err_of(readahead(pfd[0], 0, 10))));
    close(pfd[0]);
    close(pfd[1]);
    printf("sync_file_range WRITE: %s\n",
           ename(err_of(sync_file_range(fd, 0, 4096,
                                        SYNC_FILE_RANGE_WRITE))));
    /* Flags 8 are invalid; read as (fd, flags, offset, nbytes) the call
     * would have flags 0 and succeed. */
    printf("sync_file_range flags 8: %s\n",
           ename(err_of(sync_file_range(fd, 0, 0, 8))));
    printf("sync_file_range offset -1: %s\n",
           ename(err_of(sync_file_range(fd, -1, 0, SYNC_FILE_RANGE_WRITE))));
    close(fd);
    unlink(name);
}

static void admin(void)
{
    char longname[100];
    memset(longname, 'a', sizeof(longname));
    /* Too long: EINVAL with privilege, EPERM without; never a change. */
    printf("sethostname 100: %s\n",
           ename(err_of(sethostname(longname, sizeof(longname)))));
    printf("setdomainname 100: %s\n",
           ename(err_of(setdomainname(longname, sizeof(longname)))));
    printf("chroot missing: %s\n",
           ename(err_of(chroot("/nonexistent-xrun-dir"))));
    printf("chroot of a file: %s\n", ename(err_of(chroot("/etc/passwd/x"))));
    printf("mount on missing: %s\n",
           ename(err_of(mount("none", "/nonexistent-xrun-dir", "tmpfs", 0,
                              "size=1m"))));
    printf("umount2 missing: %s\n",
           ename(err_of(umount2("/nonexistent-xrun-dir", 0))));
    printf("umount2 bad flags: %s\n", ename(err_of(umount2("/", 0x100))));
    printf("pivot_root missing: %s\n",
           ename(err_of(syscall(SYS_pivot_root, "/nonexistent-xrun-a",
                                "/nonexistent-xrun-b"))));
    printf("acct missing: %s\n",
           ename(err_of(acct("/nonexistent-xrun-dir/acct"))));
    printf("unshare 0: %s\n", ename(err_of(unshare(0))));
}

/* In a child: chroot into a directory of ours and read a file by its
 * absolute path there (EPERM without privilege, natively too). */
static void chroot_child(void)
{
    char buf[32] = "";
    mkdir("sys-misc-root", 0700);
    FILE *f = fopen("sys-misc-root/marker", "w");
    fputs("inside", f);
    fclose(f);
    pid_t c = fork();
    if (c == 0) {
        int e = err_of(chroot("sys-misc-root"));
        int fd = e == 0 ? open("/marker", O_RDONLY) : -1;
        if (fd >= 0) {
            read(fd, buf, sizeof(buf) - 1);
        }
        printf("chroot: %s, /marker reads \"%s\"\n", ename(e), buf);
        _exit(0);
    }
    waitpid(c, NULL, 0);
    unlink("sys-misc-root/marker");
    rmdir("sys-misc-root");
}

static pthread_barrier_t bar;
static volatile int thread_raw_egid, thread_glibc_egid;

static gid_t egid(void)
{
    gid_t r, e, s;
    getresgid(&r, &e, &s);
    return e;
}

static void *cred_thread(void *arg)
{
    gid_t to = *(gid_t *)arg;
    syscall(SYS_setresgid, -1, to, -1);
    thread_raw_egid = egid() == to;
    pthread_barrier_wait(&bar);   /* main looks at its own */
    pthread_barrier_wait(&bar);   /* main called setegid */
    thread_glibc_egid = egid() == getgid();
    return NULL;
}

static void credentials(void)
{
    gid_t orig = egid();
    /* Only root can pick another id; others set the one they have. */
    gid_t to = geteuid() == 0 ? 4321 : orig;
    pthread_t th;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&th, NULL, cred_thread, &to);
    pthread_barrier_wait(&bar);
    printf("raw setresgid in a thread: thread has it %d, main unchanged %d\n",
           thread_raw_egid, egid() == orig);
    /* glibc's setegid changes every thread (both back to the real gid). */
    printf("setegid: %d\n", setegid(getgid()));
    pthread_barrier_wait(&bar);
    pthread_join(th, NULL);
    printf("after setegid: main %d thread %d\n", egid() == getgid(),
           thread_glibc_egid);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    personality_caps();
    memory();
    file_hints();
    admin();
    chroot_child();
    credentials();
    return 0;
}
