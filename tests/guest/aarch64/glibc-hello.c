/* expected: native */
/*
 * A static glibc program: start-up, printf, malloc, exit.  glibc's static
 * start-up and string functions use Advanced SIMD, so this needs the
 * FP/SIMD side of xrun-aarch64 as well as the base ISA.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    char *p = malloc(100);
    snprintf(p, 100, "%s %d %ld %x", "hello", argc, 1234567890123L, 0xbeef);
    printf("%s (%zu)\n", p, strlen(p));
    free(p);
    (void)argv;
    return 0;
}
