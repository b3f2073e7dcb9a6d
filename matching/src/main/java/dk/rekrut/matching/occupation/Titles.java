package dk.rekrut.matching.occupation;

import java.util.regex.Pattern;

/**
 * The occupation a job seeker names in a sentence like "Jeg søger job som sygeplejerske", "Job som X",
 * "stilling som X" or "I am looking for a job as X": the words after the framing, or the text itself when it has none.
 */
final class Titles {

    // A short lead (at most 60 characters) ending in job/stilling/arbejde/position... followed by som/as (en/et/a/an).
    private static final Pattern FRAME = Pattern.compile(
        "^\\W*(?:[\\p{L} ,]{0,60}?\\b)?(?:jobs?|stillinger|stilling|arbejde|ansættelse|beskæftigelse|work|position|"
            + "employment|role)\\s+(?:som|as)\\s+(?:(?:en|et|an|a)\\s+)?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Danish trainee titles are the trade plus a suffix: "Optikerelev", "Flymekanikerlærling" are trainee opticians
    // and aircraft mechanics, whom ESCO files under the trade itself.
    private static final Pattern TRAINEE = Pattern.compile(
        "(?U)\\b(\\w{4,}?)-?(?:elev|elever|lærling|lærlinge|praktikant)\\b", Pattern.CASE_INSENSITIVE);

    private Titles() {
    }

    /** The title with the trade of each trainee word added ("Optikerelev" → "Optikerelev Optiker"). */
    static String withTrades(String title) {
        var m = TRAINEE.matcher(title);
        var trades = new StringBuilder();
        while (m.find()) {
            trades.append(' ').append(m.group(1));
        }
        return trades.isEmpty() ? title : title + trades;
    }

    static String strip(String text) {
        String t = text.strip();
        var m = FRAME.matcher(t);
        if (m.find() && m.end() < t.length()) {
            return t.substring(m.end()).strip();
        }
        return t;
    }
}
