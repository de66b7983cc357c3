/* expected: native */
/*
 * inotify on a fresh directory under /tmp: creating, writing, closing,
 * renaming and removing a file there gives IN_CREATE, IN_MODIFY,
 * IN_CLOSE_WRITE, IN_MOVED_FROM/IN_MOVED_TO (same cookie), IN_DELETE,
 * each with the file name; removing the watch gives IN_IGNORED.  A
 * non-blocking read with nothing queued is EAGAIN.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

static uint32_t cookie;

static const char *name_of(uint32_t m)
{
    static const struct {
        uint32_t bit;
        const char *name;
    } t[] = {{IN_CREATE, "IN_CREATE"}, {IN_MODIFY, "IN_MODIFY"},
             {IN_CLOSE_WRITE, "IN_CLOSE_WRITE"},
             {IN_MOVED_FROM, "IN_MOVED_FROM"}, {IN_MOVED_TO, "IN_MOVED_TO"},
             {IN_DELETE, "IN_DELETE"}, {IN_IGNORED, "IN_IGNORED"}};
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        if (m == t[i].bit) {
            return t[i].name;
        }
    }
    return "?";
}

static void drain(int fd, int wd)
{
    _Alignas(struct inotify_event) char buf[4096];
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0) {
        printf("  read -1 EAGAIN %d\n", errno == EAGAIN);
        return;
    }
    for (char *p = buf; p < buf + n;) {
        struct inotify_event *e = (struct inotify_event *)p;
        int same = 0;
        if (e->mask & IN_MOVED_FROM) {
            cookie = e->cookie;
        } else if (e->mask & IN_MOVED_TO) {
            same = e->cookie == cookie && cookie != 0;
        }
        printf("  %s%s wd ok %d name '%s'%s\n", name_of(e->mask & ~IN_ISDIR),
               (e->mask & IN_ISDIR) ? "|IN_ISDIR" : "", e->wd == wd,
               e->len ? e->name : "",
               (e->mask & IN_MOVED_TO) ? (same ? " cookie matches" : " ?")
                                       : "");
        p += sizeof(*e) + e->len;
    }
}

int main(void)
{
    char dir[] = "/tmp/xrun-inotify-XXXXXX", a[PATH_MAX], b[PATH_MAX];

    setvbuf(stdout, NULL, _IONBF, 0);
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(a, sizeof(a), "%s/new-file", dir);
    snprintf(b, sizeof(b), "%s/renamed", dir);
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    printf("cloexec %d nonblock %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0,
           (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
    int wd = inotify_add_watch(fd, dir, IN_CREATE | IN_MODIFY |
                                            IN_CLOSE_WRITE | IN_MOVE |
                                            IN_DELETE);
    printf("watch %d\n", wd > 0);
    printf("empty:\n");
    drain(fd, wd);
    int f = open(a, O_CREAT | O_WRONLY, 0644);
    printf("create:\n");
    drain(fd, wd);
    write(f, "data", 4);
    close(f);
    printf("write+close:\n");
    drain(fd, wd);
    rename(a, b);
    printf("rename:\n");
    drain(fd, wd);
    unlink(b);
    mkdir(a, 0755);
    rmdir(a);
    printf("unlink, mkdir, rmdir:\n");
    drain(fd, wd);
    printf("rm_watch %d\n", inotify_rm_watch(fd, wd));
    drain(fd, wd);
    errno = 0;
    int r = inotify_rm_watch(fd, wd);
    printf("rm_watch again %d EINVAL %d\n", r, errno == EINVAL);
    rmdir(dir);
    return 0;
}
