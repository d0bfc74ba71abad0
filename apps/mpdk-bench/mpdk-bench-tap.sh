#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk-bench-tap [bench options]: mpdk-bench on net_tap, inside a network
# namespace this script creates and deletes.  The tap interface is the
# namespace's only one besides lo, so nothing the bench sends leaves it.
#
# Runs tx (inline and poller, against the raw loop; with --vs-testpmd
# also dpdk-testpmd txonly on the same tap), then latency (flat out and
# paced at 0.2 Mpps).  Options given here are added to both runs, after
# the script's own, so they win: e.g. --duration 1 --rounds 1 --json.
# Needs root (CAP_NET_ADMIN), /dev/net/tun and iproute2.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bench=${MPDK_BENCH:-$here/mpdk-bench}
if [ ! -x "$bench" ]; then
    echo "mpdk-bench-tap: no mpdk-bench at $bench (set MPDK_BENCH)" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ] || [ ! -c /dev/net/tun ] || ! command -v ip >/dev/null; then
    echo "mpdk-bench-tap: needs root, /dev/net/tun and iproute2" >&2
    exit 1
fi

ns=mpdk-bench-$$
iface=mpdkb$$
iface=${iface:0:15}
ip netns add "$ns"
trap 'ip netns del "$ns" 2>/dev/null || true' EXIT
ip netns exec "$ns" ip link set lo up

eal=(--no-huge -m 512 --no-pci --no-shconf -l 0-1 --file-prefix="mpdk_bench_tap_$$"
     "--vdev=net_tap0,iface=$iface" --log-level=lib.eal:error
     --log-level=pmd.net.tap:crit --log-level=lib.ethdev:warning)
rc=0
ip netns exec "$ns" "$bench" "${eal[@]}" -- --dev net_tap0 --test tx "$@" || rc=1
ip netns exec "$ns" "$bench" "${eal[@]}" -- --dev net_tap0 --test latency \
    --rate 0.2 "$@" || rc=1
exit $rc
