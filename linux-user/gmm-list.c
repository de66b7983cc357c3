/* SPDX-License-Identifier: MIT */
/*
 * The guest mapping record: a sorted array of disjoint ranges.  A process
 * has tens to a few thousand mappings, so binary search plus memmove on
 * change is simpler than a tree and fast enough for the syscall path.
 */
#include "linux-user/gmm-list.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct gmm_range {
    uint64_t start, end;
    int prot;
};

static struct gmm_range *ranges;
static size_t n_ranges, cap_ranges;

/* Index of the first range ending after addr (n_ranges if none). */
static size_t gmm_list_find(uint64_t addr)
{
    size_t lo = 0, hi = n_ranges;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ranges[mid].end <= addr) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* Make room for `more` entries at index at.  0 or -ENOMEM. */
static int gmm_list_open(size_t at, size_t more)
{
    if (n_ranges + more > cap_ranges) {
        size_t cap = cap_ranges ? cap_ranges * 2 : 64;
        while (cap < n_ranges + more) {
            cap *= 2;
        }
        struct gmm_range *r = realloc(ranges, cap * sizeof(*r));
        if (r == NULL) {
            return -ENOMEM;
        }
        ranges = r;
        cap_ranges = cap;
    }
    memmove(&ranges[at + more], &ranges[at],
            (n_ranges - at) * sizeof(ranges[0]));
    n_ranges += more;
    return 0;
}

static void gmm_list_close(size_t at, size_t count)
{
    memmove(&ranges[at], &ranges[at + count],
            (n_ranges - at - count) * sizeof(ranges[0]));
    n_ranges -= count;
}

int gmm_list_clear(uint64_t start, uint64_t end)
{
    size_t i = gmm_list_find(start);
    if (i == n_ranges || ranges[i].start >= end) {
        return 0;
    }
    if (ranges[i].start < start && ranges[i].end > end) {
        /* The hole is strictly inside one range: split it in two. */
        if (gmm_list_open(i + 1, 1) < 0) {
            return -ENOMEM;
        }
        ranges[i + 1] = ranges[i];
        ranges[i].end = start;
        ranges[i + 1].start = end;
        return 0;
    }
    if (ranges[i].start < start) {
        ranges[i].end = start;
        i++;
    }
    size_t first = i;
    while (i < n_ranges && ranges[i].end <= end) {
        i++;
    }
    gmm_list_close(first, i - first);
    if (first < n_ranges && ranges[first].start < end) {
        ranges[first].start = end;
    }
    return 0;
}

int gmm_list_set(uint64_t start, uint64_t end, int prot)
{
    if (start >= end) {
        return 0;
    }
    /* Clearing may split one range: that needs the slot we reserve here. */
    if (gmm_list_open(n_ranges, 2) < 0) {
        return -ENOMEM;
    }
    n_ranges -= 2;
    gmm_list_clear(start, end);
    size_t i = gmm_list_find(start);
    bool join_prev = i > 0 && ranges[i - 1].end == start &&
                     ranges[i - 1].prot == prot;
    bool join_next = i < n_ranges && ranges[i].start == end &&
                     ranges[i].prot == prot;
    if (join_prev && join_next) {
        ranges[i - 1].end = ranges[i].end;
        gmm_list_close(i, 1);
    } else if (join_prev) {
        ranges[i - 1].end = end;
    } else if (join_next) {
        ranges[i].start = start;
    } else {
        gmm_list_open(i, 1);
        ranges[i] = (struct gmm_range){start, end, prot};
    }
    return 0;
}

bool gmm_list_covered(uint64_t start, uint64_t end, int prot)
{
    size_t i = gmm_list_find(start);
    uint64_t at = start;
    for (; at < end; i++) {
        if (i == n_ranges || ranges[i].start > at ||
            (ranges[i].prot & prot) != prot) {
            return false;
        }
        at = ranges[i].end;
    }
    return true;
}

bool gmm_list_any(uint64_t start, uint64_t end, int prot)
{
    for (size_t i = gmm_list_find(start);
         i < n_ranges && ranges[i].start < end; i++) {
        if (ranges[i].prot & prot) {
            return true;
        }
    }
    return false;
}

int gmm_list_prot_at(uint64_t addr)
{
    size_t i = gmm_list_find(addr);
    if (i == n_ranges || ranges[i].start > addr) {
        return -1;
    }
    return ranges[i].prot;
}

bool gmm_list_next_gap(uint64_t from, uint64_t end, uint64_t *gap_start,
                       uint64_t *gap_end)
{
    size_t i = gmm_list_find(from);
    uint64_t at = from;
    while (at < end && i < n_ranges && ranges[i].start <= at) {
        at = ranges[i++].end;
    }
    if (at >= end) {
        return false;
    }
    *gap_start = at;
    *gap_end = (i < n_ranges && ranges[i].start < end) ? ranges[i].start
                                                       : end;
    return true;
}

bool gmm_list_last_gap(uint64_t from, uint64_t end, uint64_t *gap_start,
                       uint64_t *gap_end)
{
    if (from >= end) {
        return false;
    }
    /* Ranges before i end below end; ranges[i] may cover end - 1. */
    size_t i = gmm_list_find(end - 1);
    uint64_t at = end;
    if (i < n_ranges && ranges[i].start < end) {
        at = ranges[i].start;
    }
    while (at > from && i > 0 && ranges[i - 1].end == at) {
        at = ranges[--i].start;
    }
    if (at <= from) {
        return false;
    }
    uint64_t below = i > 0 ? ranges[i - 1].end : 0;
    *gap_start = below > from ? below : from;
    *gap_end = at;
    return true;
}

bool gmm_list_next_run(uint64_t from, uint64_t end, uint64_t *start,
                       uint64_t *stop)
{
    size_t i = gmm_list_find(from);
    if (from >= end || i == n_ranges || ranges[i].start >= end) {
        return false;
    }
    uint64_t s = ranges[i].start > from ? ranges[i].start : from;
    uint64_t e = ranges[i].end;
    while (++i < n_ranges && ranges[i].start == e) {
        e = ranges[i].end;
    }
    *start = s;
    *stop = e < end ? e : end;
    return true;
}

bool gmm_list_next_range(uint64_t from, uint64_t end, uint64_t *start,
                         uint64_t *stop, int *prot)
{
    size_t i = gmm_list_find(from);
    if (from >= end || i == n_ranges || ranges[i].start >= end) {
        return false;
    }
    *start = ranges[i].start > from ? ranges[i].start : from;
    *stop = ranges[i].end < end ? ranges[i].end : end;
    *prot = ranges[i].prot;
    return true;
}

bool gmm_list_range_at(uint64_t addr, uint64_t *start, uint64_t *stop,
                       int *prot)
{
    size_t i = gmm_list_find(addr);
    if (i == n_ranges || ranges[i].start > addr) {
        return false;
    }
    *start = ranges[i].start;
    *stop = ranges[i].end;
    *prot = ranges[i].prot;
    return true;
}

void gmm_list_reset(void)
{
    n_ranges = 0;
}
