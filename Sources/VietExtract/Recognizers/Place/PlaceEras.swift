extension PlaceTables {
    /// `records` less the 2025 units that a legacy one of them became under the same name (`tỉnh Đồng
    /// Tháp` of both eras): one place, told by the legacy unit and its `became`. Read from the
    /// records' fields, without building their values: most are counted, not given.
    func collapsingEras(_ records: [Int]) -> [Int] {
        // Only a 2025 unit can be left out: without one, no successor need be read.
        guard records.contains(where: { reader.isTyped2025Unit(sources[$0]) }) else { return records }
        // `became` is split at its `;` bytes: no grapheme of the tables' names starts with a `;`.
        // A few names: compared, not hashed.
        let successors = records.filter { reader.isOfEra(sources[$0], "legacy") }.flatMap {
            reader.became(of: sources[$0])?.utf8.split(separator: UInt8(ascii: ";")).map { String(Substring($0)) } ?? []
        }
        guard !successors.isEmpty else { return records }
        return records.filter { record in
            let source = sources[record]
            guard reader.isOfEra(source, "2025"), let type = reader.type(of: source) else { return true }
            return !successors.contains(type.prefix(1).uppercased() + type.dropFirst() + " " + reader.name(of: source))
        }
    }
}
