/// Finds people, organizations, places, dates and document references in Vietnamese text.
///
/// Build one extractor and share it: it loads its resources once (on two threads, for about ten
/// milliseconds), is immutable, and can be called from any number of threads at once.
///
/// ```swift
/// let extractor = try Extractor()
/// for entity in extractor.extract("Theo Chỉ thị số 39-CT/TW của Bộ Chính trị…") {
///     print(entity.label, entity.text, entity.start, entity.end)
/// }
/// ```
public struct Extractor: Sendable {
    /// What this extractor reports.
    public let options: ExtractorOptions
    private let recognizers: [any Recognizer]
    private let linkers: [any EntityLinker]
    /// The syllable table every gazetteer of the recognizers is compiled over, when they share one:
    /// each text's syllable ids are then computed once, here, and handed to all of them.
    private let syllables: SyllableTable?
    /// Whether the options leave out some label (not the default): the candidates are then filtered.
    private let filtersLabels: Bool

    /// An extractor with the built-in recognizers and resources, and the user's own `gazetteers`
    /// (whose entries win ties against built-in ones; see `Gazetteer.init(contentsOf:)`).
    public init(options: ExtractorOptions = ExtractorOptions(), gazetteers: [Gazetteer] = []) throws {
        var syllables = SyllableTable(capacity: SyllableTable.builtInCapacity)
        let user: [any Recognizer] = gazetteers.isEmpty ? [] : [GazetteerRecognizer(gazetteers, syllables: &syllables)]
        let builtIn = try Self.builtInRecognizers(syllables: &syllables)
        self.init(options: options, recognizers: user + builtIn, linkers: Self.builtInLinkers(), syllables: syllables)
    }

    /// An extractor with the given recognizers and linkers, each run in order.
    public init(options: ExtractorOptions, recognizers: [any Recognizer], linkers: [any EntityLinker] = []) {
        self.init(options: options, recognizers: recognizers, linkers: linkers, syllables: nil)
    }

    private init(options: ExtractorOptions, recognizers: [any Recognizer], linkers: [any EntityLinker],
                 syllables: SyllableTable?) {
        self.options = options
        self.recognizers = recognizers
        self.linkers = linkers
        self.syllables = syllables
        filtersLabels = options.labels.count < EntityLabel.allCases.count
    }

    /// The built-in recognizers, in the order they run.
    public static func builtInRecognizers() throws -> [any Recognizer] {
        var syllables = SyllableTable(capacity: SyllableTable.builtInCapacity)
        return try builtInRecognizers(syllables: &syllables)
    }

    /// The built-in recognizers, their gazetteers compiled over `syllables`, a table they share.
    ///
    /// Loading needs no syllable table: the places' tables (the largest) are read and their names cut
    /// on a second thread, while this one reads the organizations' and people's tables and builds the
    /// document and date recognizers. Then the places, organizations and people intern their
    /// syllables, always in that order, so that every id stays the same; the places' tries are built
    /// on the second thread while this one compiles the organizations and people. Errors are thrown
    /// in the order the recognizers load in one thread.
    static func builtInRecognizers(syllables: inout SyllableTable) throws -> [any Recognizer] {
        let places = BackgroundLoad { Result { () throws(ResourceError) in try PlaceTables.Loaded() } }
        let organizations = Result { () throws(ResourceError) in try OrganizationRecognizer.Loaded() }
        let people = Result { () throws(ResourceError) in try PersonLexicon.Loaded() }
        let documents = Result { () throws(ResourceError) in try DocumentReferenceRecognizer() }
        let dates = Result { () throws(ResourceError) in try DateRecognizer() }
        let placesLoaded = try places.value().get()
        let placesInterned = GazetteerMatcher.InternedGroups(placesLoaded.groups, into: &syllables)
        let placesBuilt = BackgroundLoad { PlaceRecognizer(placesLoaded, interned: placesInterned) }
        let organizationRecognizer = OrganizationRecognizer(try organizations.get(), syllables: &syllables)
        let personRecognizer = try PersonRecognizer(try people.get(), syllables: &syllables)
        return [try documents.get(), placesBuilt.value(), try dates.get(), organizationRecognizer, personRecognizer]
    }

    /// The built-in linkers, in the order they run.
    static func builtInLinkers() -> [any EntityLinker] {
        [DocumentLinker(), OrganizationAcronymLinker(), PersonLinker()]
    }

    /// The entities in `text`, ordered by start (outermost before the entities nested in them).
    ///
    /// - Parameter referenceDate: overrides the options' reference date for this text.
    public func extract(_ text: String, referenceDate: CalendarDate? = nil) -> [Entity] {
        extract(from: AnalyzedText(text), referenceDate: referenceDate)
    }

    /// The entities of an already analyzed text.
    public func extract(from text: AnalyzedText, referenceDate: CalendarDate? = nil) -> [Entity] {
        var context = RecognitionContext(referenceDate: referenceDate ?? options.referenceDate, dateStyle: options.dateStyle)
        context.syllables = syllables?.syllables(of: text)
        var candidates: [Candidate] = []
        // By index: a `for … in` would copy each recognizer, counting the references of the
        // tables every thread shares up and down.
        for index in recognizers.indices {
            recognizers[index].recognize(in: text, context: context, candidates: &candidates)
        }
        // Options that keep every label (the default) need no pass over the candidates.
        if filtersLabels {
            candidates.removeAll { !options.labels.contains($0.label) }
        }
        var resolved = OverlapResolver.resolve(consume candidates, includeNested: options.includeNested)
        for index in linkers.indices {
            linkers[index].link(&resolved, in: text)
        }
        return EntityBuilder.entities(from: consume resolved, in: text)
    }
}
