package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimeTest {

    @Test
    void aTimeIsWrittenAsPeopleWriteItInDanishTimeInTheReadersLanguage() {
        var winter = LocalDateTime.of(2027, 1, 7, 9, 0).atZone(Time.DANISH).toInstant();
        var summer = LocalDateTime.of(2027, 6, 10, 13, 45).atZone(Time.DANISH).toInstant();
        assertThat(Time.written(winter, "da")).isEqualTo("torsdag 7. januar 2027 kl. 9.00");
        assertThat(Time.written(winter, "en")).isEqualTo("Thursday 7 January 2027 at 9:00");
        assertThat(Time.written(summer, "da")).isEqualTo("torsdag 10. juni 2027 kl. 13.45");
    }
}
