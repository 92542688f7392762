import Testing
@testable import VietExtract

/// The literal names the JSON writers use must be the cases' raw values, the names the API gives.
@Suite struct JSONNamesTests {
    @Test func everyLiteralNameIsTheRawValue() {
        for label in EntityLabel.allCases { #expect(label.jsonName.description == label.rawValue) }
        let kinds: [DateValue.Kind] = [.date, .time, .interval, .duration, .set]
        for kind in kinds { #expect(kind.jsonName.description == kind.rawValue) }
        let granularities: [DateValue.Granularity] = [.century, .decade, .year, .half, .quarter, .month, .week, .day,
                                                      .partOfDay, .hour, .minute]
        for granularity in granularities { #expect(granularity.jsonName.description == granularity.rawValue) }
        let modifiers: [DateValue.Modifier] = [.early, .mid, .late]
        for modifier in modifiers { #expect(modifier.jsonName.description == modifier.rawValue) }
        let forms: [PersonValue.Form] = [.full, .short, .initials, .foreign, .epithet]
        for form in forms { #expect(form.jsonName.description == form.rawValue) }
        for kind in [PersonTitle.Kind.honorific, .role] { #expect(kind.jsonName.description == kind.rawValue) }
    }

    @Test func aLiteralIsWrittenAsAQuotedStringAndBuiltAsAStringValue() {
        var writer = JSONObjectWriter(into: ByteBuffer())
        writer.add("granularity", literal: DateValue.Granularity.partOfDay.jsonName)
        let written = writer.finish().withBytes { String(decoding: $0, as: UTF8.self) }
        #expect(written == #"{"granularity":"part_of_day"}"#)
        #expect(written != #"{"granularity":"partOfDay"}"#)
        var builder = JSONObjectBuilder()
        builder.add("kind", literal: PersonTitle.Kind.role.jsonName)
        #expect(builder.value == .object([("kind", .string("role"))]))
    }
}
