#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The text of an error as Foundation's `localizedDescription` gave it on Linux, for the messages
/// of file operations (FoundationEssentials' errors carry a code but no text).
public enum ErrorMessage {
    /// `The operation could not be completed. The file doesn’t exist.` for a file not found;
    /// `The operation could not be completed. (NSCocoaErrorDomain error 256.)` for an error
    /// with no text of its own.
    public static func localized(_ error: any Error) -> String {
        guard let cocoa = error as? CocoaError else {
            return "The operation could not be completed. (\(error._domain) error \(error._code).)"
        }
        let code = cocoa.code.rawValue
        return "The operation could not be completed. " + (fileReason(code: code) ?? "(NSCocoaErrorDomain error \(code).)")
    }

    /// Foundation's failure reasons for the file errors (CocoaError codes) it gives a text.
    private static func fileReason(code: Int) -> String? {
        switch code {
        case 4, 260: "The file doesn’t exist."
        case 255: "The file couldn’t be locked."
        case 257, 513: "You don’t have permission."
        case 258, 514: "The file name is invalid."
        case 259: "The file isn’t in the correct format."
        case 261, 517: "The specified text encoding isn’t applicable."
        case 262, 518: "The specified URL type isn’t supported."
        case 263: "The item is too large."
        case 264: "The text encoding of the contents couldn’t be determined."
        case 516: "A file with the same name already exists."
        case 640: "There isn’t enough space."
        case 642: "The volume is read only."
        default: nil
        }
    }
}
