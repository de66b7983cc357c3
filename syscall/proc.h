/* SPDX-License-Identifier: MIT */
/*
 * The /proc files the emulator shows in the guest's terms (proc.c opens
 * them; one proc-*.c file per entry writes the content).  What the host
 * /proc says about the emulator process is right for most entries (fd/,
 * status, limits, ...) and those are left to it; these are the ones that
 * would show the emulator instead of the guest program.
 */
#ifndef XRUN_SYSCALL_PROC_H
#define XRUN_SYSCALL_PROC_H

#include <stdio.h>

/* Write the content to f: 0, or -GUEST_E* (nothing is opened then). */
typedef int proc_fill_fn(FILE *f);

proc_fill_fn proc_maps;     /* proc-maps.c: guest mappings only */
proc_fill_fn proc_smaps;    /* proc-maps.c: the same with the counters */
proc_fill_fn proc_auxv;     /* proc-auxv.c: the guest's auxv */
proc_fill_fn proc_cmdline;  /* proc-cmdline.c: the guest's argv strings */
proc_fill_fn proc_environ;  /* proc-cmdline.c: its environment strings */
proc_fill_fn proc_stat;     /* proc-stat.c: host stat, guest addresses */
proc_fill_fn proc_cpuinfo;  /* proc-cpuinfo.c: CPUs of the guest ISA */

#endif
