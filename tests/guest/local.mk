# tests/guest: guest programs (riscv64/, aarch64/, and common/ for both) run under every xrun
# backend.  The runner compiles them with $(RISCV64_CC) / $(AARCH64_CC) into
# tests/guest/build/ and skips what has no cross compiler.
TESTS += tests/guest/run-guest-tests.sh
EXTRA_DIST += tests/guest/run-guest-tests.sh tests/guest/README.md \
	tests/guest/riscv64 tests/guest/aarch64 tests/guest/common

clean-local: clean-guest-tests
.PHONY: clean-guest-tests
clean-guest-tests:
	-rm -rf tests/guest/build
