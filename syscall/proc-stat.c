/* SPDX-License-Identifier: MIT */
/*
 * /proc/self/stat: the host's line (pid, comm, state, times, ... are the
 * process's own; comm is the guest program's name, set at start-up) with
 * the address fields that would describe the emulator replaced by the
 * guest's: startcode/endcode (the program's code mapping), startstack,
 * start_data/end_data (unknown: 0), start_brk and the argv/environment
 * string ranges.  Field numbers as in proc(5).
 */
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/proc.h"
#include "syscall/sys-internal.h"

#define AT_ENTRY_TYPE 9

/* The program's entry point, from the guest auxv (0 if not found). */
static uint64_t stat_entry(void)
{
    const uint64_t *aux = sys_lock(sys_proc.auxv_addr, sys_proc.auxv_len,
                                   SYS_R);
    for (uint64_t k = 0; aux != NULL && k + 1 < sys_proc.auxv_len / 8;
         k += 2) {
        if (aux[k] == AT_ENTRY_TYPE) {
            return aux[k + 1];
        }
    }
    return 0;
}

/* The replacement for field nr (1-based), or false to keep the host's. */
static bool stat_field(int nr, uint64_t *v)
{
    uint64_t s = 0, e = 0, bs, be;
    int prot;
    switch (nr) {
    case 26: /* startcode */
    case 27: /* endcode */
        if (!gmm_range_at(stat_entry(), &s, &e, &prot)) {
            s = e = 0;
        }
        *v = nr == 26 ? s : e;
        return true;
    case 28:
        *v = sys_proc.stack_start;
        return true;
    case 45: /* start_data */
    case 46: /* end_data */
        *v = 0;
        return true;
    case 47:
        gmm_brk_range(&bs, &be);
        *v = bs;
        return true;
    case 48:
        *v = sys_proc.arg_start;
        return true;
    case 49:
        *v = sys_proc.arg_end;
        return true;
    case 50:
        *v = sys_proc.env_start;
        return true;
    case 51:
        *v = sys_proc.env_end;
        return true;
    default:
        return false;
    }
}

int proc_stat(FILE *f)
{
    char buf[4096];
    int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return sys_ret(-1);
    }
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0) {
        return -GUEST_EIO;
    }
    buf[n] = '\0';
    /* comm may hold spaces and parentheses: it ends at the last ')'. */
    char *rp = strrchr(buf, ')');
    if (rp == NULL) {
        return -GUEST_EIO;
    }
    fwrite(buf, 1, (size_t)(rp + 1 - buf), f);
    char *save = NULL;
    int nr = 3;
    for (char *t = strtok_r(rp + 1, " \n", &save); t != NULL;
         t = strtok_r(NULL, " \n", &save), nr++) {
        uint64_t v;
        if (stat_field(nr, &v)) {
            fprintf(f, " %" PRIu64, v);
        } else {
            fprintf(f, " %s", t);
        }
    }
    fputc('\n', f);
    return 0;
}
