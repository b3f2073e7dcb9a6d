package dk.rekrut.matching.cli;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.Occupations;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code occupations [--lang da|en] [--top N] [--lines] FILE|-}: ranked ESCO occupations for a text, as JSON. */
final class OccupationsCommand implements Command {

    private final Supplier<Occupations> occupations;

    OccupationsCommand(Supplier<Occupations> occupations) {
        this.occupations = occupations;
    }

    @Override
    public String synopsis() {
        return "occupations [--lang da|en] [--top N] [--lines] FILE|-";
    }

    @Override
    public String help() {
        return """
            Ranks ESCO occupations for a title or a long text (a CV, a posting). FILE may be PDF, DOCX, ODT or text;
            - reads standard input. Prints a JSON array of {"uri","code","isco","label","score"}, best first.
              --lang da|en  the text's language (default: detected per text)
              --top N       how many occupations (default 10)
              --lines       each input line is a query; prints one JSON array per line (JSON Lines)""";
    }

    @Override
    public void run(List<String> raw, InputStream in, PrintStream out) {
        var args = new Args(raw, Set.of("lang", "top"), Set.of("lines"));
        int top = args.positiveInt("top", 10);
        Lang fixed = args.value("lang", null) == null ? null : parseLang(args.value("lang", null));
        String input = args.single("FILE or -");
        Occupations engine = occupations.get();
        if (args.flag("lines")) {
            for (String line : Input.lines(input, in)) {
                out.println(Json.write(rank(engine, line, fixed, top)));
            }
        } else {
            out.println(Json.write(rank(engine, Input.text(input, in), fixed, top)));
        }
    }

    private static List<Json.OccupationOut> rank(Occupations engine, String text, Lang fixed, int top) {
        if (text.isBlank()) {
            return List.of();
        }
        Lang lang = fixed != null ? fixed : engine.language(text);
        return Json.OccupationOut.all(engine.rank(text, lang, top), lang);
    }

    static Lang parseLang(String code) {
        try {
            return Lang.parse(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang: " + e.getMessage());
        }
    }
}
