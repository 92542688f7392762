# The two commands a new user needs: `make example` and `make test`.
.PHONY: example test icu bench release

# The release build of the CLI, with the Swift runtime linked in: the binary needs only glibc and
# ICU, and starts sooner (the scripts and the README's commands use this one).
RELEASE = -c release --static-swift-stdlib

icu:
	@scripts/ensure-icu

# Builds the CLI and annotates the article shipped in Examples/.
example: release
	.build/release/vietextract annotate Examples/seed-article.txt

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
	$(MAKE) --no-print-directory release
	python3 scripts/bench-startup.py

# Builds .build/release/vietextract.
release: icu
	swift build $(RELEASE) --product vietextract
