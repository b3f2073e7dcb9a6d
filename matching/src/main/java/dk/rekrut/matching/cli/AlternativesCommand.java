package dk.rekrut.matching.cli;

import dk.rekrut.matching.alternative.Alternative;
import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Lang;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code alternatives [--top N] [--lang da|en] OCCUPATION_URI}: occupations in other ISCO-4 groups, as JSON. */
final class AlternativesCommand implements Command {

    private final Supplier<Alternatives> alternatives;

    AlternativesCommand(Supplier<Alternatives> alternatives) {
        this.alternatives = alternatives;
    }

    @Override
    public String synopsis() {
        return "alternatives [--top N] [--lang da|en] OCCUPATION_URI";
    }

    @Override
    public String help() {
        return """
            Occupations in another ISCO-4 group than the given ESCO occupation, ranked by the rarity-weighted share of
            their essential skills the occupation's own essential skills cover. Prints a JSON array of
            {"uri","label","isco","sharedSkills","missingSkills"}, best first (skill labels are English: the data has
            no Danish skill labels).
              --top N       how many occupations (default 10)
              --lang da|en  the language of the occupation labels (default da; English where ESCO has no Danish)""";
    }

    /** The alternatives as the command line prints them (inside {@code match} too). */
    static List<Json.AlternativeOut> out(List<Alternative> alternatives) {
        return alternatives.stream()
            .map(a -> new Json.AlternativeOut(a.uri(), a.label(), a.isco(), a.sharedSkills(), a.missingSkills())).toList();
    }

    @Override
    public void run(List<String> raw, InputStream in, PrintStream out) {
        var args = new Args(raw, Set.of("top", "lang"), Set.of());
        int top = args.positiveInt("top", 10);
        Lang lang = OccupationsCommand.parseLang(args.value("lang", "da"));
        String uri = args.single("OCCUPATION_URI").strip();
        List<Alternative> found;
        try {
            found = alternatives.get().forOccupations(List.of(uri), List.of(), lang, top);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.println(Json.write(out(found)));
    }
}
