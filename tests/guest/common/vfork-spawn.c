/* expected: native */
/*
 * What a vfork child shares with its parent, as callers count on it: a
 * vfork() child's store into the parent's stack frame is seen by the
 * parent, and posix_spawn (whose glibc child runs under CLONE_VM |
 * CLONE_VFORK and stores the exec error in the parent's frame) returns
 * the child's error: a missing program (also through PATH), a failed open
 * file action, all of them after a closefrom file action (which closes
 * every fd from 3 in the child), and a program that does run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void spawn(const char *what, const char *path, int closefrom,
                  const char *open_path, int search)
{
    posix_spawn_file_actions_t fa;
    char *argv[] = {(char *)path, (char *)"spawned", NULL};
    pid_t pid = 0;
    int status = -1;

    posix_spawn_file_actions_init(&fa);
    if (closefrom) {
        posix_spawn_file_actions_addclosefrom_np(&fa, 3);
    }
    if (open_path != NULL) {
        posix_spawn_file_actions_addopen(&fa, 5, open_path, O_RDONLY, 0);
    }
    int r = search ? posix_spawnp(&pid, path, &fa, NULL, argv, environ)
                   : posix_spawn(&pid, path, &fa, NULL, argv, environ);
    if (r == 0) {
        waitpid(pid, &status, 0);
    }
    printf("%s: %s, exit %d\n", what, r == 0 ? "spawned" : strerror(r),
           r == 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    posix_spawn_file_actions_destroy(&fa);
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "spawned") == 0) {
        return 5;
    }
    volatile int shared = 1;
    pid_t pid = vfork();
    if (pid == 0) {
        shared = 42;   /* the parent's variable: the child borrows its stack */
        _exit(3);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("vfork: child exit %d, parent sees %d\n", WEXITSTATUS(status), shared);
    fflush(stdout);

    for (int cf = 0; cf < 2; cf++) {
        printf("closefrom %d\n", cf);
        fflush(stdout);
        spawn("missing program", "/no/such/program", cf, NULL, 0);
        spawn("missing in PATH", "no-such-program-xyz", cf, NULL, 1);
        spawn("failed open", "/proc/self/exe", cf, "/no/such/file", 0);
        spawn("runs", "/proc/self/exe", cf, NULL, 0);
    }
    return 0;
}
