package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages written in words, which the digit patterns cannot see: "Jeg er toogtredive år", "Alder: syvogfyrre år",
 * "niogtyve år gammel", "en femogtyveårig", "I am thirty-four years old", "aged twenty-nine". Only numbers from
 * fifteen up are taken, and only with what makes them an age (a cue before, "gammel" / "years old" after), so a
 * duration ("i tyve år", "for twenty years") stays.
 */
final class WrittenAge {

    private WrittenAge() {
    }

    private static final String DA_TENS = "tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems";
    /** Danish 15 to 99: the teens, the tens, and a unit joined to its ten by "og" ("toogtredive"). */
    private static final String DA = "(?:(?:en|et|to|tre|fire|fem|seks|syv|otte|ni)og)?(?:" + DA_TENS + ")"
        + "|femten|seksten|sytten|atten|nitten";
    /** English 15 to 99: "thirty-four", "thirty four", "nineteen". */
    private static final String EN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String GAP = "[ \\t]*:?[ \\t]*(?:\\n[ \\t]*){0,2}";

    static final Pattern AGE = Pattern.compile(
        // Danish: after a cue, or with "gammel" / "-årig" after it
        "(?<![\\p{L}])(?:(?:jeg|han|hun|som)[ \\t]+er|er|alder|på)" + GAP + "(?:" + DA + ")[ \\t]*år(?:[ \\t]+gammel)?(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:" + DA + ")[ \\t]*(?:år[ \\t]+gammel|-?årige?)(?![\\p{L}])"
            // English: after a cue, or with "years old" / "-year-old" after it
            + "|(?<![\\p{L}])(?:i[ \\t]+am|i'm|i’m|aged|age)" + GAP + "(?:" + EN + ")(?:[ \\t]+years?(?:[ \\t]+old)?)?(?![\\p{L}-])"
            + "|(?<![\\p{L}-])(?:" + EN + ")(?:[ \\t]+years?[ \\t]+old|-years?-old)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Every match has a number word in it, and these (lower case) are in every number word: the pattern is tried only in
     * windows around them, which are far rarer than "år".
     */
    static final String[] KEYS = {"tyve", "tredive", "fyrre", "halvt", "tres", "halvf", "firs", "femten", "seksten",
        "sytten", "atten", "nitten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "teen"};

    /** {@code keys}: the occurrences of {@link #KEYS} in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        List<int[]> windows = keys.windows(KEYS, 45, 45);
        if (windows.isEmpty()) {
            return out;
        }
        Matcher m = AGE.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), SpanType.AGE, m.group(), 0.8, "context: age in words"));
            }
        }
        return out;
    }
}
