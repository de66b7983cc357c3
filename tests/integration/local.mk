# tests/integration: real Debian programs under xrun (TAP scripts).
# They download packages with scripts/fetch-debian-pkg.sh into tests/cache/ of
# the build directory (XRUN_CACHE overrides) and SKIP when offline.
TESTS += tests/integration/busybox-riscv64.sh
EXTRA_DIST += tests/integration/busybox-riscv64.sh scripts/fetch-debian-pkg.sh
