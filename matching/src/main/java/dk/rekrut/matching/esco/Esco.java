package dk.rekrut.matching.esco;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ESCO reference data the engine works on: occupations, ISCO groups, skills, which skills are essential or
 * optional for each occupation, the occupation hierarchy and the STAR (Jobnet) crosswalk. Immutable once loaded and
 * safe to share between threads. {@link #shipped()} reads the subset in the jar.
 */
public final class Esco {

    /** A STAR (Danish national occupation list, used on Jobnet) concept mapped to an ESCO occupation. */
    public record StarMapping(String starCode, String starTitle, String escoUri, String matchType) {
    }

    private final Map<String, Occupation> occupations;
    private final Map<String, IscoGroup> iscoGroups;
    private final Map<String, Skill> skills;
    private final Map<String, List<String>> essential;
    private final Map<String, List<String>> optional;
    private final Map<String, String> broader;
    private final Map<String, List<StarMapping>> star;

    public Esco(Collection<Occupation> occupations, Collection<IscoGroup> iscoGroups, Collection<Skill> skills,
                Map<String, List<String>> essential, Map<String, List<String>> optional, Map<String, String> broader,
                Collection<StarMapping> star) {
        var occ = new LinkedHashMap<String, Occupation>();
        occupations.forEach(o -> occ.put(o.uri(), o));
        this.occupations = java.util.Collections.unmodifiableMap(occ);
        var isco = new LinkedHashMap<String, IscoGroup>();
        iscoGroups.forEach(g -> isco.put(g.code(), g));
        this.iscoGroups = java.util.Collections.unmodifiableMap(isco);
        var sk = new LinkedHashMap<String, Skill>();
        skills.forEach(s -> sk.put(s.id(), s));
        this.skills = java.util.Collections.unmodifiableMap(sk);
        this.essential = copy(essential);
        this.optional = copy(optional);
        this.broader = Map.copyOf(broader);
        var st = new HashMap<String, List<StarMapping>>();
        star.forEach(m -> st.computeIfAbsent(m.starCode(), k -> new ArrayList<>()).add(m));
        this.star = copy(st);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> m) {
        var out = new HashMap<String, List<T>>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static volatile Esco shipped;

    /** The subset shipped in the jar (ESCO v1.2.0 with Danish labels from v1.0.8), read once per process. */
    public static Esco shipped() {
        Esco e = shipped;
        if (e == null) {
            synchronized (Esco.class) {
                e = shipped;
                if (e == null) {
                    e = ShippedData.load();
                    shipped = e;
                }
            }
        }
        return e;
    }

    /**
     * Reads the official ESCO CSV download (English and Danish) from a folder instead of the shipped subset; see
     * {@code matching/README.md} for the files it needs. A missing file or column is refused with a message naming it.
     */
    public static Esco official(java.nio.file.Path dir) {
        return OfficialData.load(dir);
    }

    public Collection<Occupation> occupations() {
        return occupations.values();
    }

    public Optional<Occupation> occupation(String uri) {
        return Optional.ofNullable(occupations.get(uri));
    }

    public Optional<IscoGroup> iscoGroup(String code) {
        return Optional.ofNullable(iscoGroups.get(code));
    }

    public Collection<IscoGroup> iscoGroups() {
        return iscoGroups.values();
    }

    public Collection<Skill> skills() {
        return skills.values();
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skills.get(id));
    }

    /** Ids of the skills ESCO lists as essential for the occupation (empty for an unknown URI). */
    public List<String> essentialSkills(String occupationUri) {
        return essential.getOrDefault(occupationUri, List.of());
    }

    /** Ids of the skills ESCO lists as optional for the occupation. */
    public List<String> optionalSkills(String occupationUri) {
        return optional.getOrDefault(occupationUri, List.of());
    }

    /** The broader concept of an occupation or ISCO group (an occupation URI or an ISCO group URI), if any. */
    public Optional<String> broader(String uri) {
        return Optional.ofNullable(broader.get(uri));
    }

    /**
     * ESCO occupations for a STAR code, as written in the crosswalk ({@code 2221.1}) or as a concept URI ending in
     * it; empty when the code is not in the crosswalk.
     */
    public List<StarMapping> star(String code) {
        String c = code.strip();
        int slash = c.lastIndexOf('/');
        return star.getOrDefault(slash >= 0 ? c.substring(slash + 1) : c, List.of());
    }

    public Set<String> starCodes() {
        return star.keySet();
    }
}
