package dk.rekrut.application.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submissions are processed ({@code rekrut.submission.*}).
 *
 * @param concurrency submissions processed at once per instance, admitted in arrival order; 0 for four per processor
 *                    (at least four)
 */
@ConfigurationProperties("rekrut.submission")
record SubmissionProperties(@DefaultValue("0") int concurrency) {
}
