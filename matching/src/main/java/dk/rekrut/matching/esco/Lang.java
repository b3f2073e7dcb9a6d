package dk.rekrut.matching.esco;

import dk.rekrut.redaction.DocumentText;
import java.util.Locale;

/** The two languages the engine reads and answers in. */
public enum Lang {
    DA, EN;

    /** {@code "da"} or {@code "en"}, any case; anything else is refused with a message naming the value. */
    public static Lang parse(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "da" -> DA;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + code + "' (use da or en)");
        };
    }

    /** The language most of the text's common words belong to, the same guess the redaction engine makes. */
    public static Lang detect(String text) {
        return "en".equals(DocumentText.language(text)) ? EN : DA;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
