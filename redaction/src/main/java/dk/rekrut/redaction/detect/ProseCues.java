package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues of Danish running text without form data (case notes, e-mails, letters; rdaprose): a person's role or kinship
 * right before their name ("overlæge Jørgensen", "sagsbehandler Andersen", "Mormor Gerda", "Konsulent: Jette"). A title
 * of address ("fru", "Dr.") already marks a name; in prose a role or a relative does the same, so a surname or a first
 * name alone after one is a person.
 */
final class ProseCues {

    private ProseCues() {
    }

    /**
     * Roles people have towards a citizen or a patient, alone or as the head of a compound ("jobkonsulent",
     * "socialrådgiver", "hjemmesygeplejerske"), and relatives and neighbours. Job titles that head CV lines before an
     * employer ("Projektleder", "Salgschef", "Direktør") are left out: there the next words name an organisation.
     */
    private static final Pattern ROLE = Pattern.compile("\\p{L}*(?:behandler|rådgiver|læge|konsulent|sygeplejerske|pædagog|lærer"
        + "|terapeut|psykolog|visitator|vejleder|jordemoder|bisidder|værge|tolk)|mor|far|mormor|morfar|farmor|farfar|bror|storebror"
        + "|lillebror|søster|storesøster|lillesøster|søn|datter|kone|hustru|kæreste|svoger|svigerinde|svigermor|svigerfar|nabo|naboen"
        + "|veninde|onkel|moster|faster|tante|fætter|kusine|barnebarn|nevø|niece|stedfar|stedmor|papfar|papmor|oldemor|oldefar");
    /** The longest role word worth reading back for ("hjemmesygeplejerske" and a prefix). */
    private static final int LONGEST = 30;

    /** {@code lower}, one word in lower case, is a role or a relative. */
    static boolean isRole(String lower) {
        return lower.length() <= LONGEST && ROLE.matcher(lower).matches();
    }

    /**
     * The word right before {@code start} on the same line, after spaces and at most one colon ("Konsulent: Jette"), is a
     * role or a relative, in any case.
     */
    static boolean roleBefore(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e > 0 && text.charAt(e - 1) == ':') {
            e--;
        }
        if (e == start) {
            return false; // "Sagsbehandler-Andersen" or a word right before: no separate role word
        }
        int b = e;
        while (b > 0 && e - b <= LONGEST && Trigger.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && (b == 0 || !Trigger.isLetter(text.charAt(b - 1))) && isRole(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /** A closing of an informal message and a first name in lower case alone after it, on the last line: "kh trine". */
    private static final Pattern LOWER_SIGNATURE = Pattern.compile("(?m)^[ \\t]*(?:kh|mvh|vh|hilsen|knus|kram|kærlig hilsen)[ \\t,]+"
        + "(\\p{Ll}{2,})[ \\t.!]*$");
    /** A nickname after a form of "kalde": "kaldt sig selv \"Svenne\"", "kaldes Bubber", "kaldet »Lillemor«". */
    private static final Pattern CALLED = Pattern.compile("(?<![\\p{L}])(?iu:kaldt|kaldet|kaldes|kalder|kaldte)(?:[ \\t]+(?iu:sig|selv|"
        + "ham|hende|mig|for|altid|bare|også))*[ \\t]+[\"“”»«„']?(\\p{Lu}\\p{Ll}+)[\"“”»«']?");

    /**
     * Names that prose cues mark without a capital or a gazetteer: a lower-case first name signing an informal message
     * ({@code isFirstName} decides), and a capitalised nickname after "kaldt". Found here, the verifier and propagation
     * take their other occurrences.
     */
    static void names(String text, Predicate<String> isFirstName, List<Span> out) {
        if (text.contains("kaldt") || text.contains("kalde")) {
            Matcher m = CALLED.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(1), m.end(1), SpanType.NAME, m.group(1), 0.75, "context: a name after \"kaldt\""));
            }
        }
        Matcher m = LOWER_SIGNATURE.matcher(text);
        while (m.find()) {
            if (isFirstName.test(m.group(1))) {
                out.add(new Span(m.start(1), m.end(1), SpanType.NAME, m.group(1), 0.7,
                    "context: a first name in lower case after an informal closing"));
            }
        }
    }
}
