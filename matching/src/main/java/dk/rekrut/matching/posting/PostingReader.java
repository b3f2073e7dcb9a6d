package dk.rekrut.matching.posting;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.geo.Postcodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads postings as JSON Lines, one object a line:
 * {@code {"id","title","text","employer","postcode","lat","lon","occupation","source","url","deadline"}}, all but
 * {@code id} and {@code title} optional. Every fault (a line that is not a JSON object, a missing id or title, an
 * unknown field, postcode or occupation code, a bad coordinate or date, a repeated id) throws a
 * {@link PostingFileException} naming the line and field; the caller then refuses the whole file.
 */
public final class PostingReader {

    static final Set<String> FIELDS = Set.of("id", "title", "text", "employer", "postcode", "lat", "lon",
        "occupation", "source", "url", "deadline");
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final int MAX_LINE_CHARS = 1_000_000;
    // Exact before close before the rest: the crosswalk's best ESCO occupation for a STAR concept.
    private static final List<String> MATCH_ORDER = List.of("exactMatch", "closeMatch", "narrowMatch", "broadMatch");

    private final JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final Esco esco;
    private final Postcodes postcodes;

    public PostingReader(Esco esco, Postcodes postcodes) {
        this.esco = esco;
        this.postcodes = postcodes;
    }

    /** Reads every posting, handing each on as soon as its line is checked; blank lines are skipped. */
    public void read(Reader in, Consumer<Posting> postings) throws IOException {
        var reader = new BufferedReader(in);
        Map<String, Integer> seen = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            Posting p = parse(line, number);
            Integer earlier = seen.putIfAbsent(p.id(), number);
            if (earlier != null) {
                throw new PostingFileException(number, "id", "'" + p.id() + "' was already used on line " + earlier);
            }
            postings.accept(p);
        }
    }

    /** Reads the whole file into a list (for tests and small files). */
    public List<Posting> readAll(Reader in) throws IOException {
        var out = new ArrayList<Posting>();
        read(in, out::add);
        return out;
    }

    Posting parse(String line, int number) {
        if (line.length() > MAX_LINE_CHARS) {
            throw new PostingFileException(number, null, "longer than " + MAX_LINE_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new PostingFileException(number, null, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new PostingFileException(number, null, "not a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new PostingFileException(number, name, "unknown field (known: " + FIELDS.stream().sorted().toList() + ")");
            }
        }
        var f = new Line(node, number);
        String id = f.text("id");
        String title = f.text("title");
        if (id.isEmpty()) {
            throw new PostingFileException(number, "id", "missing or empty");
        }
        if (title.isEmpty()) {
            throw new PostingFileException(number, "title", "missing or empty");
        }
        String postcode = f.text("postcode");
        Optional<Place> place = place(f, postcode);
        return new Posting(id, title, f.text("text"), f.text("employer"), postcode, place,
            occupation(f.text("occupation"), number), f.sources(), f.text("url"), deadline(f.text("deadline"), number));
    }

    private Optional<Place> place(Line f, String postcode) {
        Optional<Place> centroid = Optional.empty();
        if (!postcode.isEmpty()) {
            var known = postcodes.find(postcode)
                .orElseThrow(() -> new PostingFileException(f.number, "postcode", "unknown Danish postcode '" + postcode + "'"));
            centroid = known.place();
        }
        Double lat = f.number("lat");
        Double lon = f.number("lon");
        if (lat == null && lon == null) {
            return centroid;
        }
        if (lat == null || lon == null) {
            throw new PostingFileException(f.number, lat == null ? "lat" : "lon", "lat and lon come together");
        }
        try {
            return Optional.of(new Place(lat, lon));
        } catch (IllegalArgumentException e) {
            throw new PostingFileException(f.number, "lat", e.getMessage());
        }
    }

    /** An ESCO URI as given, or a STAR code through the crosswalk; "" when the posting has none. */
    private String occupation(String code, int number) {
        if (code.isEmpty()) {
            return "";
        }
        if (code.startsWith("http://") || code.startsWith("https://")) {
            if (esco.occupation(code).isEmpty()) {
                throw new PostingFileException(number, "occupation", "unknown ESCO occupation " + code);
            }
            return code;
        }
        return esco.star(code).stream()
            .filter(m -> esco.occupation(m.escoUri()).isPresent())
            .min(Comparator.comparingInt(m -> rank(m.matchType())))
            .map(Esco.StarMapping::escoUri)
            .orElseThrow(() -> new PostingFileException(number, "occupation",
                "'" + code + "' is neither an ESCO occupation URI nor a STAR code in the crosswalk"));
    }

    private static int rank(String matchType) {
        int i = MATCH_ORDER.indexOf(matchType);
        return i < 0 ? MATCH_ORDER.size() : i;
    }

    private static Optional<LocalDate> deadline(String value, int number) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (value.contains("T")) {
                return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(DENMARK).toLocalDate());
            }
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new PostingFileException(number, "deadline",
                "'" + value + "' is not a date (write 2026-12-31 or 2026-12-31T12:00:00+01:00)");
        }
    }

    /** One line's object, its fields read with type checks that name the field. */
    private record Line(JsonNode node, int number) {

        String text(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isString()) {
                throw new PostingFileException(number, field, "must be a string");
            }
            return v.asString().strip();
        }

        Double number(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                throw new PostingFileException(number, field, "must be a number");
            }
            return v.doubleValue();
        }

        /** {@code source} as one string or an array of strings (a posting seen on several portals). */
        List<String> sources() {
            JsonNode v = node.get("source");
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (v.isString()) {
                return v.asString().isBlank() ? List.of() : List.of(v.asString().strip());
            }
            if (v.isArray()) {
                var out = new ArrayList<String>();
                for (JsonNode s : v) {
                    if (!s.isString()) {
                        throw new PostingFileException(number, "source", "must be a string or an array of strings");
                    }
                    if (!s.asString().isBlank()) {
                        out.add(s.asString().strip());
                    }
                }
                return out;
            }
            throw new PostingFileException(number, "source", "must be a string or an array of strings");
        }
    }
}
