package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written documents for issue 17's special categories (health, trade union, religion, politics, sexuality) and
 * native language levels: Danish and English CVs and letters as PDF and DOCX, each with labelled special-category
 * phrases and negative cases that must stay (a union as an employer, other languages and levels, health as
 * professional experience). Every text below was written by hand for this corpus; the people are invented.
 *
 * <pre>
 * java -cp redaction/target/test-classes:redaction/target/classes:$(cat redaction/target/cp.txt) \
 *     dk.rekrut.redaction.corpus.SpecialCategoryCorpus redaction/corpus/handmade/red-special
 * </pre>
 */
public final class SpecialCategoryCorpus {

    private SpecialCategoryCorpus() {
    }

    /** The applicant's form data; also labelled as known values where the document writes them. */
    private record Person(String name, String origin, String email, String phone, String street, String postal, String town) {
    }

    private record Special(String type, String text) {
    }

    /** One document: its layout, the person, and its lines (a line "# X" is a heading, "- X" a bullet, "K: V" a row). */
    private record Spec(String id, String language, String kind, String format, Person p, List<String> lines,
                        List<Special> specials, List<String[]> otherNames) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/red-special");
        Files.createDirectories(dir);
        var rnd = new Random(20261206L);
        for (Spec s : specs()) {
            Doc d = doc(s);
            String ext = s.format().equals("docx") ? "docx" : "pdf";
            byte[] bytes = switch (s.format()) {
                case "docx" -> Writers.docx(d, rnd);
                case "pdf-web" -> Writers.pdf(d, Writers.PdfLayout.WEB, rnd);
                case "pdf-columns" -> Writers.pdf(d, Writers.PdfLayout.TWO_COLUMNS, rnd);
                case "pdf-table" -> Writers.pdf(d, Writers.PdfLayout.TABLE, rnd);
                default -> Writers.pdf(d, Writers.PdfLayout.WORD, rnd);
            };
            Files.write(dir.resolve(s.id() + "." + ext), bytes);
            Files.writeString(dir.resolve(s.id() + ".json"), json(s, s.id() + "." + ext), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + specs().size() + " documents to " + dir);
    }

    private static Doc doc(Spec s) {
        var d = new Doc(s.id(), s.language(), s.kind());
        boolean da = s.language().equals("da");
        Person p = s.p();
        d.add(Doc.Kind.HEADING, p.name());
        d.add(Doc.Kind.PARAGRAPH, p.street() + ", " + p.postal() + " " + p.town());
        d.add(Doc.Kind.PARAGRAPH, (da ? "Tlf. " : "Phone ") + p.phone() + " · " + p.email());
        for (String line : s.lines()) {
            if (line.startsWith("# ")) {
                d.add(Doc.Kind.HEADING, line.substring(2));
            } else if (line.startsWith("- ")) {
                d.add(Doc.Kind.BULLET, line.substring(2));
            } else if (line.startsWith("= ")) {
                int colon = line.indexOf(':');
                d.row(line.substring(2, colon), line.substring(colon + 1).strip());
            } else {
                d.add(Doc.Kind.PARAGRAPH, line);
            }
        }
        if (s.kind().equals("letter")) {
            d.add(Doc.Kind.PARAGRAPH, da ? "Med venlig hilsen" : "Kind regards");
            d.add(Doc.Kind.PARAGRAPH, p.name());
        }
        d.footer = p.email();
        return d;
    }

    private static String json(Spec s, String file) {
        Person p = s.p();
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(s.format())).append(",\n");
        sb.append("  \"language\": ").append(q(s.language())).append(",\n");
        sb.append("  \"kind\": ").append(q(s.kind())).append(",\n");
        sb.append("  \"note\": \"hand-made for issue 17: special categories and native language level\",\n");
        sb.append("  \"known\": {\"fullName\": ").append(q(p.name())).append(", \"email\": ").append(q(p.email()))
            .append(", \"phone\": ").append(q(p.phone())).append(", \"address\": ").append(q(p.street()))
            .append(", \"postalCode\": ").append(q(p.postal())).append(", \"town\": ").append(q(p.town())).append("},\n");
        List<String> spans = new ArrayList<>();
        spans.add("{\"type\": \"NAME\", \"group\": \"known\", \"origin\": " + q(p.origin()) + ", \"text\": " + q(p.name()) + "}");
        spans.add("{\"type\": \"ADDRESS\", \"group\": \"known\", \"text\": " + q(p.street()) + "}");
        spans.add("{\"type\": \"ADDRESS\", \"group\": \"known\", \"text\": " + q(p.postal() + " " + p.town()) + "}");
        spans.add("{\"type\": \"PHONE\", \"group\": \"known\", \"text\": " + q(p.phone()) + "}");
        spans.add("{\"type\": \"EMAIL\", \"group\": \"known\", \"text\": " + q(p.email()) + "}");
        for (String[] n : s.otherNames()) {
            spans.add("{\"type\": " + q(n[0]) + ", \"group\": \"other\"" + (n[0].equals("NAME") ? ", \"origin\": " + q(n[2]) : "")
                + ", \"text\": " + q(n[1]) + "}");
        }
        for (Special x : s.specials()) {
            spans.add("{\"type\": " + q(x.type()) + ", \"group\": \"other\", \"text\": " + q(x.text()) + "}");
        }
        sb.append("  \"spans\": [\n    ").append(String.join(",\n    ", spans)).append("\n  ]\n}\n");
        return sb.toString();
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Special sp(String type, String text) {
        return new Special(type, text);
    }

    private static List<Spec> specs() {
        List<Spec> out = new ArrayList<>();
        out.add(new Spec("s01-da-cv", "da", "cv", "pdf-word",
            new Person("Anna Kjær Madsen", "danish", "anna.kjaer.m@post.dk", "28 91 44 07", "Skovbrynet 14", "8270", "Højbjerg"),
            List.of("# Profil",
                "Erfaren sagsbehandler med speciale i sygedagpenge og jobafklaring. Jeg er medlem af HK Kommunal og har "
                    + "været med i flere projekter om digital sagsbehandling.",
                "# Erfaring",
                "2019–2026: Sagsbehandler hos FOA, afdelingen for medlemsrådgivning",
                "2014–2019: Sagsbehandler, Aarhus Kommune, Jobcenter Aarhus",
                "- Sagsbehandling af sygemeldte borgere og borgere i fleksjob",
                "- Erfaring med borgere med diabetes, sklerose og andre kroniske sygdomme",
                "# Uddannelse",
                "2013: Professionsbachelor i offentlig administration, VIA University College",
                "# Sprog",
                "- Dansk – modersmål",
                "- Engelsk – flydende",
                "- Tysk – godt kendskab"),
            List.of(sp("TRADE_UNION", "medlem af HK Kommunal"), sp("LANGUAGE_LEVEL", "modersmål")), List.of()));
        out.add(new Spec("s02-da-letter", "da", "letter", "pdf-web",
            new Person("Mikkel Bøgh Andersen", "danish", "mikkel.bogh@mail.dk", "40 12 77 31", "Rosenvænget 3", "5700", "Svendborg"),
            List.of("Kære ansættelsesudvalg",
                "Jeg søger stillingen som lagerkoordinator i Region Syddanmark. Jeg har arbejdet på lager i 12 år, og de "
                    + "sidste fem år har jeg været tillidsrepræsentant i 3F for mine kolleger.",
                "Jeg vil gerne være åben om, at jeg har sklerose. Det påvirker ikke mit arbejde i dag, men jeg har brug for "
                    + "at kunne holde en kort pause i løbet af dagen.",
                "Jeg har god erfaring med planlægning i SAP og med oplæring af nye kolleger, og jeg har samarbejdet med "
                    + "konsulenterne ved Dansk Metal om uddannelsesforløb."),
            List.of(sp("TRADE_UNION", "tillidsrepræsentant i 3F"), sp("HEALTH", "har sklerose")), List.of()));
        out.add(new Spec("s03-en-cv", "en", "cv", "docx",
            new Person("Meron Tesfaye", "non-danish", "meron.tesfaye@mail.com", "+45 31 55 80 12", "Jagtvej 101", "2200", "København N"),
            List.of("# Summary",
                "Logistics planner with eight years of experience in public procurement. I am a member of Unite and have "
                    + "represented colleagues in local negotiations.",
                "# Experience",
                "2020–2026: Procurement officer, Region Hovedstaden",
                "2016–2020: Worked at HK Danmark as a purchasing assistant",
                "# Languages",
                "- Tigrinya – Native",
                "- English – Fluent",
                "- Danish – B2",
                "- Amharic – Conversational"),
            List.of(sp("TRADE_UNION", "member of Unite"), sp("LANGUAGE_LEVEL", "Native")), List.of()));
        out.add(new Spec("s04-en-letter", "en", "letter", "pdf-word",
            new Person("Yusuf Rahimi", "non-danish", "yusuf.rahimi@webmail.dk", "+45 22 40 18 96", "Finsensvej 44", "2000", "Frederiksberg"),
            List.of("Dear hiring committee,",
                "I am applying for the position as IT supporter at Frederiksberg Kommune. I was diagnosed with ADHD in 2019, "
                    + "and the structure I have built since then makes me a careful and reliable colleague.",
                "As a practising Muslim I value the flexibility your workplace policy describes, and I am used to planning "
                    + "my working week with care.",
                "In my current role I support 400 users and have experience with diabetes clinics' booking systems."),
            List.of(sp("HEALTH", "diagnosed with ADHD"), sp("RELIGION", "practising Muslim")), List.of()));
        out.add(new Spec("s05-da-cv", "da", "cv", "docx",
            new Person("Layla Haddad", "non-danish", "layla.haddad@post.dk", "26 33 90 14", "Bispehavevej 8", "8210", "Aarhus V"),
            List.of("# Om mig",
                "Socialrådgiver med erfaring fra integrationsområdet. Jeg er medlem af Socialdemokratiet og var "
                    + "byrådskandidat for Socialdemokratiet i 2021.",
                "# Erfaring",
                "2018–2026: Socialrådgiver, Aarhus Kommune",
                "2015–2018: Sekretær i Folketingets Social- og Boligudvalg",
                "# Sprog",
                "= Modersmål: arabisk",
                "- Dansk: flydende i skrift og tale",
                "- Engelsk: flydende",
                "- Fransk: basalt niveau"),
            List.of(sp("POLITICS", "medlem af Socialdemokratiet"), sp("POLITICS", "byrådskandidat for Socialdemokratiet"),
                sp("LANGUAGE_LEVEL", "Modersmål")), List.of()));
        out.add(new Spec("s06-en-cv", "en", "cv", "pdf-columns",
            new Person("Agnieszka Nowak", "non-danish", "a.nowak@mail.com", "+45 53 21 70 09", "Vesterbrogade 160", "1620", "København V"),
            List.of("# Profile",
                "Data analyst who builds dashboards for public health services. I am the LGBT+ network chair at my current "
                    + "employer and organise our yearly inclusion day.",
                "# Experience",
                "2021–2026: Data analyst, Sundhedsstyrelsen",
                "2017–2021: Analyst, Statens Serum Institut",
                "# Languages",
                "- Polish (native speaker)",
                "- English (C1)",
                "- German B2"),
            List.of(sp("SEXUALITY", "LGBT+ network chair"), sp("LANGUAGE_LEVEL", "native speaker")), List.of()));
        out.add(new Spec("s07-da-letter", "da", "letter", "docx",
            new Person("Jonas Friis Lund", "danish", "jonas.friis@mail.dk", "61 70 22 45", "Egevej 22", "4000", "Roskilde"),
            List.of("Kære Roskilde Kommune",
                "Jeg søger stillingen som bygningskonstruktør. Jeg er kørestolsbruger og har mange års erfaring med "
                    + "tilgængelighed i offentligt byggeri.",
                "I min fritid er jeg medlem af Dansk Handicap Forbund, hvor jeg rådgiver om adgangsforhold.",
                "Fra 2016 til 2020 var jeg ansat som konsulent ved Dansk Metal, hvor jeg planlagde ombygningen af "
                    + "uddannelsescentret."),
            List.of(sp("HEALTH", "kørestolsbruger"), sp("HEALTH", "medlem af Dansk Handicap Forbund")), List.of()));
        out.add(new Spec("s08-da-cv", "da", "cv", "pdf-table",
            new Person("Karen Holm Iversen", "danish", "karen.holm.iversen@mail.dk", "29 84 11 60", "Kirkevej 5", "6000", "Kolding"),
            List.of("# Personlige oplysninger",
                "= Fagforening: DJØF",
                "= Kørekort: B",
                "# Erfaring",
                "2017–2026: Fuldmægtig, Kolding Kommune, Økonomi og Analyse",
                "2012–2017: Konsulent, Danske Regioner",
                "# Frivilligt arbejde",
                "Jeg er aktiv i menighedsrådet i mit sogn og sidder i styregruppen for den lokale lektiecafé.",
                "# Sprog",
                "- Engelsk: flydende",
                "- Tysk: godt kendskab"),
            List.of(sp("TRADE_UNION", "DJØF"), sp("RELIGION", "aktiv i menighedsrådet")), List.of()));
        out.add(new Spec("s09-en-letter", "en", "letter", "docx",
            new Person("Oliver Grant", "non-danish", "oliver.grant@mail.co.uk", "+44 7700 900 417", "Amagerfælledvej 56", "2300", "København S"),
            List.of("Dear Sir or Madam,",
                "I am applying for the role of policy adviser. I am a member of the Labour Party and have campaigned on "
                    + "housing for many years.",
                "I have type 1 diabetes, which I manage well and which has never kept me from travelling for work.",
                "At the NHS I gained experience with diabetes patients and chronic care pathways, which I would bring to "
                    + "your team."),
            List.of(sp("POLITICS", "member of the Labour Party"), sp("HEALTH", "have type 1 diabetes")), List.of()));
        out.add(new Spec("s10-da-letter", "da", "letter", "pdf-word",
            new Person("Rasmus Vestergaard", "danish", "rasmus.vestergaard@mail.dk", "23 45 67 12", "Havnegade 9", "9000", "Aalborg"),
            List.of("Kære ansættelsesudvalg",
                "Jeg søger stillingen som projektleder i Aalborg Kommune. Jeg var sygemeldt med stress i fire måneder i "
                    + "2022 og har siden arbejdet fuld tid med nye rutiner.",
                "Min kæreste og jeg (to mænd) flyttede til Aalborg i 2023, og vi har hurtigt fundet os til rette.",
                "Jeg arbejder godt under pres og har ledet projekter med op til 30 deltagere."),
            List.of(sp("HEALTH", "sygemeldt med stress"), sp("SEXUALITY", "kæreste og jeg (to mænd)")), List.of()));
        out.add(new Spec("s11-en-cv", "en", "cv", "pdf-web",
            new Person("Sana Qureshi", "non-danish", "sana.qureshi@mail.com", "+45 42 17 93 08", "Nørre Allé 31", "8000", "Aarhus C"),
            List.of("# Profile",
                "Nurse with ten years in paediatrics. Shop steward for UNISON at Leeds General Infirmary 2015–2018.",
                "# Volunteering",
                "- Church youth leader in my parish since 2019",
                "# Languages",
                "- Urdu: mother tongue",
                "- English: fluent",
                "- German B2",
                "- Danish: B1"),
            List.of(sp("TRADE_UNION", "Shop steward for UNISON"), sp("RELIGION", "Church youth leader"),
                sp("LANGUAGE_LEVEL", "mother tongue")), List.of()));
        out.add(new Spec("s12-da-cv", "da", "cv", "docx",
            new Person("Fatima Al-Sayed", "non-danish", "fatima.alsayed@post.dk", "50 62 18 93", "Tingvej 17", "7100", "Vejle"),
            List.of("# Profil",
                "Pædagog med erfaring fra vuggestue og børnehave. Jeg er ordblind og bruger oplæsningsværktøjer i mit arbejde.",
                "Medlem af BUPL siden 2012.",
                "# Erfaring",
                "2016–2026: Pædagog, Vejle Kommune",
                "2014–2016: Underviser for BUPL's efteruddannelse i sprogstimulering",
                "# Sprog",
                "- arabisk (modersmål)",
                "- dansk (flydende)",
                "- engelsk (godt kendskab)"),
            List.of(sp("HEALTH", "er ordblind"), sp("TRADE_UNION", "Medlem af BUPL"), sp("LANGUAGE_LEVEL", "modersmål")), List.of()));
        out.add(new Spec("s13-en-letter", "en", "letter", "pdf-word",
            new Person("Daniel Whitaker", "non-danish", "d.whitaker@mail.com", "+45 71 30 84 25", "Strandvejen 210", "2900", "Hellerup"),
            List.of("Dear hiring manager,",
                "I am applying for the developer position. I build native apps for iOS and Android and have led small teams.",
                "I have been living with multiple sclerosis since 2016; it has taught me to plan my work carefully.",
                "I am openly gay and value the inclusive culture your job advert describes.",
                "Before my current job I worked as an adviser at Unite the Union's legal office in London."),
            List.of(sp("HEALTH", "living with multiple sclerosis"), sp("SEXUALITY", "gay")), List.of()));
        out.add(new Spec("s14-da-letter", "da", "letter", "pdf-columns",
            new Person("Peter Nørgaard", "danish", "peter.norgaard@mail.dk", "30 18 52 76", "Lindevej 4", "6700", "Esbjerg"),
            List.of("Kære Esbjerg Kommune",
                "Jeg søger stillingen som vejplanlægger. Jeg er medlem af Venstre og var byrådskandidat for Venstre i 2021.",
                "Som praktiserende katolik er jeg vant til at tage ansvar i fællesskaber.",
                "Fra 2015 til 2019 var jeg sekretær i Folketingets Trafikudvalg. Drej til venstre ved rådhuset, så finder "
                    + "I vores nuværende kontor."),
            List.of(sp("POLITICS", "medlem af Venstre"), sp("POLITICS", "byrådskandidat for Venstre"),
                sp("RELIGION", "praktiserende katolik")), List.of()));
        out.add(new Spec("s15-en-cv", "en", "cv", "docx",
            new Person("Hodan Abdi Warsame", "non-danish", "hodan.warsame@mail.com", "+45 27 64 19 30", "Søndergade 52", "8700", "Horsens"),
            List.of("# Summary",
                "Communications officer. Member of the Green Party since 2018.",
                "# Volunteering",
                "- Volunteer at Copenhagen Pride, 2019–2024",
                "# Experience",
                "2019–2026: Communications officer, Horsens Kommune",
                "# Languages",
                "- Somali – Native or bilingual proficiency",
                "- Arabic – Professional working proficiency",
                "- English – Full professional proficiency"),
            List.of(sp("POLITICS", "Member of the Green Party"), sp("SEXUALITY", "Volunteer at Copenhagen Pride"),
                sp("LANGUAGE_LEVEL", "Native or bilingual proficiency")), List.of()));
        out.add(new Spec("s16-da-cv", "da", "cv", "pdf-columns",
            new Person("Reza Karimi", "non-danish", "reza.karimi@mail.dk", "42 88 01 57", "Bredgade 41", "7400", "Herning"),
            List.of("# Profil",
                "Lagerarbejder og truckfører. 3F-tillidsrepræsentant på lageret 2019–2023. Jeg lider af kronisk migræne, "
                    + "men har haft meget lavt fravær.",
                "# Erfaring",
                "2017–2026: Truckfører, Herning Logistik",
                "2015–2017: Konsulent ved Dansk Metal, uddannelsesafdelingen",
                "# Sprog",
                "- Persisk: modersmålsniveau",
                "- Dansk: flydende",
                "- Engelsk: godt kendskab"),
            List.of(sp("TRADE_UNION", "3F-tillidsrepræsentant"), sp("HEALTH", "lider af kronisk migræne"),
                sp("LANGUAGE_LEVEL", "modersmålsniveau")), List.of()));
        out.add(new Spec("s17-en-letter", "en", "letter", "pdf-web",
            new Person("Chloe Brennan", "non-danish", "chloe.brennan@mail.ie", "+45 60 41 27 88", "Amagerbrogade 77", "2300", "København S"),
            List.of("Dear committee,",
                "I am applying for the post of teaching assistant. I am a native English speaker and also speak Irish.",
                "Due to my dyslexia I use text-to-speech software, which has made me good at explaining things clearly.",
                "I am a member of a trade union and have served as my school's health and safety representative."),
            List.of(sp("LANGUAGE_LEVEL", "native"), sp("HEALTH", "Due to my dyslexia"), sp("TRADE_UNION", "member of a trade union")),
            List.of()));
        return out;
    }
}
