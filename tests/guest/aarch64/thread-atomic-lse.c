/*
 * 4 threads x 100000 increments of shared counters with the ARMv8.1 LSE
 * atomics (inline asm, so the instructions are exactly these): LDADD on a
 * 32-bit counter, LDADDAL on a 64-bit one, STADD (no result) on a 64-bit
 * one, and a CASAL compare-and-swap loop on a 64-bit one; plus SWPAL used
 * as a spin lock around a plain (non-atomic) increment.  Atomicity means
 * no increment is lost: each counter ends at 4 * 100000 = 400000
 * -> "ldadd w 400000" ...
 * The threads start together at a barrier so they really overlap.
 */
/* cflags: -march=armv8.1-a */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 100000
static uint32_t cw;
static uint64_t cal, cst, ccas, clocked;
static uint32_t lock;
static pthread_barrier_t bar;

static void *worker(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < N; i++) {
        uint32_t one = 1, old_w;
        uint64_t one_x = 1, old_x, seen, want;
        __asm__ volatile("ldadd %w1, %w0, [%2]"
                         : "=&r"(old_w) : "r"(one), "r"(&cw) : "memory");
        __asm__ volatile("ldaddal %1, %0, [%2]"
                         : "=&r"(old_x) : "r"(one_x), "r"(&cal) : "memory");
        __asm__ volatile("stadd %0, [%1]"
                         : : "r"(one_x), "r"(&cst) : "memory");
        old_x = __atomic_load_n(&ccas, __ATOMIC_RELAXED);
        for (;;) {
            seen = old_x;
            want = old_x + 1;
            __asm__ volatile("casal %0, %2, [%1]"
                             : "+&r"(seen) : "r"(&ccas), "r"(want)
                             : "memory");
            if (seen == old_x) {
                break;
            }
            old_x = seen;
        }
        do {
            __asm__ volatile("swpal %w1, %w0, [%2]"
                             : "=&r"(old_w) : "r"(one), "r"(&lock)
                             : "memory");
        } while (old_w != 0);
        clocked++;
        __asm__ volatile("stlr wzr, [%0]" : : "r"(&lock) : "memory");
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
    printf("ldadd w %u\n", cw);
    printf("ldaddal x %llu\n", (unsigned long long)cal);
    printf("stadd x %llu\n", (unsigned long long)cst);
    printf("casal loop x %llu\n", (unsigned long long)ccas);
    printf("swpal lock x %llu\n", (unsigned long long)clocked);
    return 0;
}
