/* SPDX-License-Identifier: MIT */
/*
 * xrun-fuzz: differential fuzzing of the x86-64 JIT against the
 * interpreter, one TAP test per guest plus the self-test.  Short and fixed
 * by default (make check); XRUN_FUZZ_ITERS and XRUN_FUZZ_SEED (or the
 * options) make long campaigns.  See tests/fuzz/README.md.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tests/fuzz/fuzz-case.h"
#include "tests/fuzz/fuzz-selftest.h"

#define FZ_DEFAULT_INSNS 50000
#define FZ_DEFAULT_UNITS 48
#define FZ_DEFAULT_SEED 1

static const struct fz_guest *const all_guests[] = {
    &fz_guest_rv64, &fz_guest_a64,
};
#define N_GUESTS (int)(sizeof(all_guests) / sizeof(all_guests[0]))

struct options {
    uint64_t seed, insns, seq_seed;
    bool have_seq_seed, verbose, coverage;
    int units, max_fail;
    const struct fz_guest *guests[N_GUESTS];
    int n_guests;
};

static _Noreturn void usage(const char *why)
{
    fprintf(stderr, "xrun-fuzz: %s\nusage: xrun-fuzz [--guest riscv64|aarch64]"
            " [--seed N] [--insns N] [--units N] [--seq-seed N]"
            " [--max-fail N] [--verbose] [--coverage] [--planted-bug]\n", why);
    exit(2);
}

static uint64_t number(const char *s, const char *what)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (*s == '\0' || *end != '\0' || errno != 0) {
        char msg[96];
        snprintf(msg, sizeof(msg), "bad %s: %s", what, s);
        usage(msg);
    }
    return v;
}

static void parse(int argc, char **argv, struct options *o)
{
    const char *env_insns = getenv("XRUN_FUZZ_ITERS");
    const char *env_seed = getenv("XRUN_FUZZ_SEED");
    o->insns = env_insns ? number(env_insns, "XRUN_FUZZ_ITERS")
                         : FZ_DEFAULT_INSNS;
    o->seed = env_seed ? number(env_seed, "XRUN_FUZZ_SEED") : FZ_DEFAULT_SEED;
    o->units = FZ_DEFAULT_UNITS;
    o->max_fail = 1;
    static const struct option longopts[] = {
        {"guest", required_argument, NULL, 'g'},
        {"seed", required_argument, NULL, 's'},
        {"insns", required_argument, NULL, 'n'},
        {"units", required_argument, NULL, 'u'},
        {"seq-seed", required_argument, NULL, 'q'},
        {"max-fail", required_argument, NULL, 'f'},
        {"verbose", no_argument, NULL, 'v'},
        {"planted-bug", no_argument, NULL, 'p'},
        {"coverage", no_argument, NULL, 'c'},
        {NULL, 0, NULL, 0},
    };
    int ch;
    while ((ch = getopt_long(argc, argv, "g:s:n:u:q:f:vpc", longopts, NULL)) !=
           -1) {
        switch (ch) {
        case 'g': {
            int k = 0;
            while (k < N_GUESTS && strcmp(all_guests[k]->name, optarg) != 0) {
                k++;
            }
            if (k == N_GUESTS) {
                usage("unknown guest");
            }
            o->guests[o->n_guests++ % N_GUESTS] = all_guests[k];
            break;
        }
        case 's': o->seed = number(optarg, "seed"); break;
        case 'n': o->insns = number(optarg, "insn count"); break;
        case 'u': o->units = (int)number(optarg, "unit count"); break;
        case 'q':
            o->seq_seed = number(optarg, "sequence seed");
            o->have_seq_seed = true;
            break;
        case 'f': o->max_fail = (int)number(optarg, "failure count"); break;
        case 'v': o->verbose = true; break;
        case 'p': fz_backend_under_test = &fz_planted_backend; break;
        case 'c': o->coverage = true; break;
        default: usage("bad option");
        }
    }
    if (optind < argc) {
        usage("unexpected argument");
    }
    if (o->units < 1 || o->units > 1000) {
        usage("--units must be 1..1000");
    }
    if (o->max_fail < 1) {
        o->max_fail = 1;
    }
    if (o->n_guests > N_GUESTS) {
        o->n_guests = N_GUESTS;
    }
    if (o->n_guests == 0) {
        memcpy(o->guests, all_guests, sizeof(all_guests));
        o->n_guests = N_GUESTS;
    }
}

/* The field table must name every word of the state the run compares. */
static bool fields_cover_state(const struct fz_guest *g)
{
    size_t at = sizeof(struct cpu);
    for (const struct fz_field *f = g->fields; f->name != NULL; f++) {
        if (f->off != at) {
            return false;
        }
        at += (size_t)f->n * f->per * 8;
    }
    return at == g->arch->cpu_size;
}

/* How often each decoder row was generated (--coverage). */
struct tally {
    const char *name[1024];
    uint64_t count[1024];
    int n;
};

static void tally_case(struct tally *t, const struct fz_case *c)
{
    for (int k = 0; k < c->n; k++) {
        const struct fz_unit *u = &c->u[k];
        /* The generated insn is the unit's last word; set-up comes first. */
        const char *name = c->g->row_name(u->word[u->n - 1], u->len[u->n - 1]);
        int i = 0;
        while (i < t->n && t->name[i] != name) {
            i++;
        }
        if (i == t->n && t->n < 1024) {
            t->name[t->n++] = name;
        }
        if (i < t->n) {
            t->count[i]++;
        }
    }
}

static void tally_print(const struct tally *t, const char *guest)
{
    printf("# %s: %d decoder rows generated:", guest, t->n);
    for (int i = 0; i < t->n; i++) {
        printf("%s%s %" PRIu64, i % 6 ? ", " : "\n#   ", t->name[i],
               t->count[i]);
    }
    printf("\n");
}

static bool fuzz_guest(const struct fz_guest *g, const struct options *o,
                       int tap_no)
{
    struct fz_stats st = {0};
    struct fz_result r;
    fz_result_init(&r, g);
    uint64_t done = 0, seqs = 0, next_note = 1000000;
    static struct tally tally;
    memset(&tally, 0, sizeof(tally));
    int fails = 0;
    while (done < o->insns && fails < o->max_fail) {
        struct fz_case c;
        uint64_t seed = o->have_seq_seed ? o->seq_seed
                                         : fz_seq_seed(o->seed, g->name, seqs);
        seqs++;
        fz_case_generate(&c, g, seed, o->units);
        if (o->coverage) {
            tally_case(&tally, &c);
        }
        if (!fz_case_run(&c, &st, &r)) {
            fails++;
            fz_case_shrink(&c, &r);
            fz_case_report(stdout, &c, &r);
            fflush(stdout);
        }
        done += (uint64_t)c.n_generated;
        fz_case_free(&c);
        if (o->have_seq_seed) {
            break;
        }
        if (o->verbose && done >= next_note) {
            fprintf(stderr, "%s: %" PRIu64 " insns, %" PRIu64 " blocks, %d "
                    "failing\n", g->name, done, st.blocks, fails);
            next_note += 1000000;
        }
    }
    fz_result_free(&r);
    if (o->coverage) {
        tally_print(&tally, g->name);
    }
    if (st.escapes != 0) {
        printf("# %s: %" PRIu64 " runs left their sequence (a generator "
               "bug)\n", g->name, st.escapes);
    }
    printf("%s %d - %s: %" PRIu64 " insns in %" PRIu64 " sequences, %" PRIu64
           " blocks (%" PRIu64 " illegal, %" PRIu64 " faults), seed %#" PRIx64
           "%s\n", fails ? "not ok" : "ok", tap_no, g->name, done, seqs,
           st.blocks, st.illegal, st.faults, o->seed,
           fails ? ", first failures above" : "");
    return fails == 0;
}

int main(int argc, char **argv)
{
    struct options o = {0};
    parse(argc, argv, &o);
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!fz_exec_init()) {
        printf("1..0 # SKIP cannot reserve the guest address space\n");
        return 0;
    }
    bool selftest = !o.have_seq_seed;
    printf("1..%d\n", o.n_guests + selftest);
    for (int k = 0; k < o.n_guests; k++) {
        if (!fields_cover_state(o.guests[k])) {
            printf("Bail out! the %s field table does not cover its state\n",
                   o.guests[k]->name);
            return 1;
        }
    }
    bool ok = true;
    for (int k = 0; k < o.n_guests; k++) {
        ok &= fuzz_guest(o.guests[k], &o, k + 1);
    }
    if (selftest) {
        bool st = fz_selftest(stdout, o.seed, o.units);
        printf("%s %d - self-test: a planted JIT mul bug is caught and shrunk"
               "\n", st ? "ok" : "not ok", o.n_guests + 1);
        ok &= st;
    }
    return ok ? 0 : 1;
}
