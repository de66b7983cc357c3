# target/riscv64
