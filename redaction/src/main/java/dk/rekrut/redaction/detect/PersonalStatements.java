package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the writer in shapes the vocabularies and the older patterns do not tie together (issue 17, third
 * red-team round, rred3). Each is a shape of sentence or field, not a list of values:
 * <ul>
 *   <li>family: the spouse after "gift med"/"married to" ("Gift med Torben", "gift med en dansker"); a marital-status
 *   field's value ("Marital Status: Unmarried", "Civilstand⏎gift"); children with a word between number and noun ("to
 *   voksne børn", "two teenage sons") and children's ages ("drenge på 5 og 8"); a child expected ("expecting our first
 *   child", "venter vores første barn");</li>
 *   <li>origin: several nationalities after a nationality cue ("Nationality: British / Nigerian"); nationalities before
 *   "citizen" ("Dual British/Danish citizen"); a refugee from a country; naturalisation ("dansk indfødsret"); the
 *   parents' country ("mine forældre flyttede fra Hải Phòng", "polske forældre"); a nationality on a line with a work or
 *   residence permit ("Malaysian, EU Blue Card");</li>
 *   <li>age: "I turned 45", "jeg fylder 50";</li>
 *   <li>religion: religious dress worn by the writer ("I wear the hijab", "jeg bærer tørklæde"); a fast of a religious
 *   season ("faster under ramadanen", "fasting during Lent"); a role in an organisation whose name has a faith word
 *   ("Youth leader at RCCG Jesus House", "frivillig i Kristus Kirken");</li>
 *   <li>health: the writer's check-ups or treatment at a named clinic ("Jeg går til kontrol på Steno Diabetes Center",
 *   "I attend check-ups at Rigshospitalet").</li>
 * </ul>
 * Each pattern is tried only in a window around a word every match of it has, as in {@link IndirectSpecialCategories}.
 */
final class PersonalStatements {

    private PersonalStatements() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUM = "(?:\\d{1,2}|en|et|to|tre|fire|fem|seks|one|two|three|four|five|six)";
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final String CHILDREN = "(?:børn|barn|sønner|søn|døtre|datter|drenge|piger|children|child|kids|sons?|daughters?"
        + "|boys|girls)";

    static final Pattern SPOUSE = Pattern.compile("(?<![\\p{L}])(?:gift|married)[ \\t]+(?:med|to)[ \\t]+(?:(?:en|et|a|an)[ \\t]+"
        + "\\p{L}+|(?-i:" + CAP + "(?:[ \\t]+" + CAP + ")?))", F);
    /** Group 1: the value of a marital-status field, up to the end of its line (in a table, on the next line). */
    static final Pattern MARITAL_FIELD = Pattern.compile("(?<![\\p{L}])(?:marital[ \\t]+status|civil[ \\t]+status|civilstand)"
        + "[ \\t]*:?\\s*([^\\n]{1,40}?)[ \\t]*(?=\\n|$)", F);
    static final Pattern CHILDREN_DESCRIBED = Pattern.compile("(?<![\\p{L}\\d])" + NUM + "[ \\t]+(?:voksne|små|hjemmeboende"
        + "|skolesøgende|teenage|teenaged|grown-up|grown|adult|young|little|small)[ \\t]+" + CHILDREN + "(?![\\p{L}])", F);
    /** The children's ages after a number or an owner ("mor til to drenge på 5 og 8"); "trænede drenge på 12 år" stays. */
    static final Pattern CHILDREN_AGES = Pattern.compile("(?<![\\p{L}])(?:" + NUM + "|mine|my|our|vores)[ \\t]+" + CHILDREN + "[ \\t]+(?:på|aged|of)[ \\t]+\\d{1,2}"
        + "(?:[ \\t]*(?:,|og|and|&)[ \\t]*\\d{1,2})*(?:[ \\t]*(?:år|years))?(?![\\p{L}\\d])", F);
    static final Pattern CHILD_EXPECTED = Pattern.compile("(?<![\\p{L}])(?:expecting[ \\t]+(?:our|my|a)[ \\t]+(?:(?:first|second"
        + "|third)[ \\t]+)?(?:child|baby)|venter[ \\t]+(?:vores|mit|et|vort)[ \\t]+(?:(?:første|andet|tredje)[ \\t]+)?barn"
        + "|(?:jeg[ \\t]+er|I[ \\t]+am|I'm)[ \\t]+(?:gravid|pregnant))(?![\\p{L}])", F);

    private static final String DEMONYM = "\\p{Lu}\\p{Ll}+(?:ian|ean|an|ese|ish|sh|ch|ic|i|sk|isk)";
    /** Group 1: two to four nationalities after a nationality cue ("British / Nigerian", "dansk og tyrkisk"). */
    static final Pattern NATIONALITIES = Pattern.compile("(?<![\\p{L}])(?:nationality|nationalities|nationalitet|citizenship"
        + "|statsborgerskab)[ \\t]*:?\\s*(\\p{L}+(?:[ \\t]*(?:/|,|&|and|og)[ \\t]*\\p{L}+){1,3})(?![\\p{L}])", F);
    static final Pattern CITIZEN = Pattern.compile("(?<![\\p{L}])(?:(?:dual|double|dobbelt)[ \\t]+)?(?-i:" + DEMONYM
        + "(?:[ \\t]*/[ \\t]*" + DEMONYM + ")*)[ \\t]+(?:citizen|national)(?:ship)?(?![\\p{L}])", F);
    static final Pattern REFUGEE = Pattern.compile("(?<![\\p{L}])(?:(?:kvote)?flygtning|refugee|asylansøger|asylum[ \\t]+seeker)"
        + "[ \\t]+(?:fra|from)[ \\t]+(?-i:" + CAP + "(?:[ \\t]+" + CAP + ")?)", F);
    static final Pattern NATURALISED = Pattern.compile("(?<![\\p{L}])(?:(?:dansk[ \\t]+)?indfødsret|naturali[sz]ed|naturaliseret"
        + "|(?:fik|got|obtained|received)[ \\t]+(?:dansk|danish)[ \\t]+(?:statsborgerskab|citizenship))(?![\\p{L}])", F);
    /** The parents', the family's, or one parent's country (rred4: "min mor er fra Glasgow", "my father came from Lagos"). */
    static final Pattern PARENTS_FROM = Pattern.compile("(?<![\\p{L}])(?:forældre|parents|familie|family|(?:min|my)[ \\t]+(?:mor|far"
        + "|mother|father|mum|mom|dad))[ \\t]+(?:er|kom|kommer"
        + "|flyttede|flygtede|immigrerede|stammer|is|are|came|come|moved|fled|emigrated|immigrated)(?:[ \\t]+\\p{Ll}+)?[ \\t]+"
        + "(?:fra|from)[ \\t]+(?-i:" + CAP + "(?:[ \\t]+" + CAP + ")?)", F);
    /**
     * The writer's nationality as an adjective before what they are ("I'm a Swedish data engineer"; rred4); a
     * profession in "-ician" ("I'm a Technician by training") is none.
     */
    static final Pattern SELF_DEMONYM = Pattern.compile("(?<![\\p{L}])(?:i'm|i’m|i[ \\t]+am)[ \\t]+(?:a|an)[ \\t]+"
        + "(?-i:(\\p{Lu}\\p{Ll}+(?:ish|ese|ian|ean|an|i)(?<!ician)))(?:-\\p{L}+)?[ \\t]+\\p{Ll}", F);
    static final Pattern PARENTS_DEMONYM = Pattern.compile("(?<![\\p{L}])\\p{L}+(?:ske|ese|ian|ish|i)[ \\t]+(?:forældre|parents"
        + "|rødder|roots|heritage)(?![\\p{L}])", F);
    private static final Pattern PERMIT = Pattern.compile("(?:blue[ \\t]+card|work[ \\t]+permit|residence[ \\t]+permit|green[ \\t]+card"
        + "|opholdstilladelse|arbejdstilladelse|visa|positive[ \\t]*list|positivlisten|fast-track)", F);
    private static final Pattern LINE_DEMONYM = Pattern.compile("(?<![\\p{L}])" + DEMONYM + "(?=[ \\t]*(?:,|/|;|\\n|$))");

    static final Pattern TURNED = Pattern.compile("(?<![\\p{L}])(?:turned|fyldte|fylder|will[ \\t]+turn)[ \\t]+\\d{2}"
        + "(?:[ \\t]*(?:år|years(?:[ \\t]+old)?))?(?![\\p{L}\\d])", F);
    private static final Pattern TURNED_SUBJECT = Pattern.compile("(?:^|[^\\p{L}])(?:I|jeg|I've|I[ \\t]+have|jeg[ \\t]+har)[ \\t]+$",
        F);

    static final Pattern DRESS = Pattern.compile("(?<![\\p{L}])(?:wear|wears|wearing|bærer|går[ \\t]+med)[ \\t]+(?:(?:a|the|my|et|en"
        + "|mit|min)[ \\t]+)?(?:hijab|headscarf|head[ \\t]+scarf|(?:hoved)?tørklæde|niqab|burka|turban|kippah|kippa|kalot|dastar)"
        + "(?![\\p{L}])", F);
    static final Pattern FAST = Pattern.compile("(?<![\\p{L}])(?:faster|fast|fasting|fasted|observe|observes|holder)[ \\t]+"
        + "(?:(?:under|during|in|i|for)[ \\t]+)?(?:(?:the)[ \\t]+)?(?:ramadan(?:en)?|fasten|lent|yom[ \\t]+kippur|sabbat(?:ten)?"
        + "|shabbat|sabbath)(?![\\p{L}])", F);
    /** Group 1: the organisation, a capitalised name with a faith word in it. */
    static final Pattern FAITH_ORGANISATION = Pattern.compile("(?<![\\p{L}])(?:leader|volunteer|deacon|elder|usher|member|chorister"
        + "|leder|frivillig|medlem|diakon)[ \\t]+(?:at|in|of|for|i|hos|af|ved)[ \\t]+((?:(?-i:[\\p{Lu}\\d][\\p{L}\\d'’&.-]*)[ \\t]+){0,3}"
        + "(?-i:Jesus|Christ|Kristus|Church|Kirke|Kirken|Gospel|Bible|Bibel|Masjid|Mosque|Moské|Islamic|Islamisk|Temple|Tempel"
        + "|Synagogue|Synagoge|Gurdwara|Pagoda)[\\p{L}'’]*(?:[ \\t]+(?-i:" + CAP + ")){0,3})", F);

    /** An aid the writer uses: "I use a hearing aid", "jeg bruger høreapparat", "I have a guide dog"; "sold hearing aids" stays. */
    static final Pattern AID = Pattern.compile("(?<![\\p{L}])(?:I[ \\t]+(?:use|wear|have)|jeg[ \\t]+(?:bruger|går[ \\t]+med|har))"
        + "[ \\t]+(?:(?:a|an|et|en|mit|min|my)[ \\t]+)?((?:hearing[ \\t]+aids?|høreapparat(?:er)?|cochlear[ \\t-]+implant(?:at|s)?"
        + "|insulinpumpe|insulin[ \\t]+pump|førerhund|guide[ \\t]+dog|rollator|stomi|stoma|benprotese|prosthetic[ \\t]+leg))"
        + "(?![\\p{L}])", F);
    static final Pattern CHECK_UPS = Pattern.compile("(?<![\\p{L}])(?:jeg[ \\t]+går[ \\t]+til|jeg[ \\t]+er[ \\t]+i|I[ \\t]+(?:go"
        + "|attend|have|receive)(?:[ \\t]+regular)?)[ \\t]+((?:kontrol|behandling|check-ups?|treatment)[ \\t]+(?:på|hos|at|in)"
        + "[ \\t]+(?-i:" + CAP + "(?:[ \\t]+" + CAP + "){0,4}))", F);

    /** Words every match has (the nouns, not the adjectives before them, which are frequent words). */
    static final String[] FAMILY_KEYS = {"gift", "married", "marital", "civil status", "civilstand", "børn", "barn", "drenge",
        "piger", "søn", "døtre", "datter", "child", "kids", "sons", "daughter", "boys", "girls", "expecting", "venter", "gravid",
        "pregnant"};
    static final String[] ORIGIN_KEYS = {"nationalit", "citizen", "statsborgerskab", "flygtning", "refugee", "asyl",
        "indfødsret", "naturali", "forældre", "parents", "familie", "family", "rødder", "roots", "heritage", "min mor", "min far", "i'm a", "i’m a", "i am a",
        "my mother", "my father", "my mum", "my mom", "my dad"};
    static final String[] AGE_KEYS = {"turned", "fyldte", "fylder", "will turn"};
    static final String[] RELIGION_KEYS = {"hijab", "scarf", "tørklæde", "niqab", "burka", "turban", "kipp", "kalot", "dastar",
        "ramadan", "fasten", " lent", "kippur", "sabbat", "shabbat", "jesus", "christ", "kristus",
        "church", "kirke", "gospel", "bible", "bibel", "masjid", "mosque", "moské", "islamic", "islamisk", "temple", "tempel",
        "synagog", "gurdwara", "pagoda"};
    static final String[] HEALTH_KEYS = {"kontrol", "behandling", "check-up", "treatment"};
    static final String[] AID_KEYS = {"hearing", "høreapparat", "cochlear", "insulin", "førerhund", "guide dog", "rollator",
        "stomi", "stoma", "protese", "prosthetic"};

    /** A pattern, the group that is the fact (0: the whole match) and the reason shown to reviewers. */
    private record Rule(Pattern pattern, int group, String reason) {
    }

    private static final List<Rule> FAMILY_RULES = List.of(new Rule(SPOUSE, 0, "signal: the writer's spouse"),
        new Rule(MARITAL_FIELD, 1, "signal: marital status field"), new Rule(CHILDREN_DESCRIBED, 0, "signal: children"),
        new Rule(CHILDREN_AGES, 0, "signal: children's ages"), new Rule(CHILD_EXPECTED, 0, "signal: a child expected"));
    private static final List<Rule> ORIGIN_RULES = List.of(new Rule(NATIONALITIES, 1, "context: nationalities"),
        new Rule(CITIZEN, 0, "context: citizenship"), new Rule(REFUGEE, 0, "context: refugee from a country"),
        new Rule(NATURALISED, 0, "context: naturalisation"), new Rule(PARENTS_FROM, 0, "context: the parents' country"),
        new Rule(PARENTS_DEMONYM, 0, "context: the parents' nationality"), new Rule(SELF_DEMONYM, 1, "context: the writer's nationality"));

    /** {@code keys}: the occurrences of this class's keys in the lower-cased text (see {@link Detector#KEYS}). */
    static List<Span> detect(String text, KeyScan.Hits keys) {
        List<Span> out = new ArrayList<>();
        List<int[]> family = keys.windows(FAMILY_KEYS, 60, 60);
        for (Rule r : FAMILY_RULES) {
            find(text, family, r.pattern(), r.group(), SpanType.FAMILY, r.reason(), out);
        }
        List<int[]> origin = keys.windows(ORIGIN_KEYS, 60, 60);
        for (Rule r : ORIGIN_RULES) {
            find(text, origin, r.pattern(), r.group(), SpanType.ORIGIN, r.reason(), out);
        }
        permitLines(text, keys, out);
        List<Span> ages = new ArrayList<>();
        find(text, keys.windows(AGE_KEYS, 10, 30), TURNED, 0, SpanType.AGE, "context: age reached", ages);
        for (Span a : ages) {
            if (TURNED_SUBJECT.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
                out.add(a);
            }
        }
        List<int[]> religion = keys.windows(RELIGION_KEYS, 90, 60);
        find(text, religion, DRESS, 0, SpanType.RELIGION, "special category: religion (religious dress)", out);
        find(text, religion, FAST, 0, SpanType.RELIGION, "special category: religion (a religious fast)", out);
        find(text, religion, FAITH_ORGANISATION, 1, SpanType.RELIGION, "special category: religion (a role in a faith organisation)", out);
        find(text, keys.windows(HEALTH_KEYS, 30, 80), CHECK_UPS, 1, SpanType.HEALTH,
            "special category: health (the writer's check-ups or treatment)", out);
        find(text, keys.windows(AID_KEYS, 30, 30), AID, 1, SpanType.HEALTH, "special category: health (an aid the writer uses)",
            out);
        return out;
    }

    static final String[] PERMIT_KEYS = {"card", "permit", "tilladelse", "visa", "positiv", "fast-track"};

    /** A nationality standing as a piece of a line that names a work or residence permit: "Malaysian, EU Blue Card". */
    private static void permitLines(String text, KeyScan.Hits keys, List<Span> out) {
        Matcher permit = PERMIT.matcher(text);
        for (int[] w : keys.windows(PERMIT_KEYS, 0, 0)) {
            int ls = text.lastIndexOf('\n', w[0]) + 1;
            int le = text.indexOf('\n', w[1]);
            le = le < 0 ? text.length() : le;
            if (!permit.region(ls, le).find()) {
                continue;
            }
            Matcher d = LINE_DEMONYM.matcher(text).region(ls, le);
            d.useTransparentBounds(true);
            while (d.find()) {
                out.add(new Span(d.start(), d.end(), SpanType.ORIGIN, d.group(), 0.8, "context: nationality beside a permit"));
            }
        }
    }

    private static void find(String text, List<int[]> windows, Pattern p, int group, SpanType type, String reason, List<Span> out) {
        IndirectSpecialCategories.find(text, windows, p, m -> group, type, reason, out);
    }
}
