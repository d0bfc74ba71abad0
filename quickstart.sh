#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk quick start, for a fresh Debian 12 machine (root or sudo):
#   ./quickstart.sh run    build, then run the main job on net_null
#   ./quickstart.sh test   build, then run every test (meson test)
# Missing Debian packages are installed first.  No hugepages, no NIC.
set -euo pipefail
cd "$(dirname "$0")"

# Build: compiler, meson, DPDK 22.11, cmocka.  libsystemd-dev: the static
# DPDK link (pkg-config --static libdpdk) names -lsystemd.  make: the
# out-of-tree example.  libpcap-dev: the pcap test reads captures.
# Tests against the kernel (in network namespaces they create): iproute2,
# iputils-ping, iputils-arping, tcpdump, netcat-openbsd.  dpdk-dev: the
# reference dpdk-testpmd and dpdk-telemetry.py; python3: tests read JSON.
PACKAGES=(gcc make pkg-config meson ninja-build libdpdk-dev libcmocka-dev
          libsystemd-dev libpcap-dev iproute2 iputils-ping iputils-arping
          tcpdump netcat-openbsd dpdk-dev python3)
BUILD_DIR=${MPDK_BUILD_DIR:-build}
EAL_ARGS=(--no-huge -m 512 --no-pci --no-shconf -l 0-1)

install_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
            grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "quickstart: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q "${missing[@]}"
}

build() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        meson setup "$BUILD_DIR" -Dwerror=true
    fi
    ninja -C "$BUILD_DIR"
}

case "${1:-}" in
run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~20 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
test)
    install_packages
    build
    exec meson test -C "$BUILD_DIR" --print-errorlogs
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
