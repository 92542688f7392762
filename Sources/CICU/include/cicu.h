#ifndef CICU_H
#define CICU_H

/*
 * A thin shim over the system ICU, exposing only plain C types to Swift.
 *
 * Swift cannot import ICU's headers next to Foundation's private ICU module, nor call ICU's
 * versioned function macros (ubrk_open -> ubrk_open_72), so each ICU service the package uses
 * has exactly one function here. Break iterators are cached per thread, so the functions are
 * safe to call from any number of threads at once.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The kinds of text boundaries the shim can find.
typedef enum {
    CICU_BREAK_WORD = 0,
    CICU_BREAK_SENTENCE = 1
} cicu_break_kind;

/**
 * Writes the boundaries of `text` (UTF-16, `length` units) of the given kind into `boundaries`,
 * in increasing order, starting with 0 and ending with `length`. `capacity` must be at least
 * `length + 1`. Returns the number of boundaries written, or -1 on an ICU error.
 */
int32_t cicu_boundaries(cicu_break_kind kind, const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t capacity);

/**
 * Normalizes `text` to NFC into `dest` (capacity `capacity` units). Returns the length of the
 * result, or -1 when it does not fit or ICU reports an error.
 */
int32_t cicu_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity);

/**
 * Decomposes `text` to NFD into `dest` (capacity `capacity` units). Returns the length of the
 * result, or -1 when it does not fit or ICU reports an error.
 */
int32_t cicu_nfd(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity);

/**
 * Writes the full case folding of `text` (`ß` -> `ss`) into `dest` (capacity `capacity` units).
 * Returns the length of the result, or -1 when it does not fit or ICU reports an error.
 */
int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity);

/** Returns 1 when NFC can compose code point `c` with what stands before it (a combining mark). */
int32_t cicu_nfc_combines_back(uint32_t c);

/** Returns the Unicode Word_Break property of code point `c`, as ICU's `UWordBreakValues` numbers it. */
int32_t cicu_word_break_property(uint32_t c);

/** Returns the simple lower-case mapping of code point `c`. */
uint32_t cicu_to_lower(uint32_t c);

/** Returns the version of ICU the shim was compiled against, such as "72.1". */
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
