package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
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

    static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*\\.?");
    private static final Pattern SIGNATURE = Pattern.compile("(?:med venlig hilsen|venlig hilsen|mvh|de bedste hilsner|"
        + "bedste hilsner|kærlig hilsen|hilsen|kind regards|best regards|regards|yours sincerely|sincerely|yours faithfully)"
        + "[,!.]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] CUE_WORDS = {"navn", "name", "reference", "referencer", "referenceperson", "referencerperson",
        "referee", "kontakt", "contact", "leder", "manager", "chef", "ved", "v/", "attn", "kære", "dear", "hej", "hi", "hello",
        "hey", "underskrevet", "signed", "hr", "fru", "frk", "mr", "mrs", "ms", "dr"};
    private static final Set<String> CUE_WORD_SET = Set.of(CUE_WORDS);

    /**
     * A word that labels or introduces a name ("Name", "Navn", "Reference", "Kære"), in lower case: it may stand inside a
     * span with the name (a table's row label "Father's Name" beside it), but it is no part of the name.
     */
    static boolean isNameCue(String lower) {
        return CUE_WORD_SET.contains(lower);
    }

    static final Cue CUE = new Cue(Pattern.compile("(?<![\\p{L}])(?:navn|name|reference|referencer|referencer?person|referee|kontakt|"
        + "contact|leder|manager|chef|ved|v/|attn\\.?|kære|dear|hej|hi|hello|hey|underskrevet|signed|(?-i:[Hh]r\\.?|[Ff]ru|[Ff]rk\\.?|[Mm]r\\.?|[Mm]rs\\.?|[Mm]s\\.?|[Dd]r\\.?))\\s*:?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), NameDetector.CUE_WORDS);
    /** The word just before {@code start}, on the same line, is a title ("Hr. Jensen", not "HR. Jensen" nor across a line). */
    private static boolean titleBefore(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e == start) {
            return false;
        }
        int b = e;
        while (b > 0 && (Trigger.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return b < e && isTitle(text.substring(b, e));
    }

    /** "Hr.", "Fru", "Dr", "mr." are titles; "HR" and "MR" in capitals are acronyms (human resources, MR scanner). */
    private static boolean isTitle(String w) {
        if (w.length() > 6) {
            return false; // longer than any title ("prof.", "miss."): the answer is no either way, without copies of the word
        }
        if (!TITLES.contains(w.toLowerCase(Locale.ROOT))) {
            return false; // most words: asked first, as it rules them out with one copy of the word
        }
        String bare = w.replace(".", "");
        return !(bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT)));
    }

    private static final Set<String> TITLES = Set.of("hr", "fru", "frk", "mr", "mrs", "ms", "miss", "dr", "prof", "hr.", "fru.", "frk.",
        "mr.", "mrs.", "ms.", "miss.", "dr.", "prof.");

    /** Words that greet or introduce the person named right after them; they end a run of capitalised words. */
    private static final Set<String> GREETINGS = Set.of("kære", "dear", "hej", "hi", "hello", "hey", "goddag", "reference", "referee",
        "kontakt", "kontaktperson", "contact", "attn", "att", "v/");

    static final Cue GREETING_BEFORE = new Cue(Pattern.compile("(?<![\\p{L}])(?:kære|dear|hej|hi|hello|hey|goddag)[ \\t]*,?[ \\t]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        "kære", "dear", "hej", "hi", "hello", "hey", "goddag");

    /** Capitalised words that must not start a name sequence although they are in a gazetteer. */
    private static final Set<String> NEVER_ALONE = Set.of("jeg", "vi", "de", "den", "det", "en", "et", "i", "og", "på", "med",
        "til", "for", "som", "er", "the", "a", "an", "and", "in", "on", "at", "to", "of", "my", "we", "it", "is", "as", "by",
        "danmark", "denmark", "københavn", "aarhus", "odense", "aalborg", "januar", "februar", "marts", "april", "maj",
        "juni", "juli", "august", "september", "oktober", "november", "december", "mandag", "tirsdag", "onsdag", "torsdag",
        "fredag", "lørdag", "søndag", "cv", "ansøgning", "erfaring", "uddannelse", "kompetencer", "profil");

    private static final int FIRST = 1;
    private static final int SURNAME = 2;
    /** The word lists below, as flags of the same map: a capitalised word is looked up once, not once per list and rule. */
    private static final int GREETING = 4;
    private static final int STOP = 8;
    private static final int ORGANISATION = 16;
    private static final int PLACE_WORD = 32;
    private static final int PLACE_OR_LANGUAGE = 64;
    private static final int ORDINARY = 128;
    /**
     * Each name in the gazetteers, lower-cased, as FIRST, SURNAME or both, and each word of the lists ({@link #GREETINGS},
     * {@link #NEVER_ALONE}, ...) with its list's flag: one lookup per word answers all these questions.
     */
    private final java.util.Map<String, Integer> kinds = new java.util.HashMap<>();

    NameDetector() {
        Set<String> firstNames = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (String file : List.of("first-names-boys.csv", "first-names-girls.csv", "first-names-unisex.csv")) {
            read(file, line -> firstNames.add(line.strip().toLowerCase(Locale.ROOT)));
        }
        read("names-frequency-gender-origin.csv", line -> {
            String[] f = line.split(",");
            if (f.length >= 5 && !f[1].equals("name")) {
                (f[4].strip().equals("True") ? firstNames : surnames).add(f[1].strip().toLowerCase(Locale.ROOT));
            }
        });
        firstNames.forEach(n -> kinds.merge(n, FIRST, (a, b) -> a | b));
        surnames.forEach(n -> kinds.merge(n, SURNAME, (a, b) -> a | b));
        flag(GREETINGS, GREETING);
        flag(NEVER_ALONE, STOP);
        flag(ORGANISATION_WORDS, ORGANISATION);
        flag(PLACE_WORDS, PLACE_WORD);
        flag(PLACES_AND_LANGUAGES, PLACE_OR_LANGUAGE);
        flag(ORDINARY_WORDS, ORDINARY);
    }

    private void flag(Set<String> words, int flag) {
        words.forEach(w -> kinds.merge(w, flag, (a, b) -> a | b));
    }

    static boolean isStopWord(String lowerCase) {
        return NEVER_ALONE.contains(lowerCase);
    }

    boolean isFirstName(String w) {
        return w.length() >= 2 && is(w.toLowerCase(Locale.ROOT), FIRST);
    }

    boolean isSurname(String w) {
        return is(w.toLowerCase(Locale.ROOT), SURNAME);
    }

    private boolean is(String lower, int kind) {
        Integer k = kinds.get(lower);
        return k != null && (k & kind) != 0;
    }

    /**
     * A capitalised word with its forms made once: {@code raw} as in the text, {@code w} {@link #clean cleaned},
     * {@code lower} the cleaned word in lower case, and its gazetteer lookups. Each rule used to cut, clean, lower-case
     * and look up the word again, and a word is judged by several rules.
     */
    private record Tok(int start, int end, String raw, String w, String lower, boolean first, boolean sur, int kind) {
        /** In {@code list} (a flag such as {@link #STOP}): {@code list}'s set contains {@link #lower}. */
        boolean in(int list) {
            return (kind & list) != 0;
        }
    }

    private List<Tok> words(String text, int[] capitals) {
        List<int[]> spans = tokens(text, capitals);
        List<Tok> out = new ArrayList<>(spans.size());
        for (int[] t : spans) {
            String raw = text.substring(t[0], t[1]);
            String w = clean(raw);
            String lower = w.toLowerCase(Locale.ROOT);
            Integer kind = kinds.get(lower);
            int k = kind == null ? genitive(lower, text, t[1]) : kind;
            out.add(new Tok(t[0], t[1], raw, w, lower, w.length() >= 2 && (k & FIRST) != 0, (k & SURNAME) != 0, k));
        }
        return out;
    }

    /**
     * A Danish genitive of a first name ("Sofies konfirmation", "Gittes datter") is a first name; the word itself is in no
     * list. Not when the stem is also an ordinary word, a place or a language ("Marks", "Holms" are judged as before).
     */
    private int genitive(String lower, String text, int end) {
        if (lower.length() < 4 || !lower.endsWith("s") || !possessedAfter(text, end)) {
            return 0;
        }
        Integer k = kinds.get(lower.substring(0, lower.length() - 1));
        return k != null && (k & FIRST) != 0 && (k & (ORDINARY | PLACE_OR_LANGUAGE | STOP)) == 0 ? FIRST : 0;
    }

    private static final Pattern POSSESSED = Pattern.compile("[ \\t]+(\\p{Ll}+)");
    /** Words after which a capitalised "-s" word is no genitive ("hos Vestas og ...", "Nordeas i"). */
    private static final Set<String> NOT_POSSESSED = Set.of("og", "eller", "i", "på", "til", "hos", "med", "for", "som", "er", "har",
        "var", "blev", "der", "at", "af", "fra", "om", "men", "kan", "vil", "skal", "and", "or", "in", "of", "is", "was");

    /** A lower-case word, the thing possessed, follows the "-s" word: "Sofies konfirmation", not "Vestas og". */
    private static boolean possessedAfter(String text, int end) {
        Matcher m = POSSESSED.matcher(text).region(end, Math.min(text.length(), end + 30));
        return m.lookingAt() && !NOT_POSSESSED.contains(m.group(1));
    }

    List<Span> detect(String text) {
        return detect(text, "da");
    }

    /**
     * {@code language} matters for one rule only: inside a Danish sentence a capital marks a proper noun, in English
     * it also marks languages, months, products and titles, so lone first names inside a sentence count only in Danish.
     */
    List<Span> detect(String text, String language) {
        return detect(text, language, Candidates.of(text).capitals);
    }

    /** {@code capitals}: the text's {@link Candidates#capitals}. */
    List<Span> detect(String text, String language, int[] capitals) {
        boolean danish = !"en".equals(language);
        List<Span> out = new ArrayList<>();
        List<Tok> tokens = words(text, capitals);
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            // A run of capitalised words separated only by spaces (a name does not cross a line, a comma or the end of a
            // sentence). Greetings and cue words ("Kære", "Dear", "Reference") and stop words ("I", "De") stand alone,
            // so "Kære Xiaoling Venkatesan" and "with Babajide Adebayo I ran" give the name as a run of its own.
            if (!breaksRun(tokens.get(i))) {
                while (j + 1 < tokens.size() && spacesOnly(text, tokens.get(j).end(), tokens.get(j + 1).start())
                    && !endsSentence(tokens.get(j)) && !breaksRun(tokens.get(j + 1))) {
                    j++;
                }
            }
            int found = out.size();
            judge(text, tokens.subList(i, j + 1), danish, out);
            if (out.size() > found && versionAfter(text, out.getLast().end())) {
                out.removeLast(); // "TIA Portal V17", "Lightroom Classic 13.2": a product and its version, not a person
            }
            i = j + 1;
        }
        if (danish) {
            ProseCues.names(text, w -> isFirstName(w) && !ORDINARY_WORDS.contains(w) && !NEVER_ALONE.contains(w), out);
        }
        return out;
    }

    /**
     * The capitalised words of the text, as {@link #TOKEN} finds them, that do not continue a word or number. A scan
     * instead of a matcher; {@code LiteralTest} checks that both agree.
     */
    static List<int[]> tokens(String text) {
        return tokens(text, Candidates.of(text).capitals);
    }

    /**
     * As {@link #tokens(String)}, with the text's {@link Candidates#capitals}: a word starts at a capital only, so the
     * scan goes from capital to capital (those inside a word just taken are passed over, as the scan passed over them).
     */
    static List<int[]> tokens(String text, int[] capitals) {
        List<int[]> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        for (int capital : capitals) {
            if (capital < i) {
                continue;
            }
            i = capital;
            int cp = Character.codePointAt(text, i);
            // \p{Lu}[\p{Ll}\p{Lu}'’]*
            int j = i + Character.charCount(cp);
            while (j < n) {
                int c = Character.codePointAt(text, j);
                int type = Character.getType(c);
                if (type != Character.LOWERCASE_LETTER && type != Character.UPPERCASE_LETTER && c != '\'' && c != '’') {
                    break;
                }
                j += Character.charCount(c);
            }
            // (?:-\p{Lu}?[\p{Ll}'’]+)*: each part can be taken in one way only, or not at all
            while (j < n && text.charAt(j) == '-') {
                int k = j + 1;
                if (k < n && Character.getType(Character.codePointAt(text, k)) == Character.UPPERCASE_LETTER) {
                    k += Character.charCount(Character.codePointAt(text, k));
                }
                int e = k;
                while (e < n) {
                    int c = Character.codePointAt(text, e);
                    if (Character.getType(c) != Character.LOWERCASE_LETTER && c != '\'' && c != '’') {
                        break;
                    }
                    e += Character.charCount(c);
                }
                if (e == k) {
                    break;
                }
                j = e;
            }
            if (j < n && text.charAt(j) == '.') {
                j++;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                tokens.add(new int[] {i, j});
            }
            i = j;
        }
        return tokens;
    }

    private static boolean breaksRun(Tok token) {
        return token.in(GREETING | STOP);
    }

    /** A token ending in a full stop ends the sentence, unless it is an initial ("M.") or a title ("Hr.", "Dr."). */
    private static boolean endsSentence(Tok token) {
        String w = token.raw();
        return w.endsWith(".") && w.length() > 2 && !isTitle(w);
    }

    private void judge(String text, List<Tok> run, boolean danish, List<Span> out) {
        int start = -1;
        int end = -1;
        int nameWords = 0;
        boolean firstSeen = false;
        int strong = 0;
        int leadEnd = -1;
        Tok head = run.getFirst();
        if (run.size() >= 2 && ProseCues.isRole(head.lower()) && nameShaped(run.get(1))) {
            // "Sagsbehandler Andersen", "Mormor Gerda": the role or relative opens the sentence; the rest is judged after it.
            judge(text, run.subList(1, run.size()), danish, out);
            return;
        }
        // After a title ("Hr. Jensen", "Fru Ahmadi", "Dr. Okafor") a capitalised word is a surname, gazetteer or not; after
        // a role or a relative ("overlæge Jørgensen", "Konsulent: Jette") only one the gazetteers know or shaped as one.
        boolean titled = titleBefore(text, head.start())
            || nameShaped(head) && !head.in(STOP | ORGANISATION | PLACE_OR_LANGUAGE) && ProseCues.roleBefore(text, head.start());
        for (int k = 0; k < run.size(); k++) {
            Tok t = run.get(k);
            String raw = t.raw();
            // "Mariam Bank", "Alice Hall": a surname that is also such a word, last and after a first name, is a surname.
            boolean surnameAfterFirst = k == run.size() - 1 && k > 0 && t.sur() && run.get(k - 1).first();
            if (placeOrInstitution(t) && !isTitle(raw) && !surnameAfterFirst) {
                // "Hans Christian Andersen Lufthavn", "Niels Bohr Institutet", "Carl Jacobsens Vej": named after a person,
                // but a place or an institution; the address detector judges streets. After a word that introduces a
                // person ("Reference: Seo-yeon Park") the run is judged as a person in context instead.
                if (cued(text, run.getFirst().start())) {
                    personInContext(text, run, danish, out);
                }
                return;
            }
        }
        for (Tok t : run) {
            String w = t.w();
            boolean first = t.first();
            if (start < 0) {
                if (isTitle(t.raw())) {
                    titled = true;
                } else if (titled && isCapitalisedWord(t)) {
                    start = t.start();
                    end = t.end();
                    nameWords = 2; // the title counts as the neighbouring name part
                    firstSeen = true;
                } else if (first && !t.in(STOP)) {
                    start = t.start();
                    end = t.end();
                    nameWords = 1;
                    firstSeen = true;
                }
                leadEnd = end;
                continue;
            }
            // Only asked where it counts: a first name is taken, and counted as strong, whatever its shape.
            boolean sur = !first && (t.sur() || isSurnameShape(w));
            if (first || sur || firstSeen && isCapitalisedWord(t)) {
                end = t.end();
                nameWords++;
                strong += first || sur ? 1 : 0;
            } else {
                break;
            }
        }
        // "Mark Two", "Storm Surge": a lead that is also an ordinary word needs a real name part after it; so does a lead
        // that is also a language or a country ("Danish Positive List", "English Premier League"; "Danish Khan" stays).
        if (start >= 0 && !titled && nameWords >= 2 && strong == 0 && !cued(text, start)) {
            String lead = clean(text.substring(start, leadEnd)).toLowerCase(Locale.ROOT);
            if (ORDINARY_WORDS.contains(lead) || PLACES_AND_LANGUAGES.contains(lead)) {
                return;
            }
        }
        if (start < 0 || start > run.getFirst().start() && !titled && cued(text, run.getFirst().start())) {
            // No first name, or one only after words the tables do not know ("Reference: Seo-yeon Kim"): where a cue
            // introduces a person the whole run is judged in context, so the unknown given name goes with the surname.
            personInContext(text, run, danish, out);
            return;
        }
        String found = withoutFinalDot(text.substring(start, end));
        end = start + found.length();
        if (nameWords >= 2) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.9, "gazetteer: first name followed by a name part"));
        } else if (supported(text, start, end) || coordinated(text, end)) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.8, "gazetteer: first name in a signature, heading or after a cue"));
        } else if (danish && midSentence(text, start) && !ORDINARY_WORDS.contains(clean(found).toLowerCase(Locale.ROOT))
            && !afterOrganisationWord(text, start) && run.size() == 1 && !isAcronym(found)
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

    /** Danish towns: "Forsyning Helsingør" is a utility, not a person. */
    private static final Places PLACES = new Places();

    /** Words that introduce a person: "min kollega", "Reference:", "My former manager,", "worked with", "sammen med". */
    static final Cue PERSON_CUE = new Cue(Pattern.compile("(?<![\\p{L}])(?:kollega|kolleger|leder|chef|direktør|mentor|vejleder|"
        + "underviser|reference|referencer|referenceperson|kontaktperson|kontakt|sammen med|arbejdede med|samarbejde med|"
        + "colleague|manager|supervisor|boss|director|mentor|referee|reference|contact|worked with|together with|"
        + "teamleder|team lead|team leader|line manager|head of|from|with|by|spoke with|talked to|gennem|vikarieret for|"
        + "navn|name|kære|dear|(?-i:[Hh]r\\.?|[Ff]ru|[Mm]r\\.?|[Mm]rs\\.?|[Mm]s\\.?|[Dd]r\\.?))[,:]?[ \\t]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        "kollega", "kolleger", "leder", "chef", "direktør", "mentor", "vejleder", "underviser", "reference", "referencer",
        "referenceperson", "kontaktperson", "kontakt", "sammen med", "arbejdede med", "samarbejde med", "colleague", "manager",
        "supervisor", "boss", "director", "referee", "contact", "worked with", "together with", "teamleder", "team lead",
        "team leader", "line manager", "head of", "from", "with", "by", "spoke with", "talked to", "gennem", "vikarieret for",
        "navn", "name", "kære", "dear", "hr", "fru", "mr", "mrs", "ms", "dr");
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
        "consulting", "solutions", "digital", "data", "cloud", "lufthavn", "airport", "station", "kirke", "church",
        "professionshøjskolen", "højskolen", "handelshøjskolen", "erhvervsakademi", "erhvervsakademiet", "sygehus", "klinik",
        "styrelse", "agency", "council", "partners", "holding", "fond", "forening", "foreningen", "union", "forbund",
        // subjects of degrees: "MA in Public Administration", "MSc in Computer Science"
        "administration", "science", "sciences", "studies", "engineering", "management", "economics", "business", "arts",
        "law", "laws", "work", "health", "education", "policy");

    /**
     * Capitalised words (two to four) after words that introduce a person, or under a references heading, are a name
     * even when no part is in a gazetteer: "Reference: Olusegun Adeyemi". Names from origins the tables miss are found
     * by their place in the text, not by their spelling.
     */
    private void personInContext(String text, List<Tok> run, boolean danish, List<Span> out) {
        int n = Math.min(run.size(), 4);
        boolean known = false;
        for (int k = 0; k < n; k++) {
            Tok t = run.get(k);
            String w = t.lower();
            if (w.length() < 2 || isNotAPerson(t) || isTitle(w) || isAcronym(t.w()) || PositionalNameDetector.isTitleOrHeading(w)
                || w.endsWith("skole") || PLACES.isPlace(w) && !t.sur() && !t.in(FIRST)) {
                return;
            }
            // w is lower-case and at least two long, so the lookups of the lower-cased cleaned word are the same
            known = known || t.sur() || t.in(FIRST) || isSurnameShape(t.w());
        }
        int start = run.getFirst().start();
        int end = run.get(n - 1).end();
        if (text.startsWith("-", end)) {
            return; // the head of a compound: "Storm-rapporten"
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(lineStart, start);
        String reason = null;
        if (n == 1) {
            // One capitalised word alone after a greeting: "Hej Rajesh", "Hello Meseret,".
            int lineEnd = text.indexOf('\n', end);
            String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
            if (GREETING_BEFORE.endsLine(before) && (after.isEmpty() || after.startsWith(",") || after.startsWith("!"))) {
                reason = "context: a word after a greeting";
            }
        } else if (PERSON_CUE.endsLine(before)) {
            reason = "context: capitalised words after a word that introduces a person";
        } else if (before.isBlank() && (underHeading(text, lineStart) || cueEndsPreviousLine(text, lineStart))) {
            reason = "context: capitalised words under a heading or cue that introduces persons";
        } else if (midSentence(text, start) && (danish || known) && !(danish && !known && locativeBefore(text, start))) {
            // "frivillig i Røde Kors", "maskinmester på Marselisborg Renseanlæg": in Danish a person is not "in" or "on"
            // anything, so capitalised words no table knows after "i" or "på" name an organisation or a place.
            // Inside a Danish sentence only proper nouns have capitals; two to four of them that are no organisation, place
            // or ordinary word are a person. English capitalises more, so there a part must be a known name or name shape.
            reason = danish ? "context: capitalised words inside a Danish sentence" : "gazetteer: name part inside a sentence";
        }
        if (reason != null) {
            String found = withoutFinalDot(text.substring(start, end));
            out.add(new Span(start, start + found.length(), SpanType.NAME, found, 0.75, reason));
        }
    }

    /** The word right before {@code start} (a PDF line may wrap after it) is the Danish preposition "i" or "på". */
    private static boolean locativeBefore(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '\n')) {
            e--;
        }
        int b = e;
        while (b > 0 && Trigger.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e);
        return b < e && (w.equals("i") || w.equals("på"));
    }

    /** A version follows on the same line ("V17", "13.2", "v2.1.0"); a date ("12.03.1985") is no version. */
    private static boolean versionAfter(String text, int end) {
        return VERSION.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern VERSION = Pattern.compile("[ \t]+(?:[vV]\\d+(?:\\.\\d+)*|\\d+\\.\\d+)(?![\\d.]*\\d)(?![\\p{L}\\d])");

    /** A word introducing a person stands before {@code start} on its line, or ends the line above, or a heading does. */
    private static boolean cued(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(lineStart, start);
        return PERSON_CUE.endsLine(before)
            || before.isBlank() && (underHeading(text, lineStart) || cueEndsPreviousLine(text, lineStart));
    }

    /** A line that ends with a word introducing a person ("min tidligere leder", "my former manager") before a line break. */
    private static boolean cueEndsPreviousLine(String text, int lineStart) {
        if (lineStart < 2) {
            return false;
        }
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        return PERSON_CUE.endsLine(text.substring(prevStart, lineStart - 1));
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && noLowerCase(w);
    }

    /** Organisation words, places, languages, stop words and ordinary words: no part of a person's name when alone. */
    /** {@link #isNotAPerson(String)} of the token's lower-cased word, by its flags. */
    private static boolean isNotAPerson(Tok t) {
        return t.in(STOP | ORGANISATION | PLACE_OR_LANGUAGE | ORDINARY) || t.lower().endsWith("skolen") || t.lower().endsWith("universitet");
    }

    /** A first name that is also an ordinary word or a thing ("bo", "storm", "java", "spring"). */
    static boolean isOrdinaryWord(String lower) {
        return ORDINARY_WORDS.contains(lower);
    }

    /** An organisation word, a country or a language (not the ordinary words, which are also given names). */
    static boolean isOrganisationPlaceOrLanguage(String lower) {
        return ORGANISATION_WORDS.contains(lower) || PLACES_AND_LANGUAGES.contains(lower) || PLACE_WORDS.contains(lower);
    }

    static boolean isNotAPerson(String lower) {
        return NEVER_ALONE.contains(lower) || ORGANISATION_WORDS.contains(lower) || PLACES_AND_LANGUAGES.contains(lower)
            || ORDINARY_WORDS.contains(lower) || lower.endsWith("skolen") || lower.endsWith("universitet");
    }

    /** Whole words, so a set: a pattern of alternatives tried with {@code matches()} for every capitalised word cost more. */
    private static final Set<String> PLACE_WORDS = Set.of(("vej|vejen|gade|gaden|allé|alle|plads|pladsen|torv|torvet|stræde|"
        + "boulevard|road|street|avenue|square|lufthavn|airport|institut|institutet|instituttet|institute|salen|hallen|hall|museum|museet|"
        + "centret|centre|center|skole|skolen|gymnasium|kollegium|kollegiet|hospital|hospitalet|kirke|kirken|park|parken").split("\\|"));

    /** A word that makes a run of capitalised words a street, a building or an institution. */
    private static boolean placeOrInstitution(Tok t) {
        return t.in(ORGANISATION | PLACE_WORD);
    }

    /** "Professionshøjskolen Absalon", "Aarhus Universitet": the word before names an organisation. */
    private static boolean afterOrganisationWord(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Trigger.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e) {
            return false;
        }
        String w = text.substring(b, e).toLowerCase(Locale.ROOT);
        return ORGANISATION_WORDS.contains(w) || w.endsWith("skolen") || w.endsWith("universitet");
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
        if (i < 0) {
            return false;
        }
        if (text.charAt(i) == '\n') {
            // A long line ending in a small letter or a comma was wrapped inside a sentence (PDF text comes in lines).
            int prevStart = text.lastIndexOf('\n', i - 1) + 1;
            String prev = text.substring(prevStart, i).stripTrailing();
            return prev.length() >= 40 && (Character.isLowerCase(prev.charAt(prev.length() - 1)) || prev.endsWith(","));
        }
        char c = text.charAt(i);
        return c != '.' && c != ':' && c != '?' && c != '!' && c != '•' && c != '-' && c != '–' && c != '"' && c != '(' ;
    }

    /** A first name, a surname or a word shaped as a surname ("Østergaard"), as a person's name after a role is. */
    private static boolean nameShaped(Tok t) {
        return t.first() || t.sur() || isSurnameShape(t.w());
    }

    private static final Pattern AND_NEXT = Pattern.compile("(?:[ \t]*,[ \t]*|[ \t]+(?:og|&)[ \t]+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");

    /**
     * A first name at the start of a sentence is read as a name when another first name follows it in a list: "Lise,
     * Lars, Emma og Freja", "Asger og Malene fra HR". Neither may be an ordinary word, a place or a language.
     */
    private boolean coordinated(String text, int end) {
        Matcher m = AND_NEXT.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!m.lookingAt()) {
            return false;
        }
        String next = m.group(1).toLowerCase(Locale.ROOT);
        int b = end;
        while (b > 0 && Trigger.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String lead = text.substring(b, end).toLowerCase(Locale.ROOT);
        return is(next, FIRST) && !is(next, ORDINARY | PLACE_OR_LANGUAGE | STOP) && !is(lead, ORDINARY | PLACE_OR_LANGUAGE);
    }

    /** A lone first name counts only where names stand: alone on a line after a greeting, at the top, after a cue. */
    private static boolean supported(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        if (CUE.endsLine(before)) {
            return true;
        }
        boolean aloneOnLine = before.isBlank() && after.chars().allMatch(c -> c == ',' || c == '.' || Character.isWhitespace(c));
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

    private static final Pattern SURNAME_PREFIX = Pattern.compile("(?:Al|El|Ben|Abu|Ibn|Van|Von|De|Da|Di|La|Le|Mac|Mc|O')[-’']?\\p{Lu}\\p{Ll}+.*");
    private static final Pattern SURNAME_SUFFIX = Pattern.compile("\\p{Lu}\\p{Ll}+(?:sen|son|søn|strup|gaard|gård|holm|berg|lund|bjerg|skov|dal|kjær|ø|borg|"
        + "ov|ova|ev|eva|ić|ic|escu|ović|poulos|zadeh|ullah|oglu|oğlu|ski|ska)");

    private static final String[] PREFIXES = {"Al", "El", "Ben", "Abu", "Ibn", "Van", "Von", "De", "Da", "Di", "La", "Le", "Mac", "Mc", "O'"};
    private static final String[] SUFFIXES = {"sen", "son", "søn", "strup", "gaard", "gård", "holm", "berg", "lund", "bjerg", "skov",
        "dal", "kjær", "ø", "borg", "ov", "ova", "ev", "eva", "ić", "ic", "escu", "ović", "poulos", "zadeh", "ullah", "oglu", "oğlu",
        "ski", "ska"};

    /**
     * Surnames not in the gazetteers, in the shapes they take: Al-Hassan, O'Brien, Sørensen, Abdullahi, Petrović. The same
     * test as {@link #SURNAME_PREFIX} and {@link #SURNAME_SUFFIX}, written out: it runs for every capitalised word.
     */
    static boolean isSurnameShape(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (String p : PREFIXES) {
            if (w.startsWith(p)) {
                int i = p.length();
                if (i < w.length() && (w.charAt(i) == '-' || w.charAt(i) == '’' || w.charAt(i) == '\'')) {
                    i++;
                }
                if (i + 1 < w.length() && Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i + 1))) {
                    return true;
                }
            }
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        for (String suffix : SUFFIXES) {
            if (w.length() >= suffix.length() + 2 && w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean spacesOnly(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String withoutFinalDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isCapitalisedWord(Tok t) {
        String w = t.w();
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !t.in(STOP);
    }

    private static String clean(String w) {
        int end = w.length();
        while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '’')) {
            end--;
        }
        if (end >= 2 && w.charAt(end - 1) == 's' && (w.charAt(end - 2) == '\'' || w.charAt(end - 2) == '’')) {
            end -= 2;
        }
        return end == w.length() ? w : w.substring(0, end);
    }

    private static void read(String file, java.util.function.Consumer<String> line) {
        try (var in = NameDetector.class.getResourceAsStream("/dk/rekrut/redaction/data/" + file)) {
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

    /** No char of {@code w} is lower case (a loop: the stream it replaced showed in the profile). */
    private static boolean noLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
