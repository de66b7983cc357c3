/* expected: native */
/*
 * argv and the environment as the program sees them: argc, argv[1..]
 * (from argv-env.args), argv[argc] == NULL, the basename of argv[0],
 * a variable the runner exports (GUEST_TEST_VAR), envp == environ, and
 * setenv/unsetenv/getenv.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv, char **envp)
{
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++)
        printf("argv[%d] \"%s\"\n", i, argv[i]);
    printf("argv[argc] null %d\n", argv[argc] == NULL);
    const char *base = strrchr(argv[0], '/');
    base = base ? base + 1 : argv[0];
    printf("argv[0] basename starts with argv-env %d\n",
           strncmp(base, "argv-env", 8) == 0);
    printf("envp == environ %d\n", envp == environ);
    int n = 0, hits = 0;
    for (char **e = envp; *e; e++, n++)
        hits += strncmp(*e, "GUEST_TEST_VAR=", 15) == 0;
    printf("env entries > 0 %d, GUEST_TEST_VAR entries %d\n", n > 0, hits);
    const char *v = getenv("GUEST_TEST_VAR");
    printf("GUEST_TEST_VAR \"%s\"\n", v ? v : "(unset)");
    setenv("GUEST_NEW_VAR", "x=y", 1);
    printf("setenv -> \"%s\"\n", getenv("GUEST_NEW_VAR"));
    unsetenv("GUEST_TEST_VAR");
    printf("after unsetenv %s\n", getenv("GUEST_TEST_VAR") ? "set" : "unset");
    return 0;
}
