package dk.rekrut.jobcentre;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job centre's settings ({@code rekrut.jobcentre.*}). The schedules (poll intervals, the retention cron) are set
 * on the jobs themselves.
 *
 * @param lease how long one instance holds a source's harvest before another may take it over
 * @param retryBase the wait after a failed harvest, doubled for each failure in a row
 * @param maxBackoff the longest wait after failed harvests
 * @param undatedTtl how long a posting without a deadline stays active after it was last seen
 * @param citizenRetention how long after the citizen left the caseload the profile, its log and answers are deleted
 */
@ConfigurationProperties("rekrut.jobcentre")
public record JobcentreProperties(@DefaultValue("PT10M") Duration lease, @DefaultValue("PT1M") Duration retryBase,
                                  @DefaultValue("PT6H") Duration maxBackoff, @DefaultValue("P30D") Duration undatedTtl,
                                  @DefaultValue("P180D") Duration citizenRetention, @DefaultValue Fetch fetch,
                                  @DefaultValue Index index) {

    /**
     * Fetching the portals' feeds and pages.
     *
     * @param connectTimeout for connecting
     * @param timeout for the whole answer
     * @param maxBytes the largest answer read
     * @param maxPages pages of a sitemap read in one harvest
     * @param allowedPrivateHosts host names that may be on an internal address (comma-separated; empty: none, so a
     *                            source cannot reach inside the network)
     */
    public record Fetch(@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT30S") Duration timeout,
                        @DefaultValue("10485760") long maxBytes, @DefaultValue("200") int maxPages,
                        @DefaultValue("") String allowedPrivateHosts) {
    }

    /**
     * Each instance's postings index.
     *
     * @param path the folder of this instance's index
     * @param maxAge an index older than this is rebuilt even without a new harvest
     */
    public record Index(@DefaultValue("./data/postings-index") Path path, @DefaultValue("PT6H") Duration maxAge) {
    }
}
