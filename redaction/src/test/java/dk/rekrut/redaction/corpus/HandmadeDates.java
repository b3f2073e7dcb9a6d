package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written documents for issue 17's birth dates, ages and the numbers that must stay (year ranges, employment
 * dates, company postcodes, product versions, tables of years), in {@code redaction/corpus/handmade/red-dates}.
 * Each is a CV or letter as people write them, written out here line by line; the labels are the personal data in it.
 *
 * <pre>
 * java -cp redaction/target/test-classes:redaction/target/classes:$(cat redaction/target/cp.txt) \
 *     dk.rekrut.redaction.corpus.HandmadeDates redaction/corpus/handmade/red-dates
 * </pre>
 */
public final class HandmadeDates {

    private HandmadeDates() {
    }

    /** One document: its form data (birthDate ISO or null) and its writer. */
    private record Spec(Doc doc, String format, String fullName, String email, String phone, String address, String postal,
                        String town, String birthDate) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/red-dates");
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
        return new Doc.Label(type, "known", type.equals("NAME") ? "danish" : null, type.equals("NAME") ? Boolean.TRUE : null, text);
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

        // 1. Danish CV, word-processor layout: a birth date with the month's name and a comma; periods with en dashes.
        var d = doc("rd01-da-cv", "da", "cv", knownName("Signe Vestergaard", "danish"), known("EMAIL", "signe.vestergaard@mail.dk"),
            known("PHONE", "26 48 13 97"), known("ADDRESS", "Skovvejen 14, 8000 Aarhus C"), known("BIRTH_DATE", "4. Juni, 1996"),
            otherName("Lone Bak", "danish"), other("PHONE", "87 12 40 00"));
        d.header = "Curriculum vitae – Signe Vestergaard";
        d.add(Doc.Kind.HEADING, "Signe Vestergaard");
        d.row("Adresse", "Skovvejen 14, 8000 Aarhus C");
        d.row("Telefon", "26 48 13 97");
        d.row("E-mail", "signe.vestergaard@mail.dk");
        d.row("Fødselsdato", "4. Juni, 1996");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.PARAGRAPH, "2018–2026  Sagsbehandler, Aarhus Kommune, Rådhuspladsen 2, 8000 Aarhus C");
        d.add(Doc.Kind.PARAGRAPH, "jan. 2016 – dec. 2017  Studentermedhjælp, Region Midtjylland");
        d.add(Doc.Kind.HEADING, "Uddannelse");
        d.add(Doc.Kind.PARAGRAPH, "2015-2018  Cand.scient.pol., Aarhus Universitet");
        d.add(Doc.Kind.PARAGRAPH, "2012 - 2015  BSc. Statskundskab");
        d.add(Doc.Kind.HEADING, "IT");
        d.add(Doc.Kind.BULLET, "Office 365, SAS 9.4, R 4.3.1, Windows 10 og 11");
        d.add(Doc.Kind.HEADING, "Reference");
        d.add(Doc.Kind.PARAGRAPH, "Reference: Lone Bak, kontorchef, tlf. 87 12 40 00");
        out.add(new Spec(d, "pdf-word", "Signe Vestergaard", "signe.vestergaard@mail.dk", "26481397", "Skovvejen 14", "8000",
            "Aarhus C", null));

        // 2. English CV, two columns: DOB with an abbreviated month between dashes, age in years; periods 2015-2018.
        d = doc("rd02-en-cv", "en", "cv", knownName("Jonas Winther", "danish"), known("EMAIL", "jonas.winther@proton.me"),
            known("PHONE", "+45 31 22 09 84"), known("BIRTH_DATE", "03-Feb-1988"), known("AGE", "38 years old"));
        d.add(Doc.Kind.SIDEBAR, "Jonas Winther\nSoftware engineer\n+45 31 22 09 84\njonas.winther@proton.me\nDOB 03-Feb-1988");
        d.add(Doc.Kind.HEADING, "Profile");
        d.add(Doc.Kind.PARAGRAPH, "Backend developer, 38 years old, with twelve years in public-sector IT.");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.PARAGRAPH, "2018 - now  Senior developer, Netcompany A/S, Grønningen 17, 1270 København K");
        d.add(Doc.Kind.PARAGRAPH, "2015-2018  Developer, KMD, Lautrupparken 40, 2750 Ballerup");
        d.add(Doc.Kind.PARAGRAPH, "Jan 2013 – Dec 2014  Junior developer");
        d.add(Doc.Kind.HEADING, "Skills");
        d.add(Doc.Kind.BULLET, "Java 17.0.2 and 21, Spring Boot 3.2, PostgreSQL 15, Ubuntu 22.04, Windows 10");
        out.add(new Spec(d, "pdf-columns", "Jonas Winther", "jonas.winther@proton.me", "+45 31220984", null, null, null, null));

        // 3. Danish letter, DOCX: age said through a noun ("pige på 19 år"), a bare year after "Født".
        d = doc("rd03-da-letter", "da", "letter", knownName("Freja Holm Nygaard", "danish"), known("EMAIL", "frejanygaard@gmail.com"),
            known("PHONE", "42 17 88 30"), known("AGE", "på 19 år"), known("BIRTH_DATE", "Født 2007"),
            new Doc.Label("GENDER", "known", null, null, "pige"),
            otherName("Karin Dahl", "danish"));
        d.add(Doc.Kind.PARAGRAPH, "Freja Holm Nygaard\nfrejanygaard@gmail.com · 42 17 88 30");
        d.add(Doc.Kind.PARAGRAPH, "Kære Karin Dahl");
        d.add(Doc.Kind.PARAGRAPH, "Jeg er en ung pige på 19 år, og jeg søger stillingen som elev i borgerservice. Født 2007 og "
            + "opvokset på Fyn har jeg arbejdet i Netto fra 2021-2024 ved siden af gymnasiet.");
        d.add(Doc.Kind.PARAGRAPH, "Jeg har 3 års erfaring med kundeservice og har i 2 år været frivillig i Røde Kors.");
        d.add(Doc.Kind.PARAGRAPH, "Med venlig hilsen\nFreja Holm Nygaard");
        out.add(new Spec(d, "docx", "Freja Holm Nygaard", "frejanygaard@gmail.com", "42178830", null, null, null, null));

        // 4. English letter, web layout: an ordinal birth date, "at the age of", version numbers.
        d = doc("rd04-en-letter", "en", "letter", knownName("Amir Haddad", "non-danish"), known("EMAIL", "amir.haddad@outlook.com"),
            known("PHONE", "+45 50 63 27 14"), known("BIRTH_DATE", "3rd of March 1985"), known("AGE", "age of 12"),
            otherName("Peter Kjær", "danish"));
        d.add(Doc.Kind.PARAGRAPH, "Amir Haddad, amir.haddad@outlook.com, +45 50 63 27 14");
        d.add(Doc.Kind.PARAGRAPH, "Dear Peter Kjær,");
        d.add(Doc.Kind.PARAGRAPH, "I was born 3rd of March 1985 and started programming at the age of 12 on Windows 95. From "
            + "2009–2016 I worked as a system administrator, and since 2016 I have run Linux 6.1 servers and Windows Server 2019.");
        d.add(Doc.Kind.PARAGRAPH, "In the last 5 years I have led a team of 8 people.");
        d.add(Doc.Kind.PARAGRAPH, "Kind regards,\nAmir Haddad");
        out.add(new Spec(d, "pdf-web", "Amir Haddad", "amir.haddad@outlook.com", "+45 50632714", null, null, null, null));

        // 5. Danish CV as a table: a birth date in capitals with dotted abbreviations; "Alder: 33"; a row of years.
        d = doc("rd05-da-cv", "da", "cv", knownName("Mikkel Bøgh Sørensen", "danish"), known("EMAIL", "mbs@webspeed.dk"),
            known("PHONE", "61 92 04 55"), known("ADDRESS", "Fasanvej 3, 4200 Slagelse"), known("BIRTH_DATE", "12. OCT. 1993"),
            known("AGE", "33"));
        d.add(Doc.Kind.HEADING, "MIKKEL BØGH SØRENSEN");
        d.row("Født", "12. OCT. 1993");
        d.row("Alder", "33");
        d.row("Adresse", "Fasanvej 3, 4200 Slagelse");
        d.row("Mobil", "61 92 04 55");
        d.row("Mail", "mbs@webspeed.dk");
        d.add(Doc.Kind.HEADING, "Ansættelser");
        d.row("2019 – 2026", "Driftsleder, Slagelse Forsyning, Ringstedgade 40, 4200 Slagelse");
        d.row("2014 – 2019", "Elektriker, Bravida");
        d.add(Doc.Kind.HEADING, "Nøgletal");
        d.add(Doc.Kind.PARAGRAPH, "År   2021 2022 2023 2024\nAnlæg   14 17 21 26");
        out.add(new Spec(d, "pdf-table", "Mikkel Bøgh Sørensen", "mbs@webspeed.dk", "61920455", "Fasanvej 3", "4200", "Slagelse", null));

        // 6. Danish CV, DOCX: "f. 12/3-1987" in the header line, periods "2018 - nu", dates of employment.
        d = doc("rd06-da-cv", "da", "cv", knownName("Lærke Juhl", "danish"), known("EMAIL", "laerke.juhl@hotmail.com"),
            known("PHONE", "28 35 71 06"), known("BIRTH_DATE", "12/3-1987"));
        d.header = "Lærke Juhl · f. 12/3-1987";
        d.add(Doc.Kind.HEADING, "Lærke Juhl");
        d.add(Doc.Kind.PARAGRAPH, "Tlf. 28 35 71 06 · laerke.juhl@hotmail.com");
        d.add(Doc.Kind.HEADING, "Erfaring");
        d.add(Doc.Kind.PARAGRAPH, "2018 - nu: Pædagog, Børnehuset Solsikken");
        d.add(Doc.Kind.PARAGRAPH, "01.08.2012 - 31.07.2018: Pædagogmedhjælper, Vuggestuen Mælkebøtten");
        d.add(Doc.Kind.PARAGRAPH, "01.02.10-31.07.12 Vikar, Esbjerg Kommune");
        d.add(Doc.Kind.HEADING, "Uddannelse");
        d.add(Doc.Kind.PARAGRAPH, "2008/2012 Pædagoguddannelsen, UC Syd");
        out.add(new Spec(d, "docx", "Lærke Juhl", "laerke.juhl@hotmail.com", "28357106", null, null, null, null));

        // 7. English CV, DOCX: "Date of birth" in a table with the month first and an ordinal; "aged 46".
        d = doc("rd07-en-cv", "en", "cv", knownName("Grace Okafor", "non-danish"), known("EMAIL", "grace.okafor@gmail.com"),
            known("PHONE", "+45 22 90 61 38"), known("BIRTH_DATE", "September 21st, 1979"), known("AGE", "aged 46"));
        d.add(Doc.Kind.HEADING, "Grace Okafor");
        d.row("Date of birth", "September 21st, 1979");
        d.row("Phone", "+45 22 90 61 38");
        d.row("Email", "grace.okafor@gmail.com");
        d.add(Doc.Kind.HEADING, "Summary");
        d.add(Doc.Kind.PARAGRAPH, "Finance controller, aged 46, with over 20 years of experience in audit and reporting.");
        d.add(Doc.Kind.HEADING, "Employment");
        d.add(Doc.Kind.PARAGRAPH, "March 2015 – present  Controller, Ørsted A/S, Kraftværksvej 53, 7000 Fredericia");
        d.add(Doc.Kind.PARAGRAPH, "2004-2015  Auditor, PwC");
        d.add(Doc.Kind.PARAGRAPH, "Tools: SAP S/4HANA 2022, Excel 2016, Power BI");
        out.add(new Spec(d, "docx", "Grace Okafor", "grace.okafor@gmail.com", "+45 22906138", null, null, null, null));

        // 8. Danish letter, word layout: a date with no cue under the contact line; "Jeg er 31 år".
        d = doc("rd08-da-letter", "da", "letter", knownName("Rasmus Kirk", "danish"), known("EMAIL", "rasmuskirk@live.dk"),
            known("PHONE", "93 40 12 77"), known("BIRTH_DATE", "14. februar 1995"), known("AGE", "31 år"));
        d.add(Doc.Kind.PARAGRAPH, "Rasmus Kirk\nrasmuskirk@live.dk · 93 40 12 77\n14. februar 1995");
        d.add(Doc.Kind.PARAGRAPH, "Odense, 2. december 2026");
        d.add(Doc.Kind.PARAGRAPH, "Ansøgning om stillingen som IT-supporter");
        d.add(Doc.Kind.PARAGRAPH, "Jeg er 31 år og har arbejdet med support siden 2017. Fra 2017-2020 var jeg hos Telia, og "
            + "2020 – 2026 har jeg været hos Syddansk Universitet, Campusvej 55, 5230 Odense M.");
        d.add(Doc.Kind.PARAGRAPH, "Med venlig hilsen\nRasmus Kirk");
        out.add(new Spec(d, "pdf-word", "Rasmus Kirk", "rasmuskirk@live.dk", "93401277", null, null, null, null));

        // 9. English CV, table: "Birthday" with an ordinal day before an abbreviated month; "Age: 36"; dotted periods.
        d = doc("rd09-en-cv", "en", "cv", knownName("Anna Lindqvist", "non-danish"), known("EMAIL", "anna.lindqvist@yahoo.com"),
            known("PHONE", "+46 70 412 88 31"), known("BIRTH_DATE", "22nd Aug 1990"), known("AGE", "36"));
        d.add(Doc.Kind.HEADING, "Anna Lindqvist");
        d.row("Birthday", "22nd Aug 1990");
        d.row("Age", "36");
        d.row("Phone", "+46 70 412 88 31");
        d.row("E-mail", "anna.lindqvist@yahoo.com");
        d.add(Doc.Kind.HEADING, "Work");
        d.row("01.02.2015 - 31.12.2018", "Nurse, Skåne University Hospital");
        d.row("2019–2026", "Ward nurse, Rigshospitalet, Blegdamsvej 9, 2100 København Ø");
        out.add(new Spec(d, "pdf-table", "Anna Lindqvist", "anna.lindqvist@yahoo.com", "+46 704128831", null, null, null, null));

        // 10. Danish CV, two columns: "Født 1990" in the sidebar, "35 år" alone on a line; CVR of a company.
        d = doc("rd10-da-cv", "da", "cv", knownName("Ida Munk", "danish"), known("EMAIL", "ida.munk@jubii.dk"),
            known("PHONE", "50 11 62 93"), known("BIRTH_DATE", "Født 1990"), known("AGE", "35 år"),
            knownName("Munk", "danish")); // her own firm carries her surname: "Munk Design" names her
        d.add(Doc.Kind.SIDEBAR, "Ida Munk\n35 år\nFødt 1990\n50 11 62 93\nida.munk@jubii.dk");
        d.add(Doc.Kind.HEADING, "Profil");
        d.add(Doc.Kind.PARAGRAPH, "Selvstændig grafiker siden 2016 (Munk Design, CVR 38452716). 10 år som leder af et team på 6.");
        d.add(Doc.Kind.HEADING, "Erfaring");
        d.add(Doc.Kind.PARAGRAPH, "2016 - nu  Munk Design");
        d.add(Doc.Kind.PARAGRAPH, "2011-2016  Grafiker, Berlingske Media, Pilestræde 34, 1147 København K");
        d.add(Doc.Kind.PARAGRAPH, "Adobe CC 2024, Figma, InDesign 19.0");
        out.add(new Spec(d, "pdf-columns", "Ida Munk", "ida.munk@jubii.dk", "50116293", null, null, null, null));

        // 11. English letter, DOCX: "34 years old" said of oneself; durations that stay.
        d = doc("rd11-en-letter", "en", "letter", knownName("Tomasz Nowak", "non-danish"), known("EMAIL", "t.nowak@wp.pl"),
            known("PHONE", "+48 601 234 567"), known("AGE", "34 years old"), known("BIRTH_DATE", "born in 1992"));
        d.add(Doc.Kind.PARAGRAPH, "Tomasz Nowak · t.nowak@wp.pl · +48 601 234 567");
        d.add(Doc.Kind.PARAGRAPH, "Dear hiring committee,");
        d.add(Doc.Kind.PARAGRAPH, "I am 34 years old and was born in 1992. I have lived in Denmark for 15 years and worked as a "
            + "welder from 2010-2014 and as a foreman 2014–2026 at Vestas, Hedeager 42, 8200 Aarhus N.");
        d.add(Doc.Kind.PARAGRAPH, "Kind regards,\nTomasz Nowak");
        out.add(new Spec(d, "docx", "Tomasz Nowak", "t.nowak@wp.pl", "+48 601234567", null, null, null, null));

        // 12. Danish CV, web layout: the label above its value (table extraction), ISO date; versions and year ranges.
        d = doc("rd12-da-cv", "da", "cv", knownName("Camilla Friis", "danish"), known("EMAIL", "camilla.friis@gmail.com"),
            known("PHONE", "20 71 35 48"), known("BIRTH_DATE", "1984-11-07"));
        d.add(Doc.Kind.HEADING, "Camilla Friis");
        d.add(Doc.Kind.PARAGRAPH, "FØDSELSDATO\n1984-11-07\nKONTAKT\n20 71 35 48 · camilla.friis@gmail.com");
        d.add(Doc.Kind.HEADING, "Erfaring");
        d.add(Doc.Kind.PARAGRAPH, "1998/2002  Folkeskolelærer\n2002-2026  Skoleleder, Rødovre Kommune, Rødovre Parkvej 150, 2610 Rødovre");
        d.add(Doc.Kind.PARAGRAPH, "Kompetencer: Office 2019-2021, Aula, Windows 10");
        out.add(new Spec(d, "pdf-web", "Camilla Friis", "camilla.friis@gmail.com", "20713548", null, null, null, null));

        // 13. English CV, word layout: D.O.B. numeric with dots, "at the age of 9"; a budget table of years.
        d = doc("rd13-en-cv", "en", "cv", knownName("Priya Raman", "non-danish"), known("EMAIL", "priya.raman@icloud.com"),
            known("PHONE", "+45 60 18 27 93"), known("BIRTH_DATE", "23.11.1988"), known("AGE", "age of 9"));
        d.footer = "Priya Raman – CV";
        d.add(Doc.Kind.HEADING, "Priya Raman");
        d.add(Doc.Kind.PARAGRAPH, "D.O.B.: 23.11.1988 | +45 60 18 27 93 | priya.raman@icloud.com");
        d.add(Doc.Kind.PARAGRAPH, "Data analyst who moved to Denmark at the age of 9.");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.PARAGRAPH, "Aug 2019 – Jun 2026  Analyst, Danmarks Statistik, Sejrøgade 11, 2100 København Ø");
        d.add(Doc.Kind.PARAGRAPH, "Budget (mio. kr.)  2019 2020 2021 2022\n  12 14 15 19");
        d.add(Doc.Kind.PARAGRAPH, "Python 3.11, R 4.2, Stata 17");
        out.add(new Spec(d, "pdf-word", "Priya Raman", "priya.raman@icloud.com", "+45 60182793", null, null, null, null));

        // 14. English CV, DOCX, short: a birth date with no cue in the head next to the contact line, and an exam's date in
        // the first lines that must stay; a skills table of versions.
        d = doc("rd14-en-cv", "en", "cv", knownName("Mehmet Yilmaz", "non-danish"), known("EMAIL", "mehmet.yilmaz@gmx.net"),
            known("PHONE", "+45 71 44 90 12"), known("BIRTH_DATE", "Nov 23, 1988"));
        d.add(Doc.Kind.HEADING, "Mehmet Yilmaz");
        d.add(Doc.Kind.PARAGRAPH, "Electrician | mehmet.yilmaz@gmx.net | +45 71 44 90 12\nNov 23, 1988");
        d.add(Doc.Kind.PARAGRAPH, "Journeyman's certificate, 20 June 2010, Copenhagen Technical College");
        d.row("PLC", "Siemens S7-1200, TIA Portal V17");
        d.row("2016–2026", "Electrician, Bravida Danmark A/S, Kokbjerg 30, 6000 Kolding");
        d.row("2010-2016", "Electrician, Andel Energi");
        out.add(new Spec(d, "docx", "Mehmet Yilmaz", "mehmet.yilmaz@gmx.net", "+45 71449012", null, null, null, null));
        return out;
    }

    private static String labels(Spec s, String file) {
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(s.format())).append(",\n");
        sb.append("  \"language\": ").append(q(s.doc().language)).append(",\n");
        sb.append("  \"kind\": ").append(q(s.doc().kind)).append(",\n");
        sb.append("  \"note\": \"hand-made (red-dates): birth dates, ages, year ranges, versions\",\n");
        sb.append("  \"known\": {\"fullName\": ").append(q(s.fullName())).append(", \"email\": ").append(q(s.email()))
            .append(", \"phone\": ").append(q(s.phone())).append(", \"address\": ").append(q(s.address()))
            .append(", \"postalCode\": ").append(q(s.postal())).append(", \"town\": ").append(q(s.town()))
            .append(", \"birthDate\": ").append(q(s.birthDate())).append("},\n");
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
