#!/bin/bash
# SPDX-License-Identifier: MIT
# Debian bookworm's static arm64 busybox under xrun-aarch64 (checks: busybox.sh).
exec bash "$(dirname "$0")/busybox.sh" aarch64
