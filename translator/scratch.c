/* SPDX-License-Identifier: MIT */
/* Per-thread translator buffers with pthread-key destructors. */
#include "translator/scratch.h"

#include <pthread.h>
#include <stdlib.h>

#include "translator/log.h"

static pthread_key_t scratch_keys[SCRATCH__COUNT];
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static __thread void *scratch_cache[SCRATCH__COUNT];

static void scratch_make_keys(void)
{
    for (int k = 0; k < SCRATCH__COUNT; k++) {
        if (pthread_key_create(&scratch_keys[k], free) != 0) {
            fatal("cannot create a thread key for translator buffers");
        }
    }
}

void *scratch_get(enum scratch_id id, size_t size)
{
    void *p = scratch_cache[id];
    if (p != NULL) {
        return p;
    }
    pthread_once(&scratch_once, scratch_make_keys);
    p = malloc(size);
    if (p == NULL) {
        fatal("out of memory for translator buffers");
    }
    pthread_setspecific(scratch_keys[id], p);
    scratch_cache[id] = p;
    return p;
}
