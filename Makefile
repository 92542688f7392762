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
