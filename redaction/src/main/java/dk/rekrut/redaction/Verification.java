package dk.rekrut.redaction;

import java.util.List;

/**
 * The result of searching the redacted output, re-read independently, for every known value and every found span.
 * {@code findings} say what kind of value was found where (never the value itself). Not clean when anything was
 * found or the output could not be read.
 */
public record Verification(boolean clean, List<String> findings) {

    public Verification {
        findings = List.copyOf(findings);
    }

    public static Verification failed(String why) {
        return new Verification(false, List.of(why));
    }
}
