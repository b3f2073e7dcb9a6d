package dk.rekrut.matching.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SyntheticPostingsTest {

    @Test
    void theSetIsRepeatableAndEveryPostingReadsCleanly() throws Exception {
        var a = SyntheticPostings.generate(TestEngine.esco());
        var b = SyntheticPostings.generate(TestEngine.esco());
        assertThat(a.jsonLines()).isEqualTo(b.jsonLines());
        assertThat(a.cvs()).isEqualTo(b.cvs());
        var postings = TestEngine.reader().readAll(new StringReader(a.jsonLines()));
        assertThat(postings).hasSize(SyntheticPostings.GROUPS * SyntheticPostings.PER_GROUP + SyntheticPostings.DISTRACTORS);
        assertThat(postings).anyMatch(p -> p.occupation().isEmpty()).anyMatch(p -> !p.occupation().isEmpty())
            .allMatch(p -> p.place().isPresent());
        assertThat(a.cvs()).hasSize(SyntheticPostings.CVS).anyMatch(SyntheticPostings.Cv::careerChange)
            .anyMatch(SyntheticPostings.Cv::tuning).anyMatch(cv -> !cv.tuning());
    }
}
