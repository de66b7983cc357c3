# tests/guest: riscv64 guest programs run under every xrun backend.
# The runner compiles them with $(RISCV64_CC) into tests/guest/build/ and
# skips the whole suite when there is no cross compiler.
TESTS += tests/guest/run-guest-tests.sh
EXTRA_DIST += tests/guest/run-guest-tests.sh tests/guest/README.md \
	tests/guest/riscv64

clean-local: clean-guest-tests
.PHONY: clean-guest-tests
clean-guest-tests:
	-rm -rf tests/guest/build
