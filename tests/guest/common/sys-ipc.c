/* expected: native */
/*
 * SysV IPC, private objects only (removed at the end):
 *  - message queues: three messages of types 1..3, msgctl IPC_STAT's
 *    counts and pids, receive by type, MSG_NOERROR truncation, E2BIG and
 *    ENOMSG, IPC_SET of msg_qbytes read back, a msgrcv that blocks in a
 *    child until the parent sends;
 *  - semaphores: SETALL/GETALL/GETVAL, semop, IPC_STAT (nsems, otime set
 *    by semop, mode), IPC_SET of the mode, a child blocked in semop seen
 *    by GETNCNT and woken by the parent, one interrupted by a SA_RESTART
 *    handler (EINTR: never restarted), semtimedop's EAGAIN, SEM_UNDO
 *    undone when a child exits;
 *  - shared memory: two attachments of one segment see each other's
 *    writes, IPC_STAT's size and attach count, a child after fork writes
 *    through its inherited attachment, SHM_RDONLY faults on a write,
 *    attaching at a chosen address (free: there; taken: EINVAL; taken
 *    with SHM_REMAP: there), shmdt makes the range unmapped (mincore
 *    ENOMEM, a read faults), also after an mprotect of part of it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct msg {
    long mtype;
    char mtext[64];
};

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static const char *ename(long r)
{
    return r >= 0 ? "ok" : errno == ENOMSG ? "ENOMSG" : errno == E2BIG
         ? "E2BIG" : errno == EAGAIN ? "EAGAIN" : errno == EINVAL ? "EINVAL"
         : errno == EIDRM ? "EIDRM" : "other";
}

static void send(int q, long type, const char *text)
{
    struct msg m = {type, ""};
    snprintf(m.mtext, sizeof(m.mtext), "%s", text);
    msgsnd(q, &m, strlen(text) + 1, 0);
}

static void messages(void)
{
    struct msg m;
    struct msqid_ds ds;
    int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    send(q, 1, "one");
    send(q, 2, "two two");
    send(q, 3, "three");
    msgctl(q, IPC_STAT, &ds);
    printf("msg: qnum %lu cbytes %lu lspid ours %d mode %o\n",
           (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes,
           ds.msg_lspid == getpid(), ds.msg_perm.mode & 0777);
    ssize_t n = msgrcv(q, &m, sizeof(m.mtext), 2, 0);
    printf("msg: type 2 -> %zd type %ld \"%s\"\n", n, m.mtype, m.mtext);
    n = msgrcv(q, &m, 2, 0, 0);
    printf("msg: 2-byte buffer -> %zd %s\n", n, ename(n));
    n = msgrcv(q, &m, 2, 0, MSG_NOERROR);
    printf("msg: MSG_NOERROR -> %zd type %ld \"%.2s\"\n", n, m.mtype,
           m.mtext);
    n = msgrcv(q, &m, sizeof(m.mtext), -3, 0);
    printf("msg: type <= 3 -> %zd type %ld \"%s\"\n", n, m.mtype, m.mtext);
    n = msgrcv(q, &m, sizeof(m.mtext), 0, IPC_NOWAIT);
    printf("msg: empty -> %zd %s\n", n, ename(n));
    ds.msg_qbytes = 1000;
    printf("msg: IPC_SET %d\n", msgctl(q, IPC_SET, &ds));
    msgctl(q, IPC_STAT, &ds);
    printf("msg: qbytes %lu lrpid ours %d\n", (unsigned long)ds.msg_qbytes,
           ds.msg_lrpid == getpid());

    pid_t c = fork();
    if (c == 0) {
        n = msgrcv(q, &m, sizeof(m.mtext), 7, 0);
        _exit(n == 6 && strcmp(m.mtext, "late!") == 0 ? 42 : 1);
    }
    sleep_ms(50);
    send(q, 7, "late!");
    int st;
    waitpid(c, &st, 0);
    printf("msg: blocked child received %d\n", WEXITSTATUS(st));
    printf("msg: IPC_RMID %d\n", msgctl(q, IPC_RMID, NULL));
    n = msgrcv(q, &m, sizeof(m.mtext), 0, IPC_NOWAIT);
    printf("msg: removed -> %s\n", ename(n));
}

static void on_usr1(int sig)
{
    (void)sig;
}

static void semaphores(void)
{
    unsigned short v[3] = {1, 2, 3}, got[3];
    struct semid_ds ds;
    struct sembuf op;
    int s = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
    printf("sem: SETALL %d\n", semctl(s, 0, SETALL, v));
    semctl(s, 0, GETALL, got);
    printf("sem: GETALL %d %d %d\n", got[0], got[1], got[2]);
    op = (struct sembuf){1, -2, 0};
    printf("sem: semop -2 on #1 %d\n", semop(s, &op, 1));
    printf("sem: GETVAL #1 %d #2 %d\n", semctl(s, 1, GETVAL),
           semctl(s, 2, GETVAL));
    semctl(s, 0, IPC_STAT, &ds);
    printf("sem: nsems %lu otime set %d mode %o\n",
           (unsigned long)ds.sem_nsems, ds.sem_otime != 0,
           ds.sem_perm.mode & 0777);
    ds.sem_perm.mode = 0640;
    printf("sem: IPC_SET %d\n", semctl(s, 0, IPC_SET, &ds));
    memset(&ds, 0, sizeof(ds));
    semctl(s, 0, IPC_STAT, &ds);
    printf("sem: mode now %o nsems %lu\n", ds.sem_perm.mode & 0777,
           (unsigned long)ds.sem_nsems);

    struct timespec ts = {0, 20 * 1000000};
    op = (struct sembuf){1, -1, 0};
    long r = semtimedop(s, &op, 1, &ts);
    printf("sem: semtimedop on 0 -> %s\n", ename(r));

    pid_t c = fork();
    if (c == 0) {
        struct sembuf w = {1, -1, 0};
        _exit(semop(s, &w, 1) == 0 ? 42 : 1);
    }
    int ncnt = 0;
    for (int i = 0; i < 500 && ncnt == 0; i++) {
        sleep_ms(5);
        ncnt = semctl(s, 1, GETNCNT);
    }
    printf("sem: waiting child seen by GETNCNT %d\n", ncnt);
    op = (struct sembuf){1, 1, 0};
    semop(s, &op, 1);
    int st;
    waitpid(c, &st, 0);
    printf("sem: child woken %d value %d\n", WEXITSTATUS(st),
           semctl(s, 1, GETVAL));

    /* semop is never restarted after a handler, SA_RESTART or not. */
    c = fork();
    if (c == 0) {
        struct sigaction sa;
        struct sembuf w = {1, -1, 0};
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_usr1;
        sa.sa_flags = SA_RESTART;
        sigaction(SIGUSR1, &sa, NULL);
        _exit(semop(s, &w, 1) == -1 && errno == EINTR ? 42 : 1);
    }
    for (ncnt = 0; ncnt == 0;) {
        sleep_ms(5);
        ncnt = semctl(s, 1, GETNCNT);
    }
    kill(c, SIGUSR1);
    waitpid(c, &st, 0);
    printf("sem: SA_RESTART handler, semop EINTR %d\n", WEXITSTATUS(st));

    c = fork();
    if (c == 0) {
        struct sembuf u = {2, 5, SEM_UNDO};
        semop(s, &u, 1);
        _exit(semctl(s, 2, GETVAL));
    }
    waitpid(c, &st, 0);
    printf("sem: SEM_UNDO child saw %d, after exit %d\n", WEXITSTATUS(st),
           semctl(s, 2, GETVAL));
    printf("sem: IPC_RMID %d\n", semctl(s, 0, IPC_RMID));
    r = semop(s, &op, 1);
    printf("sem: removed -> %s\n", ename(r));
}

static sigjmp_buf jb;

static void on_segv(int sig)
{
    (void)sig;
    siglongjmp(jb, 1);
}

/* Does touching p fault? (write or read) */
static int faults(volatile char *p, int write)
{
    if (sigsetjmp(jb, 1) == 0) {
        if (write) {
            *p = 'w';
        } else {
            (void)*p;
        }
        return 0;
    }
    return 1;
}

static void shared(void)
{
    const size_t sz = 3 * 4096 + 100;  /* four pages mapped */
    struct shmid_ds ds;
    unsigned char vec[4];
    signal(SIGSEGV, on_segv);
    int id = shmget(IPC_PRIVATE, sz, IPC_CREAT | 0600);
    char *a = shmat(id, NULL, 0);
    char *b = shmat(id, NULL, 0);
    printf("shm: two attachments differ %d\n", a != b && a != (void *)-1 &&
                                                   b != (void *)-1);
    strcpy(a + 5000, "written through a");
    printf("shm: b sees \"%s\"\n", b + 5000);
    shmctl(id, IPC_STAT, &ds);
    printf("shm: segsz %zu nattch %lu cpid ours %d\n", (size_t)ds.shm_segsz,
           (unsigned long)ds.shm_nattch, ds.shm_cpid == getpid());
    printf("shm: last page mapped %d\n", mincore(a, 4 * 4096, vec) == 0);

    pid_t c = fork();
    if (c == 0) {
        strcpy(b + 100, "from the child");
        _exit(0);
    }
    waitpid(c, NULL, 0);
    printf("shm: after fork a sees \"%s\"\n", a + 100);

    char *r = shmat(id, NULL, SHM_RDONLY);
    printf("shm: read-only attachment reads \"%s\", write faults %d\n",
           r + 100, faults(r + 100, 1));
    shmdt(r);

    /* A chosen address: free, then taken, then taken with SHM_REMAP. */
    char *spot = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(spot, 4 * 4096);
    char *f = shmat(id, spot, 0);
    printf("shm: at a free address there %d sees \"%s\"\n", f == spot,
           f == spot ? f + 100 : "");
    errno = 0;
    void *t = shmat(id, spot, 0);
    printf("shm: at a taken address %d EINVAL %d\n", t == (void *)-1,
           errno == EINVAL);
    t = shmat(id, spot + 1, SHM_RND | SHM_REMAP);
    printf("shm: SHM_RND|SHM_REMAP there %d\n", t == (void *)spot);
    errno = 0;
    t = shmat(id, spot + 1, 0);
    printf("shm: unaligned without SHM_RND EINVAL %d\n", errno == EINVAL);

    /* Detach after protecting one page: all of it goes. */
    mprotect(spot + 4096, 4096, PROT_READ);
    printf("shm: shmdt %d\n", shmdt(spot));
    errno = 0;
    printf("shm: detached range mincore ENOMEM %d, read faults %d\n",
           mincore(spot, 4 * 4096, vec) == -1 && errno == ENOMEM,
           faults(spot + 4096, 0));
    errno = 0;
    printf("shm: shmdt again EINVAL %d\n", shmdt(spot) == -1 &&
                                               errno == EINVAL);
    shmdt(b);
    shmctl(id, IPC_STAT, &ds);
    printf("shm: nattch after detaching b %lu\n",
           (unsigned long)ds.shm_nattch);
    printf("shm: IPC_RMID %d, a still reads \"%s\"\n",
           shmctl(id, IPC_RMID, NULL), a + 5000);
    shmdt(a);
    errno = 0;
    printf("shm: removed segment shmat EINVAL %d\n",
           shmat(id, NULL, 0) == (void *)-1 && errno == EINVAL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    messages();
    semaphores();
    shared();
    return 0;
}
