package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's entry point for text: {@code detect(text, language, known)} returns non-overlapping spans in order.
 * Known values come first and always win; then patterns and context; then names from gazetteers. An ONNX NER model
 * could be added as one more source of spans here (see {@link SpanSource}); nothing depends on one.
 */
public final class Detector {

    private final KnownValueDetector known;
    private final PatternDetector patterns;
    private final NameDetector names;
    private final DateAndAgeDetector datesAndAges;
    private final SpecialCategoryDetector special;
    private final LanguageLevelDetector languageLevels;
    private final NumberDetector numbers;
    private final IdentifierDetector identifiers;
    private final Places places;
    private final AddressDetector addresses;
    private final PositionalNameDetector positionalNames;
    private final ForeignAddressDetector foreignAddresses;
    private final List<SpanSource> extra;

    /**
     * The key lists of the detectors that try their patterns only near a key, found in one pass per text instead of
     * one search of the whole text per key (see {@link KeyScan}).
     */
    static final KeyScan KEYS = new KeyScan(WrittenAge.KEYS, IndirectSpecialCategories.SICK_KEYS,
        IndirectSpecialCategories.DIAGNOSIS_KEYS, IndirectSpecialCategories.COUNCIL_KEYS, IndirectSpecialCategories.FAITH_KEYS,
        IndirectSpecialCategories.OWNER_KEYS, PersonalStatements.FAMILY_KEYS, PersonalStatements.ORIGIN_KEYS,
        PersonalStatements.AGE_KEYS, PersonalStatements.RELIGION_KEYS, PersonalStatements.HEALTH_KEYS,
        PersonalStatements.AID_KEYS, PersonalStatements.PERMIT_KEYS, GreetingTitleName.KEYS, AffiliationStatements.PARTY_KEYS,
        AffiliationStatements.WORSHIP_KEYS, AffiliationStatements.OWNER_KEYS, AffiliationStatements.MEMBER_KEYS,
        AffiliationStatements.LGBT_KEYS, LifeStatements.AGE_KEYS, LifeStatements.FAMILY_KEYS, LifeStatements.ORIGIN_KEYS,
        LifeStatements.RELIGION_KEYS);

    public Detector() {
        this(List.of());
    }

    /** With further sources of spans, e.g. a NER model; see {@link SpanSource}. */
    public Detector(List<SpanSource> extra) {
        this.known = new KnownValueDetector();
        this.patterns = new PatternDetector();
        this.names = new NameDetector();
        this.datesAndAges = new DateAndAgeDetector();
        this.special = new SpecialCategoryDetector();
        this.languageLevels = new LanguageLevelDetector();
        this.numbers = new NumberDetector();
        this.identifiers = new IdentifierDetector();
        this.places = new Places();
        this.addresses = new AddressDetector(places);
        this.positionalNames = new PositionalNameDetector(places, names);
        this.foreignAddresses = new ForeignAddressDetector(places);
        this.extra = List.copyOf(extra);
    }

    /** The same detectors, shared (their word lists are loaded once), with further sources. */
    private Detector(Detector base, List<SpanSource> extra) {
        this.known = base.known;
        this.patterns = base.patterns;
        this.names = base.names;
        this.datesAndAges = base.datesAndAges;
        this.special = base.special;
        this.languageLevels = base.languageLevels;
        this.numbers = base.numbers;
        this.identifiers = base.identifiers;
        this.places = base.places;
        this.addresses = base.addresses;
        this.positionalNames = base.positionalNames;
        this.foreignAddresses = base.foreignAddresses;
        this.extra = List.copyOf(extra);
    }

    /** This detector with further sources of spans beside its own, sharing its loaded detectors. */
    public Detector with(List<SpanSource> more) {
        var all = new ArrayList<>(extra);
        all.addAll(more);
        return new Detector(this, all);
    }

    /** {@code language} ("da" or "en") is a hint; the detectors handle both languages in one text. */
    public List<Span> detect(String text, String language, KnownPersonalData knownData) {
        return detect(text, language, knownData, null);
    }

    /** {@code blockStarts}: where each block of an extraction (page, header, footer) starts in {@code text}, or null. */
    List<Span> detect(String text, String language, KnownPersonalData knownData, int[] blockStarts) {
        text = text == null ? "" : text;
        // Made once, in one pass, and shared: each detector used to walk the whole text for its own kind of start.
        Candidates candidates = Candidates.of(text);
        String lower = candidates.lower;
        List<int[]> clusters = candidates.clusters;
        List<Span> all = new ArrayList<>();
        all.addAll(known.detect(text, lower, clusters, candidates.capitals, knownData == null ? KnownPersonalData.NONE : knownData));
        all.addAll(patterns.detect(text, candidates, language));
        all.addAll(names.detect(text, language, candidates.capitals));
        all.addAll(addresses.detect(text, clusters));
        all.addAll(datesAndAges.detect(text, lower, clusters));
        all.addAll(special.detect(text, candidates.wordStarts));
        all.addAll(languageLevels.detect(text, lower));
        all.addAll(numbers.detect(text, clusters, candidates.cues));
        // Names and addresses by where they stand: top lines, headers and footers, signature, contact lines (see Zones).
        Zones zones = Zones.of(text, blockStarts, clusters);
        all.addAll(positionalNames.detect(text, zones));
        all.addAll(foreignAddresses.detect(text, zones, clusters));
        all.addAll(KnownInitials.detect(text, knownData));
        // Red-team classes of issue 17 (rred2): ages in words, Roman-month and place-then-year birth dates, addresses of any
        // country in the applicant's lines.
        KeyScan.Hits keys = KEYS.find(lower);
        all.addAll(WrittenAge.detect(text, keys));
        all.addAll(BirthDateForms.detect(text, lower));
        all.addAll(ZoneAddressLines.detect(text, zones));
        all.addAll(IndirectSpecialCategories.detect(text, keys));
        // Third red-team round (rred3): family, origin, age, religion and health in shapes of real CVs (PersonalStatements).
        all.addAll(PersonalStatements.detect(text, keys));
        all.addAll(GreetingTitleName.detect(text, keys));
        // Fourth red-team round (rred4): e-mails with the @ as a word, parties, places of worship, unions and LGBT+ groups
        // by the shape of their names.
        all.addAll(ObfuscatedEmails.detect(text, lower));
        all.addAll(AffiliationStatements.detect(text, keys));
        all.addAll(DesignedNames.detect(text, names, knownData));
        // Fifth red-team round (rred5): decades of life, parental leave, "-born" and the like (LifeStatements).
        all.addAll(LifeStatements.detect(text, keys));
        all.addAll(NameNeighbours.possessives(text, names));
        for (SpanSource source : extra) {
            all.addAll(source.find(text, language));
        }
        // Identifiers made from names need the names: the form's and those found above.
        all.addAll(identifiers.detect(text, knownData, merge(all), candidates.cues[CueWords.IDENTIFIER]));
        List<Span> merged = merge(all);
        all.addAll(FoundNameInitials.detect(text, merged));
        all.addAll(SpanTails.detect(text, merged));
        // A nickname in quotes and the name in another script beside a found name, propagated with it (rred5).
        List<Span> beside = NameNeighbours.detect(text, merged);
        if (!beside.isEmpty()) {
            all.addAll(beside);
            merged = merge(all);
        }
        // A value found once is removed wherever else it stands (see Propagation).
        all.addAll(Propagation.propagate(text, lower, clusters, merged));
        List<Span> out = merge(NameExtension.extend(text, merge(all)));
        return EmployerSlots.withoutEmployers(text, ReferenceNumbers.withoutReferences(text, out));
    }

    /**
     * Overlapping spans become one: the widest extent, the type and reason of the most certain (known values first,
     * then the longer). Redacting the union never leaves a piece of a value behind.
     */
    public static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        // By start, then the longer first; written out, as the composed comparator showed up in the profile.
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.getLast().overlaps(s)) {
                Span prev = out.removeLast();
                Span lead = prev.confidence() > s.confidence()
                    || prev.confidence() == s.confidence() && prev.length() >= s.length() ? prev : s;
                int start = Math.min(prev.start(), s.start());
                int end = Math.max(prev.end(), s.end());
                out.add(new Span(start, end, lead.type(), null, Math.max(prev.confidence(), s.confidence()), lead.reason(),
                    prev.origin().with(s.origin())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Replaces each span by its label, e.g. "[NAVN]". */
    public static String redact(String text, List<Span> spans) {
        var sb = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) {
                continue;
            }
            sb.append(text, at, s.start()).append(s.type().label());
            at = s.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    /** Texts of merged spans are filled in from the text, so callers see what was found. */
    public List<Span> detectWithText(String text, String language, KnownPersonalData knownData) {
        return detectWithText(text, language, knownData, null);
    }

    public List<Span> detectWithText(String text, String language, KnownPersonalData knownData, int[] blockStarts) {
        return detect(text, language, knownData, blockStarts).stream()
            .map(s -> new Span(s.start(), s.end(), s.type(), text.substring(s.start(), s.end()), s.confidence(), s.reason(), s.origin()))
            .toList();
    }
}
