package dk.rekrut.assessment.scorecard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.recruitment.JobProfile;

/**
 * One reader's scorecard of one candidate: the success criteria of the job profile, the reader's own score and note
 * for each, and the committee's average per criterion when the reader may see the others' ratings ({@code
 * averagesShown}, the rule of the overall ratings: {@link Assessments#seesOthers}). Pure, so it is tested without a
 * server.
 */
public record Scorecard(List<Criterion> criteria, Map<String, CriterionRating> mine, Map<String, Average> averages,
                 boolean averagesShown) {

    /**
     * A success criterion as the scorecard knows it. The key is derived from the text (case and spacing ignored), so
     * a rating follows its criterion when the lines of the profile are reordered, and a criterion that is edited is a
     * new one: a score given to the old wording is not shown as a score of the new.
     */
    public record Criterion(String key, String text) {

        public static Criterion of(String text) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                return new Criterion(HexFormat.of().formatHex(hash), text);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        public static List<Criterion> of(JobProfile profile) {
            return profile == null ? List.of() : profile.criteria().stream().map(Criterion::of).toList();
        }
    }

    /** One rater's score (on the case's scale; null when only a note is given) and note for one criterion. */
    record CriterionRating(UUID applicationId, UUID raterId, String key, Integer score, String note) {
    }

    /** The mean of the scores given to one criterion and how many gave one. */
    record Average(double value, int count) {
    }

    static Scorecard of(List<Criterion> criteria, List<CriterionRating> ratings, UUID reader, boolean averagesShown) {
        var mine = ratings.stream().filter(r -> r.raterId().equals(reader))
            .collect(Collectors.toMap(CriterionRating::key, r -> r, (a, b) -> a));
        return new Scorecard(criteria, mine, averagesShown ? averages(criteria, ratings) : Map.of(), averagesShown);
    }

    /**
     * The average per current criterion, over the scores given (a note without a score does not count). Ratings of a
     * criterion no longer in the profile are left out; a criterion nobody scored has no average.
     */
    static Map<String, Average> averages(List<Criterion> criteria, List<CriterionRating> ratings) {
        Map<String, Average> averages = new LinkedHashMap<>();
        for (var criterion : criteria) {
            var scores = ratings.stream().filter(r -> r.key().equals(criterion.key()) && r.score() != null)
                .mapToInt(CriterionRating::score).summaryStatistics();
            if (scores.getCount() > 0) {
                averages.put(criterion.key(), new Average(scores.getAverage(), (int) scores.getCount()));
            }
        }
        return averages;
    }

    public Integer myScore(String key) {
        var r = mine.get(key);
        return r == null ? null : r.score();
    }

    public String myNote(String key) {
        var r = mine.get(key);
        return r == null ? null : r.note();
    }

    public Average average(String key) {
        return averages.get(key);
    }
}
