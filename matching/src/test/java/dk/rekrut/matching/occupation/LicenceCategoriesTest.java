package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceCategoriesTest {

    private static final Occupations ENGINE = new Occupations(Esco.shipped());

    private static String firstDriverGroup(String text, Lang lang) {
        return ENGINE.rank(text, lang, 20).stream().map(r -> r.occupation().isco())
            .filter(LicenceCategories.DRIVERS::contains).findFirst().orElse("none");
    }

    @Test
    void readsTheCategoriesInDanishAndEnglishWordings() {
        assertThat(LicenceCategories.groups("Lastvognsfører, kørekort kat. CE")).containsExactly("8332");
        assertThat(LicenceCategories.groups("Har C1E-kørekort og truckcertifikat")).containsExactly("8332");
        assertThat(LicenceCategories.groups("Kørekort: B, D og DE")).containsExactly("8331");
        assertThat(LicenceCategories.groups("holds a category D1 licence")).containsExactly("8331");
        assertThat(LicenceCategories.groups("Full UK licence, LGV class 2")).containsExactly("8332");
        assertThat(LicenceCategories.groups("Kørekort til kategori B")).containsExactly("8322");
        assertThat(LicenceCategories.groups("Kørekort B og C+E")).containsExactly("8332");
        assertThat(LicenceCategories.groups("Har kode 95")).containsExactly("8332", "8331");
        // Letters that are no category in a licence context: a language, a grade, a programming language.
        assertThat(LicenceCategories.groups("Programmering i C og C#, engelsk niveau B, klasse 9.c")).isEmpty();
        assertThat(LicenceCategories.groups("Kategori: Dagligvarer")).isEmpty();
    }

    @Test
    void theCategoryDecidesWhichDriverGroupComesFirst() {
        assertThat(firstDriverGroup("chauffør med C/CE-kørekort", Lang.DA)).isEqualTo("8332");
        assertThat(firstDriverGroup("chauffør, D-kørekort", Lang.DA)).isEqualTo("8331");
        assertThat(firstDriverGroup("driver, class C licence holder", Lang.EN)).isEqualTo("8332");
        String cv = """
            Peter Lund
            Chauffør

            2016 - nu  Chauffør, Vognmand Poulsen ApS
            Distribution af paller til byggemarkeder på Sjælland, aflæsning med kran.

            Kørekort: B, C og CE. Kode 95 fornyet 2023.
            """;
        assertThat(firstDriverGroup(cv, Lang.DA)).isEqualTo("8332");
    }

    @Test
    void onlyDriverOccupationsChangePlaces() {
        String text = "Lagermedarbejder med truckcertifikat og kørekort kategori C";
        List<RankedOccupation> ranked = ENGINE.rank(text, Lang.DA, 30);
        assertThat(ranked.get(0).occupation().isco()).isNotIn(LicenceCategories.DRIVERS);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
    }
}
