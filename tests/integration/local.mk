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
# python-regrtest.sh ARCH: modules of CPython's regression suite (Debian's
# libpython3.X-testsuite) in a sysroot, per guest (python-regrtest-ARCH.sh).
TESTS += tests/integration/python-regrtest-riscv64.sh tests/integration/python-regrtest-aarch64.sh
EXTRA_DIST += tests/integration/python-regrtest-riscv64.sh tests/integration/python-regrtest-aarch64.sh \
	tests/integration/python-regrtest.sh
# static-build.sh: the --enable-static (musl) xrun, built from the same
# sources in tests/static-xrun unless the build under test is static or
# XRUN_STATIC_DIR names one; ldd, size, guest programs under it.
# binfmt.sh: xrun-binfmt and the F/P/O/C flags in a private binfmt_misc
# (user + mount namespace); its chroot checks use static-build.sh's xrun.
TESTS += tests/integration/static-build.sh tests/integration/binfmt.sh
EXTRA_DIST += tests/integration/static-build.sh tests/integration/binfmt.sh
# debootstrap-ARCH.sh (debootstrap.sh ARCH): issue #5, a foreign Debian
# root's second stage in a chroot with the static xrun registered with F in
# a private binfmt_misc; root only, package set cached in tests/cache.
TESTS += tests/integration/debootstrap-aarch64.sh tests/integration/debootstrap-riscv64.sh
EXTRA_DIST += tests/integration/debootstrap-aarch64.sh \
	tests/integration/debootstrap-riscv64.sh tests/integration/debootstrap.sh
# devtools-ARCH.sh (devtools.sh ARCH): issue #4's developer tools in a
# sysroot: the guest's gcc -O2 and make -j2, git, perl, coreutils, and bash
# job control in a pseudo-terminal (devtools-pty.py, host python3).
TESTS += tests/integration/devtools-riscv64.sh tests/integration/devtools-aarch64.sh
EXTRA_DIST += tests/integration/devtools-riscv64.sh tests/integration/devtools-aarch64.sh \
	tests/integration/devtools.sh tests/integration/devtools-pty.py \
	tests/integration/devtools-sample.c
clean-local: clean-static-xrun
.PHONY: clean-static-xrun
clean-static-xrun:
	-rm -rf tests/static-xrun tests/static-xrun.log tests/static-xrun.lock
