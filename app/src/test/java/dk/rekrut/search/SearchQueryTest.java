package dk.rekrut.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules for what the search box's text becomes before it is searched. */
class SearchQueryTest {

    @Test
    void nothingOrWhiteSpaceIsBlankAndSearchesNothing() {
        for (String raw : new String[] {null, "", "   ", "\t\n"}) {
            var q = SearchQuery.of(raw);
            assertThat(q.blank()).as("[%s]", raw).isTrue();
            assertThat(q.searchesApplicants()).isFalse();
        }
    }

    @Test
    void oneLetterSearchesCasesButNotApplicants() {
        var q = SearchQuery.of(" a ");
        assertThat(q.blank()).isFalse();
        assertThat(q.text()).isEqualTo("a");
        assertThat(q.searchesApplicants()).isFalse();
        assertThat(SearchQuery.of("an").searchesApplicants()).isTrue();
    }

    @Test
    void whiteSpaceIsTidiedAndALongTextIsCut() {
        assertThat(SearchQuery.of("  Anna \t  Berg ").text()).isEqualTo("Anna Berg");
        var longText = SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH + 50));
        assertThat(longText.text()).hasSize(SearchQuery.MAX_LENGTH);
    }
}
