/* SPDX-License-Identifier: MIT */
/*
 * Host struct stat / struct statfs -> the asm-generic guest layouts.  The
 * x86_64 stat has nlink before mode and a 144-byte size; the generic one
 * is 128 bytes with 32-bit mode/nlink/uid/gid.
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include "syscall/guest-types.h"

void conv_stat_to_guest(struct guest_stat *g, const struct stat *h)
{
    memset(g, 0, sizeof(*g));
    g->dev = (uint64_t)h->st_dev;
    g->ino = (uint64_t)h->st_ino;
    g->mode = (uint32_t)h->st_mode;
    g->nlink = (uint32_t)h->st_nlink;
    g->uid = (uint32_t)h->st_uid;
    g->gid = (uint32_t)h->st_gid;
    g->rdev = (uint64_t)h->st_rdev;
    g->size = (int64_t)h->st_size;
    g->blksize = (int32_t)h->st_blksize;
    g->blocks = (int64_t)h->st_blocks;
    g->atime = (int64_t)h->st_atim.tv_sec;
    g->atime_nsec = (uint64_t)h->st_atim.tv_nsec;
    g->mtime = (int64_t)h->st_mtim.tv_sec;
    g->mtime_nsec = (uint64_t)h->st_mtim.tv_nsec;
    g->ctime = (int64_t)h->st_ctim.tv_sec;
    g->ctime_nsec = (uint64_t)h->st_ctim.tv_nsec;
}

void conv_statfs_to_guest(struct guest_statfs *g, const struct statfs *h)
{
    int fsid[2];

    memset(g, 0, sizeof(*g));
    g->type = (int64_t)h->f_type;
    g->bsize = (int64_t)h->f_bsize;
    g->blocks = (uint64_t)h->f_blocks;
    g->bfree = (uint64_t)h->f_bfree;
    g->bavail = (uint64_t)h->f_bavail;
    g->files = (uint64_t)h->f_files;
    g->ffree = (uint64_t)h->f_ffree;
    /* fsid_t's member is __val in glibc and __val in musl: copy bytes. */
    memcpy(fsid, &h->f_fsid, sizeof(fsid));
    g->fsid[0] = fsid[0];
    g->fsid[1] = fsid[1];
    g->namelen = (int64_t)h->f_namelen;
    g->frsize = (int64_t)h->f_frsize;
    g->flags = (int64_t)h->f_flags;
}
