package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One readable sentence per posting, in the profile's language: why it matched (the occupation and at which level),
 * how far it is, which skills are shared and which essential ones the CV does not show. The wording lives in
 * {@code explanations.properties} (English) and {@code explanations_da.properties} (Danish), kept in step by a test.
 */
final class Explanations {

    static final String BUNDLE = "dk.rekrut.matching.match.explanations";
    private static final int LISTED = 3;

    private final Esco esco;

    Explanations(Esco esco) {
        this.esco = esco;
    }

    /**
     * The bundle of each language, loaded once: {@code ResourceBundle.getBundle} with a control looks its cache up
     * anew on every call, which was a fifth of explaining a posting (docs/benchmarks.md "What the matcher does for
     * speed").
     */
    private static final Map<Lang, ResourceBundle> BUNDLES = new java.util.EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            // No fallback to the machine's default locale: English is the base bundle, Danish its own.
            BUNDLES.put(lang, ResourceBundle.getBundle(BUNDLE, lang == Lang.DA ? Locale.of("da") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    static ResourceBundle bundle(Lang lang) {
        return BUNDLES.get(lang);
    }

    String explain(Lang lang, Matcher.Candidate p, Matcher.CitizenOccupation by, int level, List<String> shared,
                   List<String> missing, boolean fallback, String home) {
        ResourceBundle b = bundle(lang);
        Locale locale = lang == Lang.DA ? Locale.of("da") : Locale.ENGLISH;
        String posting = p.occupation() == null ? b.getString("posting.unknown") : p.occupation().label(lang);
        String why;
        if (fallback) {
            why = format(b, locale, "why.fallback", group("9", lang));
        } else if (level == 5) {
            why = format(b, locale, by.wish() > 0 ? "why.same.wish" : "why.same.cv");
        } else if (level >= 2) {
            why = format(b, locale, "why.group", group(p.occupation().isco().substring(0, level), lang),
                by.occupation().label(lang));
        } else {
            why = format(b, locale, "why.skills");
        }
        var sentence = new StringBuilder(format(b, locale, "sentence", posting, why));
        if (p.distanceKm() != null) {
            sentence.append(format(b, locale, "distance", String.format(locale, "%.1f", p.distanceKm()), home));
        }
        if (!shared.isEmpty()) {
            sentence.append(format(b, locale, "shared", list(shared, b), shared.size()));
        }
        if (!missing.isEmpty()) {
            sentence.append(format(b, locale, "missing", list(missing, b), missing.size()));
        }
        return sentence.append('.').toString();
    }

    private String group(String code, Lang lang) {
        return esco.iscoGroup(code).map(g -> g.label(lang)).orElse(code);
    }

    /** The first few labels, "a, b og c"; the count is told beside them. */
    private static String list(List<String> labels, ResourceBundle b) {
        List<String> first = labels.subList(0, Math.min(LISTED, labels.size()));
        if (first.size() == 1) {
            return first.get(0);
        }
        return String.join(", ", first.subList(0, first.size() - 1)) + b.getString("and") + first.get(first.size() - 1);
    }

    /**
     * The bundle's pattern, parsed once per bundle language, key and locale and kept (a dozen patterns): parsing it for every
     * sentence was a third of explaining. A {@link MessageFormat} is not thread-safe, so each use formats a clone.
     */
    private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
        MessageFormat parsed = FORMATS.computeIfAbsent(new FormatKey(b.getLocale(), key, locale),
            k -> new MessageFormat(b.getString(key), locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    private record FormatKey(Locale bundle, String key, Locale locale) {
    }

    private static final Map<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

}
