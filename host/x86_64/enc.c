/* SPDX-License-Identifier: MIT */
/* The slow path of the encoders' buffer: kept out of line, it is rare. */
#include "host/x86_64/enc.h"

void x64_buf_grow(struct x64_buf *b, size_t n)
{
    if (b->growable) {
        size_t used = (size_t)(b->p - b->start);
        size_t cap = (size_t)(b->end - b->start) * 2 + n + 64;
        uint8_t *s = realloc(b->start, cap);
        if (s == NULL) {
            abort();
        }
        b->start = s;
        b->p = s + used;
        b->end = s + cap;
        return;
    }
    b->overflow = true;
    b->p = b->start; /* keep writing in bounds; the result is discarded */
}
