#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk-testpmd's /mpdk/ telemetry commands, read with DPDK's own client
# (dpdk-telemetry.py, package dpdk-dev) while txonly forwards on two
# net_null ports with a worker poller:
#
#  - the socket is <runtime dir>/dpdk/<file-prefix>/dpdk_telemetry.v2
#    (/var/run/dpdk/... for root);
#  - /mpdk/adapters, /mpdk/bindings, /mpdk/completions,<port>, /mpdk/fwd
#    answer with the expected fields, next to DPDK's /ethdev/list;
#  - completions grow between two queries while forwarding runs, and
#    match the binding's counters;
#  - a bad port parameter gets an empty answer, the application is fine;
#  - stop and quit: exit status 0.
#
# Usage: testpmd_telemetry.sh <mpdk-testpmd binary>

. "$(dirname "$0")/testpmd_lib.sh"
tp_begin testpmd_telemetry "$1"
tp_need_cmd python3 python3
tp_need_cmd dpdk-telemetry.py dpdk-dev

prefix=$(tp_prefix tel)
if [ "$(id -u)" -eq 0 ]; then
    rundir=/var/run/dpdk/$prefix
else
    rundir=${XDG_RUNTIME_DIR:-/tmp}/dpdk/$prefix
fi
sock=$rundir/dpdk_telemetry.v2
fifo=$TP_TMP/cmds
out=$TP_TMP/app.out
mkfifo "$fifo"
"$TP_APP" "${TP_EAL[@]}" --vdev=net_null0 --vdev=net_null1 \
    --file-prefix="$prefix" -- --nb-cores=1 --forward-mode=txonly \
    --auto-start < "$fifo" > "$out" 2>&1 &
apid=$!
exec 3> "$fifo"
cleanup() {
    exec 3>&- 2>/dev/null
    kill "$apid" 2>/dev/null
}
trap cleanup EXIT

tp_wait_for "$out" "txonly packet forwarding" 20 ||
    tp_fatal "forwarding did not start: $(tail -n 5 "$out")"
for _ in $(seq 50); do
    [ -S "$sock" ] && break
    sleep 0.1
done
if [ -S "$sock" ]; then
    tp_ok "telemetry socket $sock"
else
    tp_fatal "no telemetry socket at $sock"
fi

# One JSON object per line; the first is the connection banner.
query() {
    printf '%s\n' "$@" | timeout 20 dpdk-telemetry.py -f "$prefix"
}
q1=$TP_TMP/q1.json
q2=$TP_TMP/q2.json
query /mpdk/adapters /mpdk/bindings /mpdk/completions,0 /mpdk/fwd \
      /ethdev/list /mpdk/completions,7 > "$q1" 2>&1
sleep 0.5
query /mpdk/completions,0 /mpdk/bindings,0 > "$q2" 2>&1
echo "--- first query:"; sed 's/^/    /' "$q1"
echo "--- second query:"; sed 's/^/    /' "$q2"

python3 - "$q1" "$q2" <<'PY' > "$TP_TMP/checks.txt" 2>&1
import json, sys

def load(path):
    out = {}
    for line in open(path):
        line = line.strip()
        if not line.startswith('{'):
            continue
        d = json.loads(line)
        for k, v in d.items():
            out.setdefault(k, []).append(v)
    return out

a, b = load(sys.argv[1]), load(sys.argv[2])

def check(ok, what):
    print(("ok - " if ok else "FAIL - ") + what)

ad = a.get('/mpdk/adapters', [None])[0] or {}
check(set(ad) == {'ethdev0', 'ethdev1'}, "/mpdk/adapters lists ethdev0 and ethdev1: %s" % sorted(ad))
e0 = ad.get('ethdev0', {})
check(e0.get('port') == 0 and e0.get('device') == 'net_null0' and
      e0.get('state') == 'running' and e0.get('queues') == 1,
      "/mpdk/adapters: port, device, state, queues of ethdev0: %s" % e0)
check(e0.get('nbl_sent', 0) > 0 and e0.get('nbl_completed', 0) > 0,
      "/mpdk/adapters: NBL counters move (sent %s, completed %s)" %
      (e0.get('nbl_sent'), e0.get('nbl_completed')))
bd = a.get('/mpdk/bindings', [None])[0] or {}
check(set(bd) == {'port0', 'port1'} and bd['port0'].get('testpmd') == 'open',
      "/mpdk/bindings: the testpmd binding of each port is open")
c1 = a.get('/mpdk/completions', [None])[0] or {}
c2 = b.get('/mpdk/completions', [None])[0] or {}
check(c1.get('port') == 0 and c1.get('SUCCESS', 0) > 0 and
      c1.get('completed') == c1.get('SUCCESS'),
      "/mpdk/completions,0: completed per status (SUCCESS %s of %s)" %
      (c1.get('SUCCESS'), c1.get('completed')))
check('latency_p50_ns' in c1 and 'latency_p99_ns' in c1 and
      0 < c1['latency_p50_ns'] <= c1['latency_p99_ns'],
      "/mpdk/completions,0: latency p50 <= p99 (%s, %s ns)" %
      (c1.get('latency_p50_ns'), c1.get('latency_p99_ns')))
check(c1.get('sent', 0) - c1.get('completed', 0) == c1.get('outstanding'),
      "/mpdk/completions,0: outstanding = sent - completed")
check(c2.get('completed', 0) > c1.get('completed', 0),
      "completions grow while forwarding runs (%s -> %s)" %
      (c1.get('completed'), c2.get('completed')))
fw = a.get('/mpdk/fwd', [None])[0] or {}
check(fw.get('mode') == 'txonly' and fw.get('state') == 'running' and
      fw.get('polling') == 'worker lcores' and fw.get('port0_tx', 0) > 0,
      "/mpdk/fwd: txonly running on a worker, port 0 sending: %s" % fw)
check(a.get('/ethdev/list') == [[0, 1]], "/ethdev/list next to /mpdk/: %s" % a.get('/ethdev/list'))
bad = a.get('/mpdk/completions', [None, None])
check(len(bad) == 2 and bad[1] is None, "/mpdk/completions,7 (no such port): empty answer")
b0 = b.get('/mpdk/bindings', [None])[0] or {}
check(b0.get('adapter') == 'ethdev0' and b0.get('testpmd_sent', 0) > 0,
      "/mpdk/bindings,0: one port's binding counters")
PY
cat "$TP_TMP/checks.txt"
TP_CHECKS=$((TP_CHECKS + $(grep -c '^ok - \|^FAIL - ' "$TP_TMP/checks.txt")))
TP_FAILED=$((TP_FAILED + $(grep -c '^FAIL - ' "$TP_TMP/checks.txt")))
grep -q '^ok - \|^FAIL - ' "$TP_TMP/checks.txt" || tp_fail "the JSON checks did not run"

echo stop >&3
echo quit >&3
exec 3>&-
wait "$apid"
rc=$?
tp_expect_rc "$rc" 0 "stop and quit"
tp_expect "$out" "Accumulated forward statistics" "stop printed the forward statistics"
tp_expect_fixed "$out" "Bye..." "the application shut down"
tp_end
