package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Tsv;
import dk.rekrut.matching.occupation.Occupations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the development sets of the occupation tasks from the data folder (never shipped, never in the ranker). */
public final class OccupationSets {

    static final String ENGLISH_TITLES = "dev_jobbert_titles_val_disjoint.tsv";
    static final String STAR_CROSSWALK = "star_esco_crosswalk_dev.tsv";

    private OccupationSets() {
    }

    /**
     * English vacancy titles with the occupation the employer chose (JobBERT validation minus titles in its test).
     * Rows whose occupation is not in the loaded ESCO are left out. Split by title, so a repeated title stays in one half.
     */
    public static List<OccupationQuery> englishTitles(Esco esco, Path data) throws IOException {
        var out = new ArrayList<OccupationQuery>();
        read(data.resolve(ENGLISH_TITLES), r -> {
            String uri = r.get("esco_uri");
            esco.occupation(uri).ifPresent(o -> out.add(new OccupationQuery(r.get("qid"), r.get("title"), Lang.EN,
                Set.of(uri), Set.of(o.isco()), false, OccupationQuery.Half.of(r.get("title").toLowerCase(Locale.ROOT)))));
        });
        return out;
    }

    /**
     * Danish STAR (Jobnet) titles. A title's right answers are the ESCO occupations the official crosswalk maps it to
     * with {@code exactMatch} or {@code closeMatch}; concepts with only broader or narrower ESCO matches are left out,
     * as their ESCO occupation is another occupation. {@code literal} marks titles that are, after normalisation, an
     * ESCO Danish label (preferred or alternative) of some occupation: there the label lookup answers directly.
     */
    public static List<OccupationQuery> danishTitles(Esco esco, Path data) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        read(data.resolve(STAR_CROSSWALK), r -> {
            String code = r.get("star_concept_uri");
            titles.put(code, r.get("star_title_da"));
            String type = r.get("match_type");
            if ((type.equals("exactMatch") || type.equals("closeMatch")) && esco.occupation(r.get("esco_uri")).isPresent()) {
                gold.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(r.get("esco_uri"));
            }
        });
        Set<String> danishLabels = new HashSet<>();
        for (Occupation o : esco.occupations()) {
            o.labels(Lang.DA).forEach(l -> danishLabels.add(key(l)));
        }
        var out = new ArrayList<OccupationQuery>();
        gold.forEach((code, uris) -> {
            Set<String> isco = new LinkedHashSet<>();
            uris.forEach(u -> isco.add(esco.occupation(u).orElseThrow().isco()));
            String title = titles.get(code);
            out.add(new OccupationQuery(code, title, Lang.DA, uris, isco, danishLabels.contains(key(title)),
                OccupationQuery.Half.of(code)));
        });
        return out;
    }

    private static String key(String s) {
        return Occupations.labelKey(s);
    }

    private static void read(Path file, java.util.function.Consumer<Tsv.Row> rows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Tsv.read(in, rows);
        } catch (NoSuchFileException e) {
            throw new IOException("the development data lacks " + file, e);
        }
    }
}
