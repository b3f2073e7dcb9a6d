package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A surname after a greeting and a professional title: "Kære Apoteker Lund", "Dear Professor Okonkwo", "Kære
 * Skoleleder Mette Holm", "Dear Dr. Tesfaye,". The greeting cues know "Hr." and "Mrs."; a title of office between the
 * greeting and the name hid it. "Dear Hiring Manager" and "Dear Recruitment Team" have no title and stay.
 */
final class GreetingTitleName {

    private GreetingTitleName() {
    }

    private static final String TITLES = "(?iu:apoteker|professor|prof\\.|rektor|prorektor|direktør|skoleleder|forstander|overlæge|afdelingslæge|læge|dekan|dean"
        + "|doctor|dr\\.?|pastor|præst|provst|biskop|bishop|reverend|rev\\.|dommer|judge|borgmester|rådmand|mayor|councillor"
        + "|kaptajn|captain|oberst|colonel|major|advokat|konsul|ambassadør|ambassador|inspektør|inspector|lektor|adjunkt"
        + "|sir|madam|madame|frau|herr|señor|señora|ingeniør|redaktør|editor|chefredaktør|kommandør|admiral)";
    private static final Pattern GREETING = Pattern.compile("(?<![\\p{L}])(?iu:kære|dear|hej|hello|hi|goddag|til)[ \\t]+"
        + TITLES + "[ \\t]+(\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+)?)(?=[ \\t]*(?:[,!:.]|\\n|$))");

    /**
     * A title of office, capitalised, at the start of a line, then a given name and a surname, as references are listed
     * ("Direktør Hans-Henrik Lauritsen, tlf. …", "Professor Ngozi Okafor –"; rred3). Two or three words, the last no
     * institution ("Lektor Aarhus Katedralskole" stays).
     */
    private static final String NAME_WORD = "\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*";
    private static final Pattern LINE_TITLE = Pattern.compile("[ \\t•·-]*(" + TITLES + ")[ \\t]+(" + NAME_WORD + "(?:[ \\t]+"
        + NAME_WORD + "){1,2})(?=[ \\t]*(?:[,(:–-]|\\n|$))");
    /**
     * A compound job title at the start of a line, then a given name and a surname, then the person's phone or e-mail
     * ("Afdelingssygeplejerske Hanne Østergård, tlf. 40 11 22 33", "Projektleder Mads Kjær, mads@…"; rred4): a referee.
     * The contact data after the name is what keeps an employer after a title ("Afdelingsleder Bravida Danmark (2019–")
     * out.
     */
    private static final Pattern COMPOUND_TITLE_CONTACT = Pattern.compile("[ \\t•·-]*(\\p{Lu}\\p{Ll}{2,}(?:sygeplejerske|leder|chef"
        + "|læge|direktør|konsulent|rådgiver|koordinator|ingeniør|pædagog|lærer|assistent|terapeut|chefredaktør|redaktør))[ \\t]+("
        + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,2})(?=[ \\t]*,[ \\t]*(?iu:tlf|telefon|mobil|phone|tel|e-?mail|mail)|[ \\t]*,?[ \\t]*"
        + "\\+?\\d{2}|[ \\t]*,?[ \\t]*[\\p{L}\\p{N}._-]+@)");
    private static final Pattern INSTITUTION = Pattern.compile("(?iu)(?:skole|universitet|university|kommune|hospital|hospitalet"
        + "|gymnasium|college|institut|institute|akademi|academy|region|ministeriet|ministry|apotek)$");

    static final String[] KEYS = {"kære", "dear", "hej", "hello", "hi ", "goddag", "til "};

    /** {@code keys}: the occurrences of {@link #KEYS} in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        Matcher m = GREETING.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        keys.each(KEYS, i -> {
            m.region(i, Math.min(text.length(), i + 80));
            if (m.lookingAt()) {
                out.add(new Span(m.start(1), m.end(1), SpanType.NAME, m.group(1), 0.85, "context: a name after a greeting and a title"));
            }
        });
        lineTitles(text, out);
        return out;
    }

    /** {@link #LINE_TITLE} at each line start: the title written with a capital, the name no institution. */
    private static void lineTitles(String text, List<Span> out) {
        Matcher m = LINE_TITLE.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        Matcher compound = COMPOUND_TITLE_CONTACT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i >= 0 && i < text.length(); i = text.indexOf('\n', i) < 0 ? -1 : text.indexOf('\n', i) + 1) {
            int c = i;
            while (c < text.length() && " \t•·-".indexOf(text.charAt(c)) >= 0) {
                c++;
            }
            if (c == text.length() || !Character.isUpperCase(text.charAt(c))) {
                continue; // most lines start with no capital title; the pattern of fifty titles is not tried there
            }
            m.region(i, Math.min(text.length(), i + 80));
            if (m.lookingAt() && Character.isUpperCase(text.charAt(m.start(1))) && !INSTITUTION.matcher(m.group(2)).find()) {
                out.add(new Span(m.start(2), m.end(2), SpanType.NAME, m.group(2), 0.85,
                    "context: a name after a title of office at the start of a line"));
            } else if (compound.region(i, Math.min(text.length(), i + 100)).lookingAt() && !INSTITUTION.matcher(compound.group(2)).find()) {
                out.add(new Span(compound.start(2), compound.end(2), SpanType.NAME, compound.group(2), 0.85,
                    "context: a referee's name after a job title, before their phone or e-mail"));
            }
        }
    }
}
