# target/riscv64/: the RV64GC guest.
include target/riscv64/fp.mk
