package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Special categories and family status said indirectly, in shapes {@link SpecialCategoryDetector}'s vocabularies do not
 * tie together:
 * <ul>
 *   <li>the writer's sick leave, with its length and cause ("var jeg sygemeldt i tre måneder på grund af stress", "I was
 *   on sick leave for six weeks due to burnout", "langtidssygemeldt med en diskusprolaps"): health, whatever the cause;</li>
 *   <li>the writer's own diagnosis or illness without naming it ("efter min egen diagnose", "since my diagnosis");</li>
 *   <li>a seat on a council for a party ("har siddet i kommunalbestyrelsen for Socialistisk Folkeparti"): politics;</li>
 *   <li>a congregation with its faith ("my Catholic parish", "den katolske menighed", "the Muslim community"): religion;</li>
 *   <li>the writer's spouse, partner and children ("My husband", "our two daughters", "min kone", "min kæreste" (rred4)):
 *   family status, and with the partner's name beside it a cue to orientation.</li>
 * </ul>
 * Each needs the writer as subject or owner (jeg/I, min/my/our), so "sygemeldte borgere", "sick leave management",
 * "patients with a diagnosis" and "our partners" stay.
 */
final class IndirectSpecialCategories {

    private IndirectSpecialCategories() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUM = "(?:\\d{1,2}|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|nogle|flere|a|an|one|two|three|four"
        + "|five|six|seven|eight|nine|ten|twelve|a[ \\t]+few|several)";
    private static final String DURATION = "(?:\\s+(?:i|for|in)[ \\t]+" + NUM + "[ \\t]+(?:dage|dag|uger|uge|måneder|måned|år"
        + "|days?|weeks?|months?|years?))?(?:[ \\t]+(?:i|in)[ \\t]+(?:19|20)\\d{2})?";
    /** Words that end a cause: a conjunction or preposition starts the next clause or phrase. */
    private static final String NOT_CAUSE = "(?!(?:og|and|men|but|i|in|at|på|til|to|som|der|hvor|where|which|who|fra|from|since"
        + "|siden|hvilket|while|mens)(?![\\p{L}]))";
    private static final String CAUSE = "(?:\\s+(?:med|pga\\.?|på[ \\t]+grund[ \\t]+af|grundet|efter|due[ \\t]+to|because[ \\t]+of"
        + "|with|after)[ \\t]+(?:(?:en|et|min|mit|mine|a|an|my)[ \\t]+)?" + NOT_CAUSE + "\\p{Ll}[\\p{L}-]*(?:[ \\t]+" + NOT_CAUSE
        + "\\p{Ll}[\\p{L}-]*)?)?";

    static final Pattern SICK_LEAVE = Pattern.compile("(?<![\\p{L}])(?:(?:jeg[ \\t]+)?(?:var|blev|er|har[ \\t]+været|havde[ \\t]+været)"
        + "(?:\\s+jeg)?(?:\\s+\\p{L}+)?\\s+((?:langtids|stress|del)?sygemeldt" + DURATION + CAUSE + ")"
        + "|(?:i|I)[ \\t]+(?:was|have[ \\t]+been|had[ \\t]+been|went|am|'ve[ \\t]+been|’ve[ \\t]+been)(?:\\s+\\p{L}+)?\\s+"
        + "((?:on|off)[ \\t]+(?:long-term[ \\t]+)?sick(?:[ \\t]+leave)?" + DURATION + CAUSE + ")"
        + "|((?:min|my)[ \\t]+(?:sygemelding|sick[ \\t]+leave)" + DURATION + CAUSE + "))(?![\\p{L}])", F);

    static final Pattern OWN_DIAGNOSIS = Pattern.compile("(?<![\\p{L}])(?:min|mit|mine|my)[ \\t]+(?:egen[ \\t]+|eget[ \\t]+|own[ \\t]+)?"
        // The condition may be named by its abbreviation in capitals before the word: "my MS diagnosis", "min KOL-diagnose".
        + "(?:(?-i:\\p{Lu}{2,5})(?:[ \\t]+|-))?(?:diagnose|diagnosis|sygdom|sygdomsforløb|illness|kræftforløb|behandlingsforløb|handicap|disability"
        + "|funktionsnedsættelse)(?![\\p{L}])", F);

    /** The writer's seat or candidacy (group 1: the council and the party), not a council named as an employer or a client. */
    static final Pattern COUNCIL_FOR_PARTY = Pattern.compile("(?<![\\p{L}])(?iu:siddet|sidder|sad|valgt|medlem|kandidat|opstillet"
        + "|served|sat|sit|elected|member|candidate|stood)(?:[ \\t]+\\p{L}+){0,2}[ \\t]+(?iu:i|på|til|af|on|to|of|for)[ \\t]+"
        + "(?:(?iu:the)[ \\t]+)?"
        + "((?iu:kommunalbestyrelsen|byrådet|regionsrådet|folketinget|europa-parlamentet|(?:city|county|borough|town|district"
        + "|parish)[ \\t]+council)[ \\t]+(?iu:for)[ \\t]+(?:(?iu:the)[ \\t]+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2})"
        + "(?![\\p{L}])");
    /** A municipality or region after "for" is the council's own area ("byrådet for Aarhus Kommune"), not a party. */
    private static final Pattern AREA = Pattern.compile("(?iu)(?<![\\p{L}])(?:kommune|kommunes|region|regions|municipality|county"
        + "|borough|city|district)(?![\\p{L}])");

    static final Pattern CONGREGATION = Pattern.compile("(?<![\\p{L}])(?:catholic|katolske?|protestant(?:iske?)?|lutheran|lutherske?"
        + "|evangelical|evangeliske?|muslim|muslimske?|islamic|islamiske?|jewish|jødiske?|orthodox|ortodokse?|hindu|buddhist"
        + "|buddhistiske?|pentecostal|baptist|methodist|anglican|sikh)[ \\t]+(?:parish|church|congregation|community|mosque"
        + "|temple|synagogue|youth[ \\t]+group|menighed|kirke|moské|trossamfund|sogn|ungdom|pagoda|pagode|gurdwara|chapel|kapel"
        + "|cathedral|domkirke|mission|kloster|monastery)(?![\\p{L}])", F);

    static final Pattern OWN_FAMILY = Pattern.compile("(?<![\\p{L}])(?:(?:my|min|mine)[ \\t]+(?:husband|wife|spouse|partner"
        + "|fiancée?|kone|hustru|ægtefælle|forlovede|mand(?![ \\t]+og[ \\t]+kvinde)|sambo|samlever|kæreste|boyfriend|girlfriend)"
        + "|(?:my|our|min|mine|vores)[ \\t]+(?:" + NUM + "[ \\t]+)?(?:daughters?|sons?|children|kids|døtre|sønner|datter|søn|børn))"
        + "(?![\\p{L}])", F);

    /** Words every match of a pattern has (lower case), rarer than the pattern's first word: tried in windows around them. */
    static final String[] SICK_KEYS = {"sygemeld", "sick"};
    static final String[] DIAGNOSIS_KEYS = {"diagnos", "sygdom", "illness", "forløb", "handicap", "disabilit", "funktionsned"};
    static final String[] COUNCIL_KEYS = {"kommunalbestyrelsen", "byrådet", "regionsrådet", "folketinget", "europa-parlamentet",
        "council"};
    /** The first words of {@link #CONGREGATION} and {@link #OWN_FAMILY}: tried with lookingAt where one starts a word. */
    static final String[] FAITH_KEYS = {"catholic", "katolsk", "protestant", "luther", "evangeli", "muslim", "islamic",
        "islamisk", "jewish", "jødisk", "orthodox", "ortodoks", "hindu", "buddhist", "pentecostal", "baptist", "methodist", "anglican",
        "sikh"};
    static final String[] OWNER_KEYS = {"my ", "min ", "mine ", "our ", "vores "};

    /** {@code keys}: the occurrences of this class's keys in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        find(text, keys.windows(SICK_KEYS, 60, 150), SICK_LEAVE, SpanType.HEALTH,
            "special category: health (the writer's sick leave)", out);
        find(text, keys.windows(DIAGNOSIS_KEYS, 20, 30), OWN_DIAGNOSIS, SpanType.HEALTH,
            "special category: health (the writer's diagnosis)", out);
        List<Span> council = new ArrayList<>();
        find(text, keys.windows(COUNCIL_KEYS, 60, 90), COUNCIL_FOR_PARTY, SpanType.POLITICS,
            "special category: political opinion (a council seat for a party)", council);
        for (Span c : council) {
            int lineEnd = text.indexOf('\n', c.end());
            String after = text.substring(c.start(), Math.min(lineEnd < 0 ? text.length() : lineEnd, c.end() + 20));
            if (!AREA.matcher(after.substring(after.indexOf(' ') + 1)).find()) {
                out.add(c);
            }
        }
        atWordStarts(text, keys, FAITH_KEYS, CONGREGATION, SpanType.RELIGION, "special category: religion (a congregation)", out);
        atWordStarts(text, keys, OWNER_KEYS, OWN_FAMILY, SpanType.FAMILY, "signal: the writer's spouse or children", out);
        return out;
    }

    /** The pattern tried with lookingAt where a key starts a word: the same matches as find(), far cheaper. */
    private static void atWordStarts(String text, KeyScan.Hits hits, String[] keys, Pattern p, SpanType type, String reason,
            List<Span> out) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        hits.each(keys, i -> {
            if (i > 0 && Trigger.isLetter(text.charAt(i - 1))) {
                return;
            }
            m.region(i, Math.min(text.length(), i + 80));
            if (m.lookingAt()) {
                out.add(new Span(m.start(), m.end(), type, m.group(), 0.85, reason));
            }
        });
    }

    /** Group 1, 2 or 3 when the pattern has one that matched (the fact without its verb), otherwise the whole match. */
    private static void find(String text, List<int[]> windows, Pattern p, SpanType type, String reason, List<Span> out) {
        find(text, windows, p, IndirectSpecialCategories::firstMatchedGroup, type, reason, out);
    }

    private static int firstMatchedGroup(Matcher m) {
        for (int k = 1; k <= m.groupCount(); k++) {
            if (m.start(k) >= 0) {
                return k;
            }
        }
        return 0;
    }

    /** Each match of the pattern inside the windows, as a span of the group {@code group} chooses (a non-empty one). */
    static void find(String text, List<int[]> windows, Pattern p, ToIntFunction<Matcher> group, SpanType type, String reason,
            List<Span> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                int g = group.applyAsInt(m);
                if (m.end(g) > m.start(g)) {
                    out.add(new Span(m.start(g), m.end(g), type, m.group(g), 0.85, reason));
                }
            }
        }
    }
}
