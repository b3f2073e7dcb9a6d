package dk.rekrut.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import dk.rekrut.shared.Time;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times as Danes read them, in Danish time, for templates: ${@fmt.dateTime(instant)}. */
@Component("fmt")
public class DanishFormat {

    public String dateTime(Instant instant) {
        return instant == null ? "" : pattern("d. MMMM yyyy 'kl.' H.mm", "d MMMM yyyy 'at' H:mm")
            .format(instant.atZone(Time.DANISH));
    }

    /** As the letters write it ("torsdag 7. januar 2027 kl. 9.00"), so a page and its e-mail agree. */
    public String longDateTime(Instant instant) {
        return instant == null ? "" : Time.written(instant, LocaleContextHolder.getLocale().getLanguage());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale())
            .format(date);
    }

    private static DateTimeFormatter pattern(String danish, String english) {
        var locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? english : danish, locale);
    }

    /** Value for an HTML datetime-local input. */
    public String isoLocal(Instant instant) {
        return instant == null ? "" : instant.atZone(Time.DANISH).toLocalDateTime().toString();
    }
}
