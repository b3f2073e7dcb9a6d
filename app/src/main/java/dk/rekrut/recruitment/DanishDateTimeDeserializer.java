package dk.rekrut.recruitment;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import dk.rekrut.shared.Time;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a point in time from the API as the form holds it (Danish local time). The API writes instants in UTC
 * ({@code 2027-02-10T11:00:00Z}), so it takes exactly that back, and any other offset; a value without offset is
 * Danish local time, as on the web form.
 */
class DanishDateTimeDeserializer extends ValueDeserializer<LocalDateTime> {

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip();
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(Time.DANISH).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v);
            } catch (DateTimeParseException e) {
                return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, v,
                    "expected ISO-8601 date and time, with an offset (2027-02-10T11:00:00Z) or in Danish local time");
            }
        }
    }
}
