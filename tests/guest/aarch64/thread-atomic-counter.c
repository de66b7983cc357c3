/*
 * 4 threads x 100000 increments of shared counters with exclusive
 * load/store loops only (ARMv8.0, no LSE; inline asm, so the instructions
 * are exactly these): LDXR/STXR on a 32-bit and a 64-bit counter,
 * LDAXR/STLXR (acquire/release) on a 64-bit one, and LDXP/STXP on a
 * 128-bit pair (low half incremented, high half rewritten unchanged).
 * Atomicity means no increment is lost: each counter ends at
 * 4 * 100000 = 400000 -> "ldxr/stxr w 400000" ...; the pair's high half
 * keeps its initial 0x5a5a -> "ldxp/stxp 400000 high 0x5a5a".
 * The threads start together at a barrier so they really overlap.
 */
/* cflags: -march=armv8-a */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 100000
static uint32_t cw;
static uint64_t cx, cax;
static uint64_t pair[2] __attribute__((aligned(16))) = {0, 0x5a5a};
static pthread_barrier_t bar;

static void *worker(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < N; i++) {
        uint32_t tw, fail;
        uint64_t tx, lo, hi;
        __asm__ volatile("1: ldxr %w0, [%2]\n"
                         "   add %w0, %w0, #1\n"
                         "   stxr %w1, %w0, [%2]\n"
                         "   cbnz %w1, 1b\n"
                         : "=&r"(tw), "=&r"(fail) : "r"(&cw) : "memory");
        __asm__ volatile("1: ldxr %0, [%2]\n"
                         "   add %0, %0, #1\n"
                         "   stxr %w1, %0, [%2]\n"
                         "   cbnz %w1, 1b\n"
                         : "=&r"(tx), "=&r"(fail) : "r"(&cx) : "memory");
        __asm__ volatile("1: ldaxr %0, [%2]\n"
                         "   add %0, %0, #1\n"
                         "   stlxr %w1, %0, [%2]\n"
                         "   cbnz %w1, 1b\n"
                         : "=&r"(tx), "=&r"(fail) : "r"(&cax) : "memory");
        __asm__ volatile("1: ldxp %0, %1, [%3]\n"
                         "   add %0, %0, #1\n"
                         "   stxp %w2, %0, %1, [%3]\n"
                         "   cbnz %w2, 1b\n"
                         : "=&r"(lo), "=&r"(hi), "=&r"(fail)
                         : "r"(pair) : "memory");
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
    printf("ldxr/stxr w %u\n", cw);
    printf("ldxr/stxr x %llu\n", (unsigned long long)cx);
    printf("ldaxr/stlxr x %llu\n", (unsigned long long)cax);
    printf("ldxp/stxp %llu high 0x%llx\n", (unsigned long long)pair[0],
           (unsigned long long)pair[1]);
    return 0;
}
