package dk.rekrut.redaction.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Danish postal codes and town names (PostNord's list), read once and shared by {@link AddressDetector}, {@link ForeignAddressDetector} and the name rules: a town is no
 * person's name, and "Hundested, 3390" is an address only because 3390 is Hundested's code.
 */
final class Places {

    private final Map<String, List<String>> townsByCode = new HashMap<>();
    private final Set<String> towns = new HashSet<>();

    Places() {
        try (var in = Places.class.getResourceAsStream("/dk/rekrut/redaction/data/dk-postals.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing postal codes");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.replace("\uFEFF", "").split(";");
                if (f.length >= 6 && f[4].matches("\\d{4}")) {
                    String town = f[5].strip().toLowerCase(Locale.ROOT);
                    townsByCode.computeIfAbsent(f[4], k -> new ArrayList<>()).add(town);
                    towns.add(town);
                    towns.add(town.split(" ")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Danish town, lower case ("hundested", "københavn"). */
    boolean isPlace(String lower) {
        return towns.contains(lower);
    }

    /** The towns of a postal code, lower case; empty when the code does not exist. */
    List<String> towns(String code) {
        return townsByCode.getOrDefault(code, List.of());
    }
}
