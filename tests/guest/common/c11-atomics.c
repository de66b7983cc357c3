/* expected: native */
/* cflags: -latomic */
/*
 * C11 <stdatomic.h> on 8/16/32/64-bit objects (8- and 16-bit atomics
 * become masked lr.w/sc.w loops on riscv64): fetch_add/sub/and/or/xor,
 * exchange, compare_exchange_strong/weak (success and failure, with the
 * expected value updated on failure), atomic_flag, loads/stores with each
 * memory order, fences, and 4 threads incrementing shared counters.
 * (gcc 12 calls libatomic for the 8/16-bit ones, hence -latomic.)
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static _Atomic uint8_t a8 = 0xf0;
static _Atomic int16_t a16 = -2;
static _Atomic int32_t a32 = 0x7ffffffe;
static _Atomic uint64_t a64 = 0xfffffffffffffffeull;
static _Atomic int64_t counter;
static _Atomic uint8_t bytes[8];
static atomic_flag flag = ATOMIC_FLAG_INIT;

static void *worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    for (int i = 0; i < 20000; i++) {
        atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
        atomic_fetch_add(&bytes[id], 1);
    }
    return NULL;
}

/* old value and new value, in that order (separate statements: the order
 * of evaluation of function arguments is unspecified) */
#define SHOW(label, expr, obj)                                              \
    do {                                                                    \
        long long o_ = (long long)(expr);                                   \
        long long n_ = (long long)atomic_load(&(obj));                      \
        printf("%s %lld -> %lld\n", label, o_, n_);                         \
    } while (0)

int main(void)
{
    SHOW("u8 add", atomic_fetch_add(&a8, 0x20), a8);
    SHOW("u8 sub", atomic_fetch_sub(&a8, 0x11), a8);
    SHOW("u8 and", atomic_fetch_and(&a8, 0x3c), a8);
    SHOW("u8 or", atomic_fetch_or(&a8, 0x81), a8);
    SHOW("u8 xor", atomic_fetch_xor(&a8, 0xff), a8);
    SHOW("i16 add", atomic_fetch_add(&a16, 5), a16);
    SHOW("i16 xchg", atomic_exchange(&a16, -32768), a16);
    SHOW("i16 sub", atomic_fetch_sub(&a16, 1), a16);
    SHOW("i32 add", atomic_fetch_add(&a32, 1), a32);
    SHOW("i32 or", atomic_fetch_or(&a32, (int32_t)0x80000000), a32);
    SHOW("i32 and", atomic_fetch_and(&a32, 0x0000ffff), a32);
    SHOW("u64 add", atomic_fetch_add(&a64, 3), a64);
    SHOW("u64 xor", atomic_fetch_xor(&a64, 0x8000000000000000ull), a64);
    SHOW("u64 sub", atomic_fetch_sub(&a64, 0x8000000000000002ull), a64);

    int16_t e16 = 7;
    _Bool ok = atomic_compare_exchange_strong(&a16, &e16, 9);
    printf("cas16 mismatch: ok=%d expected now %d\n", ok, e16);
    ok = atomic_compare_exchange_strong(&a16, &e16, 9);
    printf("cas16 match: ok=%d value %d\n", ok, atomic_load(&a16));
    uint64_t e64 = 5;
    ok = atomic_compare_exchange_strong(&a64, &e64, 2);
    printf("cas64 mismatch: ok=%d expected now %llx\n", ok,
           (unsigned long long)e64);
    do {
    } while (!atomic_compare_exchange_weak(&a64, &e64, e64 * 2));
    printf("cas64 weak loop: %llx\n", (unsigned long long)atomic_load(&a64));
    uint8_t e8 = 0x41;
    ok = atomic_compare_exchange_strong_explicit(&a8, &e8, 0x99,
                                                 memory_order_acq_rel,
                                                 memory_order_acquire);
    printf("cas8 mismatch: ok=%d expected now %u\n", ok, e8);
    ok = atomic_compare_exchange_strong(&a8, &e8, 0x99);
    printf("cas8 match: ok=%d value %u\n", ok, atomic_load(&a8));

    int f1 = atomic_flag_test_and_set(&flag);
    int f2 = atomic_flag_test_and_set(&flag);
    atomic_flag_clear(&flag);
    int f3 = atomic_flag_test_and_set(&flag);
    printf("flag %d %d %d\n", f1, f2, f3);

    atomic_store_explicit(&a32, 11, memory_order_release);
    atomic_thread_fence(memory_order_seq_cst);
    int l1 = atomic_load_explicit(&a32, memory_order_acquire);
    int l2 = atomic_load_explicit(&a32, memory_order_relaxed);
    int l3 = atomic_load_explicit(&a32, memory_order_seq_cst);
    printf("orders %d %d %d\n", l1, l2, l3);

    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        int err = pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
        if (err) {
            fprintf(stderr, "pthread_create: %s\n", strerror(err));
            return 1;
        }
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("threads counter %lld bytes %u %u %u %u %u\n",
           (long long)atomic_load(&counter), atomic_load(&bytes[0]),
           atomic_load(&bytes[1]), atomic_load(&bytes[2]),
           atomic_load(&bytes[3]), atomic_load(&bytes[4]));
    return 0;
}
