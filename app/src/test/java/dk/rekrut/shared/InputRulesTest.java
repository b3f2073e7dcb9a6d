package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

/** The shared input rules: one e-mail check (review L6), field limits (M4), plausible years (L3). */
class InputRulesTest {

    static final List<String> VALID = List.of("a@b.dk", "anne.hansen+job@sub.example.dk", "o'brien@example.com",
        "A_B-1@x-y.org", "x!#$%&*/=?^`{|}~@example.com", "k@xn--rsted-uua.dk");
    static final List<String> INVALID = List.of("xss\"<x>@example.com", "a,b@example.com", "a\u0085b@example.com",
        "a b@example.com", "a<b@example.com", "æble@example.dk", "a@ørsted.dk", "a@example", "a@-example.dk",
        "a@example-.dk", "a..b@example.dk", ".a@example.dk", "a.@example.dk", "a@b@example.dk", "@example.dk",
        "a@", "a@example.d", "a@exa_mple.dk", "a\r\n@example.dk", "\"a\"@example.dk", "x".repeat(65) + "@example.dk",
        "a@" + "b".repeat(250) + ".dk", "", "   ");

    @Test
    void validAddressesAreThoseTheMailTransportTakes() throws AddressException {
        for (String a : VALID) {
            assertThat(EmailAddress.isValid(a)).as(a).isTrue();
            new InternetAddress(a, true).validate(); // throws if the transport would refuse it
        }
        assertThat(EmailAddress.isValid(" a@b.dk ")).isTrue(); // surrounding blanks are stripped before storing
        for (String a : INVALID) {
            assertThat(EmailAddress.isValid(a)).as(a).isFalse();
        }
        assertThat(EmailAddress.isValid(null)).isFalse();
    }

    @Test
    void everyDeclaredFieldMustBeCheckedAndOnlyThoseOverTheLimitAreNamed() {
        var limits = TextLimits.of().field("street", 5).field("town", 3);
        assertThat(limits.check().value("street", " 12345 ").value("town", "abcd").tooLong())
            .containsExactly(new TextLimits.TooLong("town", 3));
        assertThat(limits.check().value("street", null).value("town", "abc").tooLong()).isEmpty();
        assertThatThrownBy(() -> limits.check().value("street", "x").tooLong()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> limits.check().value("strret", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.check().value("street", "123456").value("town", "").require())
            .isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.messageKey()).isEqualTo("error.input.too-long");
                assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("street");
                assertThat(e.problems().getFirst().args().get(1)).isEqualTo("5");
            });
    }

    @Test
    void datesLieBetween2000And2100() {
        assertThat(Time.plausible(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(Time.plausible(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(Time.plausible(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(Time.plausible(LocalDate.of(99999, 1, 1))).isFalse();
        assertThat(Time.plausible(LocalDate.of(-5, 1, 1))).isFalse();
        assertThat(Time.plausible((LocalDate) null)).isFalse();
        assertThat(Time.plausible(Instant.parse("2100-12-31T22:59:00Z"))).isTrue(); // 23:59 Danish time
        assertThat(Time.plausible(Instant.parse("2100-12-31T23:00:00Z"))).isFalse(); // 2101 in Denmark
    }
}
