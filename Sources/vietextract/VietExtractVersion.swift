/// The version `vietextract --version` prints.
enum VietExtractVersion {
    static let string = "0.1.0"
}
