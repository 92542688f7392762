# The two commands a new user needs: `make example` and `make test`.
.PHONY: example test icu bench

icu:
	@scripts/ensure-icu

# Builds the CLI and annotates the article shipped in Examples/.
example: icu
	swift run -c release vietextract annotate Examples/seed-article.txt

# Runs every test (the corpus tests are skipped, saying why, when ../shared is absent).
test: icu
	swift test

# Measures the floor (ICU word break), the text layer, each recognizer and the whole pipeline over
# ../shared/corpus (says so and stops when it is absent), then the CLI's scaling over --jobs and
# its start-up time.
bench: icu
	swift build -c release --package-path Benchmarks
	Benchmarks/.build/release/vietextract-bench $(BENCH_ARGS)
	scripts/bench-cli.sh
	swift build -c release --product vietextract
	python3 scripts/bench-startup.py
