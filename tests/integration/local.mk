# tests/integration: real Debian programs under xrun (TAP scripts), one
# wrapper per suite and guest architecture around the shared checks:
#   busybox.sh ARCH       busybox applets (busybox-riscv64.sh, busybox-aarch64.sh)
#   static-progs.sh ARCH  Debian's other static programs (static-ARCH.sh)
#   real.sh ARCH          dynamically linked programs (bash, coreutils, perl,
#                         python3, sqlite3, git, make, ...) from a sysroot that
#                         scripts/make-sysroot.sh builds, under xrun -L (real-ARCH.sh)
#   lib.sh                the harness they source
# They download packages with scripts/fetch-debian-pkg.sh into tests/cache/ of
# the build directory (XRUN_CACHE overrides) and SKIP when offline.
TESTS += tests/integration/busybox-riscv64.sh tests/integration/busybox-aarch64.sh \
	tests/integration/static-riscv64.sh tests/integration/static-aarch64.sh
EXTRA_DIST += tests/integration/busybox-riscv64.sh tests/integration/busybox-aarch64.sh \
	tests/integration/static-riscv64.sh tests/integration/static-aarch64.sh \
	tests/integration/busybox.sh tests/integration/static-progs.sh \
	tests/integration/lib.sh scripts/fetch-debian-pkg.sh scripts/debian-apt.sh
TESTS += tests/integration/real-riscv64.sh tests/integration/real-aarch64.sh
EXTRA_DIST += tests/integration/real-riscv64.sh tests/integration/real-aarch64.sh \
	tests/integration/real.sh scripts/make-sysroot.sh
# binfmt.sh: xrun-binfmt and the F/P/O/C flags in a private binfmt_misc
# (user + mount namespace); the chroot checks need a static xrun: the build
# under test when it is static, else XRUN_STATIC_DIR=<static build dir>.
TESTS += tests/integration/binfmt.sh
EXTRA_DIST += tests/integration/binfmt.sh
