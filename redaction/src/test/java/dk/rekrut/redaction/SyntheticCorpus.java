package dk.rekrut.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A labelled corpus of synthetic applications, generated from a seed: applicants and references with names drawn
 * from the gazetteers in even shares of Danish and non-Danish (DaCy: Muslim) origin, written into Danish and English
 * CVs and cover letters in several layouts, with the known values in varied spellings, further personal data that is
 * not in the form, signals of gender, family and origin, and ordinary text that must stay (work periods, years of
 * experience, words that are also names, languages as skills). Every piece of personal data is labelled as it is
 * written, so recall and precision are measured against what a careful person would redact.
 */
public final class SyntheticCorpus {

    enum Group { KNOWN, PATTERN, NAME_NOT_IN_FORM, SIGNAL }

    record Gold(int start, int end, SpanType type, Group group, String origin) {
    }

    public record Doc(String id, String language, String text, KnownPersonalData known, List<Gold> gold, String applicantOrigin) {
    }

    private record Person(String first, String last, String origin) {
        String full() {
            return first + " " + last;
        }
    }

    private final Random rnd;
    private final List<String> daFirst = new ArrayList<>();
    private final List<String> daLast = new ArrayList<>();
    private final List<String> muFirst = new ArrayList<>();
    private final List<String> muLast = new ArrayList<>();
    private final List<String[]> postals = new ArrayList<>();

    private static final String[] STREETS = {"Egevej", "Vestergade", "Nørregade", "Birkevænget", "Skovbrynet Allé", "Kirkestræde",
        "Gammel Kongevej", "Strandvejen", "Rosenørns Allé", "Bøgeparken", "Møllebakken", "Søndre Boulevard", "Tværgade",
        "Østerbrogade", "Lindevej", "Hasselhaven", "Enghavevej", "Toftegårds Plads"};
    private static final String[] EMPLOYERS = {"Københavns Kommune", "Region Midtjylland", "Netcompany", "Aarhus Universitet",
        "Novo Nordisk", "Skattestyrelsen", "Odense Kommune", "Rigspolitiet", "Danske Bank", "Vejle Kommune", "Rambøll"};
    private static final String[] JOBS_DA = {"sagsbehandler", "projektleder", "IT-arkitekt", "socialrådgiver", "økonomikonsulent",
        "udvikler", "HR-partner", "jurist"};
    private static final String[] JOBS_EN = {"case officer", "project manager", "software developer", "data analyst", "HR partner",
        "legal adviser"};
    private static final String[] COUNTRIES_DA = {"Tyrkiet", "Pakistan", "Syrien", "Polen", "Irak", "Somalia", "Iran", "Libanon"};
    private static final String[] COUNTRIES_EN = {"Turkey", "Pakistan", "Syria", "Poland", "Iraq", "Somalia", "Iran", "Lebanon"};
    private static final String[] MONTHS_DA = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december"};

    public SyntheticCorpus(long seed) {
        rnd = new Random(seed);
        read("data/names-frequency-gender-origin.csv", line -> {
            String[] f = line.split(",");
            if (f.length < 5 || f[1].equals("name") || f[1].length() < 3 || !f[1].matches("\\p{Lu}\\p{Ll}+")) {
                return;
            }
            boolean first = f[4].strip().equals("True");
            boolean danish = f[2].equals("danish");
            (danish ? first ? daFirst : daLast : first ? muFirst : muLast).add(f[1]);
        });
        read("data/dk-postals.csv", line -> {
            String[] f = line.split(";");
            if (f.length >= 6 && f[4].matches("\\d{4}") && !f[4].startsWith("0") && Integer.parseInt(f[4]) >= 1000
                && !f[5].matches(".*\\d.*")) {
                postals.add(new String[] {f[4], f[5]});
            }
        });
    }

    public List<Doc> generate(int n) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String origin = i % 2 == 0 ? "danish" : "muslim";
            String lang = (i / 2) % 3 == 2 ? "en" : "da";
            docs.add(i % 4 < 2 ? cv("doc" + i, origin, lang) : letter("doc" + i, origin, lang));
        }
        return docs;
    }

    /** Writes text and labels side by side. */
    private static final class W {
        final StringBuilder sb = new StringBuilder();
        final List<Gold> gold = new ArrayList<>();

        W t(String s) {
            sb.append(s);
            return this;
        }

        W g(String s, SpanType type, Group group) {
            return g(s, type, group, null);
        }

        W g(String s, SpanType type, Group group, String origin) {
            int start = sb.length();
            sb.append(s);
            gold.add(new Gold(start, sb.length(), type, group, origin));
            return this;
        }
    }

    private Person person(String origin) {
        boolean danish = origin.equals("danish");
        return new Person(pick(danish ? daFirst : muFirst), pick(danish ? daLast : muLast), origin);
    }

    private Doc cv(String id, String origin, String lang) {
        boolean da = lang.equals("da");
        Person me = person(origin);
        Person ref1 = person(rnd.nextBoolean() ? "danish" : "muslim");
        Person ref2 = person(ref1.origin().equals("danish") ? "muslim" : "danish");
        String[] postal = pick(postals);
        String street = pick(STREETS) + " " + (1 + rnd.nextInt(120));
        String phoneDigits = String.valueOf(20_000_000 + rnd.nextInt(79_999_999));
        String email = mail(me, "example.dk");
        LocalDate birth = LocalDate.of(1960 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String cpr = birth.format(DateTimeFormatter.ofPattern("ddMMyy")) + String.format("%04d", rnd.nextInt(10_000));
        boolean cprKnown = rnd.nextInt(4) == 0;
        var known = new KnownPersonalData(me.full(), email, "+45 " + phoneDigits, street, postal[0], postal[1], birth,
            cprKnown ? cpr : null);
        var w = new W();
        switch (rnd.nextInt(3)) {
            case 0 -> w.g(me.full(), SpanType.NAME, Group.KNOWN).t("\n");
            case 1 -> w.g(me.full().toUpperCase(Locale.ROOT), SpanType.NAME, Group.KNOWN).t("\n");
            default -> w.t(da ? "CV – " : "Curriculum vitae – ").g(me.last() + ", " + me.first(), SpanType.NAME, Group.KNOWN).t("\n");
        }
        w.g(street, SpanType.ADDRESS, Group.KNOWN).t(rnd.nextBoolean() ? ", " : "\n")
            .g(postal[0] + " " + postal[1], SpanType.ADDRESS, Group.KNOWN).t("\n");
        w.t(da ? "Tlf.: " : "Phone: ").g(phone(phoneDigits), SpanType.PHONE, Group.KNOWN).t(" · ")
            .g(email, SpanType.EMAIL, Group.KNOWN).t("\n");
        switch (rnd.nextInt(3)) {
            case 0 -> w.g("linkedin.com/in/" + slug(me), SpanType.URL, Group.PATTERN).t("\n");
            case 1 -> w.t("GitHub: ").g("https://github.com/" + slug(me), SpanType.URL, Group.PATTERN).t("\n");
            default -> { }
        }
        w.t(da ? "Fødselsdato: " : "Date of birth: ").g(date(birth, da), SpanType.BIRTH_DATE, Group.KNOWN).t("\n");
        if (rnd.nextInt(3) == 0) {
            w.t("CPR: ").g(cpr.substring(0, 6) + "-" + cpr.substring(6), SpanType.CPR, cprKnown ? Group.KNOWN : Group.PATTERN).t("\n");
        }
        if (rnd.nextBoolean()) {
            w.t(da ? "Civilstand: " : "Marital status: ").g(da ? "gift" : "married", SpanType.FAMILY, Group.SIGNAL).t(", ")
                .g(da ? "2 børn" : "two children", SpanType.FAMILY, Group.SIGNAL).t("\n");
        }
        w.t("\n").t(da ? "Profil\n" : "Profile\n");
        String job = da ? pick(JOBS_DA) : pick(JOBS_EN);
        int years = 2 + rnd.nextInt(20);
        w.t(da ? "Erfaren " + job + " med " + years + " års erfaring fra den offentlige sektor. Jeg bor i Aarhus og kan lide at bo "
            + "tæt på skoven.\n" : "Experienced " + job + " with " + years + " years of experience. I will mark every milestone "
            + "and rose to the challenge of a storm of cases.\n");
        w.t("\n").t(da ? "Erhvervserfaring\n" : "Experience\n");
        for (int k = 0; k < 2 + rnd.nextInt(2); k++) {
            int from = 2000 + rnd.nextInt(20);
            w.t(String.format("%02d.%02d.%d – %02d.%02d.%d  ", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), from, 1 + rnd.nextInt(28),
                1 + rnd.nextInt(12), from + 1 + rnd.nextInt(4))).t(pick(EMPLOYERS)).t(", ").t(da ? pick(JOBS_DA) : pick(JOBS_EN)).t("\n");
        }
        w.t("\n").t(da ? "Sprog\n" : "Languages\n");
        if (origin.equals("muslim") && rnd.nextBoolean()) {
            // The native level is the signal (it reveals origin); the language is a qualification and stays.
            w.g(da ? "Modersmål" : "Mother tongue", SpanType.LANGUAGE_LEVEL, Group.SIGNAL).t(": ").t(da ? "arabisk" : "Arabic").t("\n");
        }
        w.t(da ? "Engelsk (flydende), tysk (godt)\n" : "English (fluent), German (good)\n");
        w.t("\n").t(da ? "Referencer\n" : "References\n");
        w.g(ref1.full(), SpanType.NAME, Group.NAME_NOT_IN_FORM, ref1.origin()).t(da ? ", afdelingschef, " : ", head of department, ")
            .g(phone(String.valueOf(20_000_000 + rnd.nextInt(79_999_999))), SpanType.PHONE, Group.PATTERN)
            .t("\n");
        w.g(ref2.full(), SpanType.NAME, Group.NAME_NOT_IN_FORM, ref2.origin()).t(da ? ", teamleder, " : ", team lead, ")
            .g(mail(ref2, "kommune.dk"), SpanType.EMAIL, Group.PATTERN).t("\n");
        return new Doc(id, lang, w.sb.toString(), known, w.gold, origin);
    }

    private Doc letter(String id, String origin, String lang) {
        boolean da = lang.equals("da");
        Person me = person(origin);
        Person boss = person(rnd.nextBoolean() ? "danish" : "muslim");
        String email = mail(me, "mail.dk");
        String phoneDigits = String.valueOf(20_000_000 + rnd.nextInt(79_999_999));
        LocalDate birth = LocalDate.of(1965 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        int age = 2026 - birth.getYear();
        var known = new KnownPersonalData(me.full(), email, phoneDigits, null, null, null, birth, null);
        var w = new W();
        String job = da ? pick(JOBS_DA) : pick(JOBS_EN);
        w.t(da ? "Ansøgning: " + job + "\n\n" : "Application: " + job + "\n\n");
        w.t(da ? "Kære ansættelsesudvalg\n\n" : "Dear hiring committee\n\n");
        if (da) {
            w.t("Jeg er ").g(age + " år", SpanType.AGE, Group.SIGNAL).t(" og søger stillingen som ").t(job).t(". ")
                .t("Jeg er født i ").g(pick(COUNTRIES_DA), SpanType.ORIGIN, Group.SIGNAL).t(" og har boet i Danmark i 15 år. ")
                .t("Som ").t(job).t(" hos ").t(pick(EMPLOYERS)).t(" har jeg i ").t(String.valueOf(3 + rnd.nextInt(9)))
                .t(" år arbejdet med borgere og kolleger. Min nuværende leder, ")
                .g(boss.full(), SpanType.NAME, Group.NAME_NOT_IN_FORM, boss.origin())
                .t(", vil gerne fortælle om mit arbejde. Mark og Storm var navnene på to af vores projekter, og vi flyttede ")
                .t("mange sten.\n\n");
            w.g("Hun", SpanType.GENDER, Group.SIGNAL).t(" skriver i min udtalelse, at jeg er grundig. Jeg er ")
                .g("gift", SpanType.FAMILY, Group.SIGNAL).t(" og ").g("mor til to", SpanType.FAMILY, Group.SIGNAL).t(".\n\n");
            w.t("Du kan fange mig på ").g(phone(phoneDigits), SpanType.PHONE, Group.KNOWN).t(" eller ")
                .g(email, SpanType.EMAIL, Group.KNOWN).t(". Jeg er ").g("født " + date(birth, true), SpanType.BIRTH_DATE, Group.KNOWN)
                .t(".\n\n");
            w.t("Med venlig hilsen\n");
        } else {
            w.t("I am ").g(age + " years old", SpanType.AGE, Group.SIGNAL).t(" and apply for the position as ").t(job).t(". ")
                .t("I was born in ").g(pick(COUNTRIES_EN), SpanType.ORIGIN, Group.SIGNAL).t(" and moved to Denmark in 2010. ")
                .t("My current manager, ").g(boss.full(), SpanType.NAME, Group.NAME_NOT_IN_FORM, boss.origin())
                .t(", is happy to give a reference. In May 2019 I led the project Storm.\n\n");
            w.g("She", SpanType.GENDER, Group.SIGNAL).t(" says I am thorough. I am ").g("married", SpanType.FAMILY, Group.SIGNAL)
                .t(" with ").g("two children", SpanType.FAMILY, Group.SIGNAL).t(".\n\n");
            w.t("You can reach me at ").g(phone(phoneDigits), SpanType.PHONE, Group.KNOWN).t(" or ")
                .g(email, SpanType.EMAIL, Group.KNOWN).t(". I was born on ").g(date(birth, false), SpanType.BIRTH_DATE, Group.KNOWN)
                .t(".\n\n");
            w.t("Kind regards\n");
        }
        switch (rnd.nextInt(3)) {
            case 0 -> w.g(me.first(), SpanType.NAME, Group.KNOWN).t("\n");
            case 1 -> w.g(me.full(), SpanType.NAME, Group.KNOWN).t("\n");
            default -> w.g(me.first().charAt(0) + ". " + me.last(), SpanType.NAME, Group.KNOWN).t("\n");
        }
        return new Doc(id, lang, w.sb.toString(), known, w.gold, origin);
    }

    private String phone(String d) {
        return switch (rnd.nextInt(6)) {
            case 0 -> d;
            case 1 -> d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
            case 2 -> "+45 " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
            case 3 -> "0045-" + d.substring(0, 4) + " " + d.substring(4);
            case 4 -> "+45" + d;
            default -> d.substring(0, 4) + " " + d.substring(4);
        };
    }

    private String date(LocalDate d, boolean da) {
        if (da) {
            return switch (rnd.nextInt(4)) {
                case 0 -> d.getDayOfMonth() + ". " + MONTHS_DA[d.getMonthValue() - 1] + " " + d.getYear();
                case 1 -> d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                case 2 -> d.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
                default -> d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            };
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
            case 1 -> d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            default -> d.toString();
        };
    }

    private String mail(Person p, String domain) {
        return switch (rnd.nextInt(3)) {
            case 0 -> ascii(p.first()) + "." + ascii(p.last()) + "@" + domain;
            case 1 -> ascii(p.first()) + ascii(p.last()).charAt(0) + rnd.nextInt(100) + "@" + domain;
            default -> ascii(p.first()).charAt(0) + ascii(p.last()) + "@" + domain;
        };
    }

    private static String slug(Person p) {
        return ascii(p.first()) + "-" + ascii(p.last());
    }

    private static String ascii(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    private <T> T pick(List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    private <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private static void read(String resource, java.util.function.Consumer<String> line) {
        try (var in = SyntheticCorpus.class.getResourceAsStream(resource)) {
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                line.accept(l.replace("\uFEFF", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
