/* expected: native */
/*
 * A small file I/O round trip in /tmp: mkstemp, write, lseek, read,
 * pread/pwrite, fstat/stat sizes, O_APPEND, ftruncate, stdio
 * fprintf/fgets, rename, unlink and the errors that follow (ENOENT).
 * The random file name is never printed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char path[] = "/tmp/xrun-guest-fileio-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        return 1;
    }
    static char data[10000];
    for (int i = 0; i < (int)sizeof data; i++)
        data[i] = (char)('a' + i % 26);
    printf("write %zd\n", write(fd, data, sizeof data));
    struct stat st;
    fstat(fd, &st);
    printf("fstat size %lld regular %d mode %o\n", (long long)st.st_size,
           S_ISREG(st.st_mode), st.st_mode & 0777);
    printf("lseek end %lld\n", (long long)lseek(fd, 0, SEEK_END));
    printf("lseek set %lld\n", (long long)lseek(fd, 100, SEEK_SET));
    char buf[64] = {0};
    printf("read %zd: %.26s\n", read(fd, buf, 26), buf);
    printf("lseek cur %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("pwrite %zd\n", pwrite(fd, "XYZ", 3, 5000));
    memset(buf, 0, sizeof buf);
    printf("pread %zd: %.8s\n", pread(fd, buf, 8, 4998), buf);
    printf("offset after pread %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("read at eof %zd\n", (lseek(fd, 0, SEEK_END), read(fd, buf, 10)));
    printf("ftruncate %d\n", ftruncate(fd, 4000));
    stat(path, &st);
    printf("stat size %lld\n", (long long)st.st_size);
    close(fd);

    fd = open(path, O_WRONLY | O_APPEND);
    printf("append write %zd\n", write(fd, "tail\n", 5));
    close(fd);
    stat(path, &st);
    printf("size after append %lld\n", (long long)st.st_size);

    FILE *f = fopen(path, "r+");
    fseek(f, 0, SEEK_SET);
    fprintf(f, "line one %d\nline two %s\n", 42, "ok");
    fseek(f, 0, SEEK_SET);
    char line[100];
    while (fgets(line, sizeof line, f) && strncmp(line, "line", 4) == 0)
        fputs(line, stdout);
    fseek(f, -5, SEEK_END);
    fgets(line, sizeof line, f);
    printf("last: %s", line);
    fclose(f);

    char path2[sizeof path + 4];
    snprintf(path2, sizeof path2, "%s.new", path);
    printf("rename %d\n", rename(path, path2));
    errno = 0;
    int r = open(path, O_RDONLY);
    printf("open old name %d enoent %d\n", r, errno == ENOENT);
    printf("access new %d\n", access(path2, R_OK | W_OK));
    printf("unlink %d\n", unlink(path2));
    errno = 0;
    r = stat(path2, &st);
    printf("stat after unlink %d enoent %d\n", r, errno == ENOENT);
    errno = 0;
    r = close(12345);
    printf("close bad fd %d ebadf %d\n", r, errno == EBADF);
    return 0;
}
