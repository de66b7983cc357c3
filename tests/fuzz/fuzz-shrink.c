/* SPDX-License-Identifier: MIT */
/*
 * Shrinking a failing case: drop runs of units, halving the run length
 * (the delta-debugging schedule), and keep each drop after which the case
 * still fails with the same kind of difference.  Branch targets move with
 * the units; a branch whose target was dropped goes to the next unit kept.
 */
#include "tests/fuzz/fuzz-case.h"

#include <stdlib.h>
#include <string.h>

static void drop_units(struct fz_case *c, int a, int b)
{
    memmove(&c->u[a], &c->u[b], (size_t)(c->n - b) * sizeof(c->u[0]));
    c->n -= b - a;
    for (int k = 0; k < c->n; k++) {
        int *t = &c->u[k].target;
        if (c->u[k].branch < 0) {
            continue;
        }
        if (*t >= b) {
            *t -= b - a;
        } else if (*t > a) {
            *t = a;
        }
    }
}

static bool fails_as(const struct fz_case *c, struct fz_result *r,
                     const char *what, bool chained)
{
    struct fz_stats st = {0};
    return !fz_case_run(c, &st, r) && strcmp(r->what, what) == 0 &&
           r->chained == chained;
}

void fz_case_shrink(struct fz_case *c, struct fz_result *r)
{
    const char *what = r->what;
    bool chained = r->chained;
    struct fz_result trial;
    fz_result_init(&trial, c->g);
    struct fz_unit *saved = malloc((size_t)c->n * sizeof(*saved));
    r->flaky = saved == NULL || !fails_as(c, &trial, what, chained);
    if (r->flaky) {
        /* Keep the first run's evidence: a rerun says nothing. */
        free(saved);
        fz_result_free(&trial);
        return;
    }
    for (int chunk = c->n / 2 > 0 ? c->n / 2 : 1; chunk >= 1; chunk /= 2) {
        for (int a = 0; a < c->n && c->n > 1;) {
            int b = a + chunk < c->n ? a + chunk : c->n;
            int n = c->n;
            memcpy(saved, c->u, (size_t)n * sizeof(*saved));
            drop_units(c, a, b);
            if (c->n > 0 && fails_as(c, &trial, what, chained)) {
                continue; /* keep the drop; the same a is the next run */
            }
            memcpy(c->u, saved, (size_t)n * sizeof(*saved));
            c->n = n;
            a += chunk;
        }
    }
    free(saved);
    fz_result_free(&trial);
    struct fz_stats st = {0};
    fz_case_run(c, &st, r); /* leave r (and the code window) as reported */
    r->flaky = !r->differ;
}
