# target/riscv64/ F and D extensions (trans-fp.c, fpu helpers)
