"""Times a whole `vietextract annotate` process on one short JSON Lines document: start-up, the
built-in resources loaded, one document annotated, exit. Usage: bench-startup.py [BINARY] [RUNS]"""
import statistics
import subprocess
import sys
import time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/vietextract"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
document = '{"id": 1, "text": "Theo Chỉ thị số 39-CT/TW của Bộ Chính trị."}\n'.encode()
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run([binary, "annotate", "--format", "jsonl", "-"], input=document, stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
print(f"start-up with resources loaded, one document: median {statistics.median(times) * 1000:.1f} ms, "
      f"best {min(times) * 1000:.1f} ms over {runs} runs")
