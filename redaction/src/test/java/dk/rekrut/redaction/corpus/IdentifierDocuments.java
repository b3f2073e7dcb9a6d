package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written CVs and letters for the identifier classes of issue 17: personal domains and user names made of the
 * applicant's name, profile links, phones in other countries' forms and with extensions, bank accounts, ID numbers and
 * CPR numbers with spaces, next to what must stay (periods of years, postcodes in company addresses, amounts, product
 * versions, ISBNs). Each document is written by hand here, not drawn from templates; only the PDF and DOCX writing is
 * shared with {@link CorpusGenerator}.
 *
 * <pre>
 * java -cp … dk.rekrut.redaction.corpus.IdentifierDocuments redaction/corpus/handmade/red-ids
 * </pre>
 */
public final class IdentifierDocuments {

    private IdentifierDocuments() {
    }

    /** The applicant's form data; every field may be null. */
    record Known(String fullName, String email, String phone, String address, String postalCode, String town, String birthDate,
                 String cpr) {
    }

    /** One document: its labels are added while it is written. */
    static final class Hand {
        final Doc doc;
        final String format;
        final Known known;
        final String origin;

        Hand(String id, String language, String kind, String format, Known known, String origin) {
            this.doc = new Doc(id, language, kind);
            this.format = format;
            this.known = known;
            this.origin = origin;
        }

        Hand h(String text) {
            doc.add(Doc.Kind.HEADING, text);
            return this;
        }

        Hand p(String text) {
            doc.add(Doc.Kind.PARAGRAPH, text);
            return this;
        }

        Hand b(String text) {
            doc.add(Doc.Kind.BULLET, text);
            return this;
        }

        Hand row(String key, String value) {
            doc.row(key, value);
            return this;
        }

        Hand side(String text) {
            doc.add(Doc.Kind.SIDEBAR, text);
            return this;
        }

        /** A label of the applicant's own data. */
        Hand known(String type, String... texts) {
            for (String t : texts) {
                doc.label(new Doc.Label(type, "known", null, null, t));
            }
            return this;
        }

        Hand name(String group, String origin, boolean inGazetteer, String... texts) {
            for (String t : texts) {
                doc.label(new Doc.Label("NAME", group, origin, inGazetteer, t));
            }
            return this;
        }

        Hand other(String type, String... texts) {
            for (String t : texts) {
                doc.label(new Doc.Label(type, "other", null, null, t));
            }
            return this;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/red-ids");
        Files.createDirectories(dir);
        var rnd = new Random(20261206L);
        for (Hand h : documents()) {
            String file = write(h, dir, rnd);
            Files.writeString(dir.resolve(h.doc.id + ".json"), labels(h, file), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + documents().size() + " documents to " + dir);
    }

    /** Writes every document and its label file into {@code dir}, with {@code note} in each label file. */
    static void writeAll(List<Hand> all, Path dir, Random rnd, String note) throws Exception {
        Files.createDirectories(dir);
        for (Hand h : all) {
            String file = write(h, dir, rnd);
            Files.writeString(dir.resolve(h.doc.id + ".json"), labels(h, file, note), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + all.size() + " documents to " + dir);
    }

    /** Writes {@code h} in its format into {@code dir}; returns the file's name. */
    static String write(Hand h, Path dir, Random rnd) throws Exception {
        String ext = h.format.startsWith("pdf") ? "pdf" : h.format;
        byte[] bytes = switch (h.format) {
            case "pdf-web" -> Writers.pdf(h.doc, Writers.PdfLayout.WEB, rnd);
            case "pdf-word" -> Writers.pdf(h.doc, Writers.PdfLayout.WORD, rnd);
            case "pdf-columns" -> Writers.pdf(h.doc, Writers.PdfLayout.TWO_COLUMNS, rnd);
            case "pdf-table" -> Writers.pdf(h.doc, Writers.PdfLayout.TABLE, rnd);
            case "docx" -> Writers.docx(h.doc, rnd);
            case "odt" -> Writers.odt(h.doc, rnd);
            case "txt" -> Writers.txt(h.doc);
            default -> throw new IllegalArgumentException(h.format);
        };
        String file = h.doc.id + "." + ext;
        Files.write(dir.resolve(file), bytes);
        return file;
    }

    static List<Hand> documents() {
        List<Hand> out = new ArrayList<>();
        out.add(mansour());
        out.add(nguyen());
        out.add(hvidbergSantos());
        out.add(koch());
        out.add(mokoena());
        out.add(park());
        out.add(kovalenko());
        out.add(raghunathan());
        out.add(okafor());
        out.add(kjaergaard());
        out.add(elAmrani());
        out.add(gebremedhin());
        out.add(wisniewska());
        out.add(alKhatib());
        out.add(chen());
        out.add(baekgaard());
        out.add(bello());
        out.add(novak());
        return out;
    }

    private static Hand mansour() {
        var h = new Hand("ids01-da-cv", "da", "cv", "pdf-word",
            new Known("Sara Hassan Mansour", "sara@saramansour.dk", "+45 28 91 45 67", null, null, null, null, null), "non-danish");
        h.doc.header = "Sara H. Mansour · saramansour.dk";
        h.h("Sara Hassan Mansour").p("Cand.scient.pol. · Analytiker")
            .row("E-mail", "sara@saramansour.dk").row("Telefon", "+45 28 91 45 67").row("Web", "saramansour.dk")
            .row("GitHub", "github.com/SaraHMansour").row("Bruger", "sarahm1990")
            .h("Erfaring")
            .b("2021–2026 Analytiker, Rambøll Management, Hannemanns Allé 53, 2300 København S")
            .b("2018-2021 Studentermedhjælper, Danmarks Statistik")
            .h("Kompetencer").p("Python 3.12, R 4.3, Power BI, SQL Server 2019. Løn forventning: kr. 45.000.")
            .h("Publikationer").p("Mansour, S. (2022). Borgerdialog i kommunerne. ISBN 978-87-7788-123-4.");
        h.known("NAME", "Sara Hassan Mansour", "Sara H. Mansour", "Mansour").known("EMAIL", "sara@saramansour.dk")
            .known("PHONE", "+45 28 91 45 67").known("URL", "saramansour.dk", "github.com/SaraHMansour", "sarahm1990");
        return h;
    }

    private static Hand nguyen() {
        var h = new Hand("ids02-en-cv", "en", "cv", "pdf-columns",
            new Known("Minh Anh Nguyen", "minh.anh.nguyen@outlook.com", "+84 912 345 678", null, null, null, null, null), "non-danish");
        h.side("Contact\nminh.anh.nguyen@outlook.com\n+84 912 345 678\nlinkedin.com/in/minh-anh-nguyen-92\n@MinhAnh92\n"
            + "behance.net/minhanhn\ngitlab.com/minhanh.nguyen");
        h.h("Minh Anh Nguyen").p("UX designer and front-end developer")
            .h("Experience")
            .b("2019–2024 UX designer, FPT Software, Hanoi")
            .b("2024–present Front-end developer, Netcompany, Grønningen 17, 1270 Copenhagen K")
            .h("Tools").p("Figma, React 18, TypeScript 5.4, Node.js, Vue.js, ASP.NET Core 8")
            .h("Portfolio").p("Selected work at minhanh.studio and on Dribbble: dribbble.com/minhanh_n");
        h.known("NAME", "Minh Anh Nguyen").known("EMAIL", "minh.anh.nguyen@outlook.com").known("PHONE", "+84 912 345 678")
            .known("URL", "linkedin.com/in/minh-anh-nguyen-92", "@MinhAnh92", "behance.net/minhanhn", "gitlab.com/minhanh.nguyen",
                "minhanh.studio", "dribbble.com/minhanh_n");
        return h;
    }

    private static Hand hvidbergSantos() {
        var h = new Hand("ids03-da-cv", "da", "cv", "docx",
            new Known("Camilla Hvidberg Santos", "camilla@hvidbergsantos.dk", "31 45 67 89", null, null, null, null, null), "danish");
        h.doc.footer = "Camilla Hvidberg Santos – www.hvidbergsantos.dk";
        h.h("Camilla Hvidberg Santos").p("Bygningskonstruktør")
            .row("Mail", "camilla@hvidbergsantos.dk").row("Mobil", "31 45 67 89").row("Hjemmeside", "www.hvidbergsantos.dk")
            .row("Instagram", "@hvidberg_santos").row("Lønkonto", "Reg.nr. 5301 konto 0001234567")
            .h("Ansættelser")
            .b("01.08.2019 - 31.12.2023 Byggeleder, NCC Danmark, Arne Jacobsens Allé 20, 2300 København S")
            .b("2016–2019 Tegner, Hansens Is A/S (nybyggeri)")
            .h("IT").p("AutoCAD 2024, Revit 2023, MS Project. Budgetter op til kr. 12.500.000.");
        h.known("NAME", "Camilla Hvidberg Santos").known("EMAIL", "camilla@hvidbergsantos.dk").known("PHONE", "31 45 67 89")
            .known("URL", "www.hvidbergsantos.dk", "@hvidberg_santos").known("ACCOUNT", "5301", "0001234567");
        return h;
    }

    private static Hand koch() {
        var h = new Hand("ids04-da-letter", "da", "letter", "pdf-web",
            new Known("Anne-Marie Koch", "amk@post.tele.dk", null, null, null, null, null, null), "danish");
        h.h("Ansøgning: Fuldmægtig i Byggeri og Miljø")
            .p("Kære ansættelsesudvalg")
            .p("Jeg søger stillingen som fuldmægtig, fordi jeg i 2017–2025 har arbejdet med byggesagsbehandling i Gentofte Kommune. "
                + "Mine projekter kan ses på www.annemarie-koch.dk, og I kan altid ringe på +45 33 12 34 56, lok. 204, i dagtimerne.")
            .p("Jeg har styr på BBR, Byggeweb 4.2 og ESDH-systemet Acadre 6.1, og jeg har holdt budgetter på kr. 45.000 pr. sag.")
            .p("Med venlig hilsen\nAnne-Marie Koch\namk@post.tele.dk");
        h.known("NAME", "Anne-Marie Koch").known("EMAIL", "amk@post.tele.dk").known("URL", "www.annemarie-koch.dk")
            .known("PHONE", "+45 33 12 34 56, lok. 204");
        return h;
    }

    private static Hand mokoena() {
        var h = new Hand("ids05-en-cv", "en", "cv", "docx",
            new Known("Thabo Mokoena", "thabo.mokoena@gmail.com", "+27 82 123 4567", null, null, null, null, null), "non-danish");
        h.h("THABO MOKOENA").p("Data engineer")
            .row("Email", "thabo.mokoena@gmail.com").row("Mobile", "+27 82 123 4567 / 0821234567")
            .row("Website", "thabomokoena.co.za").row("GitLab", "gitlab.com/tmokoena")
            .h("Experience")
            .b("2016 - 2020 Data analyst, Standard Bank, 5 Simmonds Street, Johannesburg 2001")
            .b("2020 - 2025 Data engineer, Maersk, Esplanaden 50, 1263 Copenhagen K")
            .h("Skills").p("Spark 3.5, Kafka 3.7, Python 3.11, Terraform 1.8, Windows 10 and Ubuntu 22.04")
            .h("References").p("Available on request.");
        h.known("NAME", "THABO MOKOENA").known("EMAIL", "thabo.mokoena@gmail.com").known("PHONE", "+27 82 123 4567", "0821234567")
            .known("URL", "thabomokoena.co.za", "gitlab.com/tmokoena");
        return h;
    }

    private static Hand park() {
        var h = new Hand("ids06-en-cv", "en", "cv", "pdf-table",
            new Known("Ji-woo Park", "jiwoo.park@kaist.ac.kr", "(+82) 10-1234-5678", null, null, null, null, null), "non-danish");
        h.h("Ji-woo Park").p("Postdoctoral researcher, materials science")
            .row("E-mail", "jiwoo.park@kaist.ac.kr").row("Phone", "(+82) 10-1234-5678").row("Homepage", "jiwoo-park.dev")
            .row("ORCID", "orcid.org/0000-0002-1825-0097").row("Passport no.", "M12345678")
            .h("Positions")
            .b("2019–2023 PhD, KAIST, Daejeon")
            .b("2023–2026 Postdoc, DTU Energy, Anker Engelunds Vej 1, 2800 Kgs. Lyngby")
            .h("Selected publications")
            .p("Park, J. et al. (2024) Solid-state electrolytes. Nature Energy 9, 112–120. doi:10.1038/s41560-024-01234-5");
        h.known("NAME", "Ji-woo Park").known("EMAIL", "jiwoo.park@kaist.ac.kr").known("PHONE", "(+82) 10-1234-5678")
            .known("URL", "jiwoo-park.dev", "orcid.org/0000-0002-1825-0097").known("ID_NUMBER", "M12345678")
            .known("NAME", "Park");
        return h;
    }

    private static Hand kovalenko() {
        var h = new Hand("ids07-da-cv", "da", "cv", "pdf-word",
            new Known("Oleksandr Kovalenko", "o.kovalenko@ukr.net", "+380 44 123 4567", null, null, null, null, null), "non-danish");
        h.doc.header = "CV – Oleksandr Kovalenko";
        h.h("Oleksandr Kovalenko").p("Fotograf og grafiker")
            .row("Telefon", "+380 44 123 4567 (Ukraine), +45 52 61 73 84 (Danmark)").row("E-mail", "o.kovalenko@ukr.net")
            .row("Portfolio", "kovalenko-photo.com.ua").row("Brugernavn", "kovalenko_o")
            .row("Bank", "IBAN DK50 0040 0440 1162 43")
            .h("Erfaring")
            .b("2015-2022 Fotograf, Kyiv Post")
            .b("2022-2026 Grafiker, Aalborg Kommune, Boulevarden 13, 9000 Aalborg")
            .h("Programmer").p("Photoshop 2024, Lightroom Classic 13.2, InDesign 19.0");
        h.known("NAME", "Oleksandr Kovalenko").known("EMAIL", "o.kovalenko@ukr.net").known("PHONE", "+380 44 123 4567")
            .other("PHONE", "+45 52 61 73 84").known("URL", "kovalenko-photo.com.ua", "kovalenko_o")
            .known("ACCOUNT", "DK50 0040 0440 1162 43");
        return h;
    }

    private static Hand raghunathan() {
        var h = new Hand("ids08-en-cv", "en", "cv", "docx",
            new Known("Priyanka Raghunathan", "priyanka.r@protonmail.com", "+91 98765 43210", null, null, null, null, null),
            "non-danish");
        h.doc.header = "Priyanka Raghunathan | priyanka-raghunathan.in";
        h.h("Priyanka Raghunathan").p("Senior software engineer")
            .row("Email", "priyanka.r@protonmail.com").row("Phone", "+91 98765 43210").row("GitHub", "github.com/priyankar")
            .row("Twitter", "@PriyankaCodes")
            .h("Experience")
            .b("2014–2019 Software engineer, Infosys, Electronics City, Bengaluru 560100")
            .b("2019–2026 Senior engineer, Unity Technologies, Niels Hemmingsens Gade 24, 1153 Copenhagen K")
            .h("Skills").p("Java 21, Kotlin 2.0, Spring Boot 3.3, Kubernetes 1.30, C# 12");
        h.known("NAME", "Priyanka Raghunathan").known("EMAIL", "priyanka.r@protonmail.com").known("PHONE", "+91 98765 43210")
            .known("URL", "priyanka-raghunathan.in", "github.com/priyankar", "@PriyankaCodes");
        return h;
    }

    private static Hand okafor() {
        var h = new Hand("ids09-en-letter", "en", "letter", "pdf-web",
            new Known("Chukwuemeka Okafor", "emeka.okafor@yahoo.com", "+234 803 123 4567", null, null, null, null, null),
            "non-danish");
        h.h("Application: Project Manager, Digital Services")
            .p("Dear Hiring Committee,")
            .p("From 2012 to 2020 I managed public IT projects in Lagos, and since 2020 I have led delivery teams at Netcompany. "
                + "Case studies are on okafor.dev, and I write about delivery as Twitter: EmekaOkafor.")
            .p("You can reach me on +234 803 123 4567 or, from May, on 0044 20 7946 0958.")
            .p("Kind regards,\nChukwuemeka Okafor");
        h.known("NAME", "Chukwuemeka Okafor").known("URL", "okafor.dev", "EmekaOkafor").known("PHONE", "+234 803 123 4567")
            .other("PHONE", "0044 20 7946 0958");
        return h;
    }

    private static Hand kjaergaard() {
        var h = new Hand("ids10-da-cv", "da", "cv", "docx",
            new Known("Søren Ørsted Kjærgaard", "soeren@kjaergaard-vvs.dk", "40 12 34 56", null, null, null, null, "0101901234"), "danish");
        h.h("Søren Ørsted Kjærgaard").p("VVS-installatør")
            .row("Telefon", "40 12 34 56").row("Mail", "soeren@kjaergaard-vvs.dk").row("Web", "sorenkjaergaard.dk")
            .row("CPR", "01 01 90-1234").row("MitID bruger-id", "soeren.oersted")
            .h("Erfaring")
            .b("2010-2016 Lærling og svend, Bravida Danmark, Kokbjerg 30, 6000 Kolding")
            .b("2016-2026 Installatør, Kemp & Lauritzen, Roskildevej 12, 2620 Albertslund")
            .h("Certifikater").p("Autorisation 2017, SikkerhedsKort, kørekort kategori B og C.");
        h.known("NAME", "Søren Ørsted Kjærgaard").known("PHONE", "40 12 34 56").known("EMAIL", "soeren@kjaergaard-vvs.dk")
            .known("URL", "sorenkjaergaard.dk").known("CPR", "01 01 90-1234").known("ID_NUMBER", "soeren.oersted");
        return h;
    }

    private static Hand elAmrani() {
        var h = new Hand("ids11-da-letter", "da", "letter", "pdf-columns",
            new Known("Fatima Zahra El Amrani", "fz.elamrani@gmail.com", "+212 6 12 34 56 78", null, null, null, null, null),
            "non-danish");
        h.side("Fatima Zahra El Amrani\nfz.elamrani@gmail.com\n+212 6 12 34 56 78\n0612345678\nfatimaelamrani.com");
        h.h("Ansøgning som tolk og kulturformidler")
            .p("Kære Helle Rasmussen")
            .p("Jeg har arbejdet som tolk i Casablanca 2014–2019 og i Odense Kommune siden 2019, hvor jeg har tolket i over 400 "
                + "samtaler om året. Min hjemmeside fatimaelamrani.com viser mine kurser.")
            .p("Med venlig hilsen\nFatima Zahra El Amrani");
        h.known("NAME", "Fatima Zahra El Amrani").known("EMAIL", "fz.elamrani@gmail.com").known("PHONE", "+212 6 12 34 56 78", "0612345678")
            .known("URL", "fatimaelamrani.com").name("other", "danish", true, "Helle Rasmussen");
        return h;
    }

    private static Hand gebremedhin() {
        var h = new Hand("ids12-en-cv", "en", "cv", "pdf-word",
            new Known("Dawit Tesfaye Gebremedhin", "dawit.g@outlook.com", "+251-91-123-4567", null, null, null, null, null),
            "non-danish");
        h.doc.footer = "Dawit Tesfaye Gebremedhin · dawit-gebremedhin.github.io";
        h.h("Dawit Tesfaye Gebremedhin").p("Civil engineer (MSc)")
            .row("Email", "dawit.g@outlook.com").row("Phone", "+251-91-123-4567").row("Site", "dawit-gebremedhin.github.io")
            .row("Salary account", "reg. nr. 9570, account no. 12345678")
            .h("Experience")
            .b("2013–2018 Site engineer, Ethiopian Roads Authority, Addis Ababa")
            .b("2018–2026 Structural engineer, COWI, Parallelvej 2, 2800 Kongens Lyngby")
            .h("Software").p("ETABS 21, SAP2000 v24, AutoCAD Civil 3D 2024, Robot Structural Analysis 2023");
        h.known("NAME", "Dawit Tesfaye Gebremedhin").known("EMAIL", "dawit.g@outlook.com").known("PHONE", "+251-91-123-4567")
            .known("URL", "dawit-gebremedhin.github.io").known("ACCOUNT", "9570", "12345678");
        return h;
    }

    private static Hand wisniewska() {
        var h = new Hand("ids13-da-cv", "da", "cv", "docx",
            new Known("Agnieszka Wiśniewska", "aga.w@wp.pl", "+48 601 234 567", null, null, null, null, null), "non-danish");
        h.h("Agnieszka Wiśniewska").p("Grafisk designer")
            .row("Telefon", "+48 601 234 567").row("E-mail", "aga.w@wp.pl").row("Portfolio", "wisniewska.design")
            .row("Behance", "behance.net/awisniewska").row("Pas nr.", "EA 1234567")
            .h("Erfaring")
            .b("2012-2018 Designer, Agora S.A., Czerska 8/10, 00-732 Warszawa")
            .b("2018-2026 Art director, Designit, Nørregade 7B, 1165 København K")
            .h("Værktøjer").p("Adobe CC 2024, Figma, Blender 4.1");
        h.known("NAME", "Agnieszka Wiśniewska").known("PHONE", "+48 601 234 567").known("EMAIL", "aga.w@wp.pl")
            .known("URL", "wisniewska.design", "behance.net/awisniewska").known("ID_NUMBER", "EA 1234567");
        return h;
    }

    private static Hand alKhatib() {
        var h = new Hand("ids14-en-letter", "en", "letter", "docx",
            new Known("Mohammed Al-Khatib", "m.alkhatib@hotmail.co.uk", "+44 (0)20 7946 0958", null, null, null, null, null),
            "non-danish");
        h.h("Application for the position of Legal Adviser")
            .p("Dear Ms Jensen,")
            .p("I have practised migration law in London since 2015. My articles are collected at muhammad-alkhatib.com, and "
                + "colleagues know me on Skype as mhd_alkhatib.")
            .p("I can be reached on +44 (0)20 7946 0958 ext. 12 during office hours (09.00-17.00).")
            .p("Yours sincerely,\nMohammed Al-Khatib");
        h.known("NAME", "Mohammed Al-Khatib").known("URL", "muhammad-alkhatib.com", "mhd_alkhatib")
            .known("PHONE", "+44 (0)20 7946 0958 ext. 12").name("other", "danish", true, "Jensen").other("GENDER", "Ms");
        return h;
    }

    private static Hand chen() {
        var h = new Hand("ids15-en-cv", "en", "cv", "pdf-table",
            new Known("Li Wei Chen", "liwei.chen@163.com", "+86 138 0013 8000", null, null, null, null, null), "non-danish");
        h.h("Li Wei Chen").p("Supply chain analyst")
            .row("Email", "liwei.chen@163.com").row("Mobile", "+86 138 0013 8000").row("Web", "liweichen.net")
            .row("LinkedIn", "linkedin.com/in/liwei-chen-88").row("WeChat", "liwei_chen88")
            .h("Experience")
            .b("2016–2021 Analyst, COSCO Shipping, Shanghai")
            .b("2021–2026 Analyst, DSV, Hovedgaden 630, 2640 Hedehusene")
            .h("Skills").p("SAP S/4HANA 2023, Excel 365, Python 3.10, Tableau 2024.1");
        h.known("NAME", "Li Wei Chen").known("EMAIL", "liwei.chen@163.com").known("PHONE", "+86 138 0013 8000")
            .known("URL", "liweichen.net", "linkedin.com/in/liwei-chen-88", "liwei_chen88");
        return h;
    }

    private static Hand baekgaard() {
        var h = new Hand("ids16-da-cv", "da", "cv", "pdf-web",
            new Known("Rasmus Bækgaard Holm", "rbh@mail.dk", "28 91 45 99", null, null, null, null, null), "danish");
        h.h("Rasmus Bækgaard Holm").p("Økonom, cand.polit.")
            .row("Mail", "rbh@mail.dk").row("Telefon", "28 91 45 99").row("Web", "rasmusbaekgaard.dk")
            .row("LinkedIn", "linkedin.com/in/rasmus-baekgaard").row("X", "@RBaekgaard")
            .h("Erfaring")
            .b("2018-2026 Fuldmægtig, Finansministeriet, Christiansborg Slotsplads 1, 1218 København K")
            .b("2015–2018 Analytiker, Nationalbanken")
            .h("Publikationer").p("Holm, R. B. (2021). Offentlige finanser 2030. DJØF Forlag, ISBN 978-87-574-5123-9. 312 sider.")
            .p("Bruger Stata 18, R 4.4 og Excel 365. Budgetansvar kr. 2,5 mia.");
        h.known("NAME", "Rasmus Bækgaard Holm", "Holm, R. B.").known("EMAIL", "rbh@mail.dk").known("PHONE", "28 91 45 99")
            .known("URL", "rasmusbaekgaard.dk", "linkedin.com/in/rasmus-baekgaard", "@RBaekgaard");
        return h;
    }

    /** No form data: the names are those the engine finds in the document. */
    private static Hand bello() {
        var h = new Hand("ids17-en-cv", "en", "cv", "pdf-word", new Known(null, null, null, null, null, null, null, null),
            "non-danish");
        h.h("Curriculum vitae").row("Name", "Aisha Bello").row("Website", "aishabello.com").row("Handle", "AishaB_1991")
            .row("Phone", "+234 809 555 0192").row("Passport number", "A07654321")
            .h("Experience")
            .b("2014–2019 Nurse, Lagos University Teaching Hospital")
            .b("2019–2026 Nurse, Rigshospitalet, Blegdamsvej 9, 2100 Copenhagen")
            .h("Languages").p("English, Yoruba, Hausa, Danish (B2)");
        h.name("known", "non-danish", true, "Aisha Bello").known("URL", "aishabello.com", "AishaB_1991")
            .known("PHONE", "+234 809 555 0192").known("ID_NUMBER", "A07654321");
        return h;
    }

    private static Hand novak() {
        var h = new Hand("ids18-da-letter", "da", "letter", "docx",
            new Known("Jana Nováková", "jana.novakova@seznam.cz", "+420 603 123 456", null, null, null, null, null), "non-danish");
        h.doc.footer = "Jana Nováková · +420 603 123 456 · novakova-arch.cz";
        h.h("Ansøgning: Arkitekt til Teknik og Miljø")
            .p("Kære Lars Østergaard")
            .p("Jeg er arkitekt fra ČVUT i Prag (2009-2015) og har siden 2018 tegnet skoler for Henning Larsen, Vesterbrogade 76, "
                + "1620 København V. Mine projekter ligger på novakova-arch.cz og under brugernavnet jnovakova85 på ArchDaily.")
            .p("Løn: jeg forventer kr. 48.500 om måneden. Jeg bruger Revit 2024 og Rhino 8.")
            .p("Venlig hilsen\nJana Nováková");
        h.known("NAME", "Jana Nováková").known("PHONE", "+420 603 123 456").known("URL", "novakova-arch.cz", "jnovakova85")
            .name("other", "danish", true, "Lars Østergaard");
        return h;
    }

    private static String labels(Hand h, String file) {
        return labels(h, file, "hand-made (red-ids): identifiers from names, foreign phones, accounts, ID numbers");
    }

    /** The label file of {@code h}; also used by the other hand-made sets written with {@link Hand}. */
    static String labels(Hand h, String file, String note) {
        var k = h.known;
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(h.format)).append(",\n");
        sb.append("  \"language\": ").append(q(h.doc.language)).append(",\n");
        sb.append("  \"kind\": ").append(q(h.doc.kind)).append(",\n");
        sb.append("  \"applicantOrigin\": ").append(q(h.origin)).append(",\n");
        sb.append("  \"note\": ").append(q(note)).append(",\n");
        sb.append("  \"known\": {");
        String[][] fields = {{"fullName", k.fullName()}, {"email", k.email()}, {"phone", k.phone()}, {"address", k.address()},
            {"postalCode", k.postalCode()}, {"town", k.town()}, {"birthDate", k.birthDate()}, {"cpr", k.cpr()}};
        int n = 0;
        for (String[] f : fields) {
            if (f[1] != null) {
                sb.append(n++ == 0 ? "" : ", ").append(q(f[0])).append(": ").append(q(f[1]));
            }
        }
        sb.append("},\n  \"spans\": [\n");
        int i = 0;
        for (var l : h.doc.labels.values()) {
            sb.append(i++ == 0 ? "" : ",\n").append("    {\"type\": ").append(q(l.type())).append(", \"group\": ").append(q(l.group()));
            String origin = l.origin() != null ? l.origin() : "NAME".equals(l.type()) ? h.origin : null;
            if (origin != null) {
                sb.append(", \"origin\": ").append(q(origin));
                if (l.inGazetteer() != null) {
                    sb.append(", \"inGazetteer\": ").append(l.inGazetteer());
                }
            }
            sb.append(", \"text\": ").append(q(l.text())).append('}');
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
