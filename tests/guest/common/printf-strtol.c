/* expected: native */
/*
 * Formatted I/O and number parsing: sprintf/snprintf with integer widths,
 * flags and bases, %g/%e/%f/%a of doubles, strtol/strtoul/strtoll edge
 * cases (overflow -> LONG_MAX/ERANGE, bases 0/2/16/36, leading space and
 * signs), strtod of decimal, hex and special forms, atoi, sscanf.
 */
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char b[256];
    snprintf(b, sizeof b, "[%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o]", -42,
             42, 42, 42, 42, 42, 0xbeef, 0xbeef, 0xbeef, 8, 8);
    puts(b);
    snprintf(b, sizeof b, "[%ld|%lu|%lx|%" PRId64 "|%" PRIu64 "|%lld]",
             LONG_MIN, ULONG_MAX, (unsigned long)LONG_MIN, INT64_MAX,
             UINT64_MAX, -1LL);
    puts(b);
    snprintf(b, sizeof b, "[%hhd|%hhu|%hd|%hu|%c|%s|%.3s|%10.4s|%%]",
             (signed char)-1, (unsigned char)255, (short)-32768,
             (unsigned short)65535, 'z', "str", "abcdef", "abcdef");
    puts(b);
    int n = snprintf(b, 8, "%s", "truncated output");
    printf("snprintf ret %d buf \"%s\"\n", n, b);

    double d[] = {0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 1e-300, 123456789.125,
                  5e-324, DBL_MAX, 2.5, 3.5, -2.5, 1.0 / 3.0};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++)
        printf("%g %e %.3f %.17g %a\n", d[i], d[i], d[i], d[i], d[i]);
    printf("%f %f %g %g\n", INFINITY, -INFINITY, NAN, -NAN);
    printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5);

    const char *ls[] = {"0", "-0", "123", "  -456xyz", "+789", "0x1f", "0X1F",
                        "077", "9223372036854775807", "9223372036854775808",
                        "-9223372036854775808", "-9223372036854775809",
                        "abc", "", "   ", "1e5"};
    for (unsigned i = 0; i < sizeof ls / sizeof ls[0]; i++) {
        char *end;
        errno = 0;
        long v = strtol(ls[i], &end, 0);
        printf("strtol(\"%s\",0) = %ld errno=%d end=%td\n", ls[i], v,
               errno == ERANGE, end - ls[i]);
    }
    char *end;
    /* (the call and errno are read in separate statements: the order of
     * evaluation of function arguments is unspecified) */
    errno = 0;
    unsigned long ul = strtoul("-1", &end, 10);
    printf("strtoul -1 = %lu errno=%d\n", ul, errno);
    errno = 0;
    ul = strtoul("18446744073709551616", &end, 10);
    printf("strtoul 18446744073709551616 = %lu erange=%d\n", ul,
           errno == ERANGE);
    printf("strtol base2 = %ld base36 = %ld base16 = %ld\n",
           strtol("-101101", NULL, 2), strtol("zz", NULL, 36),
           strtol("0xFFff", NULL, 16));
    printf("strtoll = %lld atoi = %d\n", strtoll("-1234567890123", NULL, 10),
           atoi("  -2147483648"));

    const char *ds[] = {"0", "-0", "1.5", "  -2.25e3", "1e-320", "1e309",
                        "0x1.8p1", "inf", "-Infinity", "nan", "3.14159265358979323846",
                        "2.2250738585072011e-308", "4.9e-324", ".5", "5.", "1e",
                        "0.1", "123456789012345678901234567890"};
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        errno = 0;
        double v = strtod(ds[i], &end);
        printf("strtod(\"%s\") = %.17g (%a) end=%td erange=%d\n", ds[i], v, v,
               end - ds[i], errno == ERANGE);
    }

    int i1, i2;
    double f1;
    char w[16];
    int got = sscanf("  17 0x2a 2.5e1 word", "%d %i %lf %15s", &i1, &i2, &f1, w);
    printf("sscanf %d: %d %d %g %s\n", got, i1, i2, f1, w);
    return 0;
}
