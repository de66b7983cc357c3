/* SPDX-License-Identifier: MIT */
/*
 * Edge-case operand values.  A value is drawn from the table, from the
 * table with its low bits or sign perturbed (the neighbours of an edge),
 * or at random, so both the special cases and ordinary arithmetic run.
 */
#include "tests/fuzz/fuzz-values.h"

#include <string.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const uint64_t int_edges[] = {
    0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 127, 0x80, 0xff, 0x100,
    0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0x80000001,
    0xffffffff, 0x100000000ull, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0x8000000000000001ull, 0xfffffffffffffffeull, 0xffffffffffffffffull,
    0xffffffff80000000ull, 0xffffffff7fffffffull, 0x00000000fffffff0ull,
    0xffffffffffff8000ull, 0xffffffffffffff80ull, 0x0123456789abcdefull,
    0x5555555555555555ull, 0xaaaaaaaaaaaaaaaaull,
};

static const uint64_t f64_edges[] = {
    0x0000000000000000ull, /* +0 */
    0x8000000000000000ull, /* -0 */
    0x7ff0000000000000ull, /* +inf */
    0xfff0000000000000ull, /* -inf */
    0x7ff8000000000000ull, /* default quiet NaN */
    0xfff8000000000000ull, /* negative quiet NaN */
    0x7ffc0000deadbeefull, /* quiet NaN with payload */
    0x7ff0000000000001ull, /* signalling NaN, smallest payload */
    0x7ff4000000000000ull, /* signalling NaN */
    0xfff5555555555555ull, /* negative signalling NaN with payload */
    0x0000000000000001ull, /* smallest subnormal */
    0x000fffffffffffffull, /* largest subnormal */
    0x8008000000000000ull, /* negative subnormal */
    0x0010000000000000ull, /* smallest normal */
    0x8010000000000000ull, /* negative smallest normal */
    0x7fefffffffffffffull, /* largest finite */
    0xffefffffffffffffull, /* negative largest finite */
    0x3ff0000000000000ull, /* 1.0 */
    0xbff0000000000000ull, /* -1.0 */
    0x3fe0000000000000ull, /* 0.5: ties */
    0xbfe0000000000000ull, /* -0.5 */
    0x3ff8000000000000ull, /* 1.5 */
    0x4004000000000000ull, /* 2.5 */
    0xc004000000000000ull, /* -2.5 */
    0x41e0000000000000ull, /* 2^31 */
    0x41dfffffffc00000ull, /* 2^31 - 1 */
    0x41dfffffffe00000ull, /* 2^31 - 0.5 */
    0xc1e0000000000000ull, /* -2^31 */
    0xc1e0000000200000ull, /* -2^31 - 1 */
    0x41f0000000000000ull, /* 2^32 */
    0x41efffffffe00000ull, /* 2^32 - 1 */
    0x43e0000000000000ull, /* 2^63 */
    0xc3e0000000000000ull, /* -2^63 */
    0x43dfffffffffffffull, /* largest below 2^63 */
    0x43f0000000000000ull, /* 2^64 */
    0x43efffffffffffffull, /* largest below 2^64 */
    0x4340000000000000ull, /* 2^53 */
    0x3fd5555555555555ull, /* 1/3 */
    0x3fb999999999999aull, /* 0.1 */
    0x47efffffe0000000ull, /* FLT_MAX */
    0x47f0000000000000ull, /* 2^128: overflows a single */
    0x36a0000000000000ull, /* 2^-149: the smallest single subnormal */
    0x3690000000000000ull, /* 2^-150: half of it */
    0x380fffffffffffffull, /* just below the smallest single normal */
    0x40effc0000000000ull, /* 65504: the largest half */
    0x40effe0000000000ull, /* 65520: rounds to half infinity */
    0x3e70000000000000ull, /* 2^-24: the smallest half subnormal */
    0x3f10000000000000ull, /* 2^-14: the smallest half normal */
    0x2000000000000000ull, /* 2^-511: squares to the smallest normal */
    0x1fffffffffffffffull, /* just below: squares to a subnormal */
    0x2008000000000000ull, /* 1.5 * 2^-511 */
    0x3ca0000000000000ull, /* 2^-53: half an ulp of 1.0 */
};

static const uint32_t f32_edges[] = {
    0x00000000, 0x80000000, /* +-0 */
    0x7f800000, 0xff800000, /* +-inf */
    0x7fc00000, 0xffc00000, 0x7fc12345, /* quiet NaNs */
    0x7f800001, 0x7fa00000, 0xffbfffff, /* signalling NaNs */
    0x00000001, 0x007fffff, 0x80400000, /* subnormals */
    0x00800000, 0x80800000, /* smallest normal */
    0x7f7fffff, 0xff7fffff, /* largest finite */
    0x3f800000, 0xbf800000, 0x3f000000, 0xbf000000, /* +-1, +-0.5 */
    0x3fc00000, 0x40200000, 0xc0200000, /* 1.5, +-2.5 */
    0x4f000000, 0xcf000000, 0x4effffff, /* +-2^31, below 2^31 */
    0x4f800000, 0x4f7fffff, /* 2^32, below */
    0x5f000000, 0xdf000000, 0x5effffff, /* +-2^63, below */
    0x5f800000, 0x5f7fffff, /* 2^64, below */
    0x4b800000, 0x3eaaaaab, 0x3dcccccd, 0x40490fdb, /* 2^24, 1/3, 0.1, pi */
    0x477fe000, 0x477ff000, /* 65504, 65520 */
    0x33800000, 0x38800000, /* 2^-24, 2^-14 */
    0x20000000, 0x1fffffff, 0x20400000, /* 2^-63 (squares to 2^-126), ... */
    0x33000000, /* 2^-25: half an ulp of 0.5 */
};

static const uint16_t f16_edges[] = {
    0x0000, 0x8000, 0x7c00, 0xfc00, /* +-0, +-inf */
    0x7e00, 0xfe00, 0x7e55, 0x7c01, 0x7d00, 0xfdff, /* NaNs */
    0x0001, 0x03ff, 0x8200, 0x0400, 0x8400, /* subnormals, smallest normal */
    0x7bff, 0xfbff, 0x3c00, 0xbc00, 0x3800, 0x3e00, 0x4100, 0xc000,
};

/* An edge, or its neighbour (low bits or sign changed). */
static uint64_t near_edge(struct fz_rng *r, uint64_t v, unsigned bits)
{
    switch (fz_below(r, 4)) {
    case 0: return v + 1;
    case 1: return v - 1;
    case 2: return v ^ (1ull << (bits - 1));
    default: return v ^ (1ull << fz_below(r, bits));
    }
}

/* A random FP number of width bits whose exponent is anywhere. */
static uint64_t random_bits(struct fz_rng *r, unsigned bits)
{
    uint64_t v = fz_rand(r);
    return bits == 64 ? v : v & ((1ull << bits) - 1);
}

#define PICK(r, table, bits)                                                 \
    (fz_below(r, 5) < 2   ? (table)[fz_below(r, N(table))]                   \
     : fz_one_in(r, 2) ? near_edge(r, (table)[fz_below(r, N(table))], bits) \
                          : random_bits(r, bits))

uint64_t fz_int_value(struct fz_rng *r)
{
    switch (fz_below(r, 8)) {
    case 0: case 1: case 2:
        return int_edges[fz_below(r, N(int_edges))];
    case 3:
        return near_edge(r, int_edges[fz_below(r, N(int_edges))], 64);
    case 4:
        return fz_below(r, 64) - 16; /* small, either sign */
    case 5:
        return fz_data_addr(r, 8);
    default:
        return fz_rand(r);
    }
}

uint16_t fz_f16_value(struct fz_rng *r)
{
    return (uint16_t)PICK(r, f16_edges, 16);
}

uint32_t fz_f32_value(struct fz_rng *r)
{
    return (uint32_t)PICK(r, f32_edges, 32);
}

uint64_t fz_f64_value(struct fz_rng *r)
{
    return PICK(r, f64_edges, 64);
}

void fz_vector_value(struct fz_rng *r, uint64_t out[2])
{
    uint8_t b[16];
    unsigned kind = (unsigned)fz_below(r, 6);
    for (unsigned k = 0; k < 16;) {
        uint64_t v;
        unsigned size;
        switch (kind) {
        case 0: v = fz_f64_value(r); size = 8; break;
        case 1: case 2: v = fz_f32_value(r); size = 4; break;
        case 3: v = fz_f16_value(r); size = 2; break;
        case 4: v = fz_int_value(r); size = 1u << fz_below(r, 4); break;
        default: v = fz_rand(r); size = 8; break;
        }
        for (unsigned i = 0; i < size && k < 16; i++, k++) {
            b[k] = (uint8_t)(v >> (8 * i));
        }
    }
    memcpy(out, b, sizeof(b));
}

void fz_fill_data(struct fz_rng *r, uint8_t *p, size_t n)
{
    for (size_t k = 0; k + 16 <= n; k += 16) {
        uint64_t v[2];
        if (fz_one_in(r, 4)) {
            v[0] = fz_int_value(r);
            v[1] = fz_int_value(r);
        } else {
            fz_vector_value(r, v);
        }
        memcpy(p + k, v, sizeof(v));
    }
}

uint64_t fz_data_addr(struct fz_rng *r, unsigned align)
{
    /* [1/8, 5/8) of the area: negative offsets (RV -2048) and the
     * scaled ones the generators leave (below 16 KiB) stay inside. */
    uint64_t off = FZ_DATA_SIZE / 8 + fz_below(r, FZ_DATA_SIZE / 2);
    return FZ_DATA_LO + (off & ~(uint64_t)(align - 1));
}
