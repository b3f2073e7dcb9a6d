package dk.rekrut.redaction;

/** One engine for all tests: loading the gazetteers once keeps the test run short. */
public final class TestEngine {

    private static final RedactionEngine ENGINE = new RedactionEngine();

    private TestEngine() {
    }

    public static RedactionEngine get() {
        return ENGINE;
    }
}
