/// The places that complete an organization's name (`UBND tỉnh Bình Định`), military unit numbers,
/// and where a person starts inside a place that ran on into one.
extension OrganizationNameScanner {
    /// Where a person starts inside a place candidate that ran on into one (`cửa khẩu Lao Bảo Lê Chí
    /// Dụng`): a surname after the place's first capitalized word, before another capitalized word.
    func personInside(_ place: Range<Int>) -> Int? {
        guard let first = place.first(where: { isCapitalized(text.tokens[$0]) }) else { return nil }
        return (first + 1..<place.upperBound).first { index in
            isCapitalized(text.tokens[index]) && hit(at: index)?.roles.contains(.surname) == true && endsPlace(at: index, first: false)
        }
    }

    /// The place a body belongs to, starting at `index`: a place candidate, an administrative word
    /// with its name (`tỉnh Bình Định`, `quận 1`), or, when `bare` is set, a short capitalized name.
    func place(at index: Int, bare: Bool) -> Range<Int>? {
        let tokens = text.tokens
        guard index < tokens.count, !startsNewText(index) else { return nil }
        if let end = placeCandidateEnd(at: index) { return index..<end }
        var start = index
        if let hit = hit(at: index), hit.roles.contains(.place) {
            start = hit.end
        } else if !bare {
            return nil
        }
        // After `tỉnh`, `thành phố` … a surname is part of the place (`thành phố Hồ Chí Minh`).
        let afterTypeWord = start > index
        var end = start
        while end < tokens.count, end - start < 5, !startsNewText(end) {
            let token = tokens[end]
            let isName = token.kind == .number || (token.kind == .word && isCapitalized(token))
            let stops = afterTypeWord ? endsPlace(at: end, first: end == start) : stopsName(at: end, words: 1)
            if isName, !stops {
                end += 1
            } else if end > start, isDash(token), end + 1 < tokens.count, isCapitalized(tokens[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        return end > start ? index..<end : nil
    }

    /// The token after a military unit's number, from token `index`: its arm in lower case, `số`,
    /// then the number (`bộ binh số 5`, `dù 7`, `9`).
    func unitNumberEnd(from index: Int) -> Int? {
        let tokens = text.tokens
        var index = index
        while index < tokens.count, !startsNewText(index), let hit = hit(at: index), hit.roles.contains(.arm),
              !isCapitalized(tokens[index]) { index = hit.end }
        if index < tokens.count, text.token(tokens[index], equalsLowercased: Self.so) { index += 1 }
        guard index < tokens.count, !startsNewText(index), tokens[index].kind == .number else { return nil }
        return index + 1
    }

    /// A type word standing alone after a local body (`UBND tỉnh phê duyệt`): its token range.
    func bareTypeWord(at index: Int) -> Range<Int>? {
        guard index < text.tokens.count, !startsNewText(index), let hit = hit(at: index), hit.roles.contains(.place),
              !isCapitalized(text.tokens[index]) else { return nil }
        return index..<hit.end
    }

    /// Whether a capitalized word at `index` ends a place name after its type word: a title, another
    /// organization, or a person. A surname opening the place starts a person only when three or
    /// more capitalized words follow with no second surname (`UBND tỉnh Nguyễn Văn An`); later in
    /// the place, a surname before a capitalized word starts one (`quận Hoàng Mai Trần Văn Bình`).
    func endsPlace(at index: Int, first: Bool) -> Bool {
        if otherStarts(at: index) { return true }
        guard let hit = hit(at: index) else { return false }
        if hit.roles.contains(.placeName) { return false }
        if hit.roles.contains(.surname) {
            var run = index + 1
            var laterSurname = false
            while run < text.tokens.count, run - index < 5, isCapitalized(text.tokens[run]), !startsNewText(run) {
                if run > index + 1, self.hit(at: run)?.roles.contains(.surname) == true { laterSurname = true }
                run += 1
            }
            if first ? run - index >= 3 && !laterSurname : run > index + 1 { return true }
        }
        return hit.roles.contains(.title) || head(of: hit)?.breaksName == true
    }
}
