/* SPDX-License-Identifier: MIT */
/*
 * Exclusive sections (exclusive.h).  The protocol is qemu's
 * cpu_exec_start/cpu_exec_end/start_exclusive: a thread publishes
 * "running" with a full barrier and only then looks at excl_pending, and
 * the exclusive thread sets excl_pending before it looks at "running", so
 * one of the two always sees the other.  Threads that were running when
 * the section was requested are counted in excl_pending and decrement it
 * as they stop; the exclusive thread waits for the count to drop to 1.
 */
#include "translator/exclusive.h"

#include <pthread.h>
#include <stddef.h>

struct excl_thread {
    struct cpu *cpu;
    volatile int running;
    bool has_waiter;              /* counted in excl_pending */
    bool registered;
    struct excl_thread *next;
};

volatile int excl_pending;

static pthread_mutex_t excl_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t excl_cond = PTHREAD_COND_INITIALIZER;    /* to 1 */
static pthread_cond_t excl_resume = PTHREAD_COND_INITIALIZER;  /* to 0 */
static struct excl_thread *excl_threads;
static __thread struct excl_thread excl_self;

/* Stop running; if the exclusive thread counts on us, tell it. */
static void excl_stop_running(struct excl_thread *t)
{
    __atomic_store_n(&t->running, 0, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&excl_pending, __ATOMIC_SEQ_CST)) {
        pthread_mutex_lock(&excl_lock);
        if (t->has_waiter) {
            t->has_waiter = false;
            if (--excl_pending == 1) {
                pthread_cond_signal(&excl_cond);
            }
        }
        pthread_mutex_unlock(&excl_lock);
    }
}

/* Run again, after any exclusive section in progress has ended. */
static void excl_start_running(struct excl_thread *t)
{
    __atomic_store_n(&t->running, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&excl_pending, __ATOMIC_SEQ_CST)) {
        pthread_mutex_lock(&excl_lock);
        if (!t->has_waiter) {
            /* Not counted: the section started after we stopped, or is
             * waiting for others; stay out of it until it ends. */
            t->running = 0;
            while (excl_pending) {
                pthread_cond_wait(&excl_resume, &excl_lock);
            }
            t->running = 1;
        }
        pthread_mutex_unlock(&excl_lock);
    }
}

void excl_thread_enter(struct cpu *cpu)
{
    struct excl_thread *t = &excl_self;
    pthread_mutex_lock(&excl_lock);
    t->cpu = cpu;
    t->running = 0;
    t->has_waiter = false;
    t->registered = true;
    t->next = excl_threads;
    excl_threads = t;
    pthread_mutex_unlock(&excl_lock);
    excl_start_running(t);
}

void excl_set_cpu(struct cpu *cpu)
{
    pthread_mutex_lock(&excl_lock);
    excl_self.cpu = cpu;
    pthread_mutex_unlock(&excl_lock);
}

void excl_thread_leave(void)
{
    struct excl_thread *t = &excl_self;
    if (!t->registered) {
        return;
    }
    excl_stop_running(t);
    pthread_mutex_lock(&excl_lock);
    for (struct excl_thread **p = &excl_threads; *p != NULL; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            break;
        }
    }
    t->registered = false;
    pthread_mutex_unlock(&excl_lock);
}

void excl_idle_begin(void)
{
    if (excl_self.registered) {
        excl_stop_running(&excl_self);
    }
}

void excl_idle_end(void)
{
    if (excl_self.registered) {
        excl_start_running(&excl_self);
    }
}

void excl_checkpoint_slow(void)
{
    excl_idle_begin();
    excl_idle_end();
}

void excl_start(void)
{
    struct excl_thread *self = &excl_self;
    excl_idle_begin();
    pthread_mutex_lock(&excl_lock);
    /* Another section first (two forks at once). */
    while (excl_pending) {
        pthread_cond_wait(&excl_resume, &excl_lock);
    }
    __atomic_store_n(&excl_pending, 1, __ATOMIC_SEQ_CST);
    for (struct excl_thread *t = excl_threads; t != NULL; t = t->next) {
        if (t != self && __atomic_load_n(&t->running, __ATOMIC_SEQ_CST)) {
            t->has_waiter = true;
            excl_pending++;
            if (t->cpu != NULL) {
                t->cpu->exit_request = 1;
            }
        }
    }
    while (excl_pending > 1) {
        pthread_cond_wait(&excl_cond, &excl_lock);
    }
    /* The others stay parked until excl_end: they wait for 0. */
    self->running = 1;
    pthread_mutex_unlock(&excl_lock);
}

void excl_end(void)
{
    pthread_mutex_lock(&excl_lock);
    __atomic_store_n(&excl_pending, 0, __ATOMIC_SEQ_CST);
    pthread_cond_broadcast(&excl_resume);
    pthread_mutex_unlock(&excl_lock);
}

void excl_after_fork_child(void)
{
    pthread_mutex_init(&excl_lock, NULL);
    pthread_cond_init(&excl_cond, NULL);
    pthread_cond_init(&excl_resume, NULL);
    excl_pending = 0;
    excl_threads = excl_self.registered ? &excl_self : NULL;
    excl_self.next = NULL;
    excl_self.has_waiter = false;
}
