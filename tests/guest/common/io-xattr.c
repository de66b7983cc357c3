/* expected: native */
/*
 * Extended attributes on a file in /tmp (user.* names): set, get (with
 * size 0 for the length first), list, XATTR_CREATE on an existing name
 * (EEXIST), XATTR_REPLACE on a missing one (ENODATA), remove, and the
 * l* and f* variants (lgetxattr on a symlink reads the link itself,
 * where user.* is not allowed).  If the filesystem refuses user xattrs
 * (ENOTSUP), only that is printed, natively as under xrun.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

static void list(const char *label, ssize_t n, const char *buf)
{
    printf("%s: %zd", label, n);
    /* Names in the order the filesystem keeps them: sort two by hand. */
    const char *names[8];
    int k = 0;
    for (const char *p = buf; n > 0 && p < buf + n && k < 8;
         p += strlen(p) + 1) {
        names[k++] = p;
    }
    for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
            if (strcmp(names[j], names[i]) < 0) {
                const char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
        }
    }
    for (int i = 0; i < k; i++) {
        printf(" %s", names[i]);
    }
    printf("\n");
}

int main(void)
{
    char dir[] = "/tmp/xrun-xattr-XXXXXX", file[256], link_[256];
    char buf[256];
    ssize_t n;
    int r;

    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(file, sizeof(file), "%s/f", dir);
    snprintf(link_, sizeof(link_), "%s/l", dir);
    int fd = open(file, O_CREAT | O_RDWR, 0644);
    symlink(file, link_);
    errno = 0;
    r = setxattr(file, "user.colour", "blue", 4, 0);
    if (r != 0 && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
        printf("user xattrs not supported here\n");
        goto out;
    }
    printf("setxattr %d\n", r);
    n = getxattr(file, "user.colour", NULL, 0);
    printf("getxattr size query %zd\n", n);
    memset(buf, 0, sizeof(buf));
    n = getxattr(file, "user.colour", buf, sizeof(buf));
    printf("getxattr %zd '%s'\n", n, buf);
    errno = 0;
    n = getxattr(file, "user.colour", buf, 2);
    printf("getxattr small buffer %zd ERANGE %d\n", n, errno == ERANGE);
    errno = 0;
    r = setxattr(file, "user.colour", "red", 3, XATTR_CREATE);
    printf("XATTR_CREATE existing %d EEXIST %d\n", r, errno == EEXIST);
    errno = 0;
    r = setxattr(file, "user.size", "1", 1, XATTR_REPLACE);
    printf("XATTR_REPLACE missing %d ENODATA %d\n", r, errno == ENODATA);
    r = fsetxattr(fd, "user.size", "large", 5, 0);
    printf("fsetxattr %d\n", r);
    n = listxattr(file, buf, sizeof(buf));
    list("listxattr", n, buf);
    n = flistxattr(fd, buf, sizeof(buf));
    list("flistxattr", n, buf);
    n = llistxattr(link_, buf, sizeof(buf));
    list("llistxattr of the link", n, buf);
    memset(buf, 0, sizeof(buf));
    n = getxattr(link_, "user.size", buf, sizeof(buf));
    printf("getxattr through the link %zd '%s'\n", n, buf);
    errno = 0;
    n = lgetxattr(link_, "user.size", buf, sizeof(buf));
    printf("lgetxattr of the link %zd ENODATA %d\n", n, errno == ENODATA);
    memset(buf, 0, sizeof(buf));
    n = fgetxattr(fd, "user.colour", buf, sizeof(buf));
    printf("fgetxattr %zd '%s'\n", n, buf);
    printf("removexattr %d\n", removexattr(file, "user.colour"));
    printf("fremovexattr %d\n", fremovexattr(fd, "user.size"));
    errno = 0;
    r = removexattr(file, "user.colour");
    printf("removexattr again %d ENODATA %d\n", r, errno == ENODATA);
    n = listxattr(file, buf, sizeof(buf));
    list("listxattr empty", n, buf);
    errno = 0;
    r = lremovexattr(link_, "user.x");
    printf("lremovexattr on a link %d errno set %d\n", r, errno != 0);
    errno = 0;
    r = setxattr(file, "", "v", 1, 0);
    printf("empty name %d ERANGE %d\n", r, errno == ERANGE);
out:
    close(fd);
    unlink(link_);
    unlink(file);
    rmdir(dir);
    return 0;
}
