# linux-user/: the user-mode program and the guest address space.
# Everything but main() is in the core library, so the syscall layer (which
# maps guest memory, and runs new threads' cpu loops) and the unit tests
# link against it.
libxrun_core_a_SOURCES += \
	linux-user/guest-mm.h linux-user/guest-mm.c \
	linux-user/gmm-internal.h linux-user/gmm-list.h linux-user/gmm-list.c \
	linux-user/gmm-remap.c linux-user/gmm-brk.c linux-user/gmm-view.c \
	linux-user/gmm-shm.c \
	linux-user/gmm-area.c \
	linux-user/lu.h linux-user/options.c linux-user/guest-env.c \
	linux-user/process.c linux-user/cpu-loop.c linux-user/host-signal.c \
	linux-user/crash.c \
	linux-user/signal.h linux-user/signal.c linux-user/signal-host.c \
	linux-user/signal-send.c linux-user/thread.h linux-user/thread.c

bin_PROGRAMS += xrun
xrun_SOURCES = linux-user/main.c
xrun_LDADD = $(XRUN_LIBS)

# Multi-call names: xrun-<arch> forces that guest.  Hard links (copies where
# the file system has none) of xrun, in the build tree and when installed.
XRUN_ARCH_NAMES = xrun-riscv64 xrun-aarch64
CLEANFILES += $(XRUN_ARCH_NAMES)

$(XRUN_ARCH_NAMES): xrun$(EXEEXT)
	$(AM_V_GEN)rm -f $@ && { ln xrun$(EXEEXT) $@ 2>/dev/null || cp xrun$(EXEEXT) $@; }

all-local: $(XRUN_ARCH_NAMES)

install-exec-hook: install-xrun-arch-names
install-xrun-arch-names:
	cd $(DESTDIR)$(bindir) && for n in $(XRUN_ARCH_NAMES); do \
	  rm -f $$n$(EXEEXT) && { ln xrun$(EXEEXT) $$n$(EXEEXT) 2>/dev/null || \
	  cp -p xrun$(EXEEXT) $$n$(EXEEXT); }; done

uninstall-hook: uninstall-xrun-arch-names
uninstall-xrun-arch-names:
	cd $(DESTDIR)$(bindir) && for n in $(XRUN_ARCH_NAMES); do \
	  rm -f $$n$(EXEEXT); done

.PHONY: install-xrun-arch-names uninstall-xrun-arch-names
