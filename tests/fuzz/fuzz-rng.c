/* SPDX-License-Identifier: MIT */
/*
 * Deterministic random numbers (xorshift64* seeded through splitmix64), so
 * a seed names one run and a sequence seed names one sequence.
 */
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

static uint64_t splitmix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

void fz_seed(struct fz_rng *r, uint64_t seed)
{
    r->s = splitmix(seed);
    if (r->s == 0) {
        r->s = 1; /* xorshift's one fixed point */
    }
}

uint64_t fz_rand(struct fz_rng *r)
{
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 0x2545f4914f6cdd1dull;
}

uint64_t fz_below(struct fz_rng *r, uint64_t n)
{
    /* The high half of rand * n (Lemire): no division, which dominated
     * filling the data area. */
    return (uint64_t)(((unsigned __int128)fz_rand(r) * n) >> 64);
}

bool fz_one_in(struct fz_rng *r, unsigned n)
{
    return fz_below(r, n) == 0;
}

uint64_t fz_seq_seed(uint64_t s, const char *guest, uint64_t k)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a of the guest name */
    for (const char *p = guest; *p != '\0'; p++) {
        h = (h ^ (uint8_t)*p) * 0x100000001b3ull;
    }
    return splitmix(splitmix(s ^ h) + k);
}

void fz_unit_push(struct fz_unit *u, uint32_t word, unsigned len)
{
    if (u->n >= FZ_UNIT_MAX) {
        fprintf(stderr, "xrun-fuzz: a generator built a unit of more than %d "
                "insns\n", FZ_UNIT_MAX);
        abort();
    }
    u->word[u->n] = word;
    u->len[u->n] = (uint8_t)len;
    u->n++;
}
