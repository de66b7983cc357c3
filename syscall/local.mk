# syscall/: the guest-to-host syscall layer (asm-generic numbers).
libxrun_core_a_SOURCES += \
	syscall/syscall.h syscall/sys-internal.h syscall/errno.h \
	syscall/guest-types.h syscall/sigstate.h \
	syscall/table.def syscall/table-riscv64.def syscall/table-aarch64.def syscall/errno.def \
	syscall/ioctl.def \
	syscall/dispatch.c syscall/strace.c syscall/errno.c \
	syscall/process.c syscall/guest-mem.c syscall/path.c \
	syscall/abi-quirks.c syscall/conv-stat.c syscall/conv-misc.c \
	syscall/sys-file.c syscall/sys-poll.c syscall/sys-fcntl.c syscall/sys-fs.c \
	syscall/sys-stat.c syscall/sys-mm.c syscall/sys-time.c \
	syscall/sys-ids.c syscall/sys-info.c syscall/sys-thread.c \
	syscall/sys-signal.c syscall/sys-proc.c syscall/sys-vfork.c syscall/sys-exec.c \
	syscall/ioctl.c syscall/riscv.c \
	syscall/proc.h syscall/proc.c syscall/proc-maps.c syscall/proc-auxv.c \
	syscall/proc-cmdline.c syscall/proc-stat.c syscall/proc-cpuinfo.c \
	syscall/sys-net.h syscall/sys-net.c syscall/sys-net-conv.c \
	syscall/sys-epoll.c syscall/sys-event.c syscall/sys-xattr.c \
	syscall/sys-copy.c syscall/safe-syscall.h syscall/safe-syscall.c \
	syscall/sys-timer.h syscall/sys-timer.c syscall/sys-timer-inproc.c \
	syscall/sys-sigqueue.c syscall/sys-sched.c syscall/sys-admin.c \
	syscall/sys-mount.c syscall/sys-mlock.c syscall/sys-file-hint.c \
	syscall/sys-ipc.h syscall/sys-ipc-sem.c syscall/sys-ipc-msg.c \
	syscall/sys-ipc-shm.c syscall/sys-mq.c
