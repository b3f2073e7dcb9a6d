package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Facts about the writer in shapes the fifth red-team round (issue 17, rred5) found, each a shape of sentence, not a list
 * of values:
 * <ul>
 *   <li>age: the decade of life with an owner ("i mine 40'ere", "in my early fifties", "i slutningen af mine 30'ere"); an
 *   age reached with the time after it ("fyldte 40 i år", "turned 40 this year"); a birth cohort ("årgang 1987");</li>
 *   <li>family: the writer's own parental leave ("på barsel", "min barselsorlov", "2023 Parental leave", "after my
 *   maternity leave") and a child's birth ("the birth of my daughter", "fødslen af vores søn"); a pregnancy with words
 *   between ("I am five months pregnant", "jeg er gravid i 4. måned");</li>
 *   <li>religion: the Friday prayer with the mosque ("fredagsbønnen i moskeen");</li>
 *   <li>origin: a nationality or place joined to "-born" ("Greek-born"); coming to the country from somewhere or as a refugee ("kom
 *   til Danmark fra Vietnam", "came to Denmark as a refugee"); a nationality of the writer's passport ("mit kinesiske
 *   pas", "my Brazilian passport").</li>
 * </ul>
 * Each pattern is tried only in windows around a word every match of it has, as in {@link PersonalStatements}.
 */
final class LifeStatements {

    private LifeStatements() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DECADE_WORD = "(?:tyvere|trediverne|tredivere|fyrrerne|fyrrere|halvtredserne|treserne"
        + "|twenties|thirties|forties|fifties|sixties)";

    static final Pattern DECADE = Pattern.compile("(?<![\\p{L}])(?:i|in)[ \\t]+(?:(?:starten|begyndelsen|midten|slutningen)[ \\t]+af"
        + "[ \\t]+)?(?:mine|my)[ \\t]+(?:(?:early|mid|late|tidlige|sene)[ \\t-]+)?(?:[1-9]0['’]?(?:ere|erne|s)|" + DECADE_WORD + ")"
        + "(?![\\p{L}])", F);
    static final Pattern REACHED_WHEN = Pattern.compile("(?<![\\p{L}])(?:jeg|I)[ \\t]+(?:turned|fyldte|fylder|will[ \\t]+turn)[ \\t]+\\d{2}"
        + "(?:[ \\t]*(?:år|years(?:[ \\t]+old)?))?[ \\t]+(?:i[ \\t]+år|sidste[ \\t]+år|this[ \\t]+year|last[ \\t]+year|i[ \\t]+\\p{L}+)"
        + "(?![\\p{L}])", F);
    /** A cohort year that can be a person's (before 2010); "årgang 2015 fra DTU" is a graduating class and stays. */
    static final Pattern COHORT = Pattern.compile("(?<![\\p{L}])årgang[ \\t]*:?[ \\t]*(?:19[3-9]\\d|200\\d)(?![\\d\\p{L}])"
        + "(?![ \\t]+(?:fra|på|af|ved|of|from))", F);

    private static final String LEAVE = "(?:barsel|barselsorlov|forældreorlov|fædreorlov|fødselsorlov|(?:parental|maternity"
        + "|paternity|shared[ \\t]+parental)[ \\t]+leave)";
    static final Pattern OWN_LEAVE = Pattern.compile("(?<![\\p{L}])(?:(?:på|min|mit|efter[ \\t]+min|holdt|afholdt|on|my|after[ \\t]+my"
        + "|took|taking|was[ \\t]+on)[ \\t]+" + LEAVE + "|" + LEAVE + "(?=[ \\t]*(?:\\(|med[ \\t]+min|med[ \\t]+mine|with[ \\t]+my)))"
        + "(?![\\p{L}])(?:[ \\t]+(?:med|with)[ \\t]+(?:min|mine|my|our|vores)[ \\t]+\\p{L}+)?", F);
    /** A year or period and the leave as one line of a CV's timeline ("2023 Parental leave", "2021–2022: Barsel"). */
    static final Pattern LEAVE_LINE = Pattern.compile("(?m)^[ \\t•*-]*(?:(?:19|20)\\d{2}(?:[ \\t]*[-–][ \\t]*(?:(?:19|20)\\d{2}))?)"
        + "[ \\t]*:?[ \\t]+(" + LEAVE + ")(?![\\p{L}])", F);
    static final Pattern BIRTH_OF_CHILD = Pattern.compile("(?<![\\p{L}])(?:(?:the[ \\t]+)?birth[ \\t]+of[ \\t]+(?:my|our)"
        + "|fødslen[ \\t]+af[ \\t]+(?:min|mit|mine|vores))[ \\t]+(?:\\p{L}+[ \\t]+)?(?:daughter|son|child|baby|twins|datter|søn"
        + "|barn|tvillinger)(?![\\p{L}])", F);
    static final Pattern PREGNANT = Pattern.compile("(?<![\\p{L}])(?:I[ \\t]+am|I'm|I’m|jeg[ \\t]+er)[ \\t]+(?:[\\p{L}\\d.]+[ \\t]+){1,3}"
        + "(?:pregnant|gravid)(?![\\p{L}])", F);

    /** A nationality or a place joined to "-born" ("Greek-born", "Aarhus-born"): where the writer was born. */
    static final Pattern BORN_DEMONYM = Pattern.compile("(?<![\\p{L}])(?-i:\\p{Lu}\\p{Ll}+)-born(?![\\p{L}])", F);
    /** The Friday prayer with the mosque where it is said ("fredagsbønnen i moskeen", "Friday prayers at the mosque"). */
    static final Pattern PRAYER_PLACE = Pattern.compile("(?<![\\p{L}])(?:fredagsbøn(?:nen|ner)?|friday[ \\t]+prayers?)[ \\t]+"
        + "(?:i|in|at|ved|på)[ \\t]+(?:the[ \\t]+)?(?:moskeen|moskéen|moské|moske|mosque|masjid)(?![\\p{L}])", F);
    static final Pattern CAME_TO = Pattern.compile("(?<![\\p{L}])(?:kom|flyttede|flygtede|immigrerede|came|moved|fled|emigrated)"
        + "[ \\t]+(?:til|to)[ \\t]+(?-i:\\p{Lu}\\p{L}+)[ \\t]+(?:(?:fra|from)[ \\t]+(?-i:\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?)"
        + "|as[ \\t]+an?[ \\t]+(?:refugee|asylum[ \\t]+seeker)|som[ \\t]+(?:kvote)?flygtning)", F);
    /** Group 1: the nationality of the writer's passport. */
    static final Pattern PASSPORT_NATIONALITY = Pattern.compile("(?<![\\p{L}])(?:mit|mine|my|et|a|an)[ \\t]+(\\p{L}+(?:iske|ske"
        + "|ese|ian|ean|ish|an|i)[ \\t]+(?:pas|passport|statsborgerskab|citizenship))(?![\\p{L}])", F);

    /** Keys start with an ASCII letter (see {@link KeyScan}): the owner before a decade, the verbs, "årgang" without its "å". */
    static final String[] AGE_KEYS = {"i mine ", "in my ", "fyldte", "fylder", "turned", "will turn", "rgang"};
    static final String[] FAMILY_KEYS = {"barsel", "orlov", "leave", "birth", "fødslen", "pregnant", "gravid"};
    static final String[] ORIGIN_KEYS = {"-born", "kom til", "flyttede til", "flygtede til", "immigrerede til", "came to",
        "moved to", "fled to", "emigrated to", " pas", "passport", "statsborgerskab", "citizenship"};

    static final String[] RELIGION_KEYS = {"fredagsbøn", "friday prayer"};

    /** {@code keys}: the occurrences of this class's keys in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        List<int[]> age = keys.windows(AGE_KEYS, 40, 40);
        find(text, age, DECADE, 0, SpanType.AGE, "context: the writer's decade of life", out);
        find(text, age, REACHED_WHEN, 0, SpanType.AGE, "context: age reached", out);
        find(text, age, COHORT, 0, SpanType.AGE, "context: birth cohort", out);
        List<int[]> family = keys.windows(FAMILY_KEYS, 60, 60);
        find(text, family, OWN_LEAVE, 0, SpanType.FAMILY, "signal: the writer's parental leave", out);
        find(text, family, LEAVE_LINE, 1, SpanType.FAMILY, "signal: parental leave in the timeline", out);
        find(text, family, BIRTH_OF_CHILD, 0, SpanType.FAMILY, "signal: a child's birth", out);
        find(text, family, PREGNANT, 0, SpanType.FAMILY, "signal: a child expected", out);
        List<int[]> origin = keys.windows(ORIGIN_KEYS, 60, 60);
        find(text, keys.windows(RELIGION_KEYS, 10, 60), PRAYER_PLACE, 0, SpanType.RELIGION, "special category: religion (prayer)", out);
        find(text, origin, BORN_DEMONYM, 0, SpanType.ORIGIN, "context: born in a country", out);
        find(text, origin, CAME_TO, 0, SpanType.ORIGIN, "context: came to the country", out);
        find(text, origin, PASSPORT_NATIONALITY, 1, SpanType.ORIGIN, "context: the passport's nationality", out);
        return out;
    }

    private static void find(String text, List<int[]> windows, Pattern p, int group, SpanType type, String reason, List<Span> out) {
        IndirectSpecialCategories.find(text, windows, p, m -> group, type, reason, out);
    }
}
