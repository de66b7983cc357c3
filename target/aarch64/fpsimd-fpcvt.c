/* SPDX-License-Identifier: MIT */
/*
 * AArch64 FP conversions and round-to-integral, done exactly in integer
 * arithmetic: a value is unpacked to sign * mant * 2^exp and rounded back
 * by the Arm ARM's FPRoundBase (a64_fp_pack), so every format (half with
 * or without AHP, single, double), every mode (incl. ties-away and
 * round-to-odd), FZ and the underflow rule (tininess before rounding) come
 * from one place.  Integer <-> FP with fixed-point fraction bits, and
 * FPToFixed's saturation, also live here.
 */
#include <math.h>

#include "target/aarch64/fpsimd-fp.h"

enum { A64_UNP_ZERO, A64_UNP_NUM, A64_UNP_INF, A64_UNP_NAN };

struct a64_unp {
    int cls;
    bool sign;
    int exp;        /* value = mant * 2^exp */
    uint64_t mant;
};

/* FPUnpack: flush = FZ applies (single/double inputs); ahp: no inf/NaN. */
static struct a64_unp a64_unpack(struct a64_cpu *cpu, uint64_t x,
                                 unsigned esz, bool flush, bool ahp)
{
    unsigned fb = a64_fp_fbits(esz), eb = a64_fp_ebits(esz);
    int bias = (1 << (eb - 1)) - 1;
    struct a64_unp u = {A64_UNP_NUM, (x >> ((8u << esz) - 1)) & 1, 0, 0};
    uint64_t e = (x >> fb) & a64_mask(eb), f = x & a64_mask(fb);
    if (e == a64_mask(eb) && !ahp) {
        u.cls = f == 0 ? A64_UNP_INF : A64_UNP_NAN;
    } else if (e == 0) {
        if (f == 0) {
            u.cls = A64_UNP_ZERO;
        } else if (flush && (cpu->fpcr & A64_FPCR_FZ) && esz >= 2) {
            cpu->fpsr |= A64_FPSR_IDC;
            u.cls = A64_UNP_ZERO;
        } else {
            u.mant = f;
            u.exp = 1 - bias - (int)fb;
        }
    } else {
        u.mant = f | 1ull << fb;
        u.exp = (int)e - bias - (int)fb;
    }
    return u;
}

/* Error of a truncation: 0 exact, 1 below half, 2 half, 3 above half. */
static unsigned a64_err_class(uint64_t mant, unsigned drop)
{
    if (drop == 0) {
        return 0;
    }
    if (drop > 64) {
        return mant ? 1 : 0;
    }
    uint64_t rem = drop == 64 ? mant : mant & a64_mask(drop);
    uint64_t half = 1ull << (drop - 1);
    return rem == 0 ? 0 : rem < half ? 1 : rem == half ? 2 : 3;
}

static bool a64_round_up(unsigned rmode, unsigned err, bool sign, bool odd)
{
    switch (rmode) {
    case A64_RN: return err == 3 || (err == 2 && odd);
    case A64_RA: return err >= 2;
    case A64_RP: return err != 0 && !sign;
    case A64_RM: return err != 0 && sign;
    default: return false; /* RZ, round-to-odd */
    }
}

static unsigned a64_rmode_of(const struct a64_cpu *cpu, unsigned rmode)
{
    return rmode == A64_RFPCR ? a64_fp_rmode(cpu) : rmode;
}

/*
 * FPRoundBase: sign * mant * 2^exp (mant != 0) to format esz under rmode.
 * flush: FZ applies to this result; ahp: alternative half precision.
 */
static uint64_t a64_fp_pack(struct a64_cpu *cpu, bool sign, int exp,
                            uint64_t mant, unsigned esz, unsigned rmode,
                            bool flush, bool ahp)
{
    unsigned fb = a64_fp_fbits(esz), eb = a64_fp_ebits(esz);
    int bias = (1 << (eb - 1)) - 1, minexp = 1 - bias;
    uint64_t sbit = sign ? a64_fp_sign_bit(esz) : 0;
    int sh = __builtin_clzll(mant);
    mant <<= sh;
    exp -= sh;
    int e = exp + 63; /* value = 1.xxx * 2^e */
    if (flush && (cpu->fpcr & A64_FPCR_FZ) && esz >= 2 && e < minexp) {
        cpu->fpsr |= A64_FPSR_UFC;
        return sbit;
    }
    int biased = e >= minexp ? e + bias : 0;
    unsigned drop = (unsigned)(63 - (int)fb) +
                    (unsigned)(biased == 0 ? minexp - e : 0);
    uint64_t im = drop >= 64 ? 0 : mant >> drop;
    unsigned err = a64_err_class(mant, drop);
    bool tiny = biased == 0; /* before rounding, as FPRoundBase tests it */
    if (a64_round_up(rmode, err, sign, im & 1)) {
        im++;
        if (im == 1ull << fb && biased == 0) {
            biased = 1;
        }
        if (im == 2ull << fb) {
            biased++;
            im >>= 1;
        }
    } else if (rmode == A64_RODD && err != 0) {
        im |= 1;
    }
    if (tiny && err != 0) {
        cpu->fpsr |= A64_FPSR_UFC; /* even when rounded up to the minimum */
    }
    if (ahp && esz == 1) {
        if (biased >= 32) {
            cpu->fpsr |= A64_FPSR_IOC;
            return sbit | 0x7fff;
        }
    } else if (biased >= (int)a64_mask(eb)) {
        bool to_inf = rmode == A64_RN || rmode == A64_RA ||
                      (rmode == A64_RP && !sign) || (rmode == A64_RM && sign);
        cpu->fpsr |= A64_FPSR_OFC | A64_FPSR_IXC;
        return sbit | (to_inf ? a64_fp_exp_mask(esz)
                              : a64_fp_exp_mask(esz) - 1);
    }
    if (err != 0) {
        cpu->fpsr |= A64_FPSR_IXC;
    }
    return sbit | (uint64_t)biased << fb | (im & a64_mask(fb));
}

/* FPConvertNaN: quiet, payload's top bits kept (or the default NaN). */
static uint64_t a64_fp_convert_nan(struct a64_cpu *cpu, uint64_t x,
                                   unsigned from, unsigned to)
{
    if (a64_fp_is_snan(x, from)) {
        cpu->fpsr |= A64_FPSR_IOC;
    }
    if (cpu->fpcr & A64_FPCR_DN) {
        return a64_fp_default_nan(to);
    }
    unsigned ff = a64_fp_fbits(from), tf = a64_fp_fbits(to);
    uint64_t payload = x & a64_mask(ff - 1); /* below the quiet bit */
    payload = ff > tf ? payload >> (ff - tf) : payload << (tf - ff);
    uint64_t sign = (x >> ((8u << from) - 1)) & 1;
    return (sign ? a64_fp_sign_bit(to) : 0) | a64_fp_default_nan(to) |
           payload;
}

uint64_t a64_fp_convert(struct a64_cpu *cpu, uint64_t x, unsigned from,
                        unsigned to, unsigned rmode)
{
    bool ahp = (cpu->fpcr & A64_FPCR_AHP) != 0;
    struct a64_unp u = a64_unpack(cpu, x, from, true, ahp && from == 1);
    uint64_t sbit = u.sign ? a64_fp_sign_bit(to) : 0;
    bool ahp_out = ahp && to == 1;
    switch (u.cls) {
    case A64_UNP_NAN:
        if (ahp_out) {
            cpu->fpsr |= A64_FPSR_IOC;
            return sbit;
        }
        return a64_fp_convert_nan(cpu, x, from, to);
    case A64_UNP_INF:
        if (ahp_out) {
            cpu->fpsr |= A64_FPSR_IOC;
            return sbit | 0x7fff;
        }
        return sbit | a64_fp_exp_mask(to);
    case A64_UNP_ZERO:
        return sbit;
    default:
        return a64_fp_pack(cpu, u.sign, u.exp, u.mant, to,
                           a64_rmode_of(cpu, rmode), true, ahp_out);
    }
}

/*
 * Magnitude of an unpacked value times 2^fbits, rounded to an integer in
 * rmode; *err is its error class.  Saturates at 2^65 (beyond any result).
 */
static unsigned __int128 a64_fp_int_mag(const struct a64_unp *u, int fbits,
                                        unsigned rmode, unsigned *err)
{
    int e = u->exp + fbits;
    unsigned __int128 m;
    if (e >= 0) {
        *err = 0;
        int bits = 64 - __builtin_clzll(u->mant);
        return bits + e > 66 ? (unsigned __int128)1 << 66
                             : (unsigned __int128)u->mant << e;
    }
    unsigned drop = (unsigned)-e;
    m = drop >= 64 ? 0 : u->mant >> drop;
    *err = a64_err_class(u->mant, drop);
    if (a64_round_up(rmode, *err, u->sign, (unsigned)m & 1)) {
        m++;
    }
    return m;
}

uint64_t a64_fp_to_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                       unsigned ibits, bool is_signed, unsigned fbits,
                       unsigned rmode)
{
    struct a64_unp u = a64_unpack(cpu, x, esz, true, false);
    unsigned err = 0;
    __int128 v;
    rmode = a64_rmode_of(cpu, rmode);
    if (u.cls == A64_UNP_NAN) {
        cpu->fpsr |= A64_FPSR_IOC;
        return 0;
    }
    if (u.cls == A64_UNP_ZERO) {
        return 0;
    }
    if (u.cls == A64_UNP_INF) {
        v = u.sign ? -((__int128)1 << 66) : (__int128)1 << 66;
    } else {
        unsigned __int128 m = a64_fp_int_mag(&u, (int)fbits, rmode, &err);
        v = u.sign ? -(__int128)m : (__int128)m;
    }
    __int128 hi = is_signed ? ((__int128)1 << (ibits - 1)) - 1
                            : ((__int128)1 << ibits) - 1;
    __int128 lo = is_signed ? -hi - 1 : 0;
    if (v > hi || v < lo) {
        cpu->fpsr |= A64_FPSR_IOC;
        v = v > hi ? hi : lo;
    } else if (err != 0) {
        cpu->fpsr |= A64_FPSR_IXC;
    }
    return (uint64_t)v & a64_mask(ibits);
}

uint64_t a64_fp_from_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                         unsigned ibits, bool is_signed, unsigned fbits,
                         unsigned rmode)
{
    x &= a64_mask(ibits);
    bool neg = is_signed && ((x >> (ibits - 1)) & 1);
    uint64_t mag = neg ? (-x) & a64_mask(ibits) : x;
    if (mag == 0) {
        return 0;
    }
    return a64_fp_pack(cpu, neg, -(int)fbits, mag, esz,
                       a64_rmode_of(cpu, rmode), true, false);
}

uint64_t a64_fp_jcvt(struct a64_cpu *cpu, uint64_t x, bool *z)
{
    struct a64_unp u = a64_unpack(cpu, x, 3, true, false);
    *z = false;
    if (u.cls == A64_UNP_NAN || u.cls == A64_UNP_INF) {
        cpu->fpsr |= A64_FPSR_IOC;
        return 0;
    }
    if (u.cls == A64_UNP_ZERO) {
        *z = !u.sign;
        return 0;
    }
    /* truncate; the low 32 bits of the integer, modulo 2^32 */
    uint64_t lo;
    unsigned err;
    bool big;
    if (u.exp >= 0) {
        err = 0;
        lo = u.exp >= 64 ? 0 : u.mant << u.exp;
        big = u.exp >= 64 || (u.mant << u.exp) >> u.exp != u.mant ||
              (u.mant << u.exp) > 0x80000000ull;
    } else {
        unsigned drop = (unsigned)-u.exp;
        lo = drop >= 64 ? 0 : u.mant >> drop;
        err = a64_err_class(u.mant, drop);
        big = lo > 0x80000000ull;
    }
    if (!big && !u.sign && lo == 0x80000000ull) {
        big = true;
    }
    uint32_t r = (uint32_t)(u.sign ? -lo : lo);
    if (big) {
        cpu->fpsr |= A64_FPSR_IOC;
    } else if (err != 0) {
        cpu->fpsr |= A64_FPSR_IXC;
    }
    *z = !big && err == 0;
    return r;
}

uint64_t a64_fp_round_int(struct a64_cpu *cpu, uint64_t x, unsigned esz,
                          unsigned rmode, bool exact)
{
    struct a64_unp u = a64_unpack(cpu, x, esz, true, false);
    uint64_t sbit = u.sign ? a64_fp_sign_bit(esz) : 0;
    rmode = a64_rmode_of(cpu, rmode);
    switch (u.cls) {
    case A64_UNP_NAN: return a64_fp_nan_result(cpu, x, esz);
    case A64_UNP_INF: return x;
    case A64_UNP_ZERO: return sbit;
    default: break;
    }
    if (u.exp >= 0) {
        return x; /* already an integer */
    }
    unsigned err;
    unsigned __int128 m = a64_fp_int_mag(&u, 0, rmode, &err);
    if (err != 0 && exact) {
        cpu->fpsr |= A64_FPSR_IXC;
    }
    if (m == 0) {
        return sbit;
    }
    uint64_t saved = cpu->fpsr;
    uint64_t r = a64_fp_pack(cpu, u.sign, 0, (uint64_t)m, esz, A64_RZ,
                             false, false);
    cpu->fpsr = saved; /* exact: no flags */
    return r;
}

uint64_t a64_fp_expand_imm(unsigned imm8, unsigned esz)
{
    unsigned eb = a64_fp_ebits(esz), fb = a64_fp_fbits(esz);
    uint64_t sign = (imm8 >> 7) & 1, b6 = (imm8 >> 6) & 1;
    uint64_t exp = (b6 ? 0 : 1ull << (eb - 1)) |
                   (b6 ? a64_mask(eb - 3) << 2 : 0) | ((imm8 >> 4) & 3);
    uint64_t frac = (uint64_t)(imm8 & 15) << (fb - 4);
    return sign << (eb + fb) | exp << fb | frac;
}
