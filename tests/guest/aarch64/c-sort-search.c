/* expected: native */
/* cflags: -nostdlib -ffreestanding -mgeneral-regs-only -lgcc */
/*
 * Portable C with loops, arrays, pointers, structs, recursion and a jump
 * table: insertion sort, quicksort, binary search, a switch-heavy state
 * machine, bit sets.  Built -O2 without glibc (see a64rt.h).
 */
#include "a64rt.h"

struct rec {
    int32_t key;
    uint16_t tag;
    int8_t small;
    uint64_t payload;
};

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void qs(struct rec *a, int lo, int hi)
{
    while (lo < hi) {
        int32_t p = a[(lo + hi) / 2].key;
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i].key < p) {
                i++;
            }
            while (a[j].key > p) {
                j--;
            }
            if (i <= j) {
                struct rec t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            qs(a, lo, j);
            lo = i;
        } else {
            qs(a, i, hi);
            hi = j;
        }
    }
}

static int state_machine(const char *s)
{
    int st = 0, count = 0;
    for (; *s; s++) {
        switch (st * 4 + (*s & 3)) {
        case 0: st = 1; break;
        case 1: st = 2; count++; break;
        case 2: st = 3; break;
        case 3: count += 2; break;
        case 4: st = 0; break;
        case 5: count *= 3; break;
        case 6: st = 2; break;
        case 7: count -= 1; break;
        case 8: st = 1; count ^= 5; break;
        case 9: st = 3; break;
        case 10: count += 11; break;
        case 11: st = 0; break;
        default: st = (st + 1) & 3; count++; break;
        }
    }
    return count;
}

static struct rec recs[600];

int main(void)
{
    int n = 600;
    for (int i = 0; i < n; i++) {
        uint64_t r = next();
        recs[i].key = (int32_t)(r >> 20) % 100000;
        recs[i].tag = (uint16_t)r;
        recs[i].small = (int8_t)(r >> 8);
        recs[i].payload = r;
    }
    qs(recs, 0, n - 1);
    int sorted = 1;
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        if (i && recs[i - 1].key > recs[i].key) {
            sorted = 0;
        }
        h = h * 31 + (uint64_t)(int64_t)recs[i].key + recs[i].small;
    }
    out_dec("sorted", sorted);
    out_hex("hash", h);
    int found = 0;
    for (int k = -100000; k < 100000; k += 997) {
        int lo = 0, hi = n - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (recs[mid].key == k) {
                found++;
                break;
            }
            if (recs[mid].key < k) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
    }
    out_dec("found", found);
    out_dec("fsm", state_machine("the quick brown fox jumps over the lazy dog 0123456789"));
    uint64_t bits[16] = {0};
    for (int i = 0; i < 1000; i++) {
        unsigned b = (unsigned)(next() % 1024);
        bits[b / 64] |= 1ULL << (b % 64);
    }
    int pop = 0;
    for (int i = 0; i < 16; i++) {
        pop += __builtin_popcountll(bits[i]);
    }
    out_dec("popcount", pop);
    return 0;
}
