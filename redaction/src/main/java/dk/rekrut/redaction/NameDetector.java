package dk.rekrut.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are not in the form: gazetteers of first names and surnames (Danish and of non-Danish origin, so
 * nobody is treated differently because of their name), weighed by capitalisation, neighbouring name parts,
 * position (a signature, the top of a CV, a references section) and context words. A lone capitalised word
 * that is also an ordinary word ("Bo", "Mark", "Sten", "Storm") is a name only with such support.
 */
final class NameDetector {

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*\\.?");
    private static final Pattern SIGNATURE = Pattern.compile("(?:med venlig hilsen|venlig hilsen|mvh|de bedste hilsner|"
        + "bedste hilsner|kærlig hilsen|hilsen|kind regards|best regards|regards|yours sincerely|sincerely|yours faithfully)"
        + "[,!.]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:navn|name|reference|referencer|referencer?person|referee|kontakt|"
        + "contact|leder|manager|chef|ved|v/|attn\\.?|kære|dear|hej|hi|underskrevet|signed|hr\\.?|fru|frk\\.?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s*:?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}])(?:hr|fru|frk|mr|mrs|ms|miss|dr|prof)\\.?\\s+$",
        Pattern.CASE_INSENSITIVE);

    private static boolean isTitle(String w) {
        return w.toLowerCase(Locale.ROOT).matches("(?:hr|fru|frk|mr|mrs|ms|miss|dr|prof)\\.?");
    }

    /** Capitalised words that must not start a name sequence although they are in a gazetteer. */
    private static final Set<String> NEVER_ALONE = Set.of("jeg", "vi", "de", "den", "det", "en", "et", "i", "og", "på", "med",
        "til", "for", "som", "er", "the", "a", "an", "and", "in", "on", "at", "to", "of", "my", "we", "it", "is", "as", "by",
        "danmark", "denmark", "københavn", "aarhus", "odense", "aalborg", "januar", "februar", "marts", "april", "maj",
        "juni", "juli", "august", "september", "oktober", "november", "december", "mandag", "tirsdag", "onsdag", "torsdag",
        "fredag", "lørdag", "søndag", "cv", "ansøgning", "erfaring", "uddannelse", "kompetencer", "profil");

    private final Set<String> firstNames;
    private final Set<String> surnames;

    NameDetector() {
        firstNames = new HashSet<>();
        surnames = new HashSet<>();
        for (String file : List.of("first-names-boys.csv", "first-names-girls.csv", "first-names-unisex.csv")) {
            read(file, line -> firstNames.add(line.strip().toLowerCase(Locale.ROOT)));
        }
        read("names-frequency-gender-origin.csv", line -> {
            String[] f = line.split(",");
            if (f.length >= 5 && !f[1].equals("name")) {
                (f[4].strip().equals("True") ? firstNames : surnames).add(f[1].strip().toLowerCase(Locale.ROOT));
            }
        });
    }

    static boolean isStopWord(String lowerCase) {
        return NEVER_ALONE.contains(lowerCase);
    }

    boolean isFirstName(String w) {
        return firstNames.contains(w.toLowerCase(Locale.ROOT));
    }

    boolean isSurname(String w) {
        return surnames.contains(w.toLowerCase(Locale.ROOT));
    }

    List<Span> detect(String text) {
        return detect(text, "da");
    }

    /**
     * {@code language} matters for one rule only: inside a Danish sentence a capital marks a proper noun, in English
     * it also marks languages, months, products and titles, so lone first names inside a sentence count only in Danish.
     */
    List<Span> detect(String text, String language) {
        boolean danish = !"en".equals(language);
        List<Span> out = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            tokens.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            // A run of capitalised words separated only by spaces (a name does not cross a line or a comma).
            while (j + 1 < tokens.size() && text.substring(tokens.get(j)[1], tokens.get(j + 1)[0]).matches("[ \\t]+")) {
                j++;
            }
            judge(text, tokens.subList(i, j + 1), danish, out);
            i = j + 1;
        }
        return out;
    }

    private void judge(String text, List<int[]> run, boolean danish, List<Span> out) {
        int start = -1;
        int end = -1;
        int nameWords = 0;
        boolean firstSeen = false;
        // After a title ("Hr. Jensen", "Fru Ahmadi", "Dr. Okafor") a capitalised word is a surname, gazetteer or not.
        boolean titled = TITLE.matcher(text.substring(Math.max(0, run.getFirst()[0] - 6), run.getFirst()[0])).find();
        for (int[] t : run) {
            String w = clean(text.substring(t[0], t[1]));
            boolean first = isFirstName(w);
            boolean sur = isSurname(w) || isSurnameShape(w);
            if (start < 0) {
                if (isTitle(text.substring(t[0], t[1]))) {
                    titled = true;
                } else if (titled && isCapitalisedWord(w)) {
                    start = t[0];
                    end = t[1];
                    nameWords = 2; // the title counts as the neighbouring name part
                    firstSeen = true;
                } else if (first && !NEVER_ALONE.contains(w.toLowerCase(Locale.ROOT))) {
                    start = t[0];
                    end = t[1];
                    nameWords = 1;
                    firstSeen = true;
                }
                continue;
            }
            if (first || sur || firstSeen && isCapitalisedWord(w)) {
                end = t[1];
                nameWords++;
            } else {
                break;
            }
        }
        if (start < 0) {
            personInContext(text, run, out);
            return;
        }
        String found = text.substring(start, end).replaceAll("\\.$", "");
        end = start + found.length();
        if (nameWords >= 2) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.9, "gazetteer: first name followed by a name part"));
        } else if (supported(text, start, end)) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.8, "gazetteer: first name in a signature, heading or after a cue"));
        } else if (danish && midSentence(text, start) && !ORDINARY_WORDS.contains(clean(found).toLowerCase(Locale.ROOT))
            && !text.startsWith("-", end) && !PLACES_AND_LANGUAGES.contains(clean(found).toLowerCase(Locale.ROOT))) {
            // Danish capitalises only proper nouns, so a first name with a capital inside a sentence ("jeg talte med Kim
            // om sagen") is a person, unless the name is also an ordinary word or part of a compound ("Maria-projektet").
            out.add(new Span(start, end, SpanType.NAME, found, 0.7, "gazetteer: capitalised first name inside a sentence"));
        }
    }

    /**
     * First names in the gazetteers that are also ordinary Danish or English words, or names of things; alone they are
     * never taken for a person without further support.
     */
    private static final Set<String> ORDINARY_WORDS = Set.copyOf(List.of("bo", "mark", "sten", "storm", "dag", "rose", "sol", "sky", "ask",
        "eg", "lind", "skov", "hav", "bjørn", "ulv", "falk", "ravn", "ørn", "lærke", "due", "svane", "rask", "glad", "fri",
        "frej", "tor", "sten", "birk", "bøg", "elm", "dal", "bæk", "ager", "vang", "holm", "lund", "kær", "mose", "sand",
        "strand", "vinter", "sommer", "maj", "april", "juni", "juli", "august", "may", "june", "will", "bill", "grace", "hope",
        "faith", "joy", "pat", "art", "job", "max", "victor", "java", "ruby", "jade", "amber", "iris", "lily", "ivy", "august",
        "christian", "frank", "said", "guy", "rich", "rob", "sue", "don", "gene", "dean", "earl", "king", "prince", "duke",
        "princess", "angel", "storm", "river", "summer", "autumn", "dawn", "eve", "holly", "crystal", "pearl", "ruby", "sage",
        "sunny", "misty", "penny", "scott", "lane", "page", "chase", "hunter", "mason", "cooper", "parker", "carter", "taylor",
        "spencer", "miller", "baker", "young", "bright", "kan", "er", "se", "vil", "ny", "nye", "bent", "dansk", "norden", "per",
        "master", "senior", "junior", "team", "region", "danske", "kommune", "team", "digital", "spring", "boot", "azure", "scrum"));

    /** Words that introduce a person: "min kollega", "Reference:", "My former manager,", "worked with", "sammen med". */
    private static final Pattern PERSON_CUE = Pattern.compile("(?<![\\p{L}])(?:kollega|kolleger|leder|chef|direktør|mentor|vejleder|"
        + "underviser|reference|referencer|referenceperson|kontaktperson|kontakt|sammen med|arbejdede med|samarbejde med|"
        + "colleague|manager|supervisor|boss|director|mentor|referee|reference|contact|worked with|together with|"
        + "navn|name|kære|dear|hr\\.?|fru|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)[,:]?[ \\t]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A heading under which each line starts with a person's name. */
    private static final Pattern PERSON_HEADING = Pattern.compile("(?:referencer|referencepersoner|references|referees|"
        + "kontaktperson(?:er)?|contact persons?|anbefalinger|recommendations)\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make a run of capitalised words an organisation or a place rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("region", "kommune", "kommunes", "universitet", "university",
        "bank", "styrelsen", "ministeriet", "ministry", "hospital", "hospitalet", "skole", "school", "college", "gymnasium",
        "a/s", "aps", "as", "inc", "ltd", "gmbh", "group", "gruppen", "fonden", "foundation", "center", "centre", "centret",
        "institut", "institute", "akademi", "academy", "rådhus", "politi", "politiet", "forsvaret", "nordisk", "danmark",
        "denmark", "microsoft", "google", "azure", "amazon", "oracle", "sap", "it", "hr", "ceo", "cto", "team", "projekt",
        "project", "program", "programme", "afdeling", "department", "kontor", "office", "services", "service", "systems",
        "consulting", "solutions", "digital", "data", "cloud", "lufthavn", "airport", "station", "kirke", "church");

    /**
     * Capitalised words (two to four) after words that introduce a person, or under a references heading, are a name
     * even when no part is in a gazetteer: "Reference: Olusegun Adeyemi". Names from origins the tables miss are found
     * by their place in the text, not by their spelling.
     */
    private static void personInContext(String text, List<int[]> run, List<Span> out) {
        int n = Math.min(run.size(), 4);
        if (n < 2) {
            return;
        }
        for (int k = 0; k < n; k++) {
            String w = clean(text.substring(run.get(k)[0], run.get(k)[1])).toLowerCase(Locale.ROOT);
            if (w.length() < 2 || NEVER_ALONE.contains(w) || ORGANISATION_WORDS.contains(w) || PLACES_AND_LANGUAGES.contains(w)
                || isTitle(w)) {
                return;
            }
        }
        int start = run.getFirst()[0];
        int end = run.get(n - 1)[1];
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        boolean cued = PERSON_CUE.matcher(text.substring(lineStart, start)).find();
        if (!cued && text.substring(lineStart, start).isBlank()) {
            cued = underHeading(text, lineStart);
        }
        if (cued) {
            String found = text.substring(start, end).replaceAll("\\.$", "");
            out.add(new Span(start, start + found.length(), SpanType.NAME, found, 0.75,
                "context: capitalised words after a word that introduces a person"));
        }
    }

    /** The nearest heading above this line (within a few lines, across the entries of a list) names persons. */
    private static boolean underHeading(String text, int lineStart) {
        int end = lineStart - 1;
        for (int lines = 0; lines < 8 && end > 0; lines++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (PERSON_HEADING.matcher(line).matches()) {
                return true;
            }
            if (line.isEmpty() && lines > 0) {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    /** Countries and languages in Danish and English (from the JDK): "Jordan", "Georgia", "Chad" are places here. */
    private static final Set<String> PLACES_AND_LANGUAGES = placesAndLanguages();

    private static Set<String> placesAndLanguages() {
        var set = new HashSet<String>();
        for (var in : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
            for (String c : Locale.getISOCountries()) {
                set.add(Locale.of("", c).getDisplayCountry(in).toLowerCase(Locale.ROOT));
            }
            for (String l : Locale.getISOLanguages()) {
                set.add(Locale.of(l).getDisplayLanguage(in).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(set);
    }

    /** Inside a sentence: not at the start of a line and not after a full stop, colon, question or exclamation mark. */
    private static boolean midSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return false;
        }
        char c = text.charAt(i);
        return c != '.' && c != ':' && c != '?' && c != '!' && c != '•' && c != '-' && c != '–' && c != '"' && c != '(' ;
    }

    /** A lone first name counts only where names stand: alone on a line after a greeting, at the top, after a cue. */
    private static boolean supported(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        if (CUE.matcher(before).find()) {
            return true;
        }
        boolean aloneOnLine = before.isBlank() && after.replaceAll("[,.]", "").isBlank();
        if (!aloneOnLine) {
            return false;
        }
        if (lineStart == 0 || text.substring(0, lineStart).isBlank()) {
            return true; // the first line of the document: the top of a CV or letter
        }
        int prevEnd = lineStart - 1;
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        return SIGNATURE.matcher(text.substring(prevStart, prevEnd).strip()).find();
    }

    private static boolean isSurnameShape(String w) {
        // Surnames not in the gazetteers, in the shapes they take: Al-Hassan, O'Brien, Sørensen, Abdullahi, Nguyen.
        return w.matches("(?:Al|El|Ben|Abu|Ibn|Van|Von|De|Da|Di|La|Le|Mac|Mc|O')[-’']?\\p{Lu}\\p{Ll}+.*")
            || w.matches("\\p{Lu}\\p{Ll}+(?:sen|son|søn|strup|gaard|gård|holm|berg|lund|bjerg|skov|dal|kjær|ø|borg|"
            + "ov|ova|ev|eva|ić|ic|escu|ović|poulos|zadeh|ullah|oglu|oğlu|ski|ska)");
    }

    private static boolean isCapitalisedWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !NEVER_ALONE.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String clean(String w) {
        return w.replaceAll("[.'’]+$", "").replaceAll("(?:'s|’s)$", "");
    }

    private static void read(String file, java.util.function.Consumer<String> line) {
        try (var in = NameDetector.class.getResourceAsStream("data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + file);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = reader.readLine()) != null) {
                l = l.replace("\uFEFF", "");
                if (!l.isBlank()) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
