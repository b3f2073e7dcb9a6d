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

    private static final Pattern GREETING = Pattern.compile("(?<![\\p{L}])(?iu:kære|dear|hej|hello|hi|goddag|til)[ \\t]+"
        + "(?iu:apoteker|professor|prof\\.|rektor|prorektor|direktør|skoleleder|forstander|overlæge|afdelingslæge|læge|dekan|dean"
        + "|doctor|dr\\.?|pastor|præst|provst|biskop|bishop|reverend|rev\\.|dommer|judge|borgmester|rådmand|mayor|councillor"
        + "|kaptajn|captain|oberst|colonel|major|advokat|konsul|ambassadør|ambassador|inspektør|inspector|lektor|adjunkt"
        + "|sir|madam|madame|frau|herr|señor|señora|ingeniør|redaktør|editor|chefredaktør|kommandør|admiral)[ \\t]+"
        + "(\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+)?)(?=[ \\t]*(?:[,!:.]|\\n|$))");

    private static final String[] KEYS = {"kære", "dear", "hej", "hello", "hi ", "goddag", "til "};

    static List<Span> detect(String text, String lower) {
        List<Span> out = new ArrayList<>();
        Matcher m = GREETING.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (String key : KEYS) {
            for (int i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length())) {
                m.region(i, Math.min(text.length(), i + 80));
                if (m.lookingAt()) {
                    out.add(new Span(m.start(1), m.end(1), SpanType.NAME, m.group(1), 0.85,
                        "context: a name after a greeting and a title"));
                }
            }
        }
        return out;
    }
}
