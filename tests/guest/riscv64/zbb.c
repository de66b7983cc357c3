/*
 * Zbb: andn orn xnor clz clzw ctz ctzw cpop cpopw max maxu min minu sext.b
 * sext.h zext.h rol rolw ror rori roriw rorw orc.b rev8, with edge values.
 * Expected values (after "=") by hand from the Zbb specification: W forms
 * work on the low 32 bits and sign-extend the 32-bit result (clzw/ctzw/
 * cpopw count in the low word: 0..32); rotate amounts are rs2[5:0]
 * (rs2[4:0] for W); clz/ctz of 0 is 64; orc.b sets each byte to 0xff when
 * any of its bits is set; rev8 reverses the byte order.
 * M = INT64_MAX, m = INT64_MIN.
 */
/* cflags: -march=rv64gc_zba_zbb_zbs */
#include <stdint.h>
#include <stdio.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))
#define OP(name, insn)                                                      \
    static uint64_t name(uint64_t a, uint64_t b)                            \
    {                                                                       \
        uint64_t r;                                                         \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));    \
        return r;                                                           \
    }
#define OP1(name, insn)                                                     \
    static uint64_t name(uint64_t a)                                        \
    {                                                                       \
        uint64_t r;                                                         \
        __asm__ volatile(insn " %0, %1" : "=r"(r) : "r"(a));                \
        return r;                                                           \
    }
#define OPI(insn, a, sh)                                                    \
    ({ uint64_t r_;                                                         \
       __asm__ volatile(insn " %0, %1, " #sh : "=r"(r_) : "r"((uint64_t)(a))); \
       r_; })

OP(andn, "andn")
OP(orn, "orn")
OP(xnor, "xnor")
OP1(clz, "clz")
OP1(clzw, "clzw")
OP1(ctz, "ctz")
OP1(ctzw, "ctzw")
OP1(cpop, "cpop")
OP1(cpopw, "cpopw")
OP(max, "max")
OP(maxu, "maxu")
OP(min, "min")
OP(minu, "minu")
OP1(sext_b, "sext.b")
OP1(sext_h, "sext.h")
OP1(zext_h, "zext.h")
OP(rol, "rol")
OP(rolw, "rolw")
OP(ror, "ror")
OP(rorw, "rorw")
OP1(orc_b, "orc.b")
OP1(rev8, "rev8")

#define M 0x7fffffffffffffffull
#define m 0x8000000000000000ull
#define X 0x0123456789abcdefull

int main(void)
{
    P("andn -1,0xff", andn(-1, 0xff));              /* = 0xffffffffffffff00 */
    P("andn 0,-1", andn(0, -1));                    /* = 0 */
    P("andn x,0", andn(X, 0));                      /* = 0x0123456789abcdef */
    P("orn 0,-1", orn(0, -1));                      /* = 0 */
    P("orn 0,0", orn(0, 0));                        /* = -1 */
    P("orn 0xf0,~0xf0", orn(0xf0, 0xffffffffffffff0full)); /* = 0xf0 */
    P("xnor x,x", xnor(X, X));                      /* = -1 */
    P("xnor 0,-1", xnor(0, -1));                    /* = 0 */
    P("xnor 55..,0", xnor(0x5555555555555555ull, 0)); /* = 0xaaaaaaaaaaaaaaaa */

    P("clz 0", clz(0));                             /* = 64 */
    P("clz 1", clz(1));                             /* = 63 */
    P("clz m", clz(m));                             /* = 0 */
    P("clz -1", clz(-1));                           /* = 0 */
    P("clz 0xffffffff", clz(0xffffffff));           /* = 32 */
    P("clz M", clz(M));                             /* = 1 */
    P("clzw 0", clzw(0));                           /* = 32 */
    P("clzw 1", clzw(1));                           /* = 31 */
    P("clzw 0x80000000", clzw(0x80000000));         /* = 0 */
    P("clzw hi only", clzw(0xffffffff00000000ull)); /* = 32: low word is 0 */
    P("clzw 0x8000", clzw(0x8000));                 /* = 16 */
    P("ctz 0", ctz(0));                             /* = 64 */
    P("ctz 1", ctz(1));                             /* = 0 */
    P("ctz m", ctz(m));                             /* = 63 */
    P("ctz 2^32", ctz(0x100000000ull));             /* = 32 */
    P("ctzw 0", ctzw(0));                           /* = 32 */
    P("ctzw hi only", ctzw(0xffffffff00000000ull)); /* = 32 */
    P("ctzw 0x80000000", ctzw(0x80000000));         /* = 31 */
    P("ctzw 1", ctzw(1));                           /* = 0 */
    P("cpop 0", cpop(0));                           /* = 0 */
    P("cpop -1", cpop(-1));                         /* = 64 */
    P("cpop m", cpop(m));                           /* = 1 */
    P("cpop 55..", cpop(0x5555555555555555ull));    /* = 32 */
    P("cpop x", cpop(X));                           /* = 32: nibbles 0..f have 32 bits set in total */
    P("cpopw -1", cpopw(-1));                       /* = 32 */
    P("cpopw hi only", cpopw(0xffffffff00000000ull)); /* = 0 */
    P("cpopw 0x80000001", cpopw(0x80000001));       /* = 2 */

    P("max m,M", max(m, M));                        /* = 0x7fffffffffffffff */
    P("max -1,0", max(-1, 0));                      /* = 0 */
    P("max -1,-2", max(-1, -2));                    /* = -1 */
    P("maxu -1,0", maxu(-1, 0));                    /* = -1 */
    P("maxu m,M", maxu(m, M));                      /* = 0x8000000000000000 */
    P("min m,M", min(m, M));                        /* = 0x8000000000000000 */
    P("min -1,0", min(-1, 0));                      /* = -1 */
    P("min 0x80000000,0x7fffffff", min(0x80000000, 0x7fffffff)); /* = 0x7fffffff: 64-bit */
    P("minu -1,0", minu(-1, 0));                    /* = 0 */
    P("minu m,M", minu(m, M));                      /* = 0x7fffffffffffffff */

    P("sext.b 0x80", sext_b(0x80));                 /* = 0xffffffffffffff80 */
    P("sext.b 0x7f", sext_b(0x7f));                 /* = 0x7f */
    P("sext.b 0x1234567f", sext_b(0x1234567f));     /* = 0x7f */
    P("sext.b 0xff", sext_b(0xff));                 /* = -1 */
    P("sext.h 0x8000", sext_h(0x8000));             /* = 0xffffffffffff8000 */
    P("sext.h 0x12347fff", sext_h(0x12347fff));     /* = 0x7fff */
    P("sext.h -1", sext_h(-1));                     /* = -1 */
    P("zext.h -1", zext_h(-1));                     /* = 0xffff */
    P("zext.h 0x12348000", zext_h(0x12348000));     /* = 0x8000 */

    P("rol m+1,1", rol(0x8000000000000001ull, 1));  /* = 3 */
    P("rol x,0", rol(X, 0));                        /* = 0x0123456789abcdef */
    P("rol x,64", rol(X, 64));                      /* = 0x0123456789abcdef: 64 & 63 = 0 */
    P("rol x,4", rol(X, 4));                        /* = 0x123456789abcdef0 */
    P("rol 1,63", rol(1, 63));                      /* = 0x8000000000000000 */
    P("rol 1,-1", rol(1, -1));                      /* = 0x8000000000000000: -1 & 63 = 63 */
    P("rolw 0x80000001,1", rolw(0x80000001, 1));    /* = 3 */
    P("rolw 0x12345678,4", rolw(0x12345678, 4));    /* = 0x23456781 */
    P("rolw 0x40000000,1", rolw(0x40000000, 1));    /* = 0xffffffff80000000 */
    P("rolw m,32", rolw(m, 32));                    /* = 0: 32 & 31 = 0, low word 0 */
    P("rolw hi,31", rolw(0xffffffff00000001ull, 31)); /* = 0xffffffff80000000 */
    P("rolw 0x87654321,0", rolw(0x87654321, 0));    /* = 0xffffffff87654321 */
    P("ror 1,1", ror(1, 1));                        /* = 0x8000000000000000 */
    P("ror x,0", ror(X, 0));                        /* = 0x0123456789abcdef */
    P("ror x,4", ror(X, 4));                        /* = 0xf0123456789abcde */
    P("ror x,68", ror(X, 68));                      /* = 0xf0123456789abcde: 68 & 63 = 4 */
    P("rorw 1,1", rorw(1, 1));                      /* = 0xffffffff80000000 */
    P("rorw 0x12345678,36", rorw(0x12345678, 36));  /* = 0xffffffff81234567: 36 & 31 = 4 */
    P("rorw hi,8", rorw(0xaaaaaaaa00001234ull, 8)); /* = 0x34000012 */
    P("rori 1,63", OPI("rori", 1, 63));             /* = 2 */
    P("rori x,4", OPI("rori", X, 4));               /* = 0xf0123456789abcde */
    P("rori -2,1", OPI("rori", -2, 1));             /* = 0x7fffffffffffffff */
    P("rori x,0", OPI("rori", X, 0));               /* = 0x0123456789abcdef */
    P("roriw 1,1", OPI("roriw", 1, 1));             /* = 0xffffffff80000000 */
    P("roriw 0x12345678,8", OPI("roriw", 0x12345678, 8)); /* = 0x78123456 */
    P("roriw hi only,31", OPI("roriw", 0xffffffff00000000ull, 31)); /* = 0 */
    P("roriw 0x80000000,0", OPI("roriw", 0x80000000, 0)); /* = 0xffffffff80000000 */

    P("orc.b", orc_b(0x0001000000ff0010ull));       /* = 0x00ff000000ff00ff */
    P("orc.b 0", orc_b(0));                         /* = 0 */
    P("orc.b m+1", orc_b(0x8000000000000001ull));   /* = 0xff000000000000ff */
    P("rev8 x", rev8(X));                           /* = 0xefcdab8967452301 */
    P("rev8 0xff", rev8(0xff));                     /* = 0xff00000000000000 */
    return 0;
}
