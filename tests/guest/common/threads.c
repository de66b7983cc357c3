/* expected: native */
/*
 * POSIX threads: create/join with return values, a mutex-protected
 * counter, a condition-variable ping-pong with strict alternation,
 * thread-local storage (__thread) per thread, pthread_once, a barrier,
 * and thread-specific data.  All output is deterministic.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long shared;
static int turn, rounds_done;
static __thread long tls_val = 5;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_count;
static pthread_barrier_t bar;
static pthread_key_t key;
static long trace[400];

static void init_once(void)
{
    once_count++;
}

static void *adder(void *arg)
{
    long id = (long)(intptr_t)arg;
    pthread_once(&once, init_once);
    tls_val += id * 100;
    pthread_setspecific(key, (void *)(intptr_t)(id + 1000));
    for (int i = 0; i < 10000; i++) {
        pthread_mutex_lock(&mu);
        shared += id + 1;
        pthread_mutex_unlock(&mu);
    }
    pthread_barrier_wait(&bar);
    long spec = (long)(intptr_t)pthread_getspecific(key);
    return (void *)(intptr_t)(tls_val * 10000 + spec);
}

/* two threads alternate strictly: thread p waits for turn == p */
static void *pingpong(void *arg)
{
    int p = (int)(intptr_t)arg;
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&mu);
        while (turn != p)
            pthread_cond_wait(&cv, &mu);
        trace[rounds_done++] = p;
        turn = 1 - p;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[6];
    int err;
    pthread_key_create(&key, NULL);
    pthread_barrier_init(&bar, NULL, 6);
    for (long i = 0; i < 6; i++)
        if ((err = pthread_create(&t[i], NULL, adder, (void *)(intptr_t)i))) {
            fprintf(stderr, "pthread_create: %s\n", strerror(err));
            return 1;
        }
    for (int i = 0; i < 6; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        printf("thread %d returned %ld\n", i, (long)(intptr_t)ret);
    }
    printf("shared %ld (expect %d) once %d main tls %ld\n", shared,
           10000 * (1 + 2 + 3 + 4 + 5 + 6), once_count, tls_val);

    pthread_t a, b;
    pthread_create(&a, NULL, pingpong, (void *)0);
    pthread_create(&b, NULL, pingpong, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int alternating = 1;
    for (int i = 0; i < rounds_done; i++)
        alternating &= trace[i] == (i & 1);
    printf("pingpong rounds %d alternating %d\n", rounds_done, alternating);
    return 0;
}
