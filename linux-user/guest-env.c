/* SPDX-License-Identifier: MIT */
/*
 * The guest's environment: ours, as qemu-user passes it, edited by -E and
 * -U (and QEMU_SET_ENV / QEMU_UNSET_ENV).  Kept as a NULL-ended list so it
 * is the guest's envp as it stands.
 */
#include <stdlib.h>
#include <string.h>

#include "linux-user/lu.h"
#include "translator/log.h"

extern char **environ;

static void lu_env_push(struct lu_options *o, char *entry)
{
    if (o->n_env + 2 > o->cap_env) {
        size_t cap = o->cap_env ? o->cap_env * 2 : 64;
        char **env = realloc(o->env, cap * sizeof(*env));
        if (env == NULL) {
            fatal("out of memory");
        }
        o->env = env;
        o->cap_env = cap;
    }
    o->env[o->n_env++] = entry;
    o->env[o->n_env] = NULL;
}

void lu_env_init(struct lu_options *o)
{
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        lu_env_push(o, *e);
    }
    if (o->env == NULL) {
        lu_env_push(o, NULL);
        o->n_env = 0;
    }
}

/* Index of the entry for the variable name (length len), or -1. */
static long lu_env_find(const struct lu_options *o, const char *name,
                        size_t len)
{
    for (size_t k = 0; k < o->n_env; k++) {
        if (strncmp(o->env[k], name, len) == 0 && o->env[k][len] == '=') {
            return (long)k;
        }
    }
    return -1;
}

void lu_env_set(struct lu_options *o, const char *assignment)
{
    char *copy = strdup(assignment);
    if (copy == NULL) {
        fatal("out of memory");
    }
    long k = lu_env_find(o, assignment, strcspn(assignment, "="));
    if (k >= 0) {
        o->env[k] = copy;
    } else {
        lu_env_push(o, copy);
    }
}

void lu_env_unset(struct lu_options *o, const char *name)
{
    long k = lu_env_find(o, name, strlen(name));
    if (k >= 0) {
        memmove(&o->env[k], &o->env[k + 1],
                (o->n_env - (size_t)k) * sizeof(o->env[0]));
        o->n_env--;
    }
}
