"""Annotates a JSON Lines file with Apache Spark (RDD.pipe through the `vietextract` CLI) and checks
that the distributed output equals the single-process output, line for line and in order.

Usage: spark_annotate.py BINARY INPUT.jsonl [PARTITIONS] [MASTER]
The same pipe runs on a cluster: ship the binary and its Resources folder to the workers (set
VIETEXTRACT_RESOURCES there) and save with `.saveAsTextFile(...)` instead of collecting.
"""
import os
import subprocess
import sys

from pyspark.sql import SparkSession

binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
partitions = int(sys.argv[3]) if len(sys.argv) > 3 else 4
master = sys.argv[4] if len(sys.argv) > 4 else "local[2]"
command = [binary, "annotate", "--format", "jsonl", "--jobs", "1", "-"]
environment = {key: value for key, value in os.environ.items() if key == "VIETEXTRACT_RESOURCES"}

# Local mode stays on the loopback interface, without the web UI or progress bars.
spark = (SparkSession.builder.master(master).appName("vietextract-annotate")
         .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
try:
    records = spark.sparkContext.textFile(source, minPartitions=partitions)
    # Each partition streams its lines through one vietextract process; order is kept within a
    # partition, and collect() returns the partitions in order.
    distributed = records.pipe(" ".join(command), env=environment).collect()
    used = records.getNumPartitions()
finally:
    spark.stop()

with open(source, "rb") as handle:
    single = subprocess.run(command, stdin=handle, capture_output=True, check=True).stdout.decode().splitlines()

print(f"spark ({master}, {used} partitions): {len(distributed)} lines; single process: {len(single)} lines")
if distributed != single:
    differing = next((i for i, (a, b) in enumerate(zip(distributed, single)) if a != b), min(len(distributed), len(single)))
    print(f"DIFFERENT: first difference at output line {differing + 1}")
    sys.exit(1)
entities = sum(line.count('"label":') for line in single)
print(f"identical: {len(single)} records, {entities} entities")
