#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>


/* One break iterator of each kind per thread, opened on first use and reused for every text. */
static _Thread_local UBreakIterator *cached_iterators[2];

static UBreakIterator *iterator_for(cicu_break_kind kind) {
    UBreakIterator *iterator = cached_iterators[kind];
    if (iterator == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        iterator = ubrk_open(kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE, "vi", NULL, 0, &status);
        if (U_FAILURE(status)) {
            return NULL;
        }
        cached_iterators[kind] = iterator;
    }
    return iterator;
}

int32_t cicu_boundaries(cicu_break_kind kind, const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t capacity) {
    if (capacity < length + 1) {
        return -1;
    }
    if (length == 0) {
        boundaries[0] = 0;
        return 1;
    }
    UBreakIterator *iterator = iterator_for(kind);
    if (iterator == NULL) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        boundaries[count++] = boundary;
    }
    /* Detach the iterator from the caller's buffer, which may be freed after we return. */
    ubrk_setText(iterator, (const UChar *)u"", 0, &status);
    return count;
}

static const UNormalizer2 *nfc_instance(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : nfc;
}

int32_t cicu_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)dest, capacity, &status);
    return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_nfd(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t written = unorm2_normalize(nfd, (const UChar *)text, length, (UChar *)dest, capacity, &status);
    return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = u_strFoldCase((UChar *)dest, capacity, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
    return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_nfc_combines_back(uint32_t c) {
    const UNormalizer2 *nfc = nfc_instance();
    return nfc != NULL && !unorm2_hasBoundaryBefore(nfc, (UChar32)c);
}

int32_t cicu_word_break_property(uint32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
}

uint32_t cicu_to_lower(uint32_t c) {
    return (uint32_t)u_tolower((UChar32)c);
}

const char *cicu_version(void) {
    return U_ICU_VERSION;
}
