package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Special categories stated by the writer's part in an organisation whose name is in no vocabulary (issue 17, fourth
 * red-team round), recognised by the shape of the organisation's name instead of the name:
 * <ul>
 *   <li>a party or its youth organisation, named by a head word ("local chair of the Conservative Youth", "member of the
 *   Workers' Party (PT) youth wing", "aktiv i Radikal Ungdom"): political opinion;</li>
 *   <li>a named place of worship the writer takes part in ("volunteer at the Kong Meng San temple", "synger i koret i
 *   Sankt Markus Kirke"), and the writer's own congregation ("at my parish", "i min menighed"): religion;</li>
 *   <li>"member of" a capitalised acronym in a sentence about union work ("Member of SIPTU since 2016 and workplace
 *   rep"): trade-union membership;</li>
 *   <li>an LGBT+ group the writer belongs to or founded ("Co-founder of the LGBTQ+ employee network"): sexual
 *   orientation.</li>
 * </ul>
 * Each needs the writer's part (a role or taking part) before the name, so an employer ("Communications officer at the
 * Labour Party", "works at St. Luke's Church") and an organisation only mentioned stay.
 */
final class AffiliationStatements {

    private AffiliationStatements() {
    }

    private static final String ROLE = "(?iu:member|medlem|chair|chairman|chairwoman|vice-chair|formand|næstformand|kasserer"
        + "|treasurer|secretary|sekretær|activist|aktivist|aktiv|active|volunteer(?:ed)?|frivillig|candidate|kandidat|organi[sz]er"
        + "|campaigner|co-founder|founder|medstifter|stifter)";
    private static final String CAPS = "\\p{Lu}[\\p{L}'’.-]*";

    /**
     * A word of a political direction's shape before "Youth"/"Ungdom" ("Conservative", "Radikal", "Socialistisk",
     * "Liberal"), so a youth branch of a charity or sports club ("Red Cross Youth", "DGI Ungdom") is not a party's.
     */
    private static final String IDEOLOGY = "\\p{Lu}\\p{Ll}*(?:ive|iv|ist|ists|istisk|istiske|al|ale|ic|isk|iske|krat|kratisk|kratiske)";

    /** Group 1: the role, the organisation and its abbreviation or wing after it. */
    static final Pattern PARTY = Pattern.compile("(?<![\\p{L}])(" + ROLE + "(?:[ \\t]+\\p{L}+){0,2}[ \\t]+(?iu:of|in|for|af|i|for)"
        + "[ \\t]+(?:(?iu:the)[ \\t]+)?(?:(?:" + CAPS + "[ \\t]+){0,3}(?:Party|Parti|Partiet|Ungdomsparti)|(?:" + CAPS + "[ \\t]+){0,2}"
        + IDEOLOGY + "[ \\t]+(?:Youth|Ungdom))"
        + "(?:[ \\t]*\\(\\p{Lu}{1,6}\\))?(?:[ \\t]+(?iu:youth[ \\t]+wing|ungdomsafdeling))?)(?![\\p{L}])(?![ \\t]+\\p{Lu}\\p{Ll})");

    private static final String WORSHIP = "(?iu:temple|templet|church|kirke|kirken|mosque|moské|moskeen|synagogue|synagoge|gurdwara"
        + "|pagoda|pagode|cathedral|domkirke|chapel|kapel)";
    static final Pattern WORSHIP_PLACE = Pattern.compile("(?<![\\p{L}])((?iu:volunteer(?:ed|s)?|frivillig|member|medlem|attend(?:s|ed)?"
        + "|worship(?:ped)?|sing|sings|synger|serve[sd]?|active|aktiv|go|goes|går|kommer)(?:[ \\t]+\\p{L}+){0,2}[ \\t]+"
        + "(?iu:at|in|i|på|of|af|to|til)[ \\t]+(?:(?iu:the)[ \\t]+)?(?:" + CAPS + "[ \\t]+){1,6}" + WORSHIP + ")(?![\\p{L}])");
    static final Pattern OWN_CONGREGATION = Pattern.compile("(?<![\\p{L}])((?iu:my|our|min|mit|vores)[ \\t]+(?iu:parish|congregation"
        + "|church|mosque|temple|synagogue|menighed|kirke|moské|sogn|trossamfund))(?![\\p{L}])");

    static final Pattern UNION_ACRONYM = Pattern.compile("(?<![\\p{L}])((?iu:member|medlem)[ \\t]+(?iu:of|af)[ \\t]+(?:(?iu:the)[ \\t]+)?"
        + "\\p{Lu}[\\p{Lu}\\d&]{1,7})(?![\\p{L}\\p{N}])");
    /** Words of union work in the same sentence: what makes an acronym after "member of" a union. */
    private static final Pattern UNION_WORK = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:workplace|union|shop)[ \\t]+(?:rep|representative"
        + "|steward)|shop[ \\t]+steward|tillidsrepræsentant|tillidsmand|fagforening\\p{L}*|trade[ \\t]+union|overenskomst\\p{L}*"
        + "|collective[ \\t]+agreement|strike|strejke)(?![\\p{L}])");

    static final Pattern LGBT_GROUP = Pattern.compile("(?<![\\p{L}])(LGBT[QIA2S]*\\+?(?:[ \\t]+(?iu:employee|staff|medarbejder|student"
        + "|students'?|youth))?[ \\t-]*(?iu:network|netværk|group|gruppe|forening|association|community|society|alliance|committee"
        + "|udvalg))(?![\\p{L}])");

    static final String[] PARTY_KEYS = {"party", "parti", "youth", "ungdom"};
    static final String[] WORSHIP_KEYS = {"temple", "church", "kirke", "mosque", "moské", "moske", "synagog", "gurdwara",
        "pagod", "cathedral", "domkirke", "chapel", "kapel"};
    static final String[] OWNER_KEYS = {"parish", "congregation", "menighed", "sogn", "trossamfund"};
    static final String[] MEMBER_KEYS = {"member of", "medlem af"};
    static final String[] LGBT_KEYS = {"lgbt"};

    /** {@code keys}: the occurrences of this class's keys in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        IndirectSpecialCategories.find(text, keys.windows(PARTY_KEYS, 90, 40), PARTY, m -> 1,
            SpanType.POLITICS, "special category: political opinion (a part in a party or its youth)", out);
        IndirectSpecialCategories.find(text, keys.windows(WORSHIP_KEYS, 120, 12), WORSHIP_PLACE,
            m -> 1, SpanType.RELIGION, "special category: religion (taking part in a place of worship)", out);
        IndirectSpecialCategories.find(text, keys.windows(OWNER_KEYS, 10, 20), OWN_CONGREGATION,
            m -> 1, SpanType.RELIGION, "special category: religion (the writer's congregation)", out);
        IndirectSpecialCategories.find(text, keys.windows(LGBT_KEYS, 2, 40), LGBT_GROUP, m -> 1,
            SpanType.SEXUALITY, "special category: sexual orientation (an LGBT+ group)", out);
        List<Span> members = new ArrayList<>();
        IndirectSpecialCategories.find(text, keys.windows(MEMBER_KEYS, 0, 40), UNION_ACRONYM, m -> 1,
            SpanType.TRADE_UNION, "special category: trade union (an acronym in a sentence about union work)", members);
        for (Span s : members) {
            if (UNION_WORK.matcher(sentence(text, s)).find()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentence around a span: from the last full stop or line break before it to the next after it. */
    private static String sentence(String text, Span s) {
        int from = s.start();
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = s.end();
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
