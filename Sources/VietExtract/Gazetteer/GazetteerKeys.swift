extension GazetteerMatcher {
    /// A group of lists to compile into one matcher, with the keys of their names: cutting the keys
    /// needs no syllable table, so it may run on another thread than the interning.
    struct KeyedGroup {
        let lists: [List]
        let keys: Keys

        init(_ lists: [List]) {
            self.lists = lists
            // One list's names as they are: flattening copies (and retains) each.
            keys = GazetteerMatcher.keys(of: lists.count == 1 ? lists[0].names : lists.flatMap(\.names))
        }
    }

    /// Entry names cut into syllables, as the matcher's trie stores them, in flat arrays.
    struct Keys {
        /// The normalized view of all the names, one a line.
        let units: [UInt16]
        /// The syllables of every name in `units`, dashes left out, name after name.
        let syllables: [Range<Int>]
        /// Name k's syllables are `syllables[starts[k]..<starts[k + 1]]`.
        let starts: [Int]
        /// For name k, bit i is set when its syllable i starts with a capital.
        let capitals: [UInt64]

        var count: Int { starts.count - 1 }
    }

    /// The keys of `names`, normalized and cut exactly as a text is: the names are joined a line
    /// each and normalized as one text; a name of letters and digits between spaces and dashes is cut
    /// at them (what ICU's word break does there), any other name by ICU's word break itself.
    static func keys(of names: [String]) -> Keys {
        let normalized = NormalizedText(original: lines(of: names)).units
        // The state lives inside the closure, where `add` may capture it without exclusivity checks.
        return normalized.withUnsafeBufferPointer { units in
            // Each name's line, and whether it is plain: letters and digits between spaces and dashes.
            var lines: [(range: Range<Int>, plain: Bool)] = []
            lines.reserveCapacity(names.count)
            var lineStart = 0
            for _ in names.indices {
                var lineEnd = lineStart
                var plain = true
                while lineEnd < units.count, units[lineEnd] != 0x0A {
                    let unit = units[lineEnd]
                    if !(UTF16Letters.isLatinLetter(unit) || UTF16Letters.isDigit(unit) || unit == 0x20 || UTF16Letters.isDash(unit)) {
                        plain = false
                    }
                    lineEnd += 1
                }
                lines.append((lineStart..<lineEnd, plain))
                lineStart = lineEnd + 1
            }
            let segmented = SegmentedLines(lines.lazy.filter { !$0.plain }.map(\.range), of: units)
            var syllables: [Range<Int>] = []
            syllables.reserveCapacity(names.count * 3)
            var starts = [0]
            var capitals: [UInt64] = []
            starts.reserveCapacity(names.count + 1)
            capitals.reserveCapacity(names.count)
            var other = 0  // the number of lines that were not plain before this one
            for (line, plain) in lines {
                var mask: UInt64 = 0
                let first = syllables.count
                func add(_ range: Range<Int>) {
                    let index = syllables.count - first
                    if index < 64, UTF16Letters.isUpper(units[range.lowerBound]) { mask |= 1 << UInt64(index) }
                    syllables.append(range)
                }
                if plain {
                    var start = line.lowerBound
                    for position in line.lowerBound...line.upperBound
                    where position == line.upperBound || units[position] == 0x20 || UTF16Letters.isDash(units[position]) {
                        if position > start { add(start..<position) }
                        start = position + 1
                    }
                } else {
                    for token in segmented.tokens(ofLine: other, at: line.lowerBound)
                    where !(token.count == 1 && UTF16Letters.isDash(units[token.lowerBound])) {
                        add(token)
                    }
                    other += 1
                }
                starts.append(syllables.count)
                capitals.append(mask)
            }
            return Keys(units: normalized, syllables: syllables, starts: starts, capitals: capitals)
        }
    }

    /// Lines cut by the segmenter all at once, joined a line each (a segmenter's call, and the copy of
    /// a line for it, cost more than a short name's cut): no token crosses a line feed.
    private struct SegmentedLines {
        /// Every line's tokens, in the joined text.
        let tokens: [Token]
        /// Line k's tokens are `tokens[tokenStarts[k]..<tokenStarts[k + 1]]`, and it starts at `lineStarts[k]`.
        let tokenStarts: [Int]
        let lineStarts: [Int]

        init(_ lines: some Sequence<Range<Int>>, of units: UnsafeBufferPointer<UInt16>) {
            var joined: [UInt16] = []
            var lineStarts: [Int] = []
            for line in lines {
                lineStarts.append(joined.count)
                joined.append(contentsOf: units[line])
                joined.append(0x0A)
            }
            let tokens = joined.isEmpty ? [] : Segmenter.tokens(of: joined)
            var tokenStarts = [0]
            var next = 0
            for line in lineStarts.indices.dropFirst() {
                while next < tokens.count, Int(tokens[next].start) < lineStarts[line] { next += 1 }
                tokenStarts.append(next)
            }
            tokenStarts.append(tokens.count)
            self.tokens = tokens
            self.tokenStarts = tokenStarts
            self.lineStarts = lineStarts
        }

        /// The ranges of line `line`'s tokens, moved to a text where the line starts at `start`.
        func tokens(ofLine line: Int, at start: Int) -> [Range<Int>] {
            let shift = start - lineStarts[line]
            return tokens[tokenStarts[line]..<tokenStarts[line + 1]].map { shift + Int($0.start)..<shift + Int($0.end) }
        }
    }

    /// The UTF-16 units of `names`, each followed by a line feed (a line feed inside a name reads as
    /// a space), written into one buffer of the right size: names to normalize as one text.
    static func lines(of names: [String]) -> [UInt16] {
        // A name has at least as many UTF-8 bytes as UTF-16 units.
        [UInt16](unsafeUninitializedCapacity: names.reduce(names.count) { $0 + $1.utf8.count }) { units, count in
            count = 0
            for name in names {
                // Read by scalars, which a native string decodes faster than its UTF-16 view.
                for scalar in name.unicodeScalars {
                    if scalar.value > 0xFFFF {
                        for unit in scalar.utf16 {
                            units[count] = unit
                            count += 1
                        }
                    } else {
                        units[count] = scalar.value == 0x0A ? 0x20 : UInt16(truncatingIfNeeded: scalar.value)
                        count += 1
                    }
                }
                units[count] = 0x0A
                count += 1
            }
        }
    }
}
