/* expected: native */
/*
 * /proc/self/cmdline is the program's argv (NUL-terminated strings, read
 * live: rewriting argv in place shows), /proc/self/environ holds its
 * environment, /proc/self/comm and the comm field of /proc/self/stat are
 * the program's name, not an emulator's.  Arguments: proc-cmdline.args.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The whole file; its length in *len. */
static char *slurp(const char *path, size_t *len)
{
    static char buf[65536];
    int fd = open(path, O_RDONLY);
    size_t n = 0;
    ssize_t r;
    if (fd < 0) {
        *len = 0;
        return NULL;
    }
    while ((r = read(fd, buf + n, sizeof(buf) - 1 - n)) > 0) {
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void show_cmdline(int argc, char **argv, const char *label,
                         const char *path)
{
    size_t len;
    char *c = slurp(path, &len);
    int n = 0, same = c != NULL;
    for (size_t at = 0; c != NULL && at < len; at += strlen(c + at) + 1, n++) {
        if (n > 0) {
            printf("  [%d] \"%s\"\n", n, c + at);
        }
        same &= n < argc && strcmp(c + at, argv[n]) == 0;
    }
    printf("%s: %d strings, equal to argv %d, ends with NUL %d\n", label, n,
           same && n == argc, len > 0 && c[len - 1] == '\0');
}

int main(int argc, char **argv)
{
    char path[64];
    size_t len;

    show_cmdline(argc, argv, "/proc/self/cmdline", "/proc/self/cmdline");
    snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)getpid());
    show_cmdline(argc, argv, "/proc/<pid>/cmdline", path);

    /* Linux shows the memory of the strings: an in-place change shows. */
    if (argc > 1 && argv[1][0] != '\0') {
        argv[1][0] = 'X';
    }
    show_cmdline(argc, argv, "after argv[1][0] = 'X'", "/proc/self/cmdline");

    char *e = slurp("/proc/self/environ", &len);
    int found = 0;
    for (size_t at = 0; e != NULL && at < len; at += strlen(e + at) + 1) {
        found += strcmp(e + at, "GUEST_TEST_VAR=guest test env") == 0;
    }
    printf("environ has GUEST_TEST_VAR once %d\n", found == 1);

    const char *base = strrchr(argv[0], '/');
    base = base != NULL ? base + 1 : argv[0];
    char want[16];
    snprintf(want, sizeof(want), "%s", base); /* comm: 15 bytes at most */
    char *comm = slurp("/proc/self/comm", &len);
    printf("comm is the program's name %d\n",
           comm != NULL && len == strlen(want) + 1 &&
               strncmp(comm, want, len - 1) == 0);
    char *st = slurp("/proc/self/stat", &len);
    char field[64];
    snprintf(field, sizeof(field), "%d (%s) ", (int)getpid(), want);
    printf("stat starts with pid (comm) %d\n",
           st != NULL && strncmp(st, field, strlen(field)) == 0);
    return 0;
}
