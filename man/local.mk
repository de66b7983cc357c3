# man/: manual pages.  xrun-riscv64(1) is the same page.
dist_man_MANS += man/xrun.1 man/xrun-riscv64.1
# xrun-binfmt(8): registering the emulators with binfmt_misc.
dist_man_MANS += man/xrun-binfmt.8
