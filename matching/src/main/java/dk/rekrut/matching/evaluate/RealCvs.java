package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-written real-format CVs of task {@code occupation-cv-real} (a folder with {@code labels.tsv} and one text
 * file per CV; its README says who wrote them and how they were labelled). Not synthetic: each CV has several jobs,
 * student jobs, education, skills lists and extraction noise, and is labelled with the occupation its person holds
 * or seeks now. The folder is the repository's {@code matching/src/test/resources/realcv} unless
 * {@value #PROPERTY} (the {@code evaluate --real-cvs DIR} option) names another.
 */
public final class RealCvs {

    public static final String PROPERTY = "rekrut.matching.realcvs";
    static final String LABELS = "labels.tsv";
    private static final List<String> DEFAULTS = List.of("matching/src/test/resources/realcv", "src/test/resources/realcv");

    private RealCvs() {
    }

    /** The folder to read: the property's, or the first default that exists relative to the working directory. */
    static Path folder() throws IOException {
        String set = System.getProperty(PROPERTY);
        if (set != null) {
            return Path.of(set);
        }
        for (String candidate : DEFAULTS) {
            if (Files.isRegularFile(Path.of(candidate, LABELS))) {
                return Path.of(candidate);
            }
        }
        throw new IOException("no real-format CV folder (" + DEFAULTS.getFirst()
            + " from the repository root; name one with --real-cvs DIR)");
    }

    /** Every CV of the folder, in the order of its label file; gold is the ESCO occupation where one is named. */
    public static List<OccupationQuery> load(Esco esco, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8);
        var out = new ArrayList<OccupationQuery>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4 || !f[2].matches("\\d{4}") || esco.iscoGroup(f[2]).isEmpty()
                || !f[3].isEmpty() && !esco.occupation(f[3]).map(o -> o.isco().equals(f[2])).orElse(false)) {
                throw new IOException(dir.resolve(LABELS) + ": bad row '" + line + "'");
            }
            String text = Files.readString(dir.resolve(f[0]), StandardCharsets.UTF_8);
            out.add(new OccupationQuery(f[0], text, Lang.parse(f[1]), f[3].isEmpty() ? Set.of() : Set.of(f[3]),
                Set.of(f[2]), false, OccupationQuery.Half.of(f[0])));
        }
        return out;
    }
}
