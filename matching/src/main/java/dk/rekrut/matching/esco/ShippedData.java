package dk.rekrut.matching.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference tables shipped in the jar (see {@code matching/README.md} for their origin and licence). */
final class ShippedData {

    private ShippedData() {
    }

    static Esco load() {
        List<Occupation> occupations = new ArrayList<>();
        Tsv.readShipped("esco_occupations", r -> occupations.add(new Occupation(r.get("uri"), r.get("esco_code"),
            r.get("isco4"), r.get("preferred_label_en"), r.list("alt_labels_en"), r.list("hidden_labels_en"),
            r.get("description_en"), r.get("preferred_label_da"), r.list("alt_labels_da"))));
        List<IscoGroup> groups = new ArrayList<>();
        Tsv.readShipped("isco_groups", r -> groups.add(new IscoGroup(r.get("isco_code"), Integer.parseInt(r.get("level")),
            r.get("label_en"), r.get("label_da"), r.get("parent_code"), r.get("description_en"))));
        List<Skill> skills = new ArrayList<>();
        Tsv.readShipped("esco_skills", r -> skills.add(new Skill(r.get("skill_id"), r.get("preferred_label_en"),
            r.get("uri_if_known"), r.get("skill_type_if_known"), r.list("alt_labels_en_if_known"),
            number(r.get("n_occupations_essential")), number(r.get("n_occupations_total")))));
        Map<String, List<String>> essential = new HashMap<>();
        Map<String, List<String>> optional = new HashMap<>();
        Tsv.readShipped("esco_occupation_skills", r -> ("essential".equals(r.get("relation")) ? essential : optional)
            .computeIfAbsent(r.get("occupation_uri"), k -> new ArrayList<>()).add(r.get("skill_id")));
        Map<String, String> broader = new HashMap<>();
        Tsv.readShipped("occupation_broader", r -> broader.put(r.get("child_uri"), r.get("broader_uri")));
        return new Esco(occupations, groups, skills, essential, optional, broader, star());
    }

    /** The STAR (Jobnet) crosswalk, development part, as shipped. */
    static List<Esco.StarMapping> star() {
        List<Esco.StarMapping> star = new ArrayList<>();
        Tsv.readShipped("star_esco_crosswalk_dev", r -> {
            String uri = r.get("star_concept_uri");
            star.add(new Esco.StarMapping(uri.substring(uri.lastIndexOf('/') + 1), r.get("star_title_da"),
                r.get("esco_uri"), r.get("match_type")));
        });
        return star;
    }

    private static int number(String s) {
        return s.isEmpty() ? 0 : Integer.parseInt(s);
    }
}
