import ArgumentParser
import VietExtract

/// The `vietextract` command: finds entities and document references in Vietnamese text.
@main
struct VietExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vietextract",
        abstract: "Find people, organizations, places, dates and document references in Vietnamese text.",
        discussion: """
            Examples:
              vietextract annotate Examples/seed-article.txt
              vietextract annotate --format jsonl corpus.jsonl > annotated.jsonl
              echo 'Theo Nghị định 15/2020/NĐ-CP…' | vietextract annotate -
              vietextract eval --label-map PERSON=PER gold.jsonl
            """,
        version: VietExtractVersion.string,
        subcommands: [AnnotateCommand.self, RefsCommand.self, EvalCommand.self],
        defaultSubcommand: AnnotateCommand.self
    )
}
