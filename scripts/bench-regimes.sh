#!/usr/bin/env bash
# Compares ways of running `vietextract annotate` over the corpus in the virtual machine's good and
# slow minutes (see README, "The tenth round: what the slow minutes are not"): for MINUTES, runs each labelled
# command once a round, interleaved, each round beside a measure of how long a cache line takes
# between two cores (scripts/handoff.c), then prints, for rounds under 100 ns and for rounds of
# 160 ns and more, each command's median speed-up over the first one and the extra CPU it spends.
# The input path is appended to every command.
# Usage: scripts/bench-regimes.sh MINUTES COPIES 'label=command' 'label=command' ...
#   e.g. scripts/bench-regimes.sh 10 3 \
#          'one=.build/release/vietextract annotate --format jsonl --jobs 1' \
#          'two=.build/release/vietextract annotate --format jsonl --jobs 2'
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="$1"
copies="$2"
shift 2
corpus=../shared/corpus/dantri-2019-2021.jsonl
if [ ! -f "$corpus" ]; then
    echo "bench-regimes: no corpus at $corpus; nothing measured."
    exit 0
fi
make --no-print-directory release >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/corpus-to-jsonl.py "$corpus" "$copies" > "$work/input.jsonl"
"$(command -v cc || command -v clang)" -O2 -pthread scripts/handoff.c -o "$work/handoff"
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
    handoff=$("$work/handoff")
    for spec in "$@"; do
        start=$(date +%s.%N)
        # shellcheck disable=SC2086  # the command is words to split
        /usr/bin/time -f "%U %S" -o "$work/time" ${spec#*=} "$work/input.jsonl" > /dev/null
        echo "$handoff ${spec%%=*} $(echo "$(date +%s.%N) - $start" | bc) $(cat "$work/time")"
    done
done > "$work/rounds"
python3 - "$work/rounds" "${1%%=*}" "$#" <<'PY'
import statistics, sys
lines = [line.split() for line in open(sys.argv[1])]
base, per_round = sys.argv[2], int(sys.argv[3])
rounds = [lines[i:i + per_round] for i in range(0, len(lines) - per_round + 1, per_round)]
rounds = [{label: (float(wall), float(user) + float(system)) for _, label, wall, user, system in r} | {"handoff": int(r[0][0])}
          for r in rounds]
for name, keep in (("handoff under 100 ns", lambda h: h < 100), ("handoff 160 ns and more", lambda h: h >= 160)):
    chosen = [r for r in rounds if keep(r["handoff"])]
    print(f"{name}: {len(chosen)} rounds")
    for label in (k for k in (chosen[0] if chosen else {}) if k not in ("handoff", base)):
        speed = statistics.median(r[base][0] / r[label][0] for r in chosen)
        extra = statistics.median(r[label][1] / r[base][1] - 1 for r in chosen)
        print(f"  {label:12} speed-up over {base} {speed:.3f}x   extra CPU {100 * extra:+.1f} %")
PY
