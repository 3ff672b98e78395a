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
        return "libxml2 " + String(cString: galley_xmlParserVersion())
    }
}
