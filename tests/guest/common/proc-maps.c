/*
 * /proc/self/maps and smaps as the program's own kernel shows them
 * (proc(5)): every line well-formed, in increasing address order; the
 * program's code is an r-xp mapping of the file /proc/self/exe names; a
 * local variable lies in the [stack] mapping, a small malloc() (brk, in a
 * static glibc program) in [heap]; an anonymous mmap shows its protection
 * (r-x, then r-- after mprotect) and no name; a file mapped at offset 4096
 * shows that offset and the file.  smaps has the same mappings, each with
 * a Size of its length, an Rss and VmFlags (ex on code).
 * Expected output (proc-maps.expected): every check holds, so each line
 * ends in 1 (by hand, from proc(5); nothing here depends on the ISA).
 */
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct line {
    uintptr_t start, end;
    char perms[5];
    unsigned long long off;
    char name[PATH_MAX];
};

/* Parse one maps line; 1 if well-formed. */
static int parse(const char *s, struct line *l)
{
    int name_at = 0;
    unsigned maj, min;
    unsigned long ino;
    l->name[0] = '\0';
    if (sscanf(s, "%" SCNxPTR "-%" SCNxPTR " %4s %llx %x:%x %lu %n", &l->start,
               &l->end, l->perms, &l->off, &maj, &min, &ino, &name_at) != 7 ||
        l->start >= l->end || strlen(l->perms) != 4) {
        return 0;
    }
    snprintf(l->name, sizeof(l->name), "%s", s + name_at);
    l->name[strcspn(l->name, "\n")] = '\0';
    return 1;
}

/* Find the maps line holding addr; 1 if found. */
static int find(const char *file, uintptr_t addr, struct line *out)
{
    char buf[PATH_MAX + 128];
    FILE *f = fopen(file, "r");
    int found = 0;
    struct line l;
    while (f != NULL && fgets(buf, sizeof(buf), f) != NULL) {
        if (parse(buf, &l) && l.start <= addr && addr < l.end) {
            *out = l;
            found = 1;
            break;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return found;
}

int main(void)
{
    char exe[PATH_MAX], buf[PATH_MAX + 128];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[n > 0 ? n : 0] = '\0';

    /* Every line well-formed, sorted, not overlapping. */
    FILE *f = fopen("/proc/self/maps", "r");
    int ok = f != NULL, lines = 0;
    uintptr_t prev_end = 0;
    struct line l;
    while (f != NULL && fgets(buf, sizeof(buf), f) != NULL) {
        ok &= parse(buf, &l) && l.start >= prev_end &&
              (l.perms[3] == 'p' || l.perms[3] == 's');
        prev_end = l.end;
        lines++;
    }
    if (f != NULL) {
        fclose(f);
    }
    printf("maps well-formed and sorted %d\n", ok && lines > 3);

    int local = 0;
    printf("main in r-xp mapping of /proc/self/exe %d\n",
           find("/proc/self/maps", (uintptr_t)&main, &l) &&
               strcmp(l.perms, "r-xp") == 0 && strcmp(l.name, exe) == 0);
    printf("local variable in [stack] %d\n",
           find("/proc/self/maps", (uintptr_t)&local, &l) &&
               strcmp(l.name, "[stack]") == 0 && l.perms[0] == 'r' &&
               l.perms[1] == 'w');
    char *small = malloc(64);
    printf("small malloc in [heap] %d\n",
           find("/proc/self/maps", (uintptr_t)small, &l) &&
               strcmp(l.name, "[heap]") == 0);
    free(small);

    long pg = sysconf(_SC_PAGESIZE);
    char *anon = mmap(NULL, 3 * pg, PROT_READ | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anonymous r-x mapping: r-xp, no name %d\n",
           anon != MAP_FAILED && find("/proc/self/maps", (uintptr_t)anon, &l) &&
               strcmp(l.perms, "r-xp") == 0 && l.name[0] == '\0' &&
               l.start == (uintptr_t)anon);
    mprotect(anon + pg, pg, PROT_READ);
    printf("after mprotect of its middle page: r--p there %d\n",
           find("/proc/self/maps", (uintptr_t)anon + pg, &l) &&
               strcmp(l.perms, "r--p") == 0 && l.start == (uintptr_t)anon + pg &&
               l.end == (uintptr_t)anon + 2 * pg);
    munmap(anon, 3 * pg);
    printf("after munmap: gone %d\n",
           !find("/proc/self/maps", (uintptr_t)anon + pg, &l));

    int fd = open(exe, O_RDONLY);
    char *file = fd >= 0 ? mmap(NULL, pg, PROT_READ, MAP_SHARED, fd, pg)
                         : MAP_FAILED;
    printf("file at offset 4096: r--s, offset, name %d\n",
           file != MAP_FAILED && find("/proc/self/maps", (uintptr_t)file, &l) &&
               strcmp(l.perms, "r--s") == 0 && l.off == (unsigned long long)pg &&
               strcmp(l.name, exe) == 0);

    /* smaps: the code mapping again, with its counters. */
    f = fopen("/proc/self/smaps", "r");
    int in_code = 0, size_ok = 0, rss = 0, ex = 0;
    while (f != NULL && fgets(buf, sizeof(buf), f) != NULL) {
        struct line h;
        unsigned long kb;
        if (parse(buf, &h)) {
            in_code = h.start <= (uintptr_t)&main && (uintptr_t)&main < h.end;
            if (in_code) {
                l = h;
            }
        } else if (in_code && sscanf(buf, "Size: %lu kB", &kb) == 1) {
            size_ok = kb * 1024 == l.end - l.start;
        } else if (in_code && sscanf(buf, "Rss: %lu kB", &kb) == 1) {
            rss = 1;
        } else if (in_code && strncmp(buf, "VmFlags:", 8) == 0) {
            ex = strstr(buf, " ex ") != NULL;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    printf("smaps code mapping: Size %d, Rss %d, VmFlags ex %d\n", size_ok,
           rss, ex);
    return 0;
}
