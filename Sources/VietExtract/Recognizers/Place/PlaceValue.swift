/// What a place mention denotes, as the value of a `LOC` entity.
///
/// Administrative units of Viet Nam carry both eras: `era` says whether the unit is one of the
/// units before 1 July 2025 (`legacy`), after it (`2025`) or both; `became` names the 2025 unit(s)
/// a legacy unit went into. Foreign places carry a CLDR region code (`US`) or GeoNames/CLDR id.
public struct PlaceValue: Sendable, Hashable, JSONObjectDescribing {
    /// The place's name without its type word (`Bình Dương`, `Hoa Kỳ`).
    public var name: String
    /// `country`, `region`, `city`, `capital`, `subdivision`, `province`, `district`, `commune`,
    /// `hamlet`, `river`, `lake`, `mountain`, `island`, `sea`, `street`, `address`, `landmark`, `planet`,
    /// or `place` (an unlisted foreign name after `ở`/`tại`).
    public var kind: String
    /// The administrative level (`province`, `district`, `commune`) for a Vietnamese unit.
    public var level: String?
    /// The administrative type (`tỉnh`, `thành phố`, `huyện`, `phường` …) of a Vietnamese unit.
    public var type: String?
    /// The GSO code of a Vietnamese unit, or the CLDR/GeoNames code of a foreign place.
    public var code: String?
    /// `legacy`, `2025`, `both` or `historical`, for Vietnamese units.
    public var era: String?
    /// The unit the place lies in (`Quận Ba Đình, Thành phố Hà Nội`).
    public var parent: String?
    /// For a legacy unit, the 2025 unit(s) it became, `;`-separated, and their codes.
    public var became: String?
    public var becameCode: String?
    /// The CLDR code of the country the place is in (`VN` for Vietnamese units).
    public var country: String?
    /// How many units share the name when the text does not say which one (0: one unit, or none known).
    public var ambiguity: Int

    public init(name: String, kind: String, level: String? = nil, type: String? = nil, code: String? = nil,
                era: String? = nil, parent: String? = nil, became: String? = nil, becameCode: String? = nil,
                country: String? = nil, ambiguity: Int = 0) {
        self.name = name
        self.kind = kind
        self.level = level
        self.type = type
        self.code = code
        self.era = era
        self.parent = parent
        self.became = became
        self.becameCode = becameCode
        self.country = country
        self.ambiguity = ambiguity
    }

    /// The value as JSON: `name`, `kind`, `level`, `type`, `code`, `era`, `parent`, `became`,
    /// `became_code`, `country`, `ambiguous` (the number of units of that name, when more than one).
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("name", name)
        object.add("kind", kind)
        object.add("level", level)
        object.add("type", type)
        object.add("code", code)
        object.add("era", era)
        object.add("parent", parent)
        object.add("became", became)
        object.add("became_code", becameCode)
        object.add("country", country)
        if ambiguity > 1 { object.add("ambiguous", ambiguity) }
    }
}
