/* SPDX-License-Identifier: MIT */
/* Log categories, the log stream, and fatal(). */
#include "translator/log.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

unsigned log_mask;
const char *log_progname = "xrun";
static FILE *log_stream;

static const struct {
    const char *name, *help;
} cats[LOG__COUNT] = {
#define LOG_CAT(id, n, h) [LOG_##id] = {n, h},
#include "translator/log-categories.def"
#undef LOG_CAT
};

FILE *log_file(void)
{
    return log_stream ? log_stream : stderr;
}

bool log_set_file(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        return false;
    }
    setvbuf(f, NULL, _IOLBF, 0);
    log_stream = f;
    return true;
}

void log_print_help(FILE *out)
{
    fprintf(out, "Log items (comma separated):\n");
    for (int k = 0; k < LOG__COUNT; k++) {
        fprintf(out, "%-10s %s\n", cats[k].name, cats[k].help);
    }
}

bool log_parse(const char *list, const char **bad, bool *help)
{
    static char item[64];
    *help = false;
    while (*list) {
        size_t n = strcspn(list, ",");
        if (n >= sizeof(item)) {
            n = sizeof(item) - 1;
        }
        memcpy(item, list, n);
        item[n] = '\0';
        list += n + (list[n] == ',');
        if (strcmp(item, "help") == 0) {
            *help = true;
            continue;
        }
        int k;
        for (k = 0; k < LOG__COUNT && strcmp(cats[k].name, item); k++) {
        }
        if (k == LOG__COUNT) {
            *bad = item;
            return false;
        }
        log_mask |= 1u << k;
    }
    return true;
}

void fatal_status(int status, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "%s: ", log_progname);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(status);
}

void log_unimp_once(const char *what, unsigned long key)
{
    enum { SEEN = 1024 };
    static const char *seen_what[SEEN];
    static unsigned long seen_key[SEEN];
    static int n_seen;
    if (!log_enabled(LOG_UNIMP)) {
        return;
    }
    for (int k = 0; k < n_seen; k++) {
        if (seen_key[k] == key && strcmp(seen_what[k], what) == 0) {
            return;
        }
    }
    if (n_seen < SEEN) {
        seen_what[n_seen] = what;
        seen_key[n_seen++] = key;
    }
    fprintf(log_file(), "%s: unimplemented %s %lu (0x%lx)\n", log_progname,
            what, key, key);
}
