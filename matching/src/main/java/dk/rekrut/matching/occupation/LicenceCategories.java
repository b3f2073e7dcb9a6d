package dk.rekrut.matching.occupation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving-licence categories named in a text ("chauffør kat. C", "CE-kørekort", "kørekort kategori D", "Class C
 * licence", "HGV Class 1") and the ISCO-4 driver groups they point to: C/CE a lorry (8332 heavy truck and lorry
 * drivers), D/DE a bus (8331 bus and tram drivers), B alone a car or van (8322). ESCO's Danish labels say "chauffør"
 * without the category, so the title alone ranks a van driver as high as a lorry driver; the category decides.
 * Applied as a re-ordering among the driver groups only, so a CV that mentions "kørekort B" among other facts keeps
 * its non-driver occupations where they are.
 */
final class LicenceCategories {

    static final String CAR = "8322";
    static final String BUS = "8331";
    static final String LORRY = "8332";
    /** The ISCO-4 groups whose order the categories may change: motorcycle, car/van, bus/tram and lorry drivers. */
    static final Set<String> DRIVERS = Set.of("8321", CAR, BUS, LORRY);

    private static final String TOKEN = "(?:c1\\s?\\+\\s?e|d1\\s?\\+\\s?e|c\\s?\\+\\s?e|d\\s?\\+\\s?e|c1e|d1e|c1|d1|ce|de|be|b|c|d)";
    private static final String END = "(?![\\p{L}\\p{N}#+])";
    private static final String LIST = TOKEN + END + "(?:\\s*(?:/|,|og|and|&|\\+)\\s*" + TOKEN + END + ")*";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    /** "kørekort kategori C/CE", "kat. D", "kørekort: B, C", "licence class C", "category C". */
    private static final Pattern AFTER_WORD = Pattern.compile(START
        + "(?:kørekort(?:et|kategori(?:er|erne)?)?|kat|kategori(?:er|erne)?|licen[cs]e|licens|class|category)"
        + "\\.?\\s*(?:til\\s+)?(?::\\s*)?(?:(?:kategori|kat|class|category)\\.?\\s*)?(" + LIST + ")");
    /** "CE-kørekort", "C/CE kørekort", "Class C licence" (the word before is matched above), "D licence". */
    private static final Pattern BEFORE_WORD = Pattern.compile(START + "(" + LIST
        + ")\\s*-?\\s*(?:kørekort|licen[cs]e|driving licen[cs]e|driver's licen[cs]e)");
    /** British categories: HGV/LGV (large goods vehicle) is a lorry, PCV/PSV (passenger carrying) a bus. */
    private static final Pattern GOODS = Pattern.compile(START + "(?:hgv|lgv|lastbilkørekort|lastbilskørekort)" + END);
    private static final Pattern PASSENGERS = Pattern.compile(START + "(?:pcv|psv|buskørekort)" + END);
    /** The professional driver's qualification (kode 95, driver CPC) exists for C and D only. */
    private static final Pattern PROFESSIONAL = Pattern.compile(START + "(?:kode\\s*95|code\\s*95|driver\\s+cpc)" + END);
    /** The Danish permit for carrying passengers for pay: taxi (B) and bus. */
    private static final Pattern PASSENGER_PERMIT = Pattern.compile(START + "erhvervskort(?:et)?" + END);

    private LicenceCategories() {
    }

    /** The ISCO-4 driver groups the text's licence categories point to, strongest first; empty when it names none. */
    static Set<String> groups(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String t = text.toLowerCase(Locale.ROOT);
        boolean lorry = GOODS.matcher(t).find();
        boolean bus = PASSENGERS.matcher(t).find();
        boolean car = false;
        for (String category : categories(t)) {
            switch (category.charAt(0)) {
                case 'c' -> lorry = true;
                case 'd' -> bus = true;
                default -> car = true;
            }
        }
        var out = new LinkedHashSet<String>();
        if (lorry) {
            out.add(LORRY);
        }
        if (bus) {
            out.add(BUS);
        }
        if (out.isEmpty() && PROFESSIONAL.matcher(t).find()) {
            out.add(LORRY);
            out.add(BUS);
        }
        if (out.isEmpty() && PASSENGER_PERMIT.matcher(t).find()) {
            out.add(CAR);
            out.add(BUS);
        }
        if (out.isEmpty() && car) {
            out.add(CAR);
        }
        return out;
    }

    /** Every category token the text names in a licence context, lower case ("c", "ce", "d1", "b"). */
    static List<String> categories(String lowerCaseText) {
        var out = new ArrayList<String>();
        for (Pattern p : List.of(AFTER_WORD, BEFORE_WORD)) {
            Matcher m = p.matcher(lowerCaseText);
            while (m.find()) {
                Matcher token = Pattern.compile(TOKEN + END).matcher(m.group(1));
                while (token.find()) {
                    out.add(token.group().replaceAll("\\s", ""));
                }
            }
        }
        return out;
    }

    /**
     * The ranking with the driver-group items re-ordered: the slots that driver occupations hold keep their places,
     * and are filled first by the occupations of the text's groups (each kept in its own order), then by the other
     * driver occupations. Nothing moves when the text names no category. Each slot keeps its score, so scores stay
     * in descending order.
     */
    static <T> List<T> favour(List<T> ranked, Set<String> groups, Function<T, String> isco,
                              java.util.function.BiFunction<T, T, T> intoSlot) {
        if (groups.isEmpty()) {
            return ranked;
        }
        var slots = new ArrayList<Integer>();
        var favoured = new ArrayList<T>();
        var others = new ArrayList<T>();
        for (int i = 0; i < ranked.size(); i++) {
            T item = ranked.get(i);
            String group = isco.apply(item);
            if (DRIVERS.contains(group)) {
                slots.add(i);
                (groups.contains(group) ? favoured : others).add(item);
            }
        }
        if (favoured.isEmpty()) {
            return ranked;
        }
        favoured.addAll(others);
        var out = new ArrayList<>(ranked);
        for (int k = 0; k < slots.size(); k++) {
            int slot = slots.get(k);
            out.set(slot, intoSlot.apply(favoured.get(k), ranked.get(slot)));
        }
        return out;
    }
}
