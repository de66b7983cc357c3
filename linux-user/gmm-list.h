/* SPDX-License-Identifier: MIT */
/*
 * The record of which guest pages the guest owns and with what protection:
 * a sorted list of disjoint [start, end) ranges.  guest-mm.c keeps it in
 * step with the host mappings it makes; it is what tells a guest mapping
 * from the emulator's own memory when guest_base is 0.  Callers hold the
 * guest-mm lock; nothing here touches host mappings.
 */
#ifndef XRUN_LINUX_USER_GMM_LIST_H
#define XRUN_LINUX_USER_GMM_LIST_H

#include <stdbool.h>
#include <stdint.h>

/*
 * Record [start, end) as guest memory with prot (guest PROT_ bits),
 * replacing whatever was recorded there.  0 or -ENOMEM.
 */
int gmm_list_set(uint64_t start, uint64_t end, int prot);

/* Forget [start, end).  0 or -ENOMEM (splitting a range needs room). */
int gmm_list_clear(uint64_t start, uint64_t end);

/* Is every byte of [start, end) recorded, each range with all of prot? */
bool gmm_list_covered(uint64_t start, uint64_t end, int prot);

/* Does any recorded range meeting [start, end) have one of the prot bits? */
bool gmm_list_any(uint64_t start, uint64_t end, int prot);

/* Protection recorded at addr, or -1 when addr is not guest memory. */
int gmm_list_prot_at(uint64_t addr);

/*
 * The first part of [from, end) that is NOT recorded: true with
 * [*gap_start, *gap_end), false if [from, end) is fully recorded.
 */
bool gmm_list_next_gap(uint64_t from, uint64_t end, uint64_t *gap_start,
                       uint64_t *gap_end);

/* The last part of [from, end) that is NOT recorded, like next_gap. */
bool gmm_list_last_gap(uint64_t from, uint64_t end, uint64_t *gap_start,
                       uint64_t *gap_end);

/*
 * The first recorded part of [from, end): true with [*start, *stop), the
 * union of adjacent ranges (whatever their prot), false if none.
 */
bool gmm_list_next_run(uint64_t from, uint64_t end, uint64_t *start,
                       uint64_t *stop);

/*
 * The first recorded range meeting [from, end), clipped to it: true with
 * [*start, *stop) and its prot, false if none.  Unlike next_run, ranges of
 * different prot are not joined.
 */
bool gmm_list_next_range(uint64_t from, uint64_t end, uint64_t *start,
                         uint64_t *stop, int *prot);

/* The recorded range holding addr, whole: true with its bounds and prot. */
bool gmm_list_range_at(uint64_t addr, uint64_t *start, uint64_t *stop,
                       int *prot);

/* Drop every range (tests, exec of a new image). */
void gmm_list_reset(void);

#endif
