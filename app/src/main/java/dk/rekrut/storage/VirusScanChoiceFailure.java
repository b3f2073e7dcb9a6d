package dk.rekrut.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The operator sees the missing virus-scan choice as one line naming the setting, not as a stack trace. */
class VirusScanChoiceFailure extends AbstractFailureAnalyzer<VirusScanChoice.NotChosen> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, VirusScanChoice.NotChosen cause) {
        return new FailureAnalysis(cause.getMessage(),
            "Install clamd and set " + VirusScanChoice.PROPERTY + "=clamd, or set " + VirusScanChoice.PROPERTY + "=none.",
            cause);
    }
}
