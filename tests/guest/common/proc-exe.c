/* expected: native */
/*
 * /proc/self/exe names this program, not an emulator: readlink gives the
 * absolute path of argv[0] (the runner starts us by an absolute path),
 * and opening it opens this very file (same inode, an ELF header).
 * /proc/<pid>/exe and /proc/thread-self/exe say the same.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

static void show_link(const char *what, const char *path, const char *want)
{
    char buf[PATH_MAX];
    ssize_t n = readlink(path, buf, sizeof(buf) - 1);
    if (n < 0) {
        printf("%s: readlink failed\n", what);
        return;
    }
    buf[n] = '\0';
    printf("%s names argv[0] %d\n", what, strcmp(buf, want) == 0);
}

int main(int argc, char **argv)
{
    char want[PATH_MAX], path[64];
    (void)argc;
    if (realpath(argv[0], want) == NULL) {
        printf("realpath(argv[0]) failed\n");
        return 1;
    }
    show_link("/proc/self/exe", "/proc/self/exe", want);
    snprintf(path, sizeof(path), "/proc/%d/exe", (int)getpid());
    show_link("/proc/<pid>/exe", path, want);
    show_link("/proc/thread-self/exe", "/proc/thread-self/exe", want);

    /* A short buffer gets a truncated name and no NUL, like readlink(2). */
    char small[4] = "@@@@";
    ssize_t n = readlink("/proc/self/exe", small, 3);
    printf("short buffer: %zd, first bytes match %d\n", n,
           memcmp(small, want, 3) == 0 && small[3] == '@');

    struct stat a, b;
    int fd = open("/proc/self/exe", O_RDONLY);
    unsigned char magic[4] = {0};
    if (fd < 0 || read(fd, magic, 4) != 4 || fstat(fd, &a) != 0 ||
        stat(argv[0], &b) != 0) {
        printf("open /proc/self/exe failed\n");
        return 1;
    }
    close(fd);
    printf("same file %d, ELF magic %d\n",
           a.st_dev == b.st_dev && a.st_ino == b.st_ino,
           memcmp(magic, "\177ELF", 4) == 0);
    printf("stat size equal %d\n",
           stat("/proc/self/exe", &a) == 0 && a.st_size == b.st_size);
    return 0;
}
