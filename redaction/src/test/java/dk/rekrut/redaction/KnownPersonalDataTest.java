package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hand-written equals and hashCode say what the record's generated ones say, component by component. */
class KnownPersonalDataTest {

    private static KnownPersonalData with(int changed) {
        String[] v = {"Bo Storm", "b@s.dk", "12", "Vej 1", "2200", "By", null, "0101"};
        if (changed >= 0 && changed != 6) {
            v[changed] = v[changed] + "x";
        }
        LocalDate birth = changed == 6 ? LocalDate.of(2001, 1, 10) : LocalDate.of(2001, 1, 9);
        return new KnownPersonalData(v[0], v[1], v[2], v[3], v[4], v[5], birth, v[7]);
    }

    @Test
    void equalWhenEveryComponentIsEqual() {
        assertThat(with(-1)).isEqualTo(with(-1)).hasSameHashCodeAs(with(-1)).isNotEqualTo(null).isNotEqualTo("Bo Storm");
        for (int i = 0; i < 8; i++) {
            assertThat(with(i)).as("component %d", i).isNotEqualTo(with(-1));
            assertThat(with(-1)).as("component %d", i).isNotEqualTo(with(i));
        }
        assertThat(new KnownPersonalData(null, null, null, null, null, null, null, null)).isEqualTo(KnownPersonalData.NONE)
            .hasSameHashCodeAs(KnownPersonalData.NONE);
        assertThat(KnownPersonalData.NONE.hashCode()).isZero();
    }

    @Test
    void hashIsTheRecordFormula() {
        KnownPersonalData k = with(-1);
        int h = 0;
        for (Object c : new Object[] {k.fullName(), k.email(), k.phone(), k.address(), k.postalCode(), k.town(), k.birthDate(), k.cpr()}) {
            h = h * 31 + java.util.Objects.hashCode(c);
        }
        assertThat(k.hashCode()).isEqualTo(h);
    }
}
