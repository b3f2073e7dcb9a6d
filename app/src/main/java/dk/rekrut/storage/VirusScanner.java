package dk.rekrut.storage;

/**
 * Hook for a virus scanner. Off by default (nothing is scanned); {@code rekrut.virus-scan.type=clamd} uses clamd
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

    /** False for the default that scans nothing: the administrator's pages and the start-up log say so. */
    default boolean scans() {
        return true;
    }
}
