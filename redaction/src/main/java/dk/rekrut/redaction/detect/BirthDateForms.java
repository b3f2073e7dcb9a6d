package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates in spellings the date patterns do not read: a month in Roman numerals ("Fødselsdato: 21.VI.1987",
 * "born 3 XI 1990"), and a birth year after the place of birth ("born in Busan in 1994", "født i Aleppo i 1989",
 * "født på Færøerne i 1979"), which also says where the applicant comes from, and day/month with the year after a
 * blank ("Født 3/10 1991"). Both need a birth cue before them, so a
 * Roman numeral in a heading or a year in a sentence about something else stays.
 */
final class BirthDateForms {

    private BirthDateForms() {
    }

    private static final String CUE = "(?<![\\p{L}])(?:fødselsdato|fødselsdag|født|f\\.|date[ \\t]+of[ \\t]+birth|birth[ \\t]*date"
        + "|birthday|born|d\\.?o\\.?b\\.?)";
    private static final String ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";

    /** A cue, then within the same line or the next, day, Roman month and year. Group 1 is the date. */
    static final Pattern ROMAN_DATE = Pattern.compile("(?iu:" + CUE + ")[^\\n\\d]{0,20}(?:\\n[^\\n\\d]{0,5})?"
        + "((?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])[ \\t]*[./ -][ \\t]*" + ROMAN + "[ \\t]*[./ -][ \\t]*(?:19|20)\\d{2}(?!\\d))");

    /** "Født 3/10 1991": day and month with a slash, the year after a blank (rred4); group 1 is the date. */
    static final Pattern SLASH_THEN_YEAR = Pattern.compile("(?iu:" + CUE + ")[^\\n\\d]{0,20}"
        + "((?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])[ \\t]*/[ \\t]*(?:0?[1-9]|1[0-2])[ \\t]+(?:19|20)\\d{2}(?![\\d/]|[.-]\\d))");

    /** "born in Busan in 1994", "født i Aleppo, Syrien, i 1989": the cue, up to three place words, and the year. */
    static final Pattern BORN_IN_PLACE_IN_YEAR = Pattern.compile("(?<![\\p{L}])(?iu:born|født)[ \\t]+(?iu:in|i|på)[ \\t]+"
        + "\\p{Lu}[\\p{L}'’-]*(?:,?[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2},?[ \\t]+(?iu:in|i)[ \\t]+(?:19|20)\\d{2}(?!\\d)");

    /** Where a cue of either pattern starts (lower case): the patterns are tried only there. */
    private static final String[] KEYS = {"fødselsd", "født", "f.", "date of birth", "birth", "born", "dob", "d.o.b"};

    static List<Span> detect(String text, String lower) {
        List<Span> out = new ArrayList<>();
        Matcher roman = ROMAN_DATE.matcher(text);
        Matcher place = BORN_IN_PLACE_IN_YEAR.matcher(text);
        Matcher slash = SLASH_THEN_YEAR.matcher(text);
        for (Matcher m : List.of(roman, place, slash)) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
        for (String key : KEYS) {
            for (int i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length())) {
                int end = Math.min(text.length(), i + 80);
                roman.region(i, end);
                if (roman.lookingAt()) {
                    out.add(new Span(roman.start(1), roman.end(1), SpanType.BIRTH_DATE, roman.group(1), 0.9,
                        "context: birth date, Roman month"));
                }
                slash.region(i, end);
                if (slash.lookingAt()) {
                    out.add(new Span(slash.start(1), slash.end(1), SpanType.BIRTH_DATE, slash.group(1), 0.9,
                        "context: birth date, day/month and the year after a blank"));
                }
                place.region(i, end);
                if (place.lookingAt()) {
                    out.add(new Span(place.start(), place.end(), SpanType.BIRTH_DATE, place.group(), 0.9,
                        "context: birth year after the place of birth"));
                }
            }
        }
        return out;
    }
}
