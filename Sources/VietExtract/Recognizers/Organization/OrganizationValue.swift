/// The normalized value of an `ORG` entity: what the organization is, and for a known body its
/// canonical id and its validity across the 2025 restructuring.
///
/// The strings live in one shared, immutable object: a value is copied (into a candidate, an entity,
/// a memo) as one reference, not as ten strings; setting a field copies them once.
public struct OrganizationValue: Sendable, Hashable, JSONObjectDescribing {
    private struct Fields: Hashable {
        var id: String?, name: String?, kind: String, place: String?, validFrom: String?, validUntil: String?
        var became: String?, becameId: String?, acronym: String?, basis: String
    }

    /// The fields, in an object no one changes: a setter puts new fields in a new one.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Changes the fields, in a new box. A closure, not a key path: a key path is looked up at run time.
    @inline(__always)
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    /// The canonical id of a known body (`vn.bo-tai-chinh`), or of the body an acronym stands for.
    public var id: String? {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    /// The canonical name of a known body, or the full name an acronym was introduced for.
    public var name: String? {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }
    /// What kind of organization it is: `party`, `ministry`, `local_government`, `company`, `school` …
    public var kind: String {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    /// The place a local body belongs to, as written (`tỉnh Bình Định` in `UBND tỉnh Bình Định`).
    public var place: String? {
        get { box.fields.place }
        set { update { $0.place = newValue } }
    }
    /// When the body came into being, if it did so recently (`2025-03-01`).
    public var validFrom: String? {
        get { box.fields.validFrom }
        set { update { $0.validFrom = newValue } }
    }
    /// When the body ended or took another name (`2025-02-28`).
    public var validUntil: String? {
        get { box.fields.validUntil }
        set { update { $0.validUntil = newValue } }
    }
    /// The canonical name of the body it was merged into or renamed to.
    public var became: String? {
        get { box.fields.became }
        set { update { $0.became = newValue } }
    }
    /// The canonical id of `became`, when that body is known.
    public var becameId: String? {
        get { box.fields.becameId }
        set { update { $0.becameId = newValue } }
    }
    /// The acronym the text introduced for it in brackets (`Becamex IDC`).
    public var acronym: String? {
        get { box.fields.acronym }
        set { update { $0.acronym = newValue } }
    }
    /// Which rule found it: `known`, `head`, `acronym`.
    public var basis: String {
        get { box.fields.basis }
        set { update { $0.basis = newValue } }
    }

    public init(id: String? = nil, name: String? = nil, kind: String, place: String? = nil, validFrom: String? = nil,
                validUntil: String? = nil, became: String? = nil, becameId: String? = nil, acronym: String? = nil,
                basis: String) {
        box = Box(Fields(id: id, name: name, kind: kind, place: place, validFrom: validFrom, validUntil: validUntil,
                         became: became, becameId: becameId, acronym: acronym, basis: basis))
    }

    /// The value with its id and acronym set, in one new box.
    func with(id: String?, acronym: String?) -> OrganizationValue {
        var value = self
        value.update {
            $0.id = id
            $0.acronym = acronym
        }
        return value
    }

    /// The value with its name and basis set, in one new box.
    func with(name: String?, basis: String) -> OrganizationValue {
        var value = self
        value.update {
            $0.name = name
            $0.basis = basis
        }
        return value
    }

    public static func == (lhs: OrganizationValue, rhs: OrganizationValue) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// The value as JSON: `id`, `name`, `kind`, `place`, `valid_from`, `valid_until`, `became`,
    /// `became_id`, `acronym`, `basis` (absent members are left out).
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        // Read in place: the box holds the strings, so no copy of the fields is made (nor retained).
        let box = box
        object.add("id", box.fields.id)
        object.add("name", box.fields.name)
        object.add("kind", box.fields.kind)
        object.add("place", box.fields.place)
        object.add("valid_from", box.fields.validFrom)
        object.add("valid_until", box.fields.validUntil)
        object.add("became", box.fields.became)
        object.add("became_id", box.fields.becameId)
        object.add("acronym", box.fields.acronym)
        object.add("basis", box.fields.basis)
    }
}
