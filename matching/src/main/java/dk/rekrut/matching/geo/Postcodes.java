package dk.rekrut.matching.geo;

import dk.rekrut.matching.esco.Tsv;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Danish postcodes with town, municipality and a coarse centroid (PostNord names, GeoNames coordinates, CC BY).
 * Codes without coordinates (0900, 0960, 0999: special codes) are known but have no place.
 */
public final class Postcodes {

    /** A postcode as PostNord lists it; {@code place} is empty where no coordinate is known. */
    public record Postcode(String code, String town, String municipality, Optional<Place> place) {
    }

    private static volatile Postcodes shipped;

    private final Map<String, Postcode> codes;

    private Postcodes(Map<String, Postcode> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The list shipped in the jar, read once per process. */
    public static Postcodes shipped() {
        Postcodes p = shipped;
        if (p == null) {
            synchronized (Postcodes.class) {
                p = shipped;
                if (p == null) {
                    p = load();
                    shipped = p;
                }
            }
        }
        return p;
    }

    private static Postcodes load() {
        Map<String, Postcode> codes = new HashMap<>();
        Tsv.readShipped("dk_postcodes", r -> {
            String lat = r.get("lat_geonames");
            String lon = r.get("lon_geonames");
            Optional<Place> place = lat.isEmpty() || lon.isEmpty() ? Optional.empty()
                : Optional.of(new Place(Double.parseDouble(lat), Double.parseDouble(lon)));
            codes.put(r.get("postnr"), new Postcode(r.get("postnr"), r.get("bynavn_postnord"),
                r.get("kommuner_postnord"), place));
        });
        return new Postcodes(codes);
    }

    /** Every postcode, in no particular order. */
    public java.util.Collection<Postcode> all() {
        return codes.values();
    }

    /** The postcode, written with or without a "DK-" prefix and spaces; empty when it is not a Danish postcode. */
    public Optional<Postcode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^DK-?\\s*", "").replace(" ", "");
        return Optional.ofNullable(codes.get(c));
    }
}
