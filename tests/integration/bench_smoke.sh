#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# bench_smoke.sh MPDK_BENCH MPDK_BENCH_TAP
#
# Every mpdk-bench mode for about a second each: tx (inline, poller,
# against dpdk-testpmd), rx, fwd (null, ring), latency (null, ring; flat
# out and paced), net_tap in its own namespace, and a short sweep into
# CSV.  Checks that the JSON and CSV are well formed, that every result the
# mode promises is there, and that the counts add up: every NBL sent came
# back exactly once.  No threshold on speed: the machines are shared.
set -euo pipefail

bench=$1
bench_tap=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
eal=(--no-huge -m 512 --no-pci --no-shconf -l 0-1 --file-prefix="mpdk_smoke_$$"
     --log-level=lib.eal:error --log-level=lib.ethdev:warning)
fail=0

step() { echo "--- $*"; }
bad() { echo "FAIL: $*"; fail=1; }

for tool in python3 dpdk-testpmd; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool not installed"; exit 1; }
done

# check.py FILE.json EXPECTED... : EXPECTED is test/mode/baseline per row.
cat > "$tmp/check.py" <<'PY'
import json, sys
path, expected = sys.argv[1], sys.argv[2:]
need = ["test", "mode", "pmd", "burst", "size", "baseline", "raw_mpps",
        "mpdk_mpps", "ratio", "raw_cycles_per_pkt", "mpdk_cycles_per_pkt",
        "sent", "completed", "outstanding", "exactly_once", "statuses"]
lat = ["rate_mpps", "p50_us", "p99_us", "p999_us", "max_us", "raw_p50_us",
       "raw_p99_us", "raw_p999_us", "raw_max_us"]
rows, errors = [], []
for n, line in enumerate(open(path), 1):
    try:
        r = json.loads(line)
    except ValueError as e:
        errors.append(f"line {n} is not JSON ({e}): {line!r}")
        continue
    rows.append(r)
    tag = f"{r.get('test')}/{r.get('mode')}/{r.get('pmd')}"
    for k in need + (lat if r.get("test") == "latency" else []):
        if k not in r:
            errors.append(f"{tag}: no '{k}'")
    if errors:
        continue
    if not r["exactly_once"]:
        errors.append(f"{tag}: not exactly once")
    if r["sent"] != r["completed"] or r["outstanding"] != 0:
        errors.append(f"{tag}: sent {r['sent']} completed {r['completed']} "
                      f"outstanding {r['outstanding']}")
    if r["sent"] <= 0 or not r["mpdk_mpps"] > 0:
        errors.append(f"{tag}: nothing went through")
    if sum(r["statuses"].values()) != r["completed"]:
        errors.append(f"{tag}: statuses {r['statuses']} do not add up to "
                      f"{r['completed']}")
    if r["test"] == "latency":
        if not (0 < r["p50_us"] <= r["p99_us"] <= r["p999_us"] <= r["max_us"]):
            errors.append(f"{tag}: percentiles out of order {r}")
        if r["ratio"] is not None:
            errors.append(f"{tag}: a latency row has a ratio")
        # net_ring has the raw round trip (tx_burst -> consumer -> back to
        # the sender) as its baseline; net_null and net_tap have none.
        if r["pmd"] == "net_ring":
            if r["baseline"] != "raw" or not r["raw_mpps"] or not (
                    0 < r["raw_p50_us"] <= r["raw_p99_us"] <=
                    r["raw_p999_us"] <= r["raw_max_us"]):
                errors.append(f"{tag}: no raw baseline, or out of order {r}")
        elif r["baseline"] != "none" or r["raw_mpps"] is not None or \
                r["raw_p99_us"] is not None:
            errors.append(f"{tag}: a baseline where there is none {r}")
    else:
        if not r["raw_mpps"] > 0 or abs(r["ratio"] -
                                         r["mpdk_mpps"] / r["raw_mpps"]) > 0.01:
            errors.append(f"{tag}: ratio {r['ratio']} is not mpdk/baseline")
got = sorted(f"{r['test']}/{r['mode']}/{r['baseline']}" for r in rows)
if got != sorted(expected):
    errors.append(f"results {got}, expected {sorted(expected)}")
for e in errors:
    print("  " + e)
print(f"  {len(rows)} results checked, {len(errors)} problems")
sys.exit(1 if errors else 0)
PY

step "every test, JSON and CSV, one 1 s round each, against dpdk-testpmd too"
if ! "$bench" "${eal[@]}" -- --test all --duration 1 --rounds 1 --json \
        --vs-testpmd --csv "$tmp/all.csv" > "$tmp/all.json"; then
    bad "mpdk-bench --test all exited non-zero"
fi
cat "$tmp/all.json"
python3 "$tmp/check.py" "$tmp/all.json" \
    tx/inline/raw tx/poller/raw tx/inline/testpmd rx/inline/raw \
    fwd/null/raw fwd/ring/raw latency/flat-out/none latency/paced/none \
    latency/flat-out/raw latency/paced/raw || bad "--test all results"
rows=$(($(wc -l < "$tmp/all.csv") - 1))
[ "$rows" -eq 10 ] || bad "CSV has $rows rows, expected 10"
head -1 "$tmp/all.csv" | grep -q '^test,mode,pmd,burst,size,baseline,raw_mpps,mpdk_mpps,ratio,' ||
    bad "CSV header: $(head -1 "$tmp/all.csv")"

step "sweep into CSV: rx, every burst 1..256 x size 64..1514"
if ! "$bench" "${eal[@]}" -- --test rx --sweep --duration 0.02 --rounds 1 \
        --csv "$tmp/sweep.csv" --json > "$tmp/sweep.json"; then
    bad "sweep exited non-zero"
fi
python3 - "$tmp/sweep.csv" <<'PY' || bad "sweep CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
pts = {(int(r["burst"]), int(r["size"])) for r in rows}
want = {(b, s) for b in (1, 2, 4, 8, 16, 32, 64, 128, 256)
        for s in (64, 128, 256, 512, 1024, 1514)}
ok = pts == want and len(rows) == len(want) and \
     all(r["exactly_once"] == "1" and float(r["mpdk_mpps"]) > 0 for r in rows)
print(f"  {len(rows)} sweep rows, every point once: {ok}")
sys.exit(0 if ok else 1)
PY

step "the human table"
"$bench" "${eal[@]}" -- --test tx --mode inline --duration 0.2 --rounds 1 \
    > "$tmp/human.txt" || bad "human output run exited non-zero"
cat "$tmp/human.txt"
grep -q '^tx .*inline .*| ratio [0-9.]*$' "$tmp/human.txt" || bad "no tx row"
grep -q 'exactly once: yes' "$tmp/human.txt" || bad "no exactly-once line"

step "bad options are refused with a message"
for args in "--test bogus" "--burst 0" "--burst 257" "--size 10" "--size 1515" \
            "--duration -1" "--rate x" "--mode sideways" "--fwd-pmd pcap" \
            "--sweep --dev net_null0" "stray"; do
    # shellcheck disable=SC2086
    if "$bench" "${eal[@]}" -- $args > "$tmp/bad.txt" 2>&1; then
        bad "'$args' was accepted"
    elif ! grep -qiE "bad|unknown|unexpected|sweep" "$tmp/bad.txt"; then
        bad "'$args': no message"
    fi
done

step "net_tap in a network namespace the script makes"
before=$(ip netns list | grep -c '^mpdk-bench-' || true)
if ! "$bench_tap" --duration 1 --rounds 1 --json --vs-testpmd > "$tmp/tap.json"; then
    bad "mpdk-bench-tap exited non-zero"
fi
cat "$tmp/tap.json"
python3 "$tmp/check.py" "$tmp/tap.json" tx/inline/raw tx/poller/raw \
    tx/inline/testpmd latency/flat-out/none latency/paced/none ||
    bad "tap results"
grep -q '"pmd":"net_tap"' "$tmp/tap.json" || bad "tap results are not on net_tap"
after=$(ip netns list | grep -c '^mpdk-bench-' || true)
[ "$after" -eq "$before" ] || bad "the bench left a namespace behind"

if [ $fail -ne 0 ]; then
    echo "bench_smoke: FAILED"
    exit 1
fi
echo "bench_smoke: all checks passed"
