package dk.rekrut.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import dk.rekrut.matching.esco.Skill;
import dk.rekrut.matching.posting.PostingIndex;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate's skills: those its text names, then its occupation's other essential skills, each once. The reader
 * compares the two by identity, so ids read from the index and from ESCO must be the same instances.
 */
class CandidateReaderTest {

    @TempDir
    Path tmp;

    @Test
    void namedSkillsComeFirstAndEssentialOnesTheTextNamesAreNotRepeated() throws Exception {
        var esco = TestEngine.esco();
        List<String> essential = List.copyOf(new LinkedHashSet<>(esco.essentialSkills(TestEngine.NURSE)));
        // A posting naming two of the nurse's essential skills by their English labels, the nurse as its occupation.
        List<String> named = essential.subList(essential.size() - 2, essential.size());
        String text = "We need a nurse. " + String.join(". ", named.stream()
            .map(id -> esco.skill(id).map(Skill::label).orElseThrow()).toList()) + ".";
        String line = "{\"id\":\"p1\",\"title\":\"Nurse\",\"text\":\"" + text + "\",\"postcode\":\"4000\","
            + "\"occupation\":\"" + TestEngine.NURSE + "\",\"deadline\":\"2027-01-15\"}";
        TestEngine.indexer().build(new StringReader(line), tmp.resolve("index"), TestEngine.TODAY);
        try (PostingIndex index = PostingIndex.open(tmp.resolve("index"))) {
            var reader = new CandidateReader(esco, index.searcher());
            List<Matcher.Candidate> read = reader.read(List.of(0), Map.of(), null);
            List<String> skills = read.get(0).skills();
            assertThat(skills).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(essential);
            assertThat(skills.subList(0, 2)).containsExactlyInAnyOrderElementsOf(named);
            var rest = new ArrayList<>(essential);
            rest.removeAll(named);
            assertThat(skills.subList(2, skills.size())).containsExactlyElementsOf(rest);
        }
    }
}
