/*
 * 4 threads x 100000 increments of shared counters with amoadd.w,
 * amoadd.d, an lr.w/sc.w loop and an lr.d/sc.d loop (inline asm, so the
 * instructions are exactly these).  Atomicity means no increment is lost:
 * each counter ends at 4 * 100000 = 400000 -> "amoadd.w 400000" ...
 * The threads start together at a barrier so they really overlap.
 */
/* cflags: -march=rv64gc */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 100000
static int32_t amo_w, lr_w;
static int64_t amo_d, lr_d;
static pthread_barrier_t bar;

static void *worker(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < N; i++) {
        int32_t one = 1, tmp;
        int64_t one_d = 1, tmp_d, fail;
        __asm__ volatile("amoadd.w zero, %1, (%0)"
                         : : "r"(&amo_w), "r"(one) : "memory");
        __asm__ volatile("amoadd.d zero, %1, (%0)"
                         : : "r"(&amo_d), "r"(one_d) : "memory");
        __asm__ volatile("1: lr.w %0, (%2)\n"
                         "   addw %0, %0, %3\n"
                         "   sc.w %1, %0, (%2)\n"
                         "   bnez %1, 1b\n"
                         : "=&r"(tmp), "=&r"(fail)
                         : "r"(&lr_w), "r"(one) : "memory");
        __asm__ volatile("1: lr.d %0, (%2)\n"
                         "   add %0, %0, %3\n"
                         "   sc.d %1, %0, (%2)\n"
                         "   bnez %1, 1b\n"
                         : "=&r"(tmp_d), "=&r"(fail)
                         : "r"(&lr_d), "r"(one_d) : "memory");
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_barrier_init(&bar, NULL, 4);
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    printf("amoadd.w %d\n", amo_w);
    printf("amoadd.d %lld\n", (long long)amo_d);
    printf("lr.w/sc.w %d\n", lr_w);
    printf("lr.d/sc.d %lld\n", (long long)lr_d);
    return 0;
}
