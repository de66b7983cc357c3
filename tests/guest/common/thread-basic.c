/*
 * pthread_create/join with 4 threads, a mutex + condition variable
 * hand-off, and __thread variables.  By hand:
 *  - thread i (0..3) returns i * i + 1 -> "join i: ret 1, 2, 5, 10";
 *  - each thread adds 100 * (i + 1) to its own __thread copy (initial 7)
 *    and reports it: 107, 207, 307, 407; main's copy stays 7;
 *  - each thread's gettid() differs from getpid() and from the others'
 *    -> "tids distinct 1";
 *  - a consumer waits on a condvar for 4 items the producers hand over
 *    one at a time under the mutex; the sum of items (i + 1) is
 *    1 + 2 + 3 + 4 = 10 -> "condvar: items 4 sum 10".
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static __thread long tls = 7;
static long tls_seen[4];
static pid_t tids[4];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t cv_empty = PTHREAD_COND_INITIALIZER;
static int slot, have;

static void *worker(void *arg)
{
    int i = (int)(intptr_t)arg;
    tls += 100 * (i + 1);
    tls_seen[i] = tls;
    tids[i] = (pid_t)syscall(SYS_gettid);
    pthread_mutex_lock(&mu);
    while (have) {
        pthread_cond_wait(&cv_empty, &mu);
    }
    slot = i + 1;
    have = 1;
    pthread_cond_signal(&cv_full);
    pthread_mutex_unlock(&mu);
    return (void *)(intptr_t)(i * i + 1);
}

int main(void)
{
    pthread_t t[4];
    int items = 0, sum = 0;

    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    }
    pthread_mutex_lock(&mu);
    while (items < 4) {
        while (!have) {
            pthread_cond_wait(&cv_full, &mu);
        }
        sum += slot;
        items++;
        have = 0;
        pthread_cond_broadcast(&cv_empty);
    }
    pthread_mutex_unlock(&mu);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("join %d: ret %ld tls %ld\n", i, (long)(intptr_t)r,
               tls_seen[i]);
    }
    int distinct = 1;
    for (int i = 0; i < 4; i++) {
        distinct &= tids[i] != getpid() && tids[i] > 0;
        for (int j = 0; j < i; j++) {
            distinct &= tids[i] != tids[j];
        }
    }
    printf("main tls %ld tids distinct %d\n", tls, distinct);
    printf("condvar: items %d sum %d\n", items, sum);
    return 0;
}
