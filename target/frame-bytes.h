/* SPDX-License-Identifier: MIT */
/*
 * Reading and writing fields of a guest structure laid out in a byte
 * buffer at fixed offsets (signal frames), unaligned-safe.  Both guests
 * are little-endian like the host, so these are plain copies.
 */
#ifndef XRUN_TARGET_FRAME_BYTES_H
#define XRUN_TARGET_FRAME_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline void put64(uint8_t *f, size_t off, uint64_t v)
{
    memcpy(f + off, &v, 8);
}

static inline void put32(uint8_t *f, size_t off, uint32_t v)
{
    memcpy(f + off, &v, 4);
}

static inline uint64_t get64(const uint8_t *f, size_t off)
{
    uint64_t v;
    memcpy(&v, f + off, 8);
    return v;
}

static inline uint32_t get32(const uint8_t *f, size_t off)
{
    uint32_t v;
    memcpy(&v, f + off, 4);
    return v;
}

#endif
