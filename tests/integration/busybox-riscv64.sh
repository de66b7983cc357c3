#!/bin/bash
# SPDX-License-Identifier: MIT
# Debian trixie's static riscv64 busybox under xrun-riscv64 (checks: busybox.sh).
exec bash "$(dirname "$0")/busybox.sh" riscv64
