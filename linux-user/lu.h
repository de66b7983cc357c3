/* SPDX-License-Identifier: MIT */
/*
 * The user-mode program's own interfaces between its files: options
 * (options.c), the process facts handed to the syscall layer (process.c),
 * the cpu loop (cpu-loop.c), host signal handling (host-signal.c) and the
 * internal-error report (crash.c).  Guest signals and threads have their
 * own headers: signal.h, thread.h.
 */
#ifndef XRUN_LINUX_USER_LU_H
#define XRUN_LINUX_USER_LU_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "target/abi.h"
#include "translator/backend.h"
#include "translator/cpu.h"

/* What the command line and the QEMU_* / XRUN_* variables asked for. */
struct lu_options {
    const char *progname;          /* basename of argv[0] */
    const struct guest_abi *abi;   /* forced by xrun-<arch>, else NULL */
    const char *sysroot;           /* -L */
    const char *argv0;             /* -0 */
    const char *accel;             /* -accel; default: jit on x86-64 */
    const char *cpu_model;         /* -cpu, or NULL */
    const char *log_list;          /* -d as given, for re-exec */
    char **env;                    /* the guest environment, NULL-ended */
    size_t n_env, cap_env;
    /*
     * Started by binfmt_misc with the P or O flag (AT_FLAGS_PRESERVE_ARGV0
     * or AT_EXECFD in our auxv): argv is [us, program, (P: its original
     * argv[0]), args...] and holds no options.
     */
    bool binfmt;
    bool preserve_argv0;           /* P: argv[program + 1] is its argv[0] */
    int execfd;                    /* O: the program, opened; else -1 */
};

/*
 * Fill o from argv[0]'s name, the environment and argv; exits for -h,
 * -version, the "help" values and bad options.  Returns the index of the
 * program in argv (argc if there is none).  Under binfmt_misc's P or O
 * flag the command line is not parsed (o->binfmt) and the program is
 * argv[1].
 */
int lu_options_parse(struct lu_options *o, int argc, char **argv);

/* Print the usage text to stdout. */
void lu_usage(const struct lu_options *o);

/* The backend named by -accel (validated by lu_options_parse). */
const struct backend *lu_backend(const struct lu_options *o);

/* Exit with an error unless -cpu names a model of abi. */
void lu_check_cpu_model(const struct lu_options *o,
                        const struct guest_abi *abi);

/* The guest environment: a copy of ours, then -E/-U (VAR=VAL / VAR). */
void lu_env_init(struct lu_options *o);
void lu_env_set(struct lu_options *o, const char *assignment);
void lu_env_unset(struct lu_options *o, const char *name);

struct elf_process;

/*
 * Fill sys_proc (syscall/syscall.h) for the program at path, loaded as
 * proc says (its auxv and initial stack), and give the process the
 * program's name (comm, as /proc/self/stat and ps show it).
 */
void lu_process_setup(const struct lu_options *o,
                      const struct guest_abi *abi, const char *path,
                      const struct elf_process *proc);

/* A zeroed guest cpu for abi, with arch, guest_base and reset state. */
struct cpu *lu_cpu_new(const struct guest_abi *abi);

/*
 * Run the guest on this thread until it exits (through the syscall
 * layer) or dies of a signal, delivering guest signals between blocks.
 * The first call registers the main guest thread.  Returns only on
 * EXCP_HALT.
 */
void lu_cpu_loop(struct cpu *cpu, const struct guest_abi *abi);

/* The guest cpu this thread runs, for reports outside cpu_exec. */
struct cpu *lu_thread_cpu(void);

/* Nonzero while this thread is inside sys_dispatch(). */
extern __thread volatile sig_atomic_t lu_in_syscall;

/*
 * Install the SIGSEGV/SIGBUS (guest faults, emulator crashes) and
 * SIGILL/SIGFPE/SIGABRT handlers, with this thread's alternate stack.
 */
void lu_host_signals_init(void);

/* Give a new host thread its alternate signal stack.  0 or -errno. */
int lu_host_signals_thread_init(void);

/* A host thread is about to end: free its alternate signal stack. */
void lu_host_signals_thread_fini(void);

/*
 * Terminate the process with sig as a native one would (default action:
 * the parent sees WIFSIGNALED with sig, core dump per RLIMIT_CORE).
 * Async-signal-safe.
 */
_Noreturn void lu_exit_by_signal(int sig);

/*
 * Stop the process with sig as its default action would (SIGTSTP ...);
 * returns when it is continued.  signal-host.c.
 */
void lu_stop_by_signal(int sig);

/*
 * The emulator itself crashed: one line with the signal, host and guest
 * pc, a host backtrace if built with libunwind, then abort.
 * Async-signal-safe as far as libunwind is.
 */
_Noreturn void lu_crash_report(int sig, const siginfo_t *si, void *uc);

/* The host pc where a signal hit, from its ucontext (0 if unknown). */
uint64_t lu_host_pc(const void *uc);

/* XRUN_CRASH_TEST=segv|ill|fpe|abort (or 1): crash on purpose, for tests. */
void lu_crash_test_hook(void);

#endif
