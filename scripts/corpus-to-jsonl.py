"""Writes the shared corpus as the CLI's JSON Lines input: {"id", "text"} with text = title, a blank
line, body (as the CLI joins an article), the corpus repeated COPIES times, or only its first LIMIT articles.
Usage: corpus-to-jsonl.py CORPUS.jsonl [COPIES] [LIMIT] > out.jsonl"""
import json
import sys

path = sys.argv[1]
copies = int(sys.argv[2]) if len(sys.argv) > 2 else 1
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
with open(path, encoding="utf-8") as corpus:
    lines = [json.loads(line) for line in corpus if line.strip()][:limit]
out = sys.stdout
for copy in range(copies):
    for record in lines:
        text = record["title"] + "\n\n" + record["body"] if "text" not in record else record["text"]
        out.write(json.dumps({"id": f"{record.get('id')}#{copy}" if copies > 1 else record.get("id"), "text": text},
                             ensure_ascii=False) + "\n")
