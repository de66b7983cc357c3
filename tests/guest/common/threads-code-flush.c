/* expected: native */
/*
 * Threads running while the code cache fills and is flushed again and
 * again (threads-code-flush.env gives xrun a 64 KiB JIT cache).  Each of
 * 6 threads calls 96 distinct functions in its own order for many
 * rounds, so blocks are translated, flushed with the other threads
 * inside or between blocks, and translated again.  The sums depend only
 * on the arithmetic, so the native run is the oracle.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define NTHREADS 6
#define ROUNDS 400

typedef uint64_t (*fn_t)(uint64_t);

/* 96 functions with distinct constants and shapes: distinct blocks. */
#define F(n)                                                                  \
    __attribute__((noinline)) static uint64_t f##n(uint64_t x)               \
    {                                                                         \
        for (int i = 0; i < (n % 5) + 2; i++) {                               \
            x = x * (2 * n + 0x9e3779b1ull) + (x >> (n % 13 + 3));            \
            if (x & (1ull << (n % 31)))                                       \
                x ^= 0x5bd1e995ull * n;                                       \
        }                                                                     \
        return x;                                                             \
    }
#define F8(a) F(a##0) F(a##1) F(a##2) F(a##3) F(a##4) F(a##5) F(a##6) F(a##7)
F8(1) F8(2) F8(3) F8(4) F8(5) F8(6) F8(7) F8(8) F8(9) F8(10) F8(11) F8(12)
#define P(n) f##n,
#define P8(a) P(a##0) P(a##1) P(a##2) P(a##3) P(a##4) P(a##5) P(a##6) P(a##7)
static const fn_t fns[] = {P8(1) P8(2) P8(3) P8(4) P8(5) P8(6) P8(7) P8(8)
                           P8(9) P8(10) P8(11) P8(12)};
#define NFNS (sizeof(fns) / sizeof(fns[0]))

static uint64_t sums[NTHREADS];

static void *worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    uint64_t x = (uint64_t)id * 0x1234567ull + 1;
    for (int r = 0; r < ROUNDS; r++) {
        for (unsigned i = 0; i < NFNS; i++) {
            /* Each thread walks the table with its own stride. */
            x = fns[(i * (2 * id + 1) + (unsigned)r) % NFNS](x);
        }
    }
    sums[id] = x;
    return NULL;
}

int main(void)
{
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        printf("thread %d: %016llx\n", i, (unsigned long long)sums[i]);
    }
    return 0;
}
