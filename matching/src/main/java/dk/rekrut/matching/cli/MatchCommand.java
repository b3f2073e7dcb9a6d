package dk.rekrut.matching.cli;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.match.BadProfileException;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.skill.Skills;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code match --index DIR [--postcode P] [--max-km K] [--wish TEXT]... [--top N] [--lang da|en] FILE|-}: the
 * postings for a citizen's CV within the commute area, explained, with the CV's occupations and alternatives.
 */
final class MatchCommand implements Command {

    /** "Today", for deadlines, is the Danish day. */
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final Supplier<Esco> esco;
    private final Supplier<Occupations> occupations;
    private final Supplier<Skills> skills;
    private final Matching.AlternativesForMatch alternatives;

    MatchCommand(Supplier<Esco> esco, Supplier<Occupations> occupations, Supplier<Skills> skills,
                 Matching.AlternativesForMatch alternatives) {
        this.esco = esco;
        this.occupations = occupations;
        this.skills = skills;
        this.alternatives = alternatives;
    }

    @Override
    public String synopsis() {
        return "match --index DIR [--postcode P] [--max-km K] [--wish TEXT]... [--top N] [--lang da|en] FILE|-";
    }

    @Override
    public String help() {
        return """
            Finds the postings for a CV (PDF, DOCX, ODT or text; - reads standard input) within the commute area.
            Prints {"occupations":[…],"postings":[{"id","score","occupation","distanceKm","sharedSkills",
            "missingSkills","fallback","explanation"}],"alternatives":[…]}. When fewer than N postings match, postings
            needing no qualifications (ISCO major group 9) near home fill the list, marked "fallback": true.
              --index DIR   the postings index (built with: index --out DIR FILE.jsonl)
              --postcode P  the citizen's home postcode (without it the whole country is searched)
              --max-km K    the longest commute in km, as the crow flies (default 40; needs --postcode)
              --wish TEXT   an occupation the citizen wishes for (repeatable); wishes weigh most
              --top N       how many postings (default 10)
              --lang da|en  the CV's language and the explanations' (default: detected)""";
    }

    @Override
    public void run(List<String> raw, InputStream in, PrintStream out) throws Exception {
        var args = new Args(raw, Set.of("index", "postcode", "max-km", "wish", "top", "lang"), Set.of());
        String dir = args.value("index", null);
        if (dir == null) {
            throw new UsageException("--index DIR is required");
        }
        int top = args.positiveInt("top", 10);
        Double maxKm = args.value("max-km", null) == null ? null : args.positiveNumber("max-km", 0);
        var lang = args.value("lang", null) == null ? null : OccupationsCommand.parseLang(args.value("lang", null));
        String input = args.single("FILE or -");
        Profile profile;
        try {
            profile = new Profile(Input.text(input, in), args.values("wish"), args.value("postcode", null), maxKm, top, lang);
        } catch (BadProfileException e) {
            throw new UsageException(e.getMessage());
        }
        try (var matching = Matching.open(Path.of(dir), esco.get(), occupations.get(), skills.get(), alternatives)) {
            out.println(Json.write(matching.answer(profile)));
        }
    }
}
