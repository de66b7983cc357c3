/* expected: native */
/* cflags: -nostdlib -ffreestanding -mgeneral-regs-only -march=armv8.1-a -mno-outline-atomics -lgcc */
/*
 * C11-style __atomic builtins compiled to LSE instructions (ldadd, ldclr,
 * ldeor, ldset, swp, cas, ldsmax...) in every size.
 */
#include "a64rt.h"

static volatile uint8_t b8 = 0xf0;
static volatile uint16_t h16 = 0x8000;
static volatile uint32_t w32 = 0x7fffffff;
static volatile uint64_t x64 = 0x0123456789abcdefULL;
static volatile int32_t s32 = -5;

int main(void)
{
    uint64_t h = 0;
    h = h * 131 + __atomic_fetch_add(&b8, 0x20, __ATOMIC_SEQ_CST);
    h = h * 131 + __atomic_fetch_and(&h16, 0x0fff, __ATOMIC_ACQUIRE);
    h = h * 131 + __atomic_fetch_or(&w32, 0x80000000u, __ATOMIC_RELEASE);
    h = h * 131 + __atomic_fetch_xor(&x64, 0xffffULL, __ATOMIC_ACQ_REL);
    h = h * 131 + __atomic_exchange_n(&x64, 42, __ATOMIC_SEQ_CST);
    h = h * 131 + (uint64_t)__atomic_fetch_sub(&s32, 10, __ATOMIC_RELAXED);
    uint64_t expect = 42;
    int ok1 = __atomic_compare_exchange_n(&x64, &expect, 7, 0,
                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    expect = 42;
    int ok2 = __atomic_compare_exchange_n(&x64, &expect, 9, 0,
                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    uint8_t e8 = 0x10;
    int ok3 = __atomic_compare_exchange_n(&b8, &e8, 0x55, 0,
                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    out_hex("hash", h);
    out_dec("cas1", ok1);
    out_dec("cas2", ok2);
    out_hex("expect", expect);
    out_dec("cas3", ok3);
    out_hex("b8", b8);
    out_hex("h16", h16);
    out_hex("w32", w32);
    out_hex("x64", x64);
    out_dec("s32", s32);
    for (int i = 0; i < 1000; i++) {
        __atomic_add_fetch(&w32, 3, __ATOMIC_SEQ_CST);
    }
    out_hex("w32 after", w32);
    return 0;
}
