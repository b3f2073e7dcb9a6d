package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import dk.rekrut.shared.Time;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DanishFormatTest {

    private final DanishFormat fmt = new DanishFormat();
    private final Instant interview = LocalDateTime.of(2027, 1, 7, 9, 0).atZone(Time.DANISH).toInstant();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void pagesWriteTimesAsTheLettersDoInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        assertThat(fmt.longDateTime(interview)).isEqualTo(Time.written(interview, "da"))
            .isEqualTo("torsdag 7. januar 2027 kl. 9.00");
        assertThat(fmt.dateTime(interview)).isEqualTo("7. januar 2027 kl. 9.00");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.longDateTime(interview)).isEqualTo("Thursday 7 January 2027 at 9:00");
        assertThat(fmt.dateTime(interview)).isEqualTo("7 January 2027 at 9:00");
        assertThat(fmt.longDateTime(null)).isEmpty();
    }
}
