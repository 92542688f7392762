/// Walks a text with its entities as properly nested spans, for writers that mark entities inline.
///
/// Entities are visited outermost first; one that crosses the boundary of an open one (which
/// the resolver does not produce) is left out rather than breaking the nesting.
enum InlineSpans {
    /// A piece of the walk: plain text, or the start or end of an entity.
    enum Piece {
        case text(Substring)
        case open(Entity)
        case close(Entity)
    }

    /// Visits the pieces of `text`; the entities' ranges must be ranges of `text`.
    static func walk(_ text: String, entities: [Entity], _ visit: (Piece) -> Void) {
        let ordered = entities.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var open: [Entity] = []
        var cursor = text.startIndex
        func closeTop() {
            let top = open.removeLast()
            if cursor < top.range.upperBound { visit(.text(text[cursor..<top.range.upperBound])) }
            cursor = max(cursor, top.range.upperBound)
            visit(.close(top))
        }
        for entity in ordered {
            while let top = open.last, top.range.upperBound <= entity.range.lowerBound { closeTop() }
            if let top = open.last, entity.range.upperBound > top.range.upperBound { continue }
            if cursor < entity.range.lowerBound { visit(.text(text[cursor..<entity.range.lowerBound])) }
            cursor = max(cursor, entity.range.lowerBound)
            visit(.open(entity))
            open.append(entity)
        }
        while !open.isEmpty { closeTop() }
        if cursor < text.endIndex { visit(.text(text[cursor...])) }
    }
}
