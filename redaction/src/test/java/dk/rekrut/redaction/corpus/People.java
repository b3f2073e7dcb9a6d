package dk.rekrut.redaction.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names for the corpus, in even shares of Danish and non-Danish origin. Most come from the reference tables the
 * engine ships as gazetteers (DaCy: Danish and Muslim origin). A held-out part comes from hand-made lists of names the
 * gazetteers do not contain (checked when the corpus is generated), so the corpus also measures names the detectors
 * cannot simply look up: Danish surnames outside the DaCy table, and names from West Africa, East Asia, South Asia,
 * Eastern Europe, Latin America, Turkey and the Horn of Africa.
 */
final class People {

    record Name(String first, String middle, String last, String origin, char gender, boolean firstKnown, boolean lastKnown) {
        String full() {
            return middle == null ? first + " " + last : first + " " + middle + " " + last;
        }

        boolean inGazetteer() {
            return firstKnown && lastKnown;
        }
    }

    private record Entry(String name, char gender) {
    }

    private final Set<String> gazetteer = new HashSet<>();
    private final List<Entry> daFirst = new ArrayList<>();
    private final List<String> daLast = new ArrayList<>();
    private final List<Entry> muFirst = new ArrayList<>();
    private final List<String> muLast = new ArrayList<>();
    private final List<String> daLastHeld = new ArrayList<>();
    private final List<Entry> otherFirstHeld = new ArrayList<>();
    private final List<String> otherLastHeld = new ArrayList<>();

    /** Danish surnames (old noble, farm and place names) that the tables may lack; filtered against them below. */
    private static final String[] DANISH_SURNAMES_HELD = {"Rosenkrantz", "Ahlefeldt", "Gyldenstierne", "Rantzau", "Brahe",
        "Trolle", "Bille", "Krag", "Juel", "Tordenskjold", "Kierkegaard", "Grundtvig", "Blicher", "Ingemann", "Oehlenschläger",
        "Bisgaard", "Damsgaard", "Bundgaard", "Lykkegaard", "Hedegaard", "Kjærsgaard", "Hvidtfeldt", "Skovbo", "Brøndum",
        "Dyrberg", "Andkjær", "Sloth", "Skriver", "Fabricius", "Schou", "Bech", "Hvid", "Fogh", "Munch", "Bødtcher", "Lindhardt",
        "Kragh", "Vind", "Stampe", "Tang", "Hjort", "Bang", "Quist", "Leth", "Brink", "Bruun", "Krogh", "Kirkeby", "Ravnsborg",
        "Thorsager", "Søgaard", "Vestergaard", "Overgaard", "Nørgaard", "Mølgaard", "Skytte", "Borup", "Friis", "Wulff", "Boesen",
        "Ebbesen", "Gregersen", "Mogensen", "Thygesen", "Bendtsen", "Langballe", "Hedelund", "Stenstrup", "Ryberg", "Lillelund",
        "Nyholm", "Bækgaard", "Ulsø", "Aagaard", "Ørsted", "Østergaard", "Kjeldsen", "Vinther", "Hyldgaard", "Fuglsang"};
    /** First names of other origins, with gender; filtered against the tables below. */
    private static final String[] OTHER_FIRST_HELD = {"Chidinma:f", "Oluwaseun:m", "Thandiwe:f", "Nkechi:f", "Tendai:m",
        "Kwabena:m", "Akosua:f", "Wanjiru:f", "Njeri:f", "Chukwuemeka:m", "Haruto:m", "Xiaoling:f", "Jianhong:m", "Thuy:f",
        "Quang:m", "Lakshmi:f", "Priyanka:f", "Rajesh:m", "Venkatesh:m", "Dragana:f", "Zoran:m", "Bogdana:f", "Oksana:f",
        "Mykola:m", "Agnieszka:f", "Grzegorz:m", "Wojciech:m", "Małgorzata:f", "Guadalupe:f", "Ximena:f", "Joaquín:m",
        "Tesfaye:m", "Mulugeta:m", "Hiwot:f", "Gülşen:f", "Oğuzhan:m", "Nnamdi:m", "Babajide:m", "Yaw:m", "Siew:f",
        "Thabo:m", "Lwazi:m", "Zanele:f", "Nomvula:f", "Kaveh:m", "Shirin:f", "Dariusz:m", "Bożena:f", "Radosław:m",
        "Svetlana:f", "Vasyl:m", "Anh:f", "Nguyet:f", "Dinh:m", "Suresh:m", "Anjali:f", "Marisol:f", "Esperanza:f",
        "Gustavo:m", "Abebe:m", "Meseret:f", "Yonas:m", "Feven:f", "Ifeoma:f", "Obinna:m", "Adaeze:f", "Kenji:m", "Akiko:f"};
    private static final String[] OTHER_SURNAMES_HELD = {"Okonkwo", "Adebayo", "Mensah", "Nakamura", "Takahashi", "Nguyen",
        "Tran", "Pham", "Krishnamurthy", "Venkatesan", "Kowalczyk", "Wiśniewska", "Jovanović", "Petrović", "Bondarenko",
        "Shevchenko", "Hernández", "Gutiérrez", "Gebremedhin", "Haile", "Öztürk", "Çelik", "Yıldız", "Okafor", "Eze",
        "Obi", "Adeyemi", "Boateng", "Asante", "Kimani", "Mwangi", "Dlamini", "Ndlovu", "Zhou", "Huang", "Watanabe",
        "Suzuki", "Iyer", "Subramanian", "Chatterjee", "Nowakowski", "Zieliński", "Kovalenko", "Melnyk", "Moreno", "Castillo",
        "Ramírez", "Tesfamariam", "Wolde", "Demir", "Aydın", "Sithole", "Mahlangu", "Ogunleye", "Chukwu", "Osei", "Nkemelu"};

    People() {
        for (String f : List.of("first-names-boys.csv", "first-names-girls.csv", "first-names-unisex.csv")) {
            read(f, l -> gazetteer.add(l.strip().toLowerCase(Locale.ROOT)));
        }
        read("names-frequency-gender-origin.csv", l -> {
            String[] f = l.split(",");
            if (f.length < 5 || f[1].equals("name")) {
                return;
            }
            gazetteer.add(f[1].toLowerCase(Locale.ROOT));
            if (f[1].length() < 3 || !f[1].matches("\\p{Lu}\\p{Ll}+")) {
                return;
            }
            boolean first = f[4].strip().equals("True");
            boolean danish = f[2].equals("danish");
            char g = f[3].startsWith("f") ? 'f' : 'm';
            if (first) {
                (danish ? daFirst : muFirst).add(new Entry(f[1], g));
            } else {
                (danish ? daLast : muLast).add(f[1]);
            }
        });
        for (String s : DANISH_SURNAMES_HELD) {
            if (!gazetteer.contains(s.toLowerCase(Locale.ROOT))) {
                daLastHeld.add(s);
            }
        }
        for (String s : OTHER_FIRST_HELD) {
            String[] p = s.split(":");
            if (!gazetteer.contains(p[0].toLowerCase(Locale.ROOT))) {
                otherFirstHeld.add(new Entry(p[0], p[1].charAt(0)));
            }
        }
        for (String s : OTHER_SURNAMES_HELD) {
            if (!gazetteer.contains(s.toLowerCase(Locale.ROOT))) {
                otherLastHeld.add(s);
            }
        }
    }

    String heldOutSummary() {
        return "held out (not in any gazetteer): " + daLastHeld.size() + " Danish surnames, " + otherFirstHeld.size()
            + " first names and " + otherLastHeld.size() + " surnames of other origins";
    }

    /**
     * A person of Danish or non-Danish origin. About a third of names have a held-out surname; among non-Danish names
     * half of those also have a held-out first name (Danish first names are almost all in the approved-names list).
     */
    Name person(Random rnd, boolean danish) {
        boolean held = rnd.nextInt(3) == 0;
        Entry first;
        String last;
        String origin = danish ? "danish" : "non-danish";
        if (danish) {
            first = pick(rnd, daFirst);
            last = held ? pick(rnd, daLastHeld) : pick(rnd, daLast);
        } else if (held) {
            first = rnd.nextBoolean() ? pick(rnd, otherFirstHeld) : pick(rnd, muFirst);
            last = pick(rnd, otherLastHeld);
        } else {
            first = pick(rnd, muFirst);
            last = pick(rnd, muLast);
        }
        String middle = null;
        if (rnd.nextInt(4) == 0) {
            middle = danish ? pick(rnd, daLast) : pick(rnd, muFirst).name();
            if (middle.equals(first.name()) || middle.equals(last)) {
                middle = null;
            }
        }
        return new Name(first.name(), middle, last, origin, first.gender(), known(first.name()), known(last));
    }

    boolean known(String part) {
        return gazetteer.contains(part.toLowerCase(Locale.ROOT));
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static void read(String file, Consumer<String> line) {
        try (var in = People.class.getResourceAsStream("/dk/rekrut/redaction/data/" + file)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = reader.readLine()) != null) {
                l = l.replace("\uFEFF", "");
                if (!l.isBlank()) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
