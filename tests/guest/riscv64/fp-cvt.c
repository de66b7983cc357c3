/* SPDX-License-Identifier: MIT */
/*
 * fcvt corner cases: saturation and NV of FP -> W/WU/L/LU (NaN gives the
 * largest value; 32-bit results are sign-extended, WU too), -0.5 under
 * each direction, integer -> FP rounding, S <-> D.  Hand-derived expected
 * output: fp-cvt.expected.
 */
#include "fp-util.h"

#define X(label, mn, F, rm, a) pr_d(label, FP_TOX(mn, F, rm, a))

int main(void)
{
    /* double -> int32 */
    X("w.d nan", "fcvt.w.d", D, ", rtz", 0x7ff8000000000000);
    X("w.d +inf", "fcvt.w.d", D, ", rtz", 0x7ff0000000000000);
    X("w.d -inf", "fcvt.w.d", D, ", rtz", 0xfff0000000000000);
    X("w.d 2^31", "fcvt.w.d", D, ", rtz", 0x41e0000000000000);
    X("w.d 2^31-1", "fcvt.w.d", D, ", rtz", 0x41dfffffffc00000);
    X("w.d -2^31", "fcvt.w.d", D, ", rtz", 0xc1e0000000000000);
    X("w.d -2^31-1", "fcvt.w.d", D, ", rtz", 0xc1e0000000200000);
    X("w.d -2^31-0.5 rne", "fcvt.w.d", D, ", rne", 0xc1e0000000100000);
    X("w.d -2^31-0.5 rtz", "fcvt.w.d", D, ", rtz", 0xc1e0000000100000);
    X("w.d -2^31-0.5 rdn", "fcvt.w.d", D, ", rdn", 0xc1e0000000100000);
    X("w.d -0.5 rup", "fcvt.w.d", D, ", rup", 0xbfe0000000000000);
    X("w.d -0.5 rdn", "fcvt.w.d", D, ", rdn", 0xbfe0000000000000);
    /* double -> uint32 */
    X("wu.d nan", "fcvt.wu.d", D, ", rtz", 0x7ff8000000000000);
    X("wu.d -inf", "fcvt.wu.d", D, ", rtz", 0xfff0000000000000);
    X("wu.d 3e9", "fcvt.wu.d", D, ", rtz", 0x41e65a0bc0000000);
    X("wu.d 2^32", "fcvt.wu.d", D, ", rtz", 0x41f0000000000000);
    X("wu.d 2^32-1", "fcvt.wu.d", D, ", rtz", 0x41efffffffe00000);
    X("wu.d -1", "fcvt.wu.d", D, ", rtz", 0xbff0000000000000);
    X("wu.d -0.5 rne", "fcvt.wu.d", D, ", rne", 0xbfe0000000000000);
    X("wu.d -0.5 rtz", "fcvt.wu.d", D, ", rtz", 0xbfe0000000000000);
    X("wu.d -0.5 rdn", "fcvt.wu.d", D, ", rdn", 0xbfe0000000000000);
    X("wu.d -0.5 rup", "fcvt.wu.d", D, ", rup", 0xbfe0000000000000);
    X("wu.d -0.5 rmm", "fcvt.wu.d", D, ", rmm", 0xbfe0000000000000);
    /* double -> int64 / uint64 */
    X("l.d nan", "fcvt.l.d", D, ", rtz", 0x7ff8000000000000);
    X("l.d 2^63", "fcvt.l.d", D, ", rtz", 0x43e0000000000000);
    X("l.d -2^63", "fcvt.l.d", D, ", rtz", 0xc3e0000000000000);
    X("l.d -inf", "fcvt.l.d", D, ", rtz", 0xfff0000000000000);
    X("l.d 2^63-1024", "fcvt.l.d", D, ", rtz", 0x43dfffffffffffff);
    X("lu.d 2^63", "fcvt.lu.d", D, ", rtz", 0x43e0000000000000);
    X("lu.d 2^64", "fcvt.lu.d", D, ", rtz", 0x43f0000000000000);
    X("lu.d -1", "fcvt.lu.d", D, ", rtz", 0xbff0000000000000);
    X("lu.d -0.5 rup", "fcvt.lu.d", D, ", rup", 0xbfe0000000000000);
    X("lu.d -0.5 rdn", "fcvt.lu.d", D, ", rdn", 0xbfe0000000000000);
    X("lu.d nan", "fcvt.lu.d", D, ", rtz", 0xfff8000000000000);
    X("lu.d -0", "fcvt.lu.d", D, ", rtz", 0x8000000000000000);
    /* single -> integer */
    X("w.s nan", "fcvt.w.s", S, ", rtz", 0x7fc00000);
    X("w.s 2^31", "fcvt.w.s", S, ", rtz", 0x4f000000);
    X("w.s -2^31", "fcvt.w.s", S, ", rtz", 0xcf000000);
    X("wu.s 2^32-256", "fcvt.wu.s", S, ", rtz", 0x4f7fffff);
    X("wu.s -0.5 rup", "fcvt.wu.s", S, ", rup", 0xbf000000);
    X("l.s 2^63", "fcvt.l.s", S, ", rtz", 0x5f000000);
    X("l.s -2^63", "fcvt.l.s", S, ", rtz", 0xdf000000);
    X("lu.s 2^64", "fcvt.lu.s", S, ", rtz", 0x5f800000);
    X("lu.s 2^64-2^40", "fcvt.lu.s", S, ", rtz", 0x5f7fffff);
    X("l.s 1.5 rne", "fcvt.l.s", S, ", rne", 0x3fc00000);
    X("l.s 2.5 rne", "fcvt.l.s", S, ", rne", 0x40200000);
    X("l.s 2.5 rmm", "fcvt.l.s", S, ", rmm", 0x40200000);
    /* integer -> FP: W/WU read the low 32 bits only */
    pr_s("s.w low -2^31", FP_FROMX("fcvt.s.w", S, ", rne", 0x1234567880000000));
    pr_s("s.wu 2^32-1 rne", FP_FROMX("fcvt.s.wu", S, ", rne", ~0ull));
    pr_s("s.wu 2^32-1 rtz", FP_FROMX("fcvt.s.wu", S, ", rtz", ~0ull));
    pr_s("s.l -2^63", FP_FROMX("fcvt.s.l", S, ", rne", 0x8000000000000000));
    pr_s("s.lu 2^64-1 rne", FP_FROMX("fcvt.s.lu", S, ", rne", ~0ull));
    pr_s("s.lu 2^64-1 rtz", FP_FROMX("fcvt.s.lu", S, ", rtz", ~0ull));
    pr_s("s.l -1", FP_FROMX("fcvt.s.l", S, ", rne", ~0ull));
    pr_d("d.w low -1", FP_FROMX("fcvt.d.w", D, "", 0xffffffff));
    pr_d("d.wu 2^32-1", FP_FROMX("fcvt.d.wu", D, "", 0xffffffffffffffff));
    pr_d("d.l 2^63-1 rne", FP_FROMX("fcvt.d.l", D, ", rne", 0x7fffffffffffffff));
    pr_d("d.l 2^63-1 rtz", FP_FROMX("fcvt.d.l", D, ", rtz", 0x7fffffffffffffff));
    pr_d("d.lu 2^63+1 rne", FP_FROMX("fcvt.d.lu", D, ", rne", 0x8000000000000001));
    pr_d("d.lu 2^63+1 rup", FP_FROMX("fcvt.d.lu", D, ", rup", 0x8000000000000001));
    pr_d("d.l 0", FP_FROMX("fcvt.d.l", D, ", rne", 0));
    /* single <-> double */
    pr_d("d.s minsub", FP_OP1("fcvt.d.s", D, S, "", 0x00000001));
    pr_d("d.s -inf", FP_OP1("fcvt.d.s", D, S, "", 0xff800000));
    pr_d("d.s qnan", FP_OP1("fcvt.d.s", D, S, "", 0xffc00001));
    pr_s("s.d dblmin", FP_OP1("fcvt.s.d", S, D, ", rne", 0x0010000000000000));
    pr_s("s.d dblmin rup", FP_OP1("fcvt.s.d", S, D, ", rup", 0x0010000000000000));
    pr_s("s.d -1e300 rdn", FP_OP1("fcvt.s.d", S, D, ", rdn", 0xfe37e43c8800759c));
    pr_s("s.d -1e300 rup", FP_OP1("fcvt.s.d", S, D, ", rup", 0xfe37e43c8800759c));
    pr_s("s.d fltmax+half rne", FP_OP1("fcvt.s.d", S, D, ", rne", 0x47effffff0000000));
    pr_s("s.d fltmax+half rtz", FP_OP1("fcvt.s.d", S, D, ", rtz", 0x47effffff0000000));
    pr_s("s.d fltmax+half rmm", FP_OP1("fcvt.s.d", S, D, ", rmm", 0x47effffff0000000));
    pr_s("s.d fltmax+less rne", FP_OP1("fcvt.s.d", S, D, ", rne", 0x47efffffefffffff));
    return 0;
}
