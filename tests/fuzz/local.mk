# tests/fuzz: differential fuzzer, the interpreter against the x86-64 JIT
# (README.md there).  make check runs a short fixed-seed run per guest.
if HOST_X86_64
check_PROGRAMS += tests/fuzz/xrun-fuzz
TESTS += tests/fuzz/xrun-fuzz
tests_fuzz_xrun_fuzz_SOURCES = \
	tests/fuzz/fuzz.h tests/fuzz/fuzz-rng.c \
	tests/fuzz/fuzz-values.h tests/fuzz/fuzz-values.c \
	tests/fuzz/fuzz-exec.h tests/fuzz/fuzz-exec.c \
	tests/fuzz/fuzz-case.h tests/fuzz/fuzz-case.c \
	tests/fuzz/fuzz-compare.c tests/fuzz/fuzz-chain.c \
	tests/fuzz/fuzz-shrink.c \
	tests/fuzz/fuzz-report.c \
	tests/fuzz/fuzz-selftest.h tests/fuzz/fuzz-selftest.c \
	tests/fuzz/gen-rv64.c tests/fuzz/gen-a64.c \
	tests/fuzz/fuzz-main.c
tests_fuzz_xrun_fuzz_LDADD = $(XRUN_LIBS)
endif
EXTRA_DIST += tests/fuzz/README.md
