package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in no gazetteer, found by where they stand ({@link Zones}): the top of a CV or letter, a page header or footer,
 * the signature after a closing, the line with the e-mail or phone. There a short run of two to four capitalised words
 * (or CAPITALS, "SURNAME Firstname", "Surname, Firstname", initials "B. M.") that is no heading, job title, organisation
 * or place is the applicant's name, whatever its origin. Found once, it is propagated to the rest of the document.
 */
final class PositionalNameDetector {

    /** One word of a name: "Ngozi", "Okonkwo-Baptiste", "O'Neill", "McAllister", "NGOZI", an initial "M.", a particle "van". */
    private static final String WORD = "(?:(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}{2,}(?:['’-]\\p{Lu}+)*|\\p{Lu}\\.|"
        + "(?:van|von|der|den|de|da|dos|das|del|della|di|du|el|al|bin|binti|ibn|la|le|ter|ten|af|zu|y)(?=\\s)"
        // An Arabic article joined to the surname in lower case (rred3): "Hassan al-Masri", "Yousef el-Amin".
        + "|(?:al|el|ad|ar|as|at|az|an|ash|ul)-\\p{Lu}\\p{Ll}+)";
    static final Pattern RUN = Pattern.compile("(?:" + WORD + ")(?:[ \\t]+(?:" + WORD + ")){0,4}");
    /** "Okonkwo, Ngozi" / "OKONKWO, Ngozi Adaeze": the surname first, a comma, then the given names. */
    private static final Pattern SURNAME_COMMA = Pattern.compile("(" + WORD + "(?:[ \\t]+" + WORD + ")?),[ \\t]+(" + WORD
        + "(?:[ \\t]+" + WORD + "){0,2})");
    /** A name run, then one capitalised word in brackets: "ZHANG Xiaoyu (Sophie)", "Nguyen Van Minh (Kevin)". */
    private static final Pattern NICKNAME = Pattern.compile("(.+?)[ \\t]*\\((\\p{Lu}\\p{Ll}+)\\)");
    /** A name run with one capitalised word in brackets inside it: "Małgorzata (Gosia) Wójcik-Nowakowska". */
    private static final Pattern MID_NICKNAME = Pattern.compile("(\\S.*?)[ \\t]+(?:\\(\\p{Lu}\\p{Ll}+\\)"
        // Or in quotes of any kind, in capitals with the name (rred5 without form data): 'Seun', "Freddie", "GIORGOS".
        + "|[\"'“‘„«](?<nick>\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))[\"'”’“»])[ \\t]+(\\S.*)");
    /** What separates the pieces of a header, footer or contact line: "Ngozi Okonkwo | CV | Side 2", "Tlf. … · Mail …". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|·•∙◦▪■►/\\t]|\\s[–—-]\\s|\\s{3,}|,)\\s*");
    /** A label before the name: "Navn:", "Name:", "CV –", "Ansøgning fra", "Signed:". */
    private static final Pattern LEAD = Pattern.compile("^(?:navn|name|ansøger|applicant|underskrift|signed|signature|cv|"
        + "curriculum vitae|resume|résumé|ansøgning fra|application from|af|by)\\s*[:–—-]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MARK = Pattern.compile("^[#*>•▪-]+[ \\t]*");

    /** Words a name never has: headings of a CV or letter, parts of job titles, words that start a sentence or a field. */
    private static final Set<String> NOT_NAME = Set.copyOf(List.of(("curriculum vitae cv resume résumé resumé profil profile kompetencer "
        + "competences competencies skills erhvervserfaring arbejdserfaring erfaring experience work professional uddannelse "
        + "education kurser courses sprog languages language referencer references reference kontakt contact kontaktoplysninger "
        + "personlige oplysninger personal details detaljer information info about me om mig interests interesser fritid hobbies "
        + "certificates certifikater certificeringer certifications projects projekter publications publikationer summary "
        + "ansøgning application cover letter motiveret side page of af and og med til for fra from to the a an in on at my min "
        + "mit mine your jeres ledelse frivilligt arbejde volunteer volunteering achievements resultater key core technical "
        + "tekniske færdigheder andet other portfolio career karriere objective formål nøglekompetencer employment history "
        + "qualifications kvalifikationer awards priser training tools værktøjer anbefalinger recommendations stilling position "
        + "job title titel dato date telefon tlf phone mobil mobile email e-mail mail adresse address født born nationalitet "
        + "nationality kørekort driving licence license linkedin github website hjemmeside it hr ceo cto cfo ph.d phd msc bsc "
        + "ma ba mba cand merc scient polit jur mag oecon kandidat bachelor master diplom diploma hd student studerende "
        + "nyuddannet graduate senior junior lead head chief trainee intern praktikant elev lærling apprentice assistant "
        + "assistent konsulent consultant manager leder chef direktør director officer specialist rådgiver advisor adviser "
        + "koordinator coordinator analytiker analyst udvikler developer ingeniør engineer arkitekt architect designer "
        + "sygeplejerske nurse pædagog lærer teacher lektor adjunkt professor postdoc forsker researcher scientist "
        + "administrator sekretær secretary fuldmægtig jurist lawyer økonom economist revisor accountant bogholder controller "
        + "tekniker technician programmør programmer software data business sales salg marketing product produkt project "
        + "projekt support service kunde customer finance økonomi hospital health sundhed social psykolog læge doctor "
        + "fysioterapeut ergoterapeut socialrådgiver jordemoder medarbejder employee team afdeling department office kontor "
        + "dear kære hej hello hi til att attn vedr re regarding subject emne ansøgningen stillingen i jeg vi du de den det "
        + "dansk danish english engelsk tysk german full stack frontend backend devops cloud digital strategi strategy "
        + "kommunikation communication hr-partner partner founder stifter owner ejer freelance selvstændig mvh hilsen hilsner venlig "
        + "bedste kærlig regards sincerely faithfully truly yours kind best warm wishes thanks tak recruitment rekruttering "
        + "udvalg committee coach agile mentor pilot kok cook chauffør driver elektriker tømrer murer smed mekaniker maler "
        + "frisør worker operator cleaner planner buyer writer editor trainer tutor clerk representative executive associate "
        + "fellow candidate volunteer frivillig transformation innovation operations drift salgs account key nøgle "
        + "social sosu hjælper assistant").split(" ")));

    /** Endings of job titles and fields in Danish and English compounds: "Projektleder", "Softwareudvikler", "Teamlead". */
    private static final String[] TITLE_ENDINGS = {"leder", "chef", "udvikler", "konsulent", "ingeniør", "assistent", "medarbejder",
        "koordinator", "specialist", "rådgiver", "sygeplejerske", "pædagog", "lærer", "analytiker", "arkitekt", "studerende",
        "direktør", "sekretær", "tekniker", "økonom", "designer", "engineer", "developer", "manager", "consultant", "analyst",
        "architect", "coordinator", "assistant", "officer", "director", "teacher", "scientist", "administrator", "advisor",
        "erfaring", "uddannelse", "kompetencer", "oplysninger", "færdigheder", "skills", "experience", "terapeut", "ansvarlig",
        "planlægger", "fuldmægtig", "mægler", "agent", "ology", "ologi", "tion", "sion", "ment", "ness", "ship", "ning", "skab",
        "isme", "ism", "ologist", "ician", "kundskab", "videnskab", "ledelse", "styring", "iker", "mester", "hjælper", "arbejder",
        "fører", "worker", "operator", "officer", "planner", "writer", "trainer"};

    // Compiled once: String.split and replaceAll compiled these for every word.
    private static final Pattern GENITIVE = Pattern.compile("['’]s$");
    private static final Pattern FINAL_DOTS = Pattern.compile("[.'’]+$");

    private final Places places;
    private final NameDetector names;

    PositionalNameDetector(Places places, NameDetector names) {
        this.places = places;
        this.names = names;
    }

    List<Span> detect(String text, Zones zones) {
        List<Span> out = new ArrayList<>();
        List<Zones.Line> lines = zones.lines();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            Zones.Line line = lines.get(i);
            if (line.flags() == 0 || line.end() - line.start() > 120) {
                continue;
            }
            String s = text.substring(line.start(), line.end());
            boolean top = first && !s.isBlank();
            first = first && s.isBlank();
            // Only the document's first line can start a name over two lines ("NGOZI⏎OKONKWO").
            if (top && (splitName(text, line, nextNonBlank(text, lines, i), out) || mononym(text, line, nextNonBlank(text, lines, i), out))) {
                continue;
            }
            line(text, line, s, top, out);
        }
        return out;
    }

    /** A line without the Markdown heading or list mark and the field label ("Navn:") before its value. */
    private static String withoutLead(String s) {
        String v = MARK.matcher(s).replaceFirst("");
        Matcher l = LEAD.matcher(v);
        return l.lookingAt() && l.end() < v.length() ? v.substring(l.end()) : v;
    }

    private static Zones.Line nextNonBlank(String text, List<Zones.Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!text.substring(lines.get(j).start(), lines.get(j).end()).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** "NGOZI⏎OKONKWO" or "Ngozi⏎Okonkwo-Baptiste": a given name and a surname on two lines at the top (a designed CV). */
    private boolean splitName(String text, Zones.Line a, Zones.Line b, List<Span> out) {
        if (b == null || !b.is(Zones.TOP)) {
            return false;
        }
        String x = text.substring(a.start(), a.end()).strip();
        String y = text.substring(b.start(), b.end()).strip();
        if (!oneWord(x) || !oneWord(y) || !nameWord(x) || !nameWord(y)) {
            return false;
        }
        int ax = text.indexOf(x, a.start());
        int by = text.indexOf(y, b.start());
        out.add(new Span(ax, ax + x.length(), SpanType.NAME, x, 0.8, "position: a name over two lines at the top"));
        out.add(new Span(by, by + y.length(), SpanType.NAME, y, 0.8, "position: a name over two lines at the top"));
        return true;
    }

    /**
     * "SUHARTI⏎Graphic designer" (rred5 without form data): a single word in capitals as the document's first line, with a
     * job title on the next, is the name of a person who goes by one name. A capital heading ("PROFIL", "RESUME") is no
     * name word, and the title line says the word above it names a person, not a section or a firm's logo line.
     */
    private boolean mononym(String text, Zones.Line a, Zones.Line b, List<Span> out) {
        if (b == null) {
            return false;
        }
        String x = text.substring(a.start(), a.end()).strip();
        String y = text.substring(b.start(), b.end()).strip();
        if (x.length() < 3 || !oneWord(x) || !upper(x) || !x.chars().allMatch(Character::isLetter) || !nameWord(x)) {
            return false;
        }
        String[] words = blanks(y);
        String last = withoutFinalDots(words[words.length - 1]).toLowerCase(Locale.ROOT);
        if (words.length > 4 || last.isEmpty() || !isTitleOrHeading(last) || HEADINGS.contains(last)) {
            return false;
        }
        int ax = text.indexOf(x, a.start());
        out.add(new Span(ax, ax + x.length(), SpanType.NAME, x, 0.75, "position: one name in capitals above a job title at the top"));
        return true;
    }

    /** Section headings among {@link #NOT_NAME}: a line of them under a capital word says nothing of a person. */
    private static final Set<String> HEADINGS = Set.of("profil", "profile", "kompetencer", "skills", "erfaring", "experience",
        "uddannelse", "education", "sprog", "languages", "kontakt", "contact", "summary", "resume", "cv", "vitae", "om", "me",
        "mig", "information", "details", "oplysninger", "references", "referencer", "interests", "interesser", "portfolio");

    /**
     * Whether a quoted word is a short form of the name word before it: the same first letter ("Frederik 'Freddie'") or
     * a part of it ("Oluwaseun 'Seun'"). A quoted name of a thing ("Kantinen \"Solen\"") is neither. A bracket's
     * nickname ({@code null} here) was taken before this rule and still is.
     */
    private static boolean shortForm(String nick, String before) {
        if (nick == null) {
            return true;
        }
        String[] words = blanks(before);
        String w = words[words.length - 1].toLowerCase(Locale.ROOT);
        String n = nick.toLowerCase(Locale.ROOT);
        return n.length() >= 2 && (w.charAt(0) == n.charAt(0) || w.contains(n));
    }

    /** A bracket or a quote inside the piece: only then can {@link #MID_NICKNAME} match. */
    private static boolean hasInnerNickname(String body) {
        for (int i = 1; i < body.length(); i++) {
            if ("(\"'“‘„«".indexOf(body.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneWord(String s) {
        return !s.isEmpty() && s.chars().noneMatch(Character::isWhitespace) && RUN.matcher(s).matches() && !s.endsWith(".");
    }

    /** Each piece of the line between separators, judged as a name by where the line stands. */
    private void line(String text, Zones.Line line, String s, boolean top, List<Span> out) {
        // "Surname, Firstname" is one piece although it has a comma.
        // After a field label or a Markdown mark (rred4): "Navn: HANSEN, Mette Louise", "# KOWALCZYK, Agnieszka".
        String core = s.indexOf(',') >= 0 ? withoutLead(s.strip()) : null;
        Matcher sc = core != null ? SURNAME_COMMA.matcher(core) : null; // the pattern needs its comma
        if (sc != null && sc.matches() && line.is(Zones.TOP | Zones.EDGE | Zones.SIGNATURE | Zones.REPEATED) && nameRun(sc.group(1)) && nameRun(sc.group(2))
            && (upper(sc.group(1)) || top)) {
            int at = line.start() + s.indexOf(core);
            add(text, at, at + sc.group(0).length(), "position: \"Surname, Firstname\" at the top or in a header", out);
            return;
        }
        int pieces = 0;
        Matcher sep = SEPARATOR.matcher(s);
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        boolean separated = mayHaveSeparator(s);
        int at0 = 0;
        while (separated && nextSeparator(sep, s, at0)) {
            parts.add(new int[] {from, sep.start()});
            from = sep.end();
            at0 = sep.end();
        }
        parts.add(new int[] {from, s.length()});
        for (int[] p : parts) {
            if (!s.substring(p[0], p[1]).isBlank()) {
                pieces++;
            }
        }
        for (int[] p : parts) {
            String piece = s.substring(p[0], p[1]);
            int lead = 0;
            Matcher l = LEAD.matcher(piece);
            if (l.lookingAt() && l.end() < piece.length()) { // LEAD is anchored: the same match as find()
                lead = l.end();
            }
            String body = piece.substring(lead).strip();
            if (body.isEmpty()) {
                continue;
            }
            int at = line.start() + p[0] + piece.indexOf(body, lead);
            // "ZHANG Xiaoyu (Sophie)": the name used in the West, in brackets after the name, is judged with it.
            int[] nickname = null;
            Matcher nm = body.endsWith(")") ? NICKNAME.matcher(body) : null;
            if (nm != null && nm.matches()) {
                nickname = new int[] {at + nm.start(2), at + nm.end(2)};
                body = nm.group(1);
            }
            // "Małgorzata (Gosia) Wójcik-Nowakowska" (rred3): a nickname in brackets inside the name is judged without it.
            String judged = body;
            Matcher mid = nickname == null && hasInnerNickname(body) ? MID_NICKNAME.matcher(body) : null;
            if (mid != null && mid.matches() && shortForm(mid.group("nick"), mid.group(1))) {
                judged = mid.group(1) + " " + mid.group(3);
            }
            boolean quoted = mid != null && mid.hasMatch() && mid.group("nick") != null;
            if (!mayBeRun(judged) || !RUN.matcher(judged).matches() || !nameRun(judged)) {
                continue;
            }
            int words = blanks(judged).length;
            if (words == 1 && !(line.is(Zones.SIGNATURE) && pieces == 1 && nameWord(judged))) {
                continue; // a lone word is a name only alone on a signature line
            }
            if (words > 4 || !supported(line, judged, pieces, commas(s))) {
                continue;
            }
            if (quoted) {
                // Three spans, as the form data's name parts would be: the nickname after a found name part is then
                // also found where it stands alone in the text (NameNeighbours), and spans of the form data stay apart.
                add(text, at + mid.start(1), at + mid.end(1), reason(line), out);
                add(text, at + mid.start("nick"), at + mid.end("nick"), reason(line), out);
                add(text, at + mid.start(3), at + mid.end(3), reason(line), out);
                continue;
            }
            add(text, at, at + body.length(), reason(line), out);
            if (nickname != null) {
                add(text, nickname[0], nickname[1], reason(line), out);
            }
        }
    }

    /**
     * Whether {@link #SEPARATOR} can match in {@code s}: each of its alternatives needs one of its characters, a dash or
     * three blanks in a row. Most lines (a name alone, a sentence) have none, and the pattern is not run over them.
     */
    private static boolean mayHaveSeparator(String s) {
        int blanks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("|·•∙◦▪■►/\t,–—-".indexOf(c) >= 0) {
                return true;
            }
            // \s of a pattern without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]
            blanks = c == ' ' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' ? blanks + 1 : 0;
            if (blanks >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The first character of every match of {@link #SEPARATOR}: a blank (\\s) or a separator. */
    private static final String SEPARATOR_START = " \t\n\u000B\f\r|·•∙◦▪■►/,";

    /**
     * {@code find(from)} of {@link #SEPARATOR}, tried with {@code lookingAt} only where a match can start: the same
     * leftmost match, without the pattern's own scan from every position (a separator is never empty).
     */
    private static boolean nextSeparator(Matcher m, String s, int from) {
        for (int p = from; p < s.length(); p++) {
            if (SEPARATOR_START.indexOf(s.charAt(p)) >= 0) {
                m.region(p, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the line stands is enough at the very top, in a signature, a repeated header or a contact line; elsewhere the words must help. */
    private boolean supported(Zones.Line line, String body, int pieces, int commas) {
        if (line.is(Zones.FIRST | Zones.SIGNATURE | Zones.REPEATED | Zones.CONTACT | Zones.NEAR_CONTACT)) {
            return true;
        }
        // Lower in the top lines or at a block's edge (a page's last line may be body text, a list of skills): a short line
        // that is the name alone or a header/footer made of a few pieces ("Ngozi Okonkwo | CV"), with a known name part
        // or a surname shape in it.
        return pieces <= 3 && commas == 0 && hasNamePart(body);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
            n++;
        }
        return n;
    }

    private String reason(Zones.Line line) {
        if (line.is(Zones.SIGNATURE)) {
            return "position: signature after a closing";
        }
        if (line.is(Zones.CONTACT | Zones.NEAR_CONTACT)) {
            return "position: next to the contact data";
        }
        if (line.is(Zones.REPEATED)) {
            return "position: running header or footer";
        }
        if (line.is(Zones.TOP)) {
            return "position: the first lines of the document";
        }
        return "position: page header or footer";
    }

    private static void add(String text, int start, int end, String reason, List<Span> out) {
        while (end > start && text.charAt(end - 1) == '.' && (end - start < 2 || !Character.isUpperCase(text.charAt(end - 2))
            || end - start > 2 && Trigger.isLetter(text.charAt(end - 3)))) {
            end--; // a final full stop is the sentence's, not an initial's
        }
        if (end > start) {
            out.add(new Span(start, end, SpanType.NAME, text.substring(start, end), 0.8, reason));
        }
    }

    /**
     * Whether {@link #RUN} can match all of {@code s}: a match holds only letters (a letter beyond the Basic Multilingual
     * Plane is a pair of surrogates), blanks, apostrophes, hyphens and dots. A piece with a digit, an '@' or a ':' (most
     * contact lines) is ruled out without the pattern.
     */
    static boolean mayBeRun(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Trigger.isLetter(c) || c == ' ' || c == '\t' || c == '\'' || c == '’' || c == '-' || c == '.' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /** Every word could be part of a person's name, and at least one is more than an initial or particle. */
    private boolean nameRun(String run) {
        boolean real = false;
        int upper = 0;
        int words = 0;
        int ordinary = 0;
        for (String w : blanks(run)) {
            words++;
            if (w.length() == 2 && w.endsWith(".") || Character.isLowerCase(w.charAt(0))) {
                continue;
            }
            if (!nameWord(w)) {
                return false;
            }
            upper += upper(w) ? 1 : 0;
            ordinary += NameDetector.isOrdinaryWord(w.toLowerCase(Locale.ROOT)) ? 1 : 0;
            real = true;
        }
        // "Java Spring Boot", "Storm Surge": mostly words that are also ordinary words or things, however capitalised.
        return real && words <= 5 && ordinary * 2 <= words;
    }

    /** A capitalised word that is no heading, title, organisation, place, language, month or common word. */
    boolean nameWord(String w) {
        String lower = withoutGenitive(w.toLowerCase(Locale.ROOT));
        if (lower.length() < 2 || upper(w) && w.length() <= 2) {
            return false; // "IT", "HR": acronyms
        }
        if (NOT_NAME.contains(lower) || NameDetector.isStopWord(lower) || NameDetector.isOrganisationPlaceOrLanguage(lower)
            || places.isPlace(lower) && !isNamePart(lower)) {
            return false;
        }
        if (hasTitleEnding(lower, 2) && !isNamePart(lower)) {
            return false;
        }
        if (lower.indexOf('-') < 0) {
            return true; // the split would give the word itself, asked above
        }
        for (String part : lower.split("-")) {
            if (NOT_NAME.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNamePart(String run) {
        for (String w : blanks(run)) {
            String c = withoutFinalDots(w);
            if (c.length() >= 2 && (isNamePart(c.toLowerCase(Locale.ROOT))
                || NameDetector.isSurnameShape(c.charAt(0) + c.substring(1).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** A heading word or a job title or field ("curriculum", "specialist", "projektleder"): never a person's name. */
    static boolean isTitleOrHeading(String lower) {
        if (NOT_NAME.contains(lower)) {
            return true;
        }
        for (String e : endingsOf(lower)) {
            if (e.length() >= 5 && lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #TITLE_ENDINGS} by their last character (ASCII; the rest in one list), so a word is compared with a few only. */
    private static final String[][] ENDINGS_BY_LAST = new String[129][];

    static {
        List<List<String>> by = new ArrayList<>();
        for (int c = 0; c < ENDINGS_BY_LAST.length; c++) {
            by.add(new ArrayList<>());
        }
        for (String e : TITLE_ENDINGS) {
            by.get(Math.min(128, e.charAt(e.length() - 1))).add(e);
        }
        for (int c = 0; c < ENDINGS_BY_LAST.length; c++) {
            ENDINGS_BY_LAST[c] = by.get(c).toArray(String[]::new);
        }
    }

    /** The endings {@code word} may end with: those with its last character. */
    private static String[] endingsOf(String word) {
        return word.isEmpty() ? new String[0] : ENDINGS_BY_LAST[Math.min(128, word.charAt(word.length() - 1))];
    }

    /** Whether {@code lower} ends with a {@link #TITLE_ENDINGS} ending and has more than {@code more} letters before it. */
    private static boolean hasTitleEnding(String lower, int more) {
        for (String e : endingsOf(lower)) {
            if (lower.endsWith(e) && lower.length() > e.length() + more - 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isNamePart(String lower) {
        return names.isFirstName(lower) || names.isSurname(lower);
    }

    /** {@code s.split("[ \\t]+")} without a matcher: it runs for every word of a header, footer or contact line. */
    static String[] blanks(String s) {
        return Literal.split(s, true);
    }

    /**
     * {@code GENITIVE.matcher(s).replaceAll("")} by hand where the answer is plain. {@code $} also matches before a line
     * terminator that ends the input, so a word ending in one is left to the pattern.
     */
    static String withoutGenitive(String s) {
        int n = s.length();
        if (n == 0 || lineTerminator(s.charAt(n - 1))) {
            return GENITIVE.matcher(s).replaceAll("");
        }
        return n >= 2 && s.charAt(n - 1) == 's' && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '’') ? s.substring(0, n - 2) : s;
    }

    /** {@code FINAL_DOTS.matcher(s).replaceAll("")} by hand where the answer is plain (see {@link #withoutGenitive}). */
    static String withoutFinalDots(String s) {
        int n = s.length();
        if (n == 0 || lineTerminator(s.charAt(n - 1))) {
            return FINAL_DOTS.matcher(s).replaceAll("");
        }
        int end = n;
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '\'' || s.charAt(end - 1) == '’')) {
            end--;
        }
        return end == n ? s : s.substring(0, end);
    }

    /** The characters {@code $} treats as ending a line (no UNIX_LINES): \n, \r, U+0085, U+2028, U+2029. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Every letter (char by char) is upper case; a loop, as the stream it replaced was a share of the profile. */
    private static boolean upper(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Trigger.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
