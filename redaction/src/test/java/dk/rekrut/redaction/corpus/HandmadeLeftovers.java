package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written documents for issue 17's "redaction converges instead of withholding", in
 * {@code redaction/corpus/handmade/r2-converge}: applicants who write their own form data in spellings no detector
 * takes but the verifier's looser search finds (an e-mail with spaces around its punctuation, a phone or birth date
 * with unusual separators, a CPR number cut differently). Before the loop each of these was withheld; now the loop
 * redacts them. The rest of each document is an ordinary CV or letter, with what must stay.
 *
 * <pre>
 * java -cp redaction/target/test-classes:redaction/target/classes:$(cat redaction/target/cp.txt) \
 *     dk.rekrut.redaction.corpus.HandmadeLeftovers redaction/corpus/handmade/r2-converge
 * </pre>
 */
public final class HandmadeLeftovers {

    private HandmadeLeftovers() {
    }

    private record Spec(Doc doc, String format, String fullName, String email, String phone, String address, String postal,
                        String town, String birthDate, String cpr) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/r2-converge");
        Files.createDirectories(dir);
        var rnd = new Random(20261206L);
        for (Spec s : specs()) {
            String ext = s.format().startsWith("pdf") ? "pdf" : s.format();
            byte[] bytes = switch (s.format()) {
                case "pdf-word" -> Writers.pdf(s.doc(), Writers.PdfLayout.WORD, rnd);
                case "pdf-columns" -> Writers.pdf(s.doc(), Writers.PdfLayout.TWO_COLUMNS, rnd);
                case "pdf-table" -> Writers.pdf(s.doc(), Writers.PdfLayout.TABLE, rnd);
                case "pdf-web" -> Writers.pdf(s.doc(), Writers.PdfLayout.WEB, rnd);
                default -> Writers.docx(s.doc(), rnd);
            };
            Files.write(dir.resolve(s.doc().id + "." + ext), bytes);
            Files.writeString(dir.resolve(s.doc().id + ".json"), labels(s, s.doc().id + "." + ext), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + specs().size() + " documents to " + dir);
    }

    private static Doc.Label known(String type, String text) {
        return new Doc.Label(type, "known", null, null, text);
    }

    private static Doc.Label knownName(String text, String origin) {
        return new Doc.Label("NAME", "known", origin, null, text);
    }

    private static Doc.Label other(String type, String text) {
        return new Doc.Label(type, "other", null, null, text);
    }

    private static Doc.Label otherName(String text, String origin) {
        return new Doc.Label("NAME", "other", origin, null, text);
    }

    private static Doc doc(String id, String language, String kind, Doc.Label... labels) {
        var d = new Doc(id, language, kind);
        for (var l : labels) {
            d.label(l);
        }
        return d;
    }

    static List<Spec> specs() {
        List<Spec> out = new ArrayList<>();

        // 1. Danish letter: the e-mail written with spaces so a spam robot cannot read it.
        var d = doc("cv01-da-letter", "da", "letter", knownName("Mette Kirstine Hansen", "danish"),
            knownName("Mette", "danish"), known("EMAIL", "mette.k.hansen@gmail.com"),
            known("EMAIL", "mette . k . hansen @ gmail . com"), known("PHONE", "23 45 67 89"), otherName("Bente Lund", "danish"));
        d.header = "Mette Kirstine Hansen · mette.k.hansen@gmail.com · 23 45 67 89";
        d.add(Doc.Kind.PARAGRAPH, "Kære Bente Lund");
        d.add(Doc.Kind.PARAGRAPH, "Jeg søger stillingen som HR-konsulent i Aarhus Kommune. Jeg har arbejdet med rekruttering siden "
            + "2016 og har de seneste fire år haft ansvaret for 120 ansættelser om året.");
        d.add(Doc.Kind.PARAGRAPH, "Svar gerne på mail (mette . k . hansen @ gmail . com), så vender jeg hurtigt tilbage.");
        d.add(Doc.Kind.PARAGRAPH, "Med venlig hilsen\nMette");
        out.add(new Spec(d, "pdf-word", "Mette Kirstine Hansen", "mette.k.hansen@gmail.com", "+45 23456789", null, null, null, null,
            null));

        // 2. English CV, two columns: the phone with a dash and a slash as one office system prints it.
        d = doc("cv02-en-cv", "en", "cv", knownName("Yusuf Demir", "non-danish"), known("EMAIL", "yusuf.demir@outlook.dk"),
            known("PHONE", "+45 31 72 40 58"), known("PHONE", "31-7240/58"));
        d.add(Doc.Kind.SIDEBAR, "Yusuf Demir\nLogistics planner\n+45 31 72 40 58\nyusuf.demir@outlook.dk");
        d.add(Doc.Kind.HEADING, "Profile");
        d.add(Doc.Kind.PARAGRAPH, "Planner with eight years in warehouse logistics, SAP EWM 9.5 and Power BI.");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.PARAGRAPH, "2019 – 2026  Planner, DSV A/S, Hovedgaden 630, 2640 Hedehusene");
        d.add(Doc.Kind.PARAGRAPH, "2016 – 2019  Warehouse coordinator, PostNord");
        d.add(Doc.Kind.HEADING, "Contact");
        d.add(Doc.Kind.PARAGRAPH, "Mobile (office switchboard format): 31-7240/58");
        out.add(new Spec(d, "pdf-columns", "Yusuf Demir", "yusuf.demir@outlook.dk", "31724058", null, null, null, null, null));

        // 3. Danish CV, table: the birth date as day, month and two-digit year with spaces.
        d = doc("cv03-da-cv", "da", "cv", knownName("Anders Bøgh Mikkelsen", "danish"), known("EMAIL", "abm@mail.tele.dk"),
            known("PHONE", "40 11 29 73"), known("BIRTH_DATE", "22 03 85"), otherName("Tina Sørensen", "danish"),
            other("PHONE", "72 20 30 40"));
        d.add(Doc.Kind.HEADING, "Anders Bøgh Mikkelsen");
        d.row("Telefon", "40 11 29 73");
        d.row("E-mail", "abm@mail.tele.dk");
        d.row("Fødselsdag", "22 03 85");
        d.row("2015-2026", "Tømrer, Enemærke & Petersen A/S, Ole Rømers Vej 2, 4100 Ringsted");
        d.row("2011-2015", "Tømrerlærling");
        d.add(Doc.Kind.PARAGRAPH, "Reference: Tina Sørensen, formand, tlf. 72 20 30 40");
        out.add(new Spec(d, "pdf-table", "Anders Bøgh Mikkelsen", "abm@mail.tele.dk", "40112973", null, null, null, "1985-03-22",
            null));

        // 4. English letter, DOCX: the e-mail in capitals with spaces, from a signature image's alt text typed out.
        d = doc("cv04-en-letter", "en", "letter", knownName("Grace Wanjiru Kamau", "non-danish"), knownName("Grace", "non-danish"),
            known("EMAIL", "grace.kamau@proton.me"), known("EMAIL", "GRACE . KAMAU @ PROTON . ME"), known("PHONE", "+45 52 84 19 06"),
            otherName("Ole Friis", "danish"));
        d.add(Doc.Kind.PARAGRAPH, "Grace Wanjiru Kamau\ngrace.kamau@proton.me | +45 52 84 19 06");
        d.add(Doc.Kind.PARAGRAPH, "Dear Ole Friis,");
        d.add(Doc.Kind.PARAGRAPH, "I am applying for the position as data analyst in the Danish Agency for Digital Government. "
            + "Since 2020 I have built dashboards in Power BI and R 4.3 for three ministries.");
        d.add(Doc.Kind.PARAGRAPH, "Kind regards,\nGrace\nGRACE . KAMAU @ PROTON . ME");
        out.add(new Spec(d, "docx", "Grace Wanjiru Kamau", "grace.kamau@proton.me", "+45 52841906", null, null, null, null, null));

        // 5. Danish CV, web layout: the CPR number cut after the year, as some payroll systems print it.
        d = doc("cv05-da-cv", "da", "cv", knownName("Louise Winther Dam", "danish"), known("EMAIL", "louise.dam@live.dk"),
            known("PHONE", "28 90 14 66"), known("CPR", "0906 92-1448"));
        d.add(Doc.Kind.HEADING, "Louise Winther Dam");
        d.add(Doc.Kind.PARAGRAPH, "louise.dam@live.dk · 28 90 14 66");
        d.add(Doc.Kind.HEADING, "Erfaring");
        d.add(Doc.Kind.PARAGRAPH, "2017–2026  Lønkonsulent, Silkeborg Kommune; lønsystem SLS 2.4 og Opus");
        d.add(Doc.Kind.PARAGRAPH, "Til lønkontoret: mit CPR-nr. står som 0906 92-1448 i det gamle system.");
        out.add(new Spec(d, "pdf-web", "Louise Winther Dam", "louise.dam@live.dk", "28901466", null, null, null, null,
            "090692-1448"));

        // 6. English CV, word layout: the phone grouped 3-3-2 after a cue the pattern does not know.
        d = doc("cv06-en-cv", "en", "cv", knownName("Tomasz Kowalczyk", "non-danish"), known("EMAIL", "t.kowalczyk@wp.pl"),
            known("PHONE", "+45 60 47 23 81"), known("PHONE", "604-723/81"), otherName("Lise Holm", "danish"));
        d.header = "Tomasz Kowalczyk – CV";
        d.add(Doc.Kind.HEADING, "Tomasz Kowalczyk");
        d.add(Doc.Kind.PARAGRAPH, "+45 60 47 23 81 · t.kowalczyk@wp.pl");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.PARAGRAPH, "2014 – 2026  Welder, Vestas Wind Systems, Hedeager 42, 8200 Aarhus N");
        d.add(Doc.Kind.PARAGRAPH, "Certificates: EN ISO 9606-1 (2018), EN 1090-2 EXC3");
        d.add(Doc.Kind.PARAGRAPH, "Reference: Lise Holm, foreman. Evenings: 604-723/81.");
        out.add(new Spec(d, "pdf-word", "Tomasz Kowalczyk", "t.kowalczyk@wp.pl", "+45 60472381", null, null, null, null, null));

        // 7. Danish letter, DOCX: the birth date as digits with dashes and a two-digit year in running text.
        d = doc("cv07-da-letter", "da", "letter", knownName("Nadia El-Amin", "non-danish"), known("EMAIL", "nadia.elamin@hotmail.com"),
            known("PHONE", "26 33 81 50"), known("BIRTH_DATE", "17-11-93"), otherName("Kirsten Vinther", "danish"));
        d.add(Doc.Kind.PARAGRAPH, "Nadia El-Amin\nnadia.elamin@hotmail.com, 26 33 81 50");
        d.add(Doc.Kind.PARAGRAPH, "Kære Kirsten Vinther");
        d.add(Doc.Kind.PARAGRAPH, "Jeg søger stillingen som sygeplejerske på Hvidovre Hospital. Siden 2019 har jeg arbejdet på "
            + "akutmodtagelsen, og jeg har 5 års erfaring med triage.");
        d.add(Doc.Kind.PARAGRAPH, "Jeg har fødselsdag 17-11-93, og den dag holder jeg fri, men ellers kan jeg starte 1. marts.");
        d.add(Doc.Kind.PARAGRAPH, "Med venlig hilsen\nNadia El-Amin");
        out.add(new Spec(d, "docx", "Nadia El-Amin", "nadia.elamin@hotmail.com", "26338150", null, null, null, "1993-11-17", null));

        // 8. English letter, web layout: the e-mail with spaces, in a sentence.
        d = doc("cv08-en-letter", "en", "letter", knownName("Hiroshi Tanaka", "non-danish"), knownName("Hiroshi", "non-danish"),
            known("EMAIL", "hiroshi.tanaka@gmail.com"), known("EMAIL", "hiroshi . tanaka @ gmail . com"),
            known("PHONE", "+45 93 12 58 04"));
        d.add(Doc.Kind.PARAGRAPH, "Hiroshi Tanaka · hiroshi.tanaka@gmail.com · +45 93 12 58 04");
        d.add(Doc.Kind.PARAGRAPH, "To the hiring committee,");
        d.add(Doc.Kind.PARAGRAPH, "I write to apply for the post of research assistant. From 2021 to 2025 I worked on Python 3.12 "
            + "pipelines for climate data at the Niels Bohr Institute.");
        d.add(Doc.Kind.PARAGRAPH, "You can reach me at hiroshi . tanaka @ gmail . com at any time.");
        d.add(Doc.Kind.PARAGRAPH, "Best regards,\nHiroshi");
        out.add(new Spec(d, "pdf-web", "Hiroshi Tanaka", "hiroshi.tanaka@gmail.com", "+45 93125804", null, null, null, null, null));

        // 9. Danish CV, two columns: the phone and the birth date with slashes in a sidebar.
        d = doc("cv09-da-cv", "da", "cv", knownName("Rasmus Juul Kristiansen", "danish"), known("EMAIL", "rjk@firma-mail.dk"),
            known("PHONE", "20 71 36 94"), known("PHONE", "2071/3694"), known("BIRTH_DATE", "5/9 1987"));
        d.add(Doc.Kind.SIDEBAR, "Rasmus Juul Kristiansen\nElektriker\nrjk@firma-mail.dk\n20 71 36 94\nArbejde: 2071/3694\n5/9 1987");
        d.add(Doc.Kind.HEADING, "Erfaring");
        d.add(Doc.Kind.PARAGRAPH, "2012–2026  Elektriker, Bravida Danmark A/S, Kokbjerg 30, 6000 Kolding");
        d.add(Doc.Kind.PARAGRAPH, "2008–2012  Lærling, Andel Energi");
        d.add(Doc.Kind.HEADING, "Kurser");
        d.add(Doc.Kind.BULLET, "AUS-kursus 2019, TIA Portal V17, Siemens S7-1500");
        out.add(new Spec(d, "pdf-columns", "Rasmus Juul Kristiansen", "rjk@firma-mail.dk", "20713694", null, null, null,
            "1987-09-05", null));

        // 10. English CV, DOCX: the e-mail written out with spaces in a footer.
        d = doc("cv10-en-cv", "en", "cv", knownName("Olga Petrenko", "non-danish"), known("EMAIL", "olga.petrenko@ukr.net"),
            known("EMAIL", "olga . petrenko @ ukr . net"), known("PHONE", "+45 71 26 88 13"));
        d.footer = "olga . petrenko @ ukr . net";
        d.add(Doc.Kind.HEADING, "Olga Petrenko");
        d.add(Doc.Kind.PARAGRAPH, "Accountant · olga.petrenko@ukr.net · +45 71 26 88 13");
        d.row("2018–2026", "Accountant, Deloitte, Weidekampsgade 6, 2300 København S");
        d.row("2013–2018", "Accountant, PwC Ukraine");
        d.add(Doc.Kind.PARAGRAPH, "Tools: Navision 2018, Excel 365, IFRS 16");
        out.add(new Spec(d, "docx", "Olga Petrenko", "olga.petrenko@ukr.net", "+45 71268813", null, null, null, null, null));
        return out;
    }

    private static String labels(Spec s, String file) {
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(s.format())).append(",\n");
        sb.append("  \"language\": ").append(q(s.doc().language)).append(",\n");
        sb.append("  \"kind\": ").append(q(s.doc().kind)).append(",\n");
        sb.append("  \"note\": \"hand-made (r2-converge): own data in spellings only the verifier's search finds\",\n");
        sb.append("  \"known\": {\"fullName\": ").append(q(s.fullName())).append(", \"email\": ").append(q(s.email()))
            .append(", \"phone\": ").append(q(s.phone())).append(", \"address\": ").append(q(s.address()))
            .append(", \"postalCode\": ").append(q(s.postal())).append(", \"town\": ").append(q(s.town()))
            .append(", \"birthDate\": ").append(q(s.birthDate())).append(", \"cpr\": ").append(q(s.cpr())).append("},\n");
        sb.append("  \"spans\": [\n");
        int k = 0;
        for (var l : s.doc().labels.values()) {
            sb.append(k++ == 0 ? "" : ",\n").append("    {\"type\": ").append(q(l.type())).append(", \"group\": ").append(q(l.group()));
            if (l.origin() != null) {
                sb.append(", \"origin\": ").append(q(l.origin()));
            }
            sb.append(", \"text\": ").append(q(l.text())).append('}');
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
