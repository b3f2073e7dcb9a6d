package dk.rekrut.storage;

/** Hook for a virus scanner. Off by default; {@code rekrut.virus-scan.type=clamd} uses clamd. */
public interface VirusScanner {

    record ScanResult(boolean clean, String signature) {
        public static final ScanResult CLEAN = new ScanResult(true, null);
    }

    ScanResult scan(byte[] content);
}
