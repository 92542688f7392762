#!/usr/bin/env bash
# Beyond one machine: runs `vietextract annotate --format jsonl --jobs 1 -` under Apache Spark's
# RDD.pipe in local mode over a JSON Lines sample of the shared corpus, and checks that the output
# equals the single-process output. Needs Java 17 and pyspark (`pip install pyspark`). Not part of
# `swift test`: Spark takes tens of seconds to start.
# Usage: scripts/spark-check.sh [CORPUS.jsonl] [ARTICLES] [PARTITIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/dantri-2019-2021.jsonl}"
articles="${2:-500}"
partitions="${3:-4}"
if [ ! -f "$corpus" ]; then
    echo "spark-check: no corpus at $corpus; nothing checked."
    exit 0
fi
python3 -c 'import pyspark' 2>/dev/null || { echo "spark-check: pyspark is missing: pip install pyspark"; exit 1; }
make --no-print-directory release >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/corpus-to-jsonl.py "$corpus" 1 "$articles" > "$work/sample.jsonl"
SPARK_LOCAL_IP=127.0.0.1 VIETEXTRACT_RESOURCES="$PWD/Resources" python3 scripts/spark_annotate.py .build/release/vietextract "$work/sample.jsonl" "$partitions"
