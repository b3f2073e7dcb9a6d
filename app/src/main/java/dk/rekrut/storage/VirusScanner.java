package dk.rekrut.storage;

/**
 * Hook for a virus scanner, chosen by {@code rekrut.virus-scan.type} ({@link VirusScanChoice}: a production database
 * must choose; the embedded demo database scans nothing unless told). {@code clamd} uses clamd
 * at {@code rekrut.virus-scan.clamd.host}/{@code port}. A scanner that cannot answer throws
 * {@link java.io.UncheckedIOException}; {@link UploadInspector} then refuses the upload (fails closed).
 */
public interface VirusScanner {

    record ScanResult(boolean clean, String signature) {
        public static final ScanResult CLEAN = new ScanResult(true, null);

        public static ScanResult infected(String signature) {
            return new ScanResult(false, signature);
        }
    }

    ScanResult scan(byte[] content);

    /** False for the scanner that scans nothing: the administrator's pages and the start-up log say so. */
    default boolean scans() {
        return true;
    }
}
