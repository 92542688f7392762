#!/usr/bin/env bash
# Times `vietextract annotate --format jsonl` over the corpus as JSON Lines ({"id","text"} with
# text = title + blank line + body), with --jobs 1 and --jobs N, runs interleaved so both see the
# same machine load; prints the median and best wall time of each and the speed-up.
# Usage: scripts/bench-cli.sh [CORPUS.jsonl] [RUNS] [COPIES]   (COPIES: how often the corpus is repeated)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/dantri-2019-2021.jsonl}"
runs="${2:-5}"
copies="${3:-3}"
if [ ! -f "$corpus" ]; then
    echo "bench-cli: no corpus at $corpus; nothing measured."
    exit 0
fi
binary=.build/release/vietextract
swift build -c release --product vietextract >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/corpus-to-jsonl.py "$corpus" "$copies" > "$work/input.jsonl"
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$work/input.jsonl")
cores=$(nproc)
declare -A times
for run in $(seq "$runs"); do
    for jobs in 1 "$cores"; do
        start=$(date +%s.%N)
        "$binary" annotate --format jsonl --jobs "$jobs" "$work/input.jsonl" > "$work/out-$jobs.jsonl"
        end=$(date +%s.%N)
        times[$jobs]+="$(echo "$end - $start" | bc) "
    done
done
cmp -s "$work/out-1.jsonl" "$work/out-$cores.jsonl" && same="identical" || same="DIFFERENT"
python3 - "$bytes" "$cores" "${times[1]}" "${times[$cores]}" "$same" <<'PY'
import statistics, sys
size, cores, one, many, same = int(sys.argv[1]), sys.argv[2], [float(t) for t in sys.argv[3].split()], [float(t) for t in sys.argv[4].split()], sys.argv[5]
for label, times in (("--jobs 1", one), (f"--jobs {cores}", many)):
    median = statistics.median(times)
    print(f"{label:10} median {median:6.3f} s  best {min(times):6.3f} s  {size / 1e6 / median:6.1f} MB/s (text bytes)")
print(f"speed-up with {cores} jobs: median {statistics.median(one) / statistics.median(many):.2f}x, best {min(one) / min(many):.2f}x; outputs {same}")
PY
