/// What a place mention denotes, as the value of a `LOC` entity.
///
/// Administrative units of Viet Nam carry both eras: `era` says whether the unit is one of the
/// units before 1 July 2025 (`legacy`), after it (`2025`) or both; `became` names the 2025 unit(s)
/// a legacy unit went into. Foreign places carry a CLDR region code (`US`) or GeoNames/CLDR id.
///
/// The strings live in one shared, immutable object: a value is copied (into a candidate, an entity,
/// a memo) as one reference, not as ten strings; setting a field copies them once.
public struct PlaceValue: Sendable, Hashable, JSONObjectDescribing {
    /// The fields other than `ambiguity` (which a recognizer sets apart on a value it read).
    private struct Fields: Hashable {
        var name: String, kind: String
        var level: String?, type: String?, code: String?, era: String?, parent: String?
        var became: String?, becameCode: String?, country: String?
    }

    /// The fields, in an object no one changes: a setter puts new fields in a new one.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Sets one field, in a new box.
    private mutating func set<T>(_ field: WritableKeyPath<Fields, T>, _ new: T) {
        var fields = box.fields
        fields[keyPath: field] = new
        box = Box(fields)
    }

    /// The place's name without its type word (`Bình Dương`, `Hoa Kỳ`).
    public var name: String {
        get { box.fields.name }
        set { set(\.name, newValue) }
    }
    /// `country`, `region`, `city`, `capital`, `subdivision`, `province`, `district`, `commune`,
    /// `hamlet`, `river`, `lake`, `mountain`, `island`, `sea`, `street`, `address`, `landmark`, `planet`,
    /// or `place` (an unlisted foreign name after `ở`/`tại`).
    public var kind: String {
        get { box.fields.kind }
        set { set(\.kind, newValue) }
    }
    /// The administrative level (`province`, `district`, `commune`) for a Vietnamese unit.
    public var level: String? {
        get { box.fields.level }
        set { set(\.level, newValue) }
    }
    /// The administrative type (`tỉnh`, `thành phố`, `huyện`, `phường` …) of a Vietnamese unit.
    public var type: String? {
        get { box.fields.type }
        set { set(\.type, newValue) }
    }
    /// The GSO code of a Vietnamese unit, or the CLDR/GeoNames code of a foreign place.
    public var code: String? {
        get { box.fields.code }
        set { set(\.code, newValue) }
    }
    /// `legacy`, `2025`, `both` or `historical`, for Vietnamese units.
    public var era: String? {
        get { box.fields.era }
        set { set(\.era, newValue) }
    }
    /// The unit the place lies in (`Quận Ba Đình, Thành phố Hà Nội`).
    public var parent: String? {
        get { box.fields.parent }
        set { set(\.parent, newValue) }
    }
    /// For a legacy unit, the 2025 unit(s) it became, `;`-separated, and their codes.
    public var became: String? {
        get { box.fields.became }
        set { set(\.became, newValue) }
    }
    public var becameCode: String? {
        get { box.fields.becameCode }
        set { set(\.becameCode, newValue) }
    }
    /// The CLDR code of the country the place is in (`VN` for Vietnamese units).
    public var country: String? {
        get { box.fields.country }
        set { set(\.country, newValue) }
    }
    /// How many units share the name when the text does not say which one (0: one unit, or none known).
    public var ambiguity: Int

    public init(name: String, kind: String, level: String? = nil, type: String? = nil, code: String? = nil,
                era: String? = nil, parent: String? = nil, became: String? = nil, becameCode: String? = nil,
                country: String? = nil, ambiguity: Int = 0) {
        box = Box(Fields(name: name, kind: kind, level: level, type: type, code: code, era: era, parent: parent,
                         became: became, becameCode: becameCode, country: country))
        self.ambiguity = ambiguity
    }

    public static func == (lhs: PlaceValue, rhs: PlaceValue) -> Bool {
        lhs.ambiguity == rhs.ambiguity && (lhs.box === rhs.box || lhs.box.fields == rhs.box.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
        hasher.combine(ambiguity)
    }

    /// The value as JSON: `name`, `kind`, `level`, `type`, `code`, `era`, `parent`, `became`,
    /// `became_code`, `country`, `ambiguous` (the number of units of that name, when more than one).
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        // Read in place: the box holds the strings, so no copy of the fields is made (nor retained).
        let box = box
        object.add("name", box.fields.name)
        object.add("kind", box.fields.kind)
        object.add("level", box.fields.level)
        object.add("type", box.fields.type)
        object.add("code", box.fields.code)
        object.add("era", box.fields.era)
        object.add("parent", box.fields.parent)
        object.add("became", box.fields.became)
        object.add("became_code", box.fields.becameCode)
        object.add("country", box.fields.country)
        if ambiguity > 1 { object.add("ambiguous", ambiguity) }
    }
}
