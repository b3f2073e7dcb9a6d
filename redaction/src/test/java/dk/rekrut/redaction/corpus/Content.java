package dk.rekrut.redaction.corpus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one application (a CV or a cover letter, in Danish or English) for one applicant: the form data, the name as
 * the applicant writes it (sometimes not as in the form), references and colleagues, and signals of age, family and
 * origin, from many sentence templates. Every value that is personal data is written through a placeholder, so it is
 * labelled exactly as written.
 */
final class Content {

    record Applicant(People.Name name, String email, String phone, String street, String postal, String town,
                     LocalDate birth, String cpr) {
    }

    private final Random rnd;
    private final People people;
    private final List<String[]> postals;

    Content(Random rnd, People people, List<String[]> postals) {
        this.rnd = rnd;
        this.people = people;
        this.postals = postals;
    }

    // ---------------------------------------------------------------- the applicant and the form

    Applicant applicant(boolean danish) {
        People.Name n = people.person(rnd, danish);
        String user = ascii(n.first()).toLowerCase(Locale.ROOT);
        String lastAscii = ascii(n.last()).toLowerCase(Locale.ROOT).replace(" ", "");
        String local = switch (rnd.nextInt(6)) {
            case 0 -> user + "." + lastAscii;
            case 1 -> user + lastAscii + (70 + rnd.nextInt(30));
            case 2 -> user.charAt(0) + lastAscii;
            case 3 -> user + "_" + lastAscii.charAt(0) + (rnd.nextInt(90) + 10);
            case 4 -> user + "." + lastAscii.substring(0, Math.min(4, lastAscii.length()));
            default -> lastAscii + "." + user;
        };
        String domain = pick("gmail.com", "hotmail.com", "outlook.dk", "mail.dk", "live.dk", "yahoo.com", "protonmail.com",
            "icloud.com", "jubii.dk", "stofanet.dk");
        String digits = String.valueOf(20 + rnd.nextInt(80)) + String.format("%06d", rnd.nextInt(1_000_000));
        String phone = rnd.nextBoolean() ? "+45" + digits : digits.substring(0, 2) + " " + digits.substring(2, 4) + " "
            + digits.substring(4, 6) + " " + digits.substring(6);
        String[] postal = postals.get(rnd.nextInt(postals.size()));
        String street = street() + " " + (1 + rnd.nextInt(180)) + floor();
        LocalDate birth = LocalDate.of(1960 + rnd.nextInt(42), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String cpr = birth.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-" + String.format("%04d", rnd.nextInt(10_000));
        return new Applicant(n, local + "@" + domain, phone, street, postal[0], postal[1], birth, cpr);
    }

    private static final String[] STREET_HEADS = {"Birke", "Vester", "Nørre", "Øster", "Sønder", "Kirke", "Mølle", "Skole", "Strand",
        "Skov", "Eng", "Bøge", "Ege", "Lunde", "Hassel", "Rose", "Syrene", "Kastanie", "Ahorn", "Humle", "Lærke", "Toft", "Bakke",
        "Kongens ", "Dronning ", "Gammel ", "Ny ", "Store ", "Lille ", "H.C. Andersens ", "Frederiks", "Christians", "Valby",
        "Amager", "Jagt", "Rug", "Havre", "Hvede", "Grøn", "Fælled"};
    private static final String[] STREET_TAILS = {"vej", "gade", "vænget", "allé", "stræde", "parken", "bakken", "haven", "toften",
        "stien", "højen", "plads", "boulevard", "engen", "lund", "marken"};

    private String street() {
        String head = pick(STREET_HEADS);
        String tail = pick(STREET_TAILS);
        if (head.endsWith(" ")) {
            return head + Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + (tail.equals("vej") ? "" : "");
        }
        return head + tail;
    }

    private String floor() {
        return switch (rnd.nextInt(5)) {
            case 0 -> ", " + (1 + rnd.nextInt(5)) + ". tv";
            case 1 -> ", st. th.";
            case 2 -> ", " + (1 + rnd.nextInt(4)) + ". th";
            default -> "";
        };
    }

    // ---------------------------------------------------------------- how the applicant writes their own details

    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("Mohammed", "Mo"), Map.entry("Mohammad", "Mo"),
        Map.entry("Muhammad", "Mo"), Map.entry("Christian", "Chris"), Map.entry("Christina", "Tina"), Map.entry("Katrine", "Trine"),
        Map.entry("Elisabeth", "Lise"), Map.entry("Frederik", "Freddy"), Map.entry("Alexander", "Alex"), Map.entry("Nikolaj", "Nik"),
        Map.entry("Abdullah", "Abdi"), Map.entry("Jacob", "Jakob"), Map.entry("Benjamin", "Ben"), Map.entry("Sebastian", "Basse"),
        Map.entry("Margrethe", "Grethe"), Map.entry("Johannes", "Hannes"), Map.entry("Kristoffer", "Kris"), Map.entry("Ibrahim", "Ibbe"),
        Map.entry("Fatima", "Fati"), Map.entry("Mustafa", "Musse"), Map.entry("Rasmus", "Ras"), Map.entry("Mathias", "Matti"),
        Map.entry("Jonathan", "Jonny"), Map.entry("Ahmed", "Ahmad"), Map.entry("Yusuf", "Yosef"), Map.entry("Hussein", "Hussain"));

    /** The name as written in this document, and a note on how it differs from the form. */
    record Written(String first, String last, String full, String how) {
    }

    Written written(People.Name n) {
        int r = rnd.nextInt(10);
        String first = n.first();
        String last = n.last();
        if (r == 0 && NICKNAMES.containsKey(first)) {
            String nick = NICKNAMES.get(first);
            return new Written(nick, last, nick + " " + last, "nickname instead of the first name in the form");
        }
        if (r == 1 && n.middle() != null) {
            return new Written(first, last, first + " " + last, "middle name left out");
        }
        if (r == 2 && !ascii(n.full()).equals(n.full())) {
            String f = translit(first);
            String l = translit(last);
            return new Written(f, l, f + " " + l, "written without Danish letters or accents");
        }
        if (r == 3 && last.length() >= 5) {
            String l = misspell(last);
            return new Written(first, l, first + " " + l, "surname spelled differently from the form");
        }
        return new Written(first, last, n.full(), "as in the form");
    }

    private String misspell(String s) {
        int i = 1 + rnd.nextInt(s.length() - 2);
        char c = s.charAt(i);
        if (c == s.charAt(i - 1)) {
            return s.substring(0, i) + s.substring(i + 1); // "Hansson" -> "Hanson"
        }
        return s.substring(0, i) + c + s.substring(i); // "Hansen" -> "Hannsen"
    }

    static String translit(String s) {
        String t = s.replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("Æ", "Ae").replace("å", "aa")
            .replace("Å", "Aa");
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l").replace("ı", "i");
    }

    static String ascii(String s) {
        return translit(s).replaceAll("[^A-Za-z .-]", "");
    }

    String phoneAsWritten(String phone) {
        String d = phone.replaceAll("\\D", "");
        if (d.length() == 10) {
            d = d.substring(2);
        }
        return switch (rnd.nextInt(7)) {
            case 0 -> "+45 " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
            case 1 -> d;
            case 2 -> d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
            case 3 -> "0045-" + d.substring(0, 4) + " " + d.substring(4);
            case 4 -> "+45 " + d.substring(0, 4) + " " + d.substring(4);
            case 5 -> d.substring(0, 4) + " " + d.substring(4);
            default -> "(+45) " + d;
        };
    }

    String birthAsWritten(LocalDate b, boolean da) {
        var dk = Locale.forLanguageTag("da");
        String p = da ? pick("d. MMMM yyyy", "dd.MM.yyyy", "d/M-yyyy", "dd-MM-yyyy", "d.M.yyyy", "dd/MM/yyyy", "d. MMM. yyyy")
            : pick("d MMMM yyyy", "MMMM d, yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d MMM yyyy", "dd.MM.yyyy");
        return b.format(DateTimeFormatter.ofPattern(p, da ? dk : Locale.ENGLISH));
    }

    String otherPhone() {
        String d = String.valueOf(20 + rnd.nextInt(80)) + String.format("%06d", rnd.nextInt(1_000_000));
        return switch (rnd.nextInt(6)) {
            case 0 -> d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
            case 1 -> "+45 " + d;
            case 2 -> "+46 70 " + d.substring(0, 3) + " " + d.substring(3, 5) + " " + d.substring(5, 7);
            case 3 -> "+44 7700 " + d.substring(0, 6);
            case 4 -> d.substring(0, 4) + " " + d.substring(4);
            default -> d;
        };
    }

    // ---------------------------------------------------------------- placeholders and labels

    /** A value to write, and its label (null for text that is not personal data). */
    record Part(String text, Doc.Label label) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** Fills a template: each {slot} is looked up in {@code slots}; labelled parts are recorded on the document. */
    static String fill(String template, Map<String, Part> slots, Doc doc) {
        Matcher m = SLOT.matcher(template);
        var sb = new StringBuilder();
        while (m.find()) {
            Part p = slots.get(m.group(1));
            if (p == null) {
                throw new IllegalArgumentException("no slot " + m.group(1) + " in: " + template);
            }
            if (p.label() != null) {
                doc.label(p.label());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(p.text()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Part plain(String s) {
        return new Part(s, null);
    }

    static Part known(String type, String s) {
        return new Part(s, new Doc.Label(type, "known", null, null, s));
    }

    static Part other(String type, String s) {
        return new Part(s, new Doc.Label(type, "other", null, null, s));
    }

    Part name(String group, String s, People.Name n) {
        return new Part(s, new Doc.Label("NAME", group, n.origin(), people.known(firstWord(s)) && people.known(lastWord(s)), s));
    }

    Part namePart(String group, String s, People.Name n) {
        return new Part(s, new Doc.Label("NAME", group, n.origin(), people.known(s), s));
    }

    private static String firstWord(String s) {
        return s.split(" ")[0];
    }

    private static String lastWord(String s) {
        String[] p = s.split(" ");
        return p[p.length - 1];
    }

    // ---------------------------------------------------------------- helpers

    String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** A few distinct templates from a pool, in random order. */
    List<String> some(String[] pool, int n) {
        List<String> copy = new ArrayList<>(List.of(pool));
        java.util.Collections.shuffle(copy, rnd);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    Random rnd() {
        return rnd;
    }

    People people() {
        return people;
    }

    static Map<String, Part> slots() {
        return new HashMap<>();
    }
}
