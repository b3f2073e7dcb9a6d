package dk.rekrut.matching.occupation;

import java.util.ArrayList;
import java.util.List;
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

    // Where a vacancy title joins a title to its place, employer, terms or a second title: brackets, slashes, "@",
    // a spaced dash, "cum", "based in" ("Sales Consultant - Puchong", "Retail Assistant @ Bangsar", "HR cum Admin").
    private static final Pattern SEGMENT = Pattern.compile(
        "\\s*(?:[()\\[\\]{}|/@#;:+*!]|\\s[-–—]+\\s|\\b(?:cum|based in)\\b)\\s*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int MAX_SEGMENTS = 3;

    // What a posting adds to a title without naming the work: gender markers ("(m/w/d)", "m/k"), seniority and
    // contract terms, urgency, reference numbers. Generic posting vocabulary in English and Danish, not read from data.
    private static final Pattern NOISE = Pattern.compile(
        "(?U)\\(?\\b[mkwfd](?:\\s*/\\s*[mkwfdx])+\\b\\)?|\\b(?:urgent(?:ly)?|hiring|wanted|required|needed|vacanc(?:y|ies)|"
            + "immediate(?:ly)?|full[- ]?time|part[- ]?time|permanent|temporary|contract|freelance|remote|hybrid|"
            + "internship|intern|senior|junior|sr|jr|experienced|"
            + "søges|vi søger|deltid|fuldtid|fastansat|fast stilling|vikariat|barselsvikariat|tidsbegrænset|erfaren|"
            + "ii|iii|iv|grade|level|ref|\\d+[\\w-]*)\\b\\.?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Titles() {
    }

    /**
     * The parts of a title that joins several ("Sales Consultant - Puchong / Kota Damansara" → "Sales Consultant",
     * "Puchong", "Kota Damansara"), at most {@value #MAX_SEGMENTS}, first first; empty when it is one part. Each part
     * is compared with the labels on its own, so a place or an employer does not dilute the title's similarity.
     */
    static List<String> segments(String title) {
        var out = new ArrayList<String>();
        String[] parts = SEGMENT.split(title);
        for (String part : parts) {
            String p = part.strip();
            if (!p.isEmpty() && p.chars().anyMatch(Character::isLetter) && !out.contains(p) && out.size() < MAX_SEGMENTS) {
                out.add(p);
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * The title without what postings add to it ("Senior Sales Executive (m/w/d) - Urgent" → "Sales Executive -"),
     * or the title itself when nothing is left.
     */
    static String clean(String title) {
        String c = NOISE.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return c.chars().anyMatch(Character::isLetter) ? c : title;
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
