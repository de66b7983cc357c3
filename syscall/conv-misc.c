/* SPDX-License-Identifier: MIT */
/*
 * Converters for the small structures: rusage, sysinfo, utsname, kernel
 * termios and sigaction.  Most match x86_64 on LP64 today; converting
 * field by field keeps that an explicit, tested fact rather than a memcpy.
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>

#include "syscall/guest-types.h"

static void conv_timeval(struct guest_timeval *g, const struct timeval *h)
{
    g->sec = (int64_t)h->tv_sec;
    g->usec = (int64_t)h->tv_usec;
}

void conv_rusage_to_guest(struct guest_rusage *g, const struct rusage *h)
{
    memset(g, 0, sizeof(*g));
    conv_timeval(&g->utime, &h->ru_utime);
    conv_timeval(&g->stime, &h->ru_stime);
    g->maxrss = h->ru_maxrss;
    g->ixrss = h->ru_ixrss;
    g->idrss = h->ru_idrss;
    g->isrss = h->ru_isrss;
    g->minflt = h->ru_minflt;
    g->majflt = h->ru_majflt;
    g->nswap = h->ru_nswap;
    g->inblock = h->ru_inblock;
    g->oublock = h->ru_oublock;
    g->msgsnd = h->ru_msgsnd;
    g->msgrcv = h->ru_msgrcv;
    g->nsignals = h->ru_nsignals;
    g->nvcsw = h->ru_nvcsw;
    g->nivcsw = h->ru_nivcsw;
}

void conv_sysinfo_to_guest(struct guest_sysinfo *g, const struct sysinfo *h)
{
    memset(g, 0, sizeof(*g));
    g->uptime = h->uptime;
    for (int i = 0; i < 3; i++) {
        g->loads[i] = h->loads[i];
    }
    g->totalram = h->totalram;
    g->freeram = h->freeram;
    g->sharedram = h->sharedram;
    g->bufferram = h->bufferram;
    g->totalswap = h->totalswap;
    g->freeswap = h->freeswap;
    g->procs = h->procs;
    g->totalhigh = h->totalhigh;
    g->freehigh = h->freehigh;
    g->mem_unit = h->mem_unit;
}

static void uts_copy(char *dst, const char *src)
{
    snprintf(dst, GUEST_UTS_LEN, "%s", src);
}

void conv_utsname_to_guest(struct guest_utsname *g, const struct utsname *h,
                           const char *machine)
{
    memset(g, 0, sizeof(*g));
    uts_copy(g->sysname, h->sysname);
    uts_copy(g->nodename, h->nodename);
    uts_copy(g->release, h->release);
    uts_copy(g->version, h->version);
    uts_copy(g->machine, machine);
    uts_copy(g->domainname, h->domainname);
}

void conv_termios_to_guest(struct guest_termios *g,
                           const struct host_ktermios *h)
{
    g->iflag = h->c_iflag;
    g->oflag = h->c_oflag;
    g->cflag = h->c_cflag;
    g->lflag = h->c_lflag;
    g->line = h->c_line;
    memcpy(g->cc, h->c_cc, GUEST_NCCS);
}

void conv_termios_to_host(struct host_ktermios *h,
                          const struct guest_termios *g)
{
    h->c_iflag = g->iflag;
    h->c_oflag = g->oflag;
    h->c_cflag = g->cflag;
    h->c_lflag = g->lflag;
    h->c_line = g->line;
    memcpy(h->c_cc, g->cc, GUEST_NCCS);
}

void conv_sigaction_from_guest(struct sys_sigaction *s, const void *guest,
                               bool has_restorer)
{
    const uint8_t *p = guest;

    memcpy(&s->handler, p, 8);
    memcpy(&s->flags, p + 8, 8);
    s->restorer = 0;
    if (has_restorer) {
        memcpy(&s->restorer, p + 16, 8);
    }
    memcpy(&s->mask, p + (has_restorer ? 24 : 16), 8);
}

void conv_sigaction_to_guest(void *guest, const struct sys_sigaction *s,
                             bool has_restorer)
{
    uint8_t *p = guest;

    memcpy(p, &s->handler, 8);
    memcpy(p + 8, &s->flags, 8);
    if (has_restorer) {
        memcpy(p + 16, &s->restorer, 8);
    }
    memcpy(p + (has_restorer ? 24 : 16), &s->mask, 8);
}
