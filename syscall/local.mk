# syscall
