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
# (A clean build of the benchmarks when the incremental one fails: SwiftPM can keep the file list of
# the root package from before a file was removed.)
bench: icu
	swift build -c release --package-path Benchmarks \
		|| (swift package --package-path Benchmarks clean && swift build -c release --package-path Benchmarks)
	Benchmarks/.build/release/vietextract-bench $(BENCH_ARGS)
	scripts/bench-cli.sh
	swift build -c release --product vietextract
	python3 scripts/bench-startup.py
