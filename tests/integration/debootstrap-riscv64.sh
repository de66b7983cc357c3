#!/bin/bash
# SPDX-License-Identifier: MIT
# Issue #5: debootstrap's second stage of a foreign riscv64 Debian root in a chroot, xrun registered with binfmt_misc's F flag (checks: debootstrap.sh).
exec bash "$(dirname "$0")/debootstrap.sh" riscv64
