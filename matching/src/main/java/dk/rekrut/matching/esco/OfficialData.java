package dk.rekrut.matching.esco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the official ESCO CSV download (English and Danish) from a folder: occupations, skills with their URIs and
 * alternative labels in both languages, occupation-skill relations, ISCO groups and the occupation hierarchy. A
 * skill's id is its URI here. The STAR crosswalk is not part of the download; the shipped one is used (it names
 * ESCO URIs, which are stable across versions).
 */
final class OfficialData {

    static final String OCCUPATIONS_EN = "occupations_en.csv";
    static final String OCCUPATIONS_DA = "occupations_da.csv";
    static final String SKILLS_EN = "skills_en.csv";
    static final String SKILLS_DA = "skills_da.csv";
    static final String RELATIONS = "occupationSkillRelations_en.csv";
    static final String ISCO_EN = "ISCOGroups_en.csv";
    static final String ISCO_DA = "ISCOGroups_da.csv";
    static final String BROADER = "broaderRelationsOccPillar_en.csv";

    private OfficialData() {
    }

    private record Labels(String preferred, List<String> alternative) {
    }

    static Esco load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no ESCO folder " + dir);
        }
        Map<String, Labels> occupationsDa = labels(dir, OCCUPATIONS_DA);
        List<Occupation> occupations = new ArrayList<>();
        Csv.read(dir, OCCUPATIONS_EN, List.of("conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels",
            "description", "code"), r -> {
                Labels da = occupationsDa.getOrDefault(r.get("conceptUri"), new Labels("", List.of()));
                occupations.add(new Occupation(r.get("conceptUri"), r.get("code"), r.get("iscoGroup"),
                    r.get("preferredLabel"), r.lines("altLabels"), r.lines("hiddenLabels"), r.get("description"),
                    da.preferred(), da.alternative()));
            });

        Map<String, List<String>> essential = new HashMap<>();
        Map<String, List<String>> optional = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Csv.read(dir, RELATIONS, List.of("occupationUri", "relationType", "skillUri"), r -> {
            boolean isEssential = "essential".equalsIgnoreCase(r.get("relationType"));
            (isEssential ? essential : optional).computeIfAbsent(r.get("occupationUri"), k -> new ArrayList<>())
                .add(r.get("skillUri"));
            int[] c = counts.computeIfAbsent(r.get("skillUri"), k -> new int[2]);
            c[0] += isEssential ? 1 : 0;
            c[1]++;
        });

        Map<String, Labels> skillsDa = labels(dir, SKILLS_DA);
        List<Skill> skills = new ArrayList<>();
        Csv.read(dir, SKILLS_EN, List.of("conceptUri", "skillType", "preferredLabel", "altLabels"), r -> {
            String uri = r.get("conceptUri");
            Labels da = skillsDa.getOrDefault(uri, new Labels("", List.of()));
            int[] c = counts.getOrDefault(uri, new int[2]);
            skills.add(new Skill(uri, r.get("preferredLabel"), uri, r.get("skillType"), r.lines("altLabels"),
                c[0], c[1], da.preferred(), da.alternative()));
        });

        Map<String, String> iscoDa = new HashMap<>();
        if (Files.exists(dir.resolve(ISCO_DA))) {
            Csv.read(dir, ISCO_DA, List.of("code", "preferredLabel"), r -> iscoDa.put(r.get("code"), r.get("preferredLabel")));
        }
        List<IscoGroup> groups = new ArrayList<>();
        Csv.read(dir, ISCO_EN, List.of("code", "preferredLabel"), r -> {
            String code = r.get("code");
            groups.add(new IscoGroup(code, code.length(), r.get("preferredLabel"), iscoDa.getOrDefault(code, ""),
                code.length() > 1 ? code.substring(0, code.length() - 1) : "", r.optional("description")));
        });

        Map<String, String> broader = new HashMap<>();
        Csv.read(dir, BROADER, List.of("conceptUri", "broaderUri"), r -> broader.put(r.get("conceptUri"), r.get("broaderUri")));

        return new Esco(occupations, groups, skills, essential, optional, broader, ShippedData.star());
    }

    private static Map<String, Labels> labels(Path dir, String file) {
        Map<String, Labels> out = new LinkedHashMap<>();
        Csv.read(dir, file, List.of("conceptUri", "preferredLabel", "altLabels"),
            r -> out.put(r.get("conceptUri"), new Labels(r.get("preferredLabel"), r.lines("altLabels"))));
        return out;
    }
}
