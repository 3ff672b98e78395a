/// The version of Galley, printed by `galley --version` and written into
/// reports and books.
public enum GalleyVersion {
    public static let current = "0.1.0"
}
