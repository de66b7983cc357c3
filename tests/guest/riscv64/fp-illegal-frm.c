/* SPDX-License-Identifier: MIT */
/*
 * A reserved frm (5) may be written, but an insn that uses it (rm = dyn)
 * is illegal: SIGILL at that insn (RISC-V F chapter, "Floating-Point
 * Control and Status Register").  Hand-derived expected output: the
 * lines before the fault; status: SIGILL.
 */
#include <unistd.h>

static void say(const char *s, unsigned n)
{
    write(1, s, n);
}

int main(void)
{
    unsigned long frm;
    say("before\n", 7);
    __asm__ volatile("fsrm %0" : : "r"(5ul));
    __asm__ volatile("frrm %0" : "=r"(frm));
    say(frm == 5 ? "frm 5\n" : "frm ?\n", 6);
    /* static rm in a reserved frm: still legal */
    __asm__ volatile("fadd.d ft0, ft0, ft0, rne" : : : "ft0");
    say("static ok\n", 10);
    __asm__ volatile("fadd.d ft0, ft0, ft0" : : : "ft0"); /* rm = dyn */
    say("after\n", 6);
    return 0;
}
