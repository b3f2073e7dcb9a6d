package dk.rekrut.matching.occupation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places where a CV names occupations as job titles: its headline, its dated experience and education lines
 * ("2018–2024 Sygeplejerske, Roskilde Sygehus", "Uddannet sygeplejerske 2017") and sentences like "Jeg arbejder som
 * sygeplejerske" or "I worked as a carpenter". Each phrase gets a weight by its recency: the line with the latest year
 * (or an open range, "2019–nu") weighs 1, older lines less, and a sentence in the past tense less than one in the
 * present. Which phrase is really a title (and not an employer or a town) is left to the title ranker's confidence
 * ({@link Occupations}); this class only says where titles stand. Danish and English.
 */
final class CvTitles {

    /** A phrase that may be a job title, and how much it counts (recency, tense). */
    record Phrase(String text, double weight) {
    }

    static final int MAX_PHRASES = 12;
    private static final int MAX_WORDS = 6;
    private static final int HEADLINE_LINES = 3;
    private static final int CV_LINE_WORDS = 14;
    private static final int PAST_REACH = 25;
    private static final double[] PART_WEIGHTS = {1, 0.6, 0.4};

    // Where a title ends and the employer or place begins ("og"/"and" only when no hyphen precedes: "Social- og").
    private static final String ENDS = "på|hos|ved|i|inden|fra|for|med|til|siden|gennem|under|efter|in|at|with|from"
        + "|since|during|after|men|but|og|and";
    private static final Pattern TITLE_END = Pattern.compile(
        "(?iu)\\s(?:" + ENDS.replace("|og|and", "") + ")\\s.*$|(?<!-)\\s(?:og|and)\\s.*$|\\s(?:på|hos|ved|i|in|at|og|and)$");
    private static final String YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
    private static final String OPEN = "(?:nu|now|present|current|today|i dag|idag|d\\.\\s?d\\.?|dags dato|p\\.t\\.?)";
    private static final Pattern YEARS = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern OPEN_RANGE = Pattern.compile(
        "(?iu)\\b" + YEAR + "\\s*(?:[-–—]|(?:til|to)\\b)\\s*(?:" + OPEN + "\\b|$|(?=\\s*[\\p{L}]))");
    // Dates: years, ranges, months by name or number, the open end; removed before the rest is read as a title.
    private static final Pattern DATE = Pattern.compile(
        "(?iu)(?:\\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[\\p{L}]*\\.?\\s*)?"
            + "(?:\\b\\d{1,2}\\s*[./-]\\s*)?\\b" + YEAR + "\\b(?:\\s*(?:[-–—]|(?:til|to)\\b)\\s*(?:" + OPEN + "\\b)?)?"
            + "|\\b(?:fra|from|since|siden)\\s*$|(?<=[-–—]\\s{0,3})" + OPEN + "\\b|^\\s*" + OPEN + "\\b");
    // The framing before a title in a sentence or line: "arbejdet som", "ansat som en", "uddannet", "worked as a".
    private static final Pattern FRAMED = Pattern.compile(
        "(?iu)\\b((?:arbejder|arbejdet|arbejdede|ansat|ansættelse|job|jobbet|stilling|beskæftiget|erfaring|fungerer|"
            + "fungeret|fungerede|virket|vikar|work|works|worked|working|employed|experience|role|position)"
            + "(?:\\s+(?:jeg|han|hun|i))?\\s+(?:som|as)"
            + "|(?:(?:jeg er|i am|i'm)\\s+(?:an?\\s+)?)?(?:uddannet|færdiguddannet|nyuddannet|trained|qualified)"
            + "(?:\\s+(?:som|as))?|jeg er|været|(?:i am|i'm)(?=\\s+an?\\s))\\s+"
            + "(?:(?:en|et|a|an)\\s+)?([\\p{L}][\\p{L}\\-]*(?:\\s+(?!(?:" + ENDS + ")\\b)[\\p{L}][\\p{L}\\-]*){0,3})");
    // The cues that put a sentence in the past: it names a former job.
    private static final Pattern PAST = Pattern.compile(
        "(?iu)\\b(?:arbejdet|arbejdede|fungeret|fungerede|virket|var|worked|was|were|tidligere|previously|formerly|"
            + "former)\\b");
    private static final Pattern SEGMENT = Pattern.compile("\\s*(?:[,;|:()\\[\\]/•·]|\\s[-–—]\\s)\\s*");
    // "Sygeplejerskeuddannelsen" → "Sygeplejerske": an education named after its trade.
    private static final Pattern EDUCATION_SUFFIX = Pattern.compile("(?iu)(\\p{L}{4,}?)-?uddannelse(?:n|r|rne)?\\b");
    // "Social and Health Care Helper", "Food and Beverage Manager": one word joined to a longer title is a modifier of
    // that title, not a second title, so the line is not cut at "and"/"og".
    private static final Pattern JOINED_MODIFIERS = Pattern.compile("(?iu)(\\p{L}+\\s+(?:and|og)\\s)(\\p{L}+\\s+\\p{L}.*)");
    // What joins a name, a title and contact data on one headline line; not commas, which also join a title's parts.
    private static final Pattern HEADLINE_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|\\s[-–—]\\s");
    private static final Pattern BULLET = Pattern.compile("^[\\s\\-–—•·*>]+");

    private CvTitles() {
    }

    /** The title phrases of a long text, at most {@value #MAX_PHRASES} distinct ones, best weighed first. */
    static List<Phrase> extract(String text) {
        String[] lines = (text == null ? "" : text).split("\\R");
        int latest = latestYear(lines);
        Map<String, Double> out = new LinkedHashMap<>();
        int headline = 0;
        String pendingDate = null;
        for (String raw : lines) {
            String line = BULLET.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                // The headline is the text's first block: a blank line ends it ("CV", blank, "Work experience").
                headline = headline > 0 ? HEADLINE_LINES : 0;
                continue;
            }
            if (headline < HEADLINE_LINES) {
                headline++;
                if (pendingDate == null && addHeadline(out, line)) {
                    continue;
                }
            }
            if (isDateOnly(line)) {
                // "08/2020 - nu" on a line of its own, the job on the next (a layout, or a PDF's table cells).
                pendingDate = line;
                continue;
            }
            if (pendingDate != null && !YEARS.matcher(line).find()) {
                line = pendingDate + " " + line;
            }
            pendingDate = null;
            Matcher years = YEARS.matcher(line);
            boolean dated = years.find();
            // A dated CV line is one unit ("jan. 2014–d.d. Netværksansvarlig"); a paragraph is read sentence by sentence.
            String[] sentences = Analysis.words(line).size() <= CV_LINE_WORDS ? new String[] {line}
                : line.split("(?<=[.!?])\\s+(?=\\p{Lu})");
            for (String sentence : sentences) {
                double weight = recency(sentence, dated ? latest : -1);
                boolean framed = false;
                Matcher f = FRAMED.matcher(sentence);
                while (f.find()) {
                    framed = true;
                    // Past when the framing or the few words before it say so ("Tidligere arbejdede jeg som").
                    boolean past = PAST.matcher(sentence.substring(Math.max(0, f.start() - PAST_REACH), f.end(1))).find();
                    add(out, f.group(2), past && weight == 1 ? 0.5 : weight);
                }
                if (dated && !framed) {
                    // A dated line without a framing is a CV line: its title is one of its comma-separated parts.
                    String rest = DATE.matcher(sentence).replaceAll(" ");
                    // A line reads "Title, Employer, Town" more often than the other way round: later parts count less.
                    int parts = 0;
                    for (String part : SEGMENT.split(rest)) {
                        if (parts < PART_WEIGHTS.length && add(out, part, weight * PART_WEIGHTS[parts])) {
                            parts++;
                        }
                    }
                }
            }
        }
        var phrases = new ArrayList<Phrase>();
        out.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_PHRASES)
            .forEach(e -> phrases.add(new Phrase(e.getKey(), e.getValue())));
        return phrases;
    }

    /**
     * A headline line: whole, or part by part when separators join several ("Jonas Frederiksen | IT-supporter", "Lærer –
     * Anne Holst", "Tømrer · siden 2012 · 30 87 14 22"), so the name or the phone number beside a title does not hide it.
     */
    private static boolean addHeadline(Map<String, Double> out, String line) {
        if (isHeadline(line) && HEADLINE_SEPARATOR.split(line).length == 1) {
            add(out, line, 1);
            return true;
        }
        String[] parts = HEADLINE_SEPARATOR.split(line);
        // Only a line that starts as a headline does ("2019 – nu  Kok, Restaurant Y" is a CV line, not a headline).
        if (parts.length < 2 || !isHeadline(parts[0])) {
            return false;
        }
        boolean added = false;
        for (String part : parts) {
            if (!part.isBlank() && isHeadline(part)) {
                added |= add(out, part, 1);
            }
        }
        return added;
    }

    // A line that holds dates and nothing else: the CV line it dates is the next one.
    private static boolean isDateOnly(String line) {
        return YEARS.matcher(line).find() && DATE.matcher(line).replaceAll(" ").matches("(?s)[^\\p{L}]*");
    }

    // A short first line without digits, e-mail or a full stop: a name or a professional headline.
    private static boolean isHeadline(String line) {
        List<String> words = Analysis.words(line);
        String key = String.join(" ", words);
        return !words.isEmpty() && words.size() <= MAX_WORDS && !line.matches(".*[\\d@].*") && !line.endsWith(".")
            && !key.matches("cv|curriculum vitae|resume|résumé|ansøgning|profil|profile");
    }

    /** The latest year the text names, or the year after it when a range is open ("2019–nu": still in that job). */
    private static int latestYear(String[] lines) {
        int latest = -1;
        boolean open = false;
        for (String line : lines) {
            Matcher m = YEARS.matcher(line);
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group()));
            }
            open |= OPEN_RANGE.matcher(line).find();
        }
        return open && latest >= 0 ? latest + 1 : latest;
    }

    /**
     * 1 for an undated sentence, a line with an open range ("2019–nu") or, without open ranges, a line ending in the
     * text's latest year; a line ending earlier is a former job or an old education: at most 1/2, halving for each 6
     * years before the latest.
     */
    private static double recency(String sentence, int latest) {
        if (latest < 0 || OPEN_RANGE.matcher(sentence).find()) {
            return 1;
        }
        int end = -1;
        Matcher m = YEARS.matcher(sentence);
        while (m.find()) {
            end = Math.max(end, Integer.parseInt(m.group()));
        }
        return end < 0 || end >= latest ? 1 : 0.5 * Math.pow(0.5, (latest - end) / 6.0);
    }

    /** Adds the phrase cut at its employer or place; true when it had the shape of a title. */
    private static boolean add(Map<String, Double> out, String phrase, double weight) {
        Matcher joined = JOINED_MODIFIERS.matcher(phrase.strip());
        String p = joined.matches() ? joined.group(1) + TITLE_END.matcher(" " + joined.group(2)).replaceFirst("")
            : TITLE_END.matcher(" " + phrase.strip()).replaceFirst("");
        p = EDUCATION_SUFFIX.matcher(p).replaceAll("$1");
        List<String> words = Analysis.words(p);
        if (words.isEmpty() || words.size() > MAX_WORDS || words.stream().noneMatch(w -> w.length() >= 3)
            || words.stream().anyMatch(w -> w.chars().allMatch(Character::isDigit))) {
            return false;
        }
        out.merge(String.join(" ", words).toLowerCase(Locale.ROOT), weight, Double::sum);
        return true;
    }
}
