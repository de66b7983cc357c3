/* expected: native */
/*
 * Compiler-generated integer code over a table of edge values: 64- and
 * 32-bit add/sub/mul/div/rem (no undefined cases: no division by zero, no
 * INT_MIN / -1, signed overflow done in unsigned), shifts by 0..63,
 * comparisons, narrowing/widening conversions, __int128 multiply, divide
 * and shifts, division by constants (multiply-high sequences).
 */
#include <stdint.h>
#include <stdio.h>

static const uint64_t vals[] = {
    0, 1, 2, 3, 7, 10, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff,
    0x80000000, 0xffffffff, 0x100000000ull, 0x123456789abcdef0ull,
    0x7fffffffffffffffull, 0x8000000000000000ull, 0xfffffffffffffffeull,
    0xffffffffffffffffull, 0xdeadbeefcafebabeull, 1000000007, 0x5555555555555555ull,
};
#define NV (sizeof vals / sizeof vals[0])

static uint64_t h = 0xcbf29ce484222325ull;
static void mixin(uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
}

/* keep the compiler from folding everything */
static uint64_t opaque(uint64_t v)
{
    __asm__ volatile("" : "+r"(v));
    return v;
}

int main(void)
{
    for (unsigned i = 0; i < NV; i++)
        for (unsigned j = 0; j < NV; j++) {
            uint64_t a = opaque(vals[i]), b = opaque(vals[j]);
            int64_t sa = (int64_t)a, sb = (int64_t)b;
            uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
            int32_t sa32 = (int32_t)a32, sb32 = (int32_t)b32;
            mixin(a + b);
            mixin(a - b);
            mixin(a * b);
            mixin((uint32_t)(a32 * b32));
            mixin((uint64_t)(int64_t)(int32_t)(a32 + b32));
            mixin(sa < sb);
            mixin(a < b);
            mixin(sa32 < sb32);
            mixin(a32 < b32);
            if (b) {
                mixin(a / b);
                mixin(a % b);
                if (!(sa == INT64_MIN && sb == -1)) {
                    mixin((uint64_t)(sa / sb));
                    mixin((uint64_t)(sa % sb));
                }
            }
            if (b32) {
                mixin(a32 / b32);
                mixin(a32 % b32);
                if (!(sa32 == INT32_MIN && sb32 == -1)) {
                    mixin((uint64_t)(int64_t)(sa32 / sb32));
                    mixin((uint64_t)(int64_t)(sa32 % sb32));
                }
            }
            unsigned __int128 p = (unsigned __int128)a * b;
            __int128 sp = (__int128)sa * sb;
            mixin((uint64_t)(p >> 64));
            mixin((uint64_t)((unsigned __int128)sp >> 64));
            if (b) {
                unsigned __int128 q = p / b;
                mixin((uint64_t)q ^ (uint64_t)(q >> 64));
            }
        }
    printf("binary ops hash %016llx\n", (unsigned long long)h);

    h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < NV; i++)
        for (unsigned s = 0; s < 64; s++) {
            uint64_t a = opaque(vals[i]);
            unsigned sh = (unsigned)opaque(s);
            mixin(a << sh);
            mixin(a >> sh);
            mixin((uint64_t)((int64_t)a >> sh));
            mixin((uint64_t)(int64_t)(int32_t)((uint32_t)a << (sh & 31)));
            mixin((uint32_t)a >> (sh & 31));
            mixin((uint64_t)(int64_t)((int32_t)(uint32_t)a >> (sh & 31)));
            mixin((a << sh) | (a >> ((64 - sh) & 63)));
        }
    printf("shift hash %016llx\n", (unsigned long long)h);

    h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < NV; i++) {
        uint64_t a = opaque(vals[i]);
        mixin((uint64_t)(int64_t)(int8_t)a);
        mixin((uint64_t)(uint8_t)a);
        mixin((uint64_t)(int64_t)(int16_t)a);
        mixin((uint64_t)(uint16_t)a);
        mixin((uint64_t)(int64_t)(int32_t)a);
        mixin((uint64_t)(uint32_t)a);
        mixin(a / 3);
        mixin(a / 10);
        mixin(a % 1000000007);
        mixin((uint64_t)((int64_t)a / 7));
        mixin((uint64_t)((int64_t)a % 7));
        mixin((uint64_t)((int64_t)a / -3));
        mixin((uint32_t)a / 5);
        mixin((uint64_t)(int64_t)((int32_t)a / 9));
    }
    printf("convert/const-div hash %016llx\n", (unsigned long long)h);

    unsigned __int128 f = 1;
    for (int i = 1; i <= 34; i++)
        f *= i;
    printf("34! = %016llx%016llx\n", (unsigned long long)(f >> 64),
           (unsigned long long)f);
    __int128 neg = -(__int128)f;
    printf("-34! / 1000000007 = %lld rem %lld\n",
           (long long)(neg / (__int128)opaque(1000000007) % 1000000000000ll),
           (long long)(neg % (__int128)opaque(1000000007)));
    return 0;
}
