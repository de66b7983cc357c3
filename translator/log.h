/* SPDX-License-Identifier: MIT */
/* Logging by category (-d) and the one fatal-error exit of the emulator. */
#ifndef XRUN_TRANSLATOR_LOG_H
#define XRUN_TRANSLATOR_LOG_H

#include <stdbool.h>
#include <stdio.h>

enum log_cat {
#define LOG_CAT(id, name, help) LOG_##id,
#include "translator/log-categories.def"
#undef LOG_CAT
    LOG__COUNT
};

extern unsigned log_mask;

static inline bool log_enabled(enum log_cat c)
{
    return (log_mask >> c) & 1;
}

FILE *log_file(void);

/* Open -D FILE for the log; false if it cannot be opened. */
bool log_set_file(const char *path);

/*
 * Parse a -d list ("in_asm,op"); returns false and names the bad item in
 * *bad.  "help" prints the categories and sets *help.
 */
bool log_parse(const char *list, const char **bad, bool *help);
void log_print_help(FILE *out);

/* Message prefix for errors ("xrun-riscv64"). */
extern const char *log_progname;

/* Print "progname: message" and exit(status). */
_Noreturn void fatal_status(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#define fatal(...) fatal_status(1, __VA_ARGS__)

/* Report once per key under -d unimp. */
void log_unimp_once(const char *what, unsigned long key);

#endif
