/* SPDX-License-Identifier: MIT */
/*
 * Host CPU features the emitters may use.  Each has a fallback sequence,
 * so the unit tests clear these to run the fallbacks on this machine too.
 */
#include <cpuid.h>

#include "host/x86_64/jit-internal.h"

struct x64_features x64_host;

void x64_detect_features(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid(1, &a, &b, &c, &d)) {
        x64_host.popcnt = (c >> 23) & 1;
        /* FMA3 needs the OS to save the YMM state: OSXSAVE, XCR0 bits 1-2 */
        if (((c >> 12) & 1) && ((c >> 27) & 1)) {
            unsigned lo, hi;
            __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
            x64_host.fma = (lo & 6) == 6;
        }
    }
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        x64_host.bmi1 = (b >> 3) & 1; /* tzcnt */
    }
    if (__get_cpuid(0x80000001, &a, &b, &c, &d)) {
        x64_host.lzcnt = (c >> 5) & 1; /* ABM */
    }
}
