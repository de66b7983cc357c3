/* expected: native */
/* cflags: -nostdlib -ffreestanding -mgeneral-regs-only -lgcc */
/*
 * Portable integer C compiled with -O2: the compiler's choice of csel,
 * ccmp, cset, bitfield moves, madd, multiply-high, division, shifts and
 * extensions.  Inputs come through volatile so nothing folds.
 */
#include "a64rt.h"

static volatile int64_t vals[] = {
    0, 1, -1, 2, -2, 7, -7, 100, -100, 0x7fffffffffffffffLL,
    (int64_t)0x8000000000000000ULL, 0x12345678, -0x12345678,
    0x7fffffff, -0x80000000LL, 0xffffffffLL, 0x100000000LL, 255, -256,
};
#define N (sizeof(vals) / sizeof(vals[0]))

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

__attribute__((noinline)) static int64_t sdiv_safe(int64_t a, int64_t b)
{
    if (b == 0 || (a == INT64_MIN && b == -1)) {
        return 0;
    }
    return a / b;
}

__attribute__((noinline)) static int32_t sdiv32(int32_t a, int32_t b)
{
    if (b == 0 || (a == INT32_MIN && b == -1)) {
        return 0;
    }
    return a / b + a % b;
}

__attribute__((noinline)) static int classify(int64_t a, int64_t b)
{
    if (a < b && b != 0) {
        return 1;
    }
    if ((uint64_t)a > (uint64_t)b || a == 7) {
        return 2;
    }
    return a > 0 && b > 0 ? 3 : 4;
}

int main(void)
{
    uint64_t h_add = 0, h_mul = 0, h_div = 0, h_sh = 0, h_cmp = 0;
    uint64_t h_bits = 0, h_w = 0;
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            int64_t a = vals[i], b = vals[j];
            uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
            h_add = mix(h_add, ua + ub);
            h_add = mix(h_add, ua - ub);
            h_mul = mix(h_mul, ua * ub);
            h_mul = mix(h_mul, (uint64_t)(((__int128)a * b) >> 64));
            h_mul = mix(h_mul, (uint64_t)(((unsigned __int128)ua * ub) >> 64));
            h_mul = mix(h_mul, (uint64_t)((int64_t)(int32_t)a * (int32_t)b));
            h_div = mix(h_div, (uint64_t)sdiv_safe(a, b));
            h_div = mix(h_div, ub ? ua / ub : 0);
            h_div = mix(h_div, ub ? ua % ub : 1);
            h_div = mix(h_div, (uint64_t)sdiv32((int32_t)a, (int32_t)b));
            h_sh = mix(h_sh, ua << (ub & 63));
            h_sh = mix(h_sh, ua >> (ub & 63));
            h_sh = mix(h_sh, (uint64_t)(a >> (ub & 63)));
            h_sh = mix(h_sh, (uint32_t)ua >> (ub & 31));
            h_sh = mix(h_sh, (ua >> 5) | (ua << 59));
            h_cmp = mix(h_cmp, (uint64_t)classify(a, b));
            h_cmp = mix(h_cmp, (a < b) + 2 * (ua < ub) + 4 * (a == b) +
                                   8 * ((int32_t)a <= (int32_t)b));
            h_cmp = mix(h_cmp, (uint64_t)(a > b ? a : b));
            h_cmp = mix(h_cmp, (uint64_t)((uint32_t)a < (uint32_t)b ? a : -b));
            h_bits = mix(h_bits, (uint64_t)__builtin_popcountll(ua ^ ub));
            h_bits = mix(h_bits, ua ? (uint64_t)__builtin_clzll(ua) : 64);
            h_bits = mix(h_bits, ub ? (uint64_t)__builtin_ctzll(ub) : 64);
            h_bits = mix(h_bits, __builtin_bswap64(ua) ^ __builtin_bswap32((uint32_t)ub));
            h_bits = mix(h_bits, (ua >> 12 & 0xfff) | (ub & 0xff) << 40);
            h_bits = mix(h_bits, (uint64_t)(int64_t)(int8_t)ua + (uint16_t)ub);
            h_w = mix(h_w, (uint32_t)((uint32_t)a * (uint32_t)b + 3));
            h_w = mix(h_w, (uint64_t)(int64_t)(int32_t)((uint32_t)a - (uint32_t)b));
            h_w = mix(h_w, (uint64_t)((int32_t)a >> (b & 31)));
        }
    }
    out_hex("add", h_add);
    out_hex("mul", h_mul);
    out_hex("div", h_div);
    out_hex("shift", h_sh);
    out_hex("cmp", h_cmp);
    out_hex("bits", h_bits);
    out_hex("w", h_w);
    return 0;
}
