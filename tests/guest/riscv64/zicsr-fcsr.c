/*
 * Zicsr instructions on the FP CSRs: csrrw csrrs csrrc csrrwi csrrsi
 * csrrci on fcsr (0x003), frm (0x002) and fflags (0x001), with old values
 * returned and fields masked.  No FP arithmetic (that is in the fp-* tests).
 * Expected values (after "=") by hand from the ISA manual: fcsr holds
 * frm in bits 7:5 and fflags in bits 4:0; bits 31:8 are reserved and read
 * as 0 ("implementations shall ignore writes to these bits and supply a
 * zero value when read"); frm and fflags are views of the same bits, frm
 * 3 bits wide, fflags 5 bits wide.  csrrs/csrrc with rs1 = x0 and the
 * immediate forms with uimm = 0 only read.
 */
#include <stdint.h>
#include <stdio.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

#define CSRRW(csr, v) ({ uint64_t o_; __asm__ volatile("csrrw %0, " #csr ", %1" : "=r"(o_) : "r"((uint64_t)(v)) : "memory"); o_; })
#define CSRRS(csr, v) ({ uint64_t o_; __asm__ volatile("csrrs %0, " #csr ", %1" : "=r"(o_) : "r"((uint64_t)(v)) : "memory"); o_; })
#define CSRRC(csr, v) ({ uint64_t o_; __asm__ volatile("csrrc %0, " #csr ", %1" : "=r"(o_) : "r"((uint64_t)(v)) : "memory"); o_; })
#define CSRRWI(csr, i) ({ uint64_t o_; __asm__ volatile("csrrwi %0, " #csr ", " #i : "=r"(o_) : : "memory"); o_; })
#define CSRRSI(csr, i) ({ uint64_t o_; __asm__ volatile("csrrsi %0, " #csr ", " #i : "=r"(o_) : : "memory"); o_; })
#define CSRRCI(csr, i) ({ uint64_t o_; __asm__ volatile("csrrci %0, " #csr ", " #i : "=r"(o_) : : "memory"); o_; })
#define CSRR(csr) ({ uint64_t o_; __asm__ volatile("csrr %0, " #csr : "=r"(o_) : : "memory"); o_; })

int main(void)
{
    __asm__ volatile("csrw fcsr, zero" ::: "memory");
    P("fcsr after csrw 0", CSRR(fcsr));             /* = 0 */
    P("csrrw fcsr old", CSRRW(fcsr, 0xff));         /* = 0 */
    P("fcsr", CSRR(fcsr));                          /* = 0xff */
    P("frm", CSRR(frm));                            /* = 7: fcsr bits 7:5 */
    P("fflags", CSRR(fflags));                      /* = 0x1f: fcsr bits 4:0 */
    P("csrrw fcsr -1 old", CSRRW(fcsr, -1));        /* = 0xff */
    P("fcsr reserved bits", CSRR(fcsr));            /* = 0xff: bits 63:8 read as 0 */
    P("csrrw fcsr 0x1234 old", CSRRW(fcsr, 0x1234));/* = 0xff */
    P("fcsr 0x1234", CSRR(fcsr));                   /* = 0x34: frm 1, fflags 0x14 */
    P("frm of 0x34", CSRR(frm));                    /* = 1 */
    P("fflags of 0x34", CSRR(fflags));              /* = 0x14 */

    /* fflags: 5 bits; writing it leaves frm alone */
    P("csrrw fflags 0xff old", CSRRW(fflags, 0xff));/* = 0x14 */
    P("fflags masked", CSRR(fflags));               /* = 0x1f */
    P("frm kept", CSRR(frm));                       /* = 1 */
    P("fcsr", CSRR(fcsr));                          /* = 0x3f: 1 << 5 | 0x1f */
    P("csrrc fflags 0x5 old", CSRRC(fflags, 0x5));  /* = 0x1f */
    P("fflags", CSRR(fflags));                      /* = 0x1a */
    P("csrrs fflags 0x101 old", CSRRS(fflags, 0x101)); /* = 0x1a */
    P("fflags", CSRR(fflags));                      /* = 0x1b: bit 8 dropped */

    /* frm: 3 bits; writing it leaves fflags alone */
    P("csrrw frm 0x1e old", CSRRW(frm, 0x1e));      /* = 1 */
    P("frm masked", CSRR(frm));                     /* = 6: 0x1e & 7 */
    P("fflags kept", CSRR(fflags));                 /* = 0x1b */
    P("fcsr", CSRR(fcsr));                          /* = 0xdb: 6 << 5 | 0x1b */
    P("csrrc frm 2 old", CSRRC(frm, 2));            /* = 6 */
    P("frm", CSRR(frm));                            /* = 4 */
    P("csrrs frm 0xf9 old", CSRRS(frm, 0xf9));      /* = 4 */
    P("frm", CSRR(frm));                            /* = 5 */

    /* immediate forms (uimm 0..31) */
    P("csrrwi fflags 31 old", CSRRWI(fflags, 31));  /* = 0x1b */
    P("csrrci fflags 5 old", CSRRCI(fflags, 5));    /* = 0x1f */
    P("fflags", CSRR(fflags));                      /* = 0x1a */
    P("csrrsi fflags 1 old", CSRRSI(fflags, 1));    /* = 0x1a */
    P("fflags", CSRR(fflags));                      /* = 0x1b */
    P("csrrwi frm 31 old", CSRRWI(frm, 31));        /* = 5 */
    P("frm", CSRR(frm));                            /* = 7: 31 & 7 */
    P("csrrci frm 3 old", CSRRCI(frm, 3));          /* = 7 */
    P("frm", CSRR(frm));                            /* = 4 */
    P("csrrsi frm 1 old", CSRRSI(frm, 1));          /* = 4 */
    P("fcsr", CSRR(fcsr));                          /* = 0xbb: 5 << 5 | 0x1b */
    P("csrrwi fcsr 0 old", CSRRWI(fcsr, 0));        /* = 0xbb */
    P("csrrsi fcsr 31 old", CSRRSI(fcsr, 31));      /* = 0 */
    P("fcsr", CSRR(fcsr));                          /* = 0x1f: uimm is 5 bits, fflags only */
    P("csrrsi fcsr 0 reads", CSRRSI(fcsr, 0));      /* = 0x1f */
    P("csrrc fcsr x0 reads", CSRRC(fcsr, 0));       /* = 0x1f */

    /* rd = x0: write only */
    __asm__ volatile("csrrw zero, fcsr, %0" : : "r"(0x41ull) : "memory");
    P("fcsr after csrrw x0", CSRR(fcsr));           /* = 0x41 */
    __asm__ volatile("csrw fcsr, zero" ::: "memory");
    return 0;
}
