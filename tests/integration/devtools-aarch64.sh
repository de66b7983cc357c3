#!/bin/bash
# SPDX-License-Identifier: MIT
# Developer tools (gcc, make, git, perl, coreutils, bash job control in a pty)
# under xrun-aarch64 -L SYSROOT (checks: devtools.sh).
exec bash "$(dirname "$0")/devtools.sh" aarch64
