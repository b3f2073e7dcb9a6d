package dk.rekrut.matching.alternative;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alternative occupations for a citizen: occupations in another ISCO-08 unit group than each of their own, ranked by
 * how much of their essential skills the citizen already has. The citizen's skills are those found in their CV plus
 * the essential skills of their own occupations. A skill counts by its rarity (inverse document frequency over the
 * occupations that list it as essential): "work in teams" carries over to hundreds of occupations and says little, a
 * rare skill says much. Thread-safe once built.
 */
public final class Alternatives {

    private final Esco esco;
    private final Map<String, Double> weight = new HashMap<>();
    private final Map<String, List<Occupation>> essentialFor = new HashMap<>();
    private final Map<String, Double> totalWeight = new HashMap<>();

    public Alternatives(Esco esco) {
        this.esco = esco;
        Map<String, Integer> count = new HashMap<>();
        int occupations = 0;
        for (Occupation o : esco.occupations()) {
            List<String> essential = esco.essentialSkills(o.uri());
            if (!essential.isEmpty()) {
                occupations++;
            }
            for (String id : new LinkedHashSet<>(essential)) {
                count.merge(id, 1, Integer::sum);
                essentialFor.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        int n = occupations;
        count.forEach((id, c) -> weight.put(id, Math.log(1.0 + (double) n / c)));
        for (Occupation o : esco.occupations()) {
            totalWeight.put(o.uri(), new LinkedHashSet<>(esco.essentialSkills(o.uri())).stream()
                .mapToDouble(weight::get).sum());
        }
    }

    /**
     * The {@code top} alternatives, best first, for a citizen with these own occupations (ESCO URIs) and the skill ids
     * found in their CV. Occupations sharing no skill with the citizen are left out, so the list may be shorter.
     *
     * @throws IllegalArgumentException when a URI is not an ESCO occupation of the data
     */
    public List<Alternative> forOccupations(List<String> uris, Collection<String> cvSkillIds, Lang lang, int top) {
        Set<String> ownGroups = new HashSet<>();
        Set<String> has = new HashSet<>();
        for (String uri : uris) {
            Occupation own = esco.occupation(uri)
                .orElseThrow(() -> new IllegalArgumentException("unknown ESCO occupation " + uri));
            ownGroups.add(own.isco());
            has.addAll(esco.essentialSkills(uri));
        }
        for (String id : cvSkillIds) {
            if (weight.containsKey(id)) {
                has.add(id);
            }
        }
        if (top <= 0 || has.isEmpty()) {
            return List.of();
        }
        Map<Occupation, Double> shared = new HashMap<>();
        for (String id : has) {
            for (Occupation o : essentialFor.getOrDefault(id, List.of())) {
                if (!ownGroups.contains(o.isco())) {
                    shared.merge(o, weight.get(id), Double::sum);
                }
            }
        }
        record Candidate(Occupation occupation, double score) {
        }
        List<Candidate> ranked = new ArrayList<>();
        shared.forEach((o, w) -> ranked.add(new Candidate(o, w / totalWeight.get(o.uri()))));
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.occupation().uri()));
        return ranked.stream().limit(top).map(c -> explain(c.occupation(), c.score(), has, lang)).toList();
    }

    private Alternative explain(Occupation o, double score, Set<String> has, Lang lang) {
        List<String> essential = new ArrayList<>(new LinkedHashSet<>(esco.essentialSkills(o.uri())));
        // The most telling (rarest) skills first, so a short list on screen shows what matters.
        essential.sort(Comparator.comparingDouble((String id) -> weight.get(id)).reversed().thenComparing(id -> id));
        List<String> shared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : essential) {
            String label = esco.skill(id).map(s -> s.label()).orElse(id);
            (has.contains(id) ? shared : missing).add(label);
        }
        return new Alternative(o.uri(), o.label(lang), o.isco(), shared, missing, Math.round(score * 10000) / 10000.0);
    }
}
