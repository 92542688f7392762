/// The normalized value of an `ORG` entity: what the organization is, and for a known body its
/// canonical id and its validity across the 2025 restructuring.
public struct OrganizationValue: Sendable, Hashable, JSONObjectDescribing {
    /// The canonical id of a known body (`vn.bo-tai-chinh`), or of the body an acronym stands for.
    public var id: String?
    /// The canonical name of a known body, or the full name an acronym was introduced for.
    public var name: String?
    /// What kind of organization it is: `party`, `ministry`, `local_government`, `company`, `school` …
    public var kind: String
    /// The place a local body belongs to, as written (`tỉnh Bình Định` in `UBND tỉnh Bình Định`).
    public var place: String?
    /// When the body came into being, if it did so recently (`2025-03-01`).
    public var validFrom: String?
    /// When the body ended or took another name (`2025-02-28`).
    public var validUntil: String?
    /// The canonical name of the body it was merged into or renamed to.
    public var became: String?
    /// The canonical id of `became`, when that body is known.
    public var becameId: String?
    /// The acronym the text introduced for it in brackets (`Becamex IDC`).
    public var acronym: String?
    /// Which rule found it: `known`, `head`, `acronym`.
    public var basis: String

    public init(id: String? = nil, name: String? = nil, kind: String, place: String? = nil, validFrom: String? = nil,
                validUntil: String? = nil, became: String? = nil, becameId: String? = nil, acronym: String? = nil,
                basis: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.place = place
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.became = became
        self.becameId = becameId
        self.acronym = acronym
        self.basis = basis
    }

    /// The value as JSON: `id`, `name`, `kind`, `place`, `valid_from`, `valid_until`, `became`,
    /// `became_id`, `acronym`, `basis` (absent members are left out).
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("id", id)
        object.add("name", name)
        object.add("kind", kind)
        object.add("place", place)
        object.add("valid_from", validFrom)
        object.add("valid_until", validUntil)
        object.add("became", became)
        object.add("became_id", becameId)
        object.add("acronym", acronym)
        object.add("basis", basis)
    }
}
