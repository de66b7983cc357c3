/* expected: native */
/*
 * In-kernel copies, each a round trip checked byte for byte: sendfile
 * from a file to a socket (with and without an offset pointer: the
 * pointer is updated, the file position is not), copy_file_range between
 * two files with offsets, splice file -> pipe -> file, tee pipe -> pipe,
 * vmsplice of two buffers into a pipe, and fallocate (plain, then
 * FALLOC_FL_KEEP_SIZE).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static char dir[] = "/tmp/xrun-copy-XXXXXX";

static int tmpfile_with(const char *name, const char *content)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    if (content != NULL) {
        write(fd, content, strlen(content));
        lseek(fd, 0, SEEK_SET);
    }
    unlink(path);
    return fd;
}

static void show_file(const char *label, int fd)
{
    char buf[128];
    ssize_t n = pread(fd, buf, sizeof(buf), 0);
    printf("%s: %zd '%.*s'\n", label, n, (int)(n > 0 ? n : 0), buf);
}

int main(void)
{
    const char *text = "The quick brown fox jumps over the lazy dog";
    char buf[128];
    ssize_t n;

    setvbuf(stdout, NULL, _IONBF, 0);
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    int src = tmpfile_with("src", text);

    /* sendfile to a socket. */
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    off_t off = 4;
    n = sendfile(sv[0], src, &off, 5);
    printf("sendfile with offset: %zd off now %lld pos %lld\n", n,
           (long long)off, (long long)lseek(src, 0, SEEK_CUR));
    n = sendfile(sv[0], src, NULL, 3);
    printf("sendfile at the position: %zd pos %lld\n", n,
           (long long)lseek(src, 0, SEEK_CUR));
    n = read(sv[1], buf, sizeof(buf));
    printf("socket got %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);

    /* copy_file_range with offsets in and out. */
    int dst = tmpfile_with("dst", "0123456789");
    loff_t in = 10, out = 2;
    n = copy_file_range(src, &in, dst, &out, 5, 0);
    printf("copy_file_range: %zd in %lld out %lld\n", n, (long long)in,
           (long long)out);
    show_file("dst", dst);

    /* splice file -> pipe -> file. */
    int p[2], q[2];
    pipe(p);
    pipe(q);
    loff_t from = 16;
    n = splice(src, &from, p[1], NULL, 9, 0);
    printf("splice file->pipe: %zd from %lld\n", n, (long long)from);
    /* tee duplicates the pipe's data into q without consuming it. */
    n = tee(p[0], q[1], 9, 0);
    printf("tee: %zd\n", n);
    int dst2 = tmpfile_with("dst2", NULL);
    loff_t to = 0;
    n = splice(p[0], NULL, dst2, &to, 9, 0);
    printf("splice pipe->file: %zd to %lld\n", n, (long long)to);
    show_file("dst2", dst2);
    n = read(q[0], buf, sizeof(buf));
    printf("tee copy: %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);

    /* vmsplice two user buffers into a pipe. */
    char one[] = "gathered ", two[] = "pages";
    struct iovec iov[2] = {{one, 9}, {two, 5}};
    n = vmsplice(p[1], iov, 2, 0);
    printf("vmsplice: %zd\n", n);
    n = read(p[0], buf, sizeof(buf));
    printf("pipe got %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);

    /* fallocate. */
    int fa = tmpfile_with("fa", NULL);
    int r = fallocate(fa, 0, 0, 8192);
    struct stat st;
    fstat(fa, &st);
    printf("fallocate %d size %lld blocks>=16 %d\n", r, (long long)st.st_size,
           st.st_blocks >= 16);
    r = fallocate(fa, FALLOC_FL_KEEP_SIZE, 8192, 8192);
    fstat(fa, &st);
    printf("fallocate KEEP_SIZE %d size %lld\n", r, (long long)st.st_size);
    rmdir(dir);
    return 0;
}
