import CLibArchive
import CLibXML2

/// The versions of the C libraries Galley links, for `galley version`.
///
/// Asking them at run time proves that both link on this machine.
public enum NativeLibraries {
    public static var libarchive: String {
        String(cString: archive_version_details())
    }

    public static var libxml2: String {
        xmlCheckVersion(LIBXML_VERSION)
        // The parser reports its version as one number, 20914 for 2.9.14.
        guard let number = Int(String(cString: galley_xmlParserVersion())) else { return "libxml2 (unknown version)" }
        return "libxml2 \(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
