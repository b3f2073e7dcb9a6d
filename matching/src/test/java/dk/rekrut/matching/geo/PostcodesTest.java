package dk.rekrut.matching.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    private final Postcodes postcodes = Postcodes.shipped();

    @Test
    void roskildeIsAbout30KmFromCopenhagenAndOver100FromAarhus() {
        Place roskilde = postcodes.find("4000").orElseThrow().place().orElseThrow();
        Place copenhagen = postcodes.find("DK-1050").orElseThrow().place().orElseThrow();
        Place aarhus = postcodes.find(" 8000 ").orElseThrow().place().orElseThrow();
        assertThat(roskilde.distanceKm(copenhagen)).isBetween(25.0, 35.0);
        assertThat(roskilde.distanceKm(aarhus)).isGreaterThan(100);
        assertThat(roskilde.distanceKm(roskilde)).isCloseTo(0, within(1e-9));
    }

    @Test
    void unknownAndSpecialCodes() {
        assertThat(postcodes.find("99999")).isEmpty();
        assertThat(postcodes.find(null)).isEmpty();
        assertThat(postcodes.find("0900")).hasValueSatisfying(p -> assertThat(p.place()).isEmpty());
        assertThatThrownBy(() -> new Place(91, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
