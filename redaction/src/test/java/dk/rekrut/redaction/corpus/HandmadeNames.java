package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes redaction/corpus/handmade/red-names/: CVs and letters (Danish and English, PDF and DOCX, some in two columns)
 * whose applicant's given name is in no gazetteer and stands where people put it (the top lines, a page header or
 * footer, the signature, the contact line), with foreign and reordered addresses. Every text is written by hand here;
 * the names were checked against the engine's gazetteers (none of the given names is in them).
 *
 * <pre>java -cp … dk.rekrut.redaction.corpus.HandmadeNames redaction/corpus/handmade/red-names</pre>
 */
public final class HandmadeNames {

    private record Known(String fullName, String email, String phone, String address, String postalCode, String town) {
    }

    private record Spec(String id, String format, Doc doc, Known known) {
    }

    private HandmadeNames() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/red-names");
        Files.createDirectories(dir);
        var rnd = new Random(20261206);
        for (Spec s : specs()) {
            String ext = s.format().startsWith("pdf") ? "pdf" : "docx";
            byte[] bytes = switch (s.format()) {
                case "pdf-word" -> Writers.pdf(s.doc(), Writers.PdfLayout.WORD, rnd);
                case "pdf-columns" -> Writers.pdf(s.doc(), Writers.PdfLayout.TWO_COLUMNS, rnd);
                case "pdf-web" -> Writers.pdf(s.doc(), Writers.PdfLayout.WEB, rnd);
                default -> Writers.docx(s.doc(), rnd);
            };
            Files.write(dir.resolve(s.id() + "." + ext), bytes);
            Files.writeString(dir.resolve(s.id() + ".json"), json(s, s.id() + "." + ext), StandardCharsets.UTF_8);
        }
    }

    private static Doc doc(String id, String lang, String kind) {
        return new Doc(id, lang, kind);
    }

    private static void me(Doc d, String text) {
        d.label(new Doc.Label("NAME", "known", "non-danish", false, text));
    }

    private static void mine(Doc d, String type, String text) {
        d.label(new Doc.Label(type, "known", null, null, text));
    }

    private static void other(Doc d, String type, String text) {
        d.label(new Doc.Label(type, "other", null, null, text));
    }

    static List<Spec> specs() {
        List<Spec> out = new ArrayList<>();

        // 1. Danish CV, word-processor PDF, header and footer with the name, no form data: position alone.
        var d = doc("rn01-da-cv", "da", "cv");
        d.header = "Tsegereda Woldemariam · Curriculum Vitae";
        d.footer = "Tsegereda Woldemariam | side";
        d.add(Doc.Kind.HEADING, "Tsegereda Woldemariam");
        d.add(Doc.Kind.PARAGRAPH, "Tlf. 28 14 93 07 · tsegereda.w@outlook.dk\nSkovbrynet 7B, Hundested, 3390");
        d.add(Doc.Kind.HEADING, "Profil");
        d.add(Doc.Kind.PARAGRAPH, "Socialrådgiver med fem års erfaring fra myndighedsområdet og stærk dokumentation i Nexus.");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.BULLET, "2019–2024 Socialrådgiver, Halsnæs Kommune, familieafdelingen");
        d.add(Doc.Kind.BULLET, "2016–2019 Sagsbehandler, Gribskov Kommune");
        d.add(Doc.Kind.HEADING, "Uddannelse");
        d.add(Doc.Kind.BULLET, "2016 Professionsbachelor i socialt arbejde, Københavns Professionshøjskole");
        d.add(Doc.Kind.HEADING, "Kompetencer");
        d.add(Doc.Kind.PARAGRAPH, "Børnefaglige undersøgelser, netværksmøder, Power BI, KMD Nexus");
        me(d, "Tsegereda Woldemariam");
        mine(d, "PHONE", "28 14 93 07");
        mine(d, "EMAIL", "tsegereda.w@outlook.dk");
        mine(d, "ADDRESS", "Skovbrynet 7B, Hundested, 3390");
        out.add(new Spec(d.id, "pdf-word", d, null));

        // 2. English CV, two columns, name over two lines in capitals in the sidebar, UK address.
        d = doc("rn02-en-cv", "en", "cv");
        d.add(Doc.Kind.SIDEBAR, "OLUWASEUN\nADEKUNLE-BAKARE");
        d.add(Doc.Kind.SIDEBAR, "Flat 3, 221B Baker Street\nLondon NW1 6XE");
        d.add(Doc.Kind.SIDEBAR, "+45 61 72 83 94\nseun.bakare@gmail.com");
        d.add(Doc.Kind.HEADING, "Work Experience");
        d.add(Doc.Kind.BULLET, "2020–2025 Senior Data Engineer, Novo Nordisk A/S, Bagsværd");
        d.add(Doc.Kind.BULLET, "2016–2020 Data Analyst, Transport for London");
        d.add(Doc.Kind.HEADING, "Education");
        d.add(Doc.Kind.BULLET, "MSc Computer Science, University of Lagos, 2015");
        d.add(Doc.Kind.HEADING, "Skills");
        d.add(Doc.Kind.PARAGRAPH, "Python, Spark, Azure Data Factory, dbt, Power BI");
        d.add(Doc.Kind.HEADING, "Languages");
        d.add(Doc.Kind.PARAGRAPH, "English – fluent; Danish – intermediate (Prøve i Dansk 3)");
        me(d, "OLUWASEUN");
        me(d, "ADEKUNLE-BAKARE");
        mine(d, "ADDRESS", "Flat 3, 221B Baker Street");
        mine(d, "ADDRESS", "London NW1 6XE");
        mine(d, "PHONE", "+45 61 72 83 94");
        mine(d, "EMAIL", "seun.bakare@gmail.com");
        out.add(new Spec(d.id, "pdf-columns", d, null));

        // 3. English letter, DOCX, SURNAME Firstname order at the top, signature with the given name first.
        d = doc("rn03-en-letter", "en", "letter");
        d.add(Doc.Kind.PARAGRAPH, "NGUYEN Thi Thao\nRosenvængets Allé 19, 2. th.\n2100 København Ø\nthao.nguyen@mail.dk · 31 45 67 12");
        d.add(Doc.Kind.PARAGRAPH, "Application for the position of laboratory technician");
        d.add(Doc.Kind.PARAGRAPH, "Dear hiring committee,\nI am applying for the position as laboratory technician in your "
            + "department. Since 2018 I have worked with PCR diagnostics and quality assurance under ISO 15189.");
        d.add(Doc.Kind.PARAGRAPH, "I look forward to hearing from you.");
        d.add(Doc.Kind.PARAGRAPH, "Kind regards\nThao Nguyen");
        me(d, "NGUYEN Thi Thao");
        me(d, "Thao Nguyen");
        mine(d, "ADDRESS", "Rosenvængets Allé 19, 2. th.\n2100 København Ø");
        mine(d, "EMAIL", "thao.nguyen@mail.dk");
        mine(d, "PHONE", "31 45 67 12");
        out.add(new Spec(d.id, "docx", d, new Known("Thi Thao Nguyen", "thao.nguyen@mail.dk", "31456712", "Rosenvængets Allé 19, 2. th.",
            "2100", "København Ø")));

        // 4. Danish letter, PDF, signature block after "Med venlig hilsen", address without postal code after the name.
        d = doc("rn04-da-letter", "da", "letter");
        d.add(Doc.Kind.PARAGRAPH, "Kwabena Asante-Mensah, Vestervang 14, Hundested\nTlf. 42 18 77 05");
        d.add(Doc.Kind.PARAGRAPH, "Ansøgning om stillingen som driftstekniker");
        d.add(Doc.Kind.PARAGRAPH, "Kære ansættelsesudvalg\nJeg søger stillingen som driftstekniker hos Forsyning Helsingør. "
            + "Jeg har arbejdet med SRO-anlæg siden 2017 og har ansvaret for vagtplanen i et team på seks.");
        d.add(Doc.Kind.PARAGRAPH, "Jeg ser frem til at høre fra jer.");
        d.add(Doc.Kind.PARAGRAPH, "Med venlig hilsen\n\nKwabena Asante-Mensah");
        me(d, "Kwabena Asante-Mensah");
        mine(d, "ADDRESS", "Vestervang 14, Hundested");
        mine(d, "PHONE", "42 18 77 05");
        out.add(new Spec(d.id, "pdf-web", d, null));

        // 5. English CV, DOCX with the name in the header and footer only (the body starts with the profile).
        d = doc("rn05-en-cv", "en", "cv");
        d.header = "Radosław Wiśniewski — Curriculum Vitae";
        d.footer = "R. Wiśniewski · radek.wisniewski@proton.me · +45 50 11 62 39";
        d.add(Doc.Kind.HEADING, "Professional Profile");
        d.add(Doc.Kind.PARAGRAPH, "Structural engineer with ten years of bridge inspection and BIM coordination.");
        d.row("Address", "ul. Marszałkowska 10/12, 00-590 Warszawa");
        d.add(Doc.Kind.HEADING, "Employment History");
        d.add(Doc.Kind.BULLET, "2018–2025 Bridge Engineer, COWI A/S");
        d.add(Doc.Kind.BULLET, "2014–2018 Design Engineer, Mostostal Warszawa S.A.");
        d.add(Doc.Kind.HEADING, "Certifications");
        d.add(Doc.Kind.PARAGRAPH, "Autodesk Revit 2024 Certified Professional; Tekla Structures 21");
        me(d, "Radosław Wiśniewski");
        me(d, "R. Wiśniewski");
        mine(d, "EMAIL", "radek.wisniewski@proton.me");
        mine(d, "PHONE", "+45 50 11 62 39");
        mine(d, "ADDRESS", "ul. Marszałkowska 10/12, 00-590 Warszawa");
        out.add(new Spec(d.id, "docx", d, null));

        // 6. Danish CV, two columns, Swedish address, name at the top of the sidebar.
        d = doc("rn06-da-cv", "da", "cv");
        d.add(Doc.Kind.SIDEBAR, "Ekaterina Volkonskaya");
        d.add(Doc.Kind.SIDEBAR, "Storgatan 4, SE-411 38 Göteborg");
        d.add(Doc.Kind.SIDEBAR, "+46 70 802 58 59\nkatja.volk@gmail.com");
        d.add(Doc.Kind.HEADING, "Profil");
        d.add(Doc.Kind.PARAGRAPH, "Farmaceut med erfaring fra klinisk forskning og lægemiddelsikkerhed.");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.BULLET, "2021–2025 Pharmacovigilance Specialist, AstraZeneca, Mölndal");
        d.add(Doc.Kind.BULLET, "2018–2021 Apoteker, Apotek Hjärtat");
        d.add(Doc.Kind.HEADING, "Uddannelse");
        d.add(Doc.Kind.BULLET, "2018 Cand.pharm., Københavns Universitet");
        me(d, "Ekaterina Volkonskaya");
        mine(d, "ADDRESS", "Storgatan 4, SE-411 38 Göteborg");
        mine(d, "PHONE", "+46 70 802 58 59");
        mine(d, "EMAIL", "katja.volk@gmail.com");
        out.add(new Spec(d.id, "pdf-columns", d, null));

        // 7. English letter, PDF, Korean address, signature under "Sincerely".
        d = doc("rn07-en-letter", "en", "letter");
        d.add(Doc.Kind.PARAGRAPH, "Baek Ji-hoon\nGangnam-gu, Seoul\njihoon.baek@naver.com");
        d.add(Doc.Kind.PARAGRAPH, "Dear Sir or Madam,\nI would like to apply for the PhD position in battery materials. "
            + "My master's thesis at KAIST examined solid electrolytes, and I have three years of laboratory experience.");
        d.add(Doc.Kind.PARAGRAPH, "Sincerely,\nJi-hoon Baek");
        me(d, "Baek Ji-hoon");
        me(d, "Ji-hoon Baek");
        mine(d, "ADDRESS", "Gangnam-gu, Seoul");
        mine(d, "EMAIL", "jihoon.baek@naver.com");
        out.add(new Spec(d.id, "pdf-word", d, null));

        // 8. Danish CV, DOCX, form data with the name spelt with a middle initial and initials in the footer.
        d = doc("rn08-da-cv", "da", "cv");
        d.header = "B. M. Sørensen – CV";
        d.footer = "B.M.S. · side";
        d.add(Doc.Kind.HEADING, "Birgit M. Sørensen");
        d.add(Doc.Kind.PARAGRAPH, "Hørsholm Kongevej 22, 2970 Hørsholm · 26 35 44 90");
        d.add(Doc.Kind.HEADING, "Profil");
        d.add(Doc.Kind.PARAGRAPH, "Erfaren HR-partner med fokus på rekruttering og onboarding i den offentlige sektor.");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.BULLET, "2015–2025 HR-partner, Region Hovedstaden");
        d.add(Doc.Kind.HEADING, "Referencer");
        d.add(Doc.Kind.PARAGRAPH, "Gives gerne efter aftale.");
        d.add(Doc.Kind.PARAGRAPH, "SORENSEN Birgit");
        me(d, "B. M. Sørensen");
        me(d, "B.M.S.");
        me(d, "Birgit M. Sørensen");
        me(d, "SORENSEN Birgit");
        mine(d, "ADDRESS", "Hørsholm Kongevej 22, 2970 Hørsholm");
        mine(d, "PHONE", "26 35 44 90");
        out.add(new Spec(d.id, "docx", d, new Known("Birgit Sørensen", "birgit.s@live.dk", "26354490", "Hørsholm Kongevej 22",
            "2970", "Hørsholm")));

        // 9. English CV, web-like PDF, name and contact data on one line.
        d = doc("rn09-en-cv", "en", "cv");
        d.add(Doc.Kind.PARAGRAPH, "Siosaia Taufa | s.taufa@icloud.com | +45 22 90 13 58 | 12 Baker Street, London");
        d.add(Doc.Kind.HEADING, "Summary");
        d.add(Doc.Kind.PARAGRAPH, "Logistics coordinator with experience from ports in Auckland and Aarhus.");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.BULLET, "2019–2025 Logistics Coordinator, Maersk, Aarhus");
        d.add(Doc.Kind.BULLET, "2015–2019 Shift Supervisor, Ports of Auckland");
        d.add(Doc.Kind.HEADING, "Education");
        d.add(Doc.Kind.BULLET, "Diploma in Supply Chain Management, Manukau Institute of Technology");
        me(d, "Siosaia Taufa");
        mine(d, "EMAIL", "s.taufa@icloud.com");
        mine(d, "PHONE", "+45 22 90 13 58");
        mine(d, "ADDRESS", "12 Baker Street, London");
        out.add(new Spec(d.id, "pdf-web", d, null));

        // 10. Danish letter, DOCX, "Surname, Firstname" in the header, signature after "Venlig hilsen".
        d = doc("rn10-da-letter", "da", "letter");
        d.header = "KARAOĞLAN, Zeynep";
        d.add(Doc.Kind.PARAGRAPH, "Adresse: Møllegårdsparken 31, Hundested · Mobil 53 27 81 46");
        d.add(Doc.Kind.PARAGRAPH, "Kære Lise Holm\nJeg søger stillingen som pædagog i Børnehuset Solsikken. Jeg har arbejdet "
            + "med sprogstimulering i otte år og har en diplomuddannelse i pædagogisk ledelse.");
        d.add(Doc.Kind.PARAGRAPH, "Venlig hilsen\nZeynep Karaoğlan");
        me(d, "KARAOĞLAN, Zeynep");
        me(d, "Zeynep Karaoğlan");
        mine(d, "ADDRESS", "Møllegårdsparken 31, Hundested");
        mine(d, "PHONE", "53 27 81 46");
        d.label(new Doc.Label("NAME", "other", "danish", true, "Lise Holm"));
        out.add(new Spec(d.id, "docx", d, null));

        // 11. English CV, word-processor PDF, name in header on both pages (a running header).
        d = doc("rn11-en-cv", "en", "cv");
        d.header = "Chidinma Eze-Okafor – Résumé";
        d.footer = "Chidinma Eze-Okafor · page";
        d.add(Doc.Kind.HEADING, "Chidinma Eze-Okafor");
        d.add(Doc.Kind.PARAGRAPH, "Registered nurse · +45 71 12 34 09 · chidinma.eze@yahoo.com\nHavnegade 3, 1. tv, Hundested");
        d.add(Doc.Kind.HEADING, "Clinical Experience");
        for (int i = 0; i < 14; i++) {
            d.add(Doc.Kind.BULLET, (2024 - i) + " Registered Nurse, Nordsjællands Hospital, ward " + (i + 2)
                + ": medication rounds, discharge planning and teaching of nursing students.");
        }
        d.add(Doc.Kind.HEADING, "Education");
        d.add(Doc.Kind.BULLET, "BSc Nursing, University of Nigeria, Nsukka, 2009");
        me(d, "Chidinma Eze-Okafor");
        mine(d, "PHONE", "+45 71 12 34 09");
        mine(d, "EMAIL", "chidinma.eze@yahoo.com");
        mine(d, "ADDRESS", "Havnegade 3, 1. tv, Hundested");
        out.add(new Spec(d.id, "pdf-word", d, null));

        // 12. Danish letter, PDF, the name only in the signature (with a middle initial) and the known name in the form.
        d = doc("rn12-da-letter", "da", "letter");
        d.add(Doc.Kind.PARAGRAPH, "Ansøgning: Projektleder, Digitalisering");
        d.add(Doc.Kind.PARAGRAPH, "Kære Hr. Jensen\nMed baggrund i otte års projektledelse i Novo Nordisk A/S og KMD søger "
            + "jeg stillingen som projektleder. Jeg har ledet udrulningen af Microsoft 365 til 4.000 medarbejdere.");
        d.add(Doc.Kind.PARAGRAPH, "Mvh\nThandeka N. Mthembu\nthandeka.mthembu@gmail.com");
        me(d, "Thandeka N. Mthembu");
        mine(d, "EMAIL", "thandeka.mthembu@gmail.com");
        d.label(new Doc.Label("NAME", "other", "danish", true, "Jensen"));
        other(d, "GENDER", "Hr.");
        out.add(new Spec(d.id, "pdf-web", d, new Known("Thandeka Mthembu", "thandeka.mthembu@gmail.com", null, null, null, null)));

        // 13. English CV, DOCX, two names in the top lines and a Peruvian double surname, German address.
        d = doc("rn13-en-cv", "en", "cv");
        d.add(Doc.Kind.HEADING, "Inés Quispe Mamani");
        d.add(Doc.Kind.PARAGRAPH, "Hauptstraße 5, 10115 Berlin\ninesquispe@posteo.de");
        d.add(Doc.Kind.HEADING, "About Me");
        d.add(Doc.Kind.PARAGRAPH, "Environmental engineer focused on water treatment in mining regions.");
        d.add(Doc.Kind.HEADING, "Experience");
        d.add(Doc.Kind.BULLET, "2020–2025 Process Engineer, Veolia Water Technologies, Berlin");
        d.add(Doc.Kind.BULLET, "2016–2020 Field Engineer, Southern Peru Copper Corporation");
        me(d, "Inés Quispe Mamani");
        mine(d, "ADDRESS", "Hauptstraße 5, 10115 Berlin");
        mine(d, "EMAIL", "inesquispe@posteo.de");
        out.add(new Spec(d.id, "docx", d, null));

        // 14. Danish CV, two columns, Kazakh name in capitals with the contact line below.
        d = doc("rn14-da-cv", "da", "cv");
        d.add(Doc.Kind.SIDEBAR, "BOLAT SEITKALI");
        d.add(Doc.Kind.SIDEBAR, "Kontakt\n+45 27 66 41 03\nbolat.s@outlook.com");
        d.add(Doc.Kind.SIDEBAR, "Bopæl: Odensevej 18, Nyborg");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.BULLET, "2018–2025 Elektriker, Bravida Danmark A/S, Odense");
        d.add(Doc.Kind.BULLET, "2012–2018 Elektriker, KazMunayGas, Atyrau");
        d.add(Doc.Kind.HEADING, "Kurser");
        d.add(Doc.Kind.BULLET, "2020 Autorisation som elinstallatør, Sikkerhedsstyrelsen");
        me(d, "BOLAT SEITKALI");
        mine(d, "PHONE", "+45 27 66 41 03");
        mine(d, "EMAIL", "bolat.s@outlook.com");
        mine(d, "ADDRESS", "Odensevej 18, Nyborg");
        out.add(new Spec(d.id, "pdf-columns", d, null));

        // 15. English letter, DOCX, Māori name, signature "Yours faithfully" and the address in the letterhead footer.
        d = doc("rn15-en-letter", "en", "letter");
        d.footer = "Aroha Ngata · 14 Ponsonby Road, Auckland · aroha.ngata@xtra.co.nz";
        d.add(Doc.Kind.PARAGRAPH, "Dear Ms Hansen,\nI am writing to apply for the role of Policy Adviser in your climate team. "
            + "My work at the Ministry for the Environment in Wellington covered emissions budgets and consultation with iwi.");
        d.add(Doc.Kind.PARAGRAPH, "Yours faithfully\nAroha Ngata");
        me(d, "Aroha Ngata");
        mine(d, "ADDRESS", "14 Ponsonby Road, Auckland");
        mine(d, "EMAIL", "aroha.ngata@xtra.co.nz");
        d.label(new Doc.Label("NAME", "other", "danish", true, "Hansen"));
        other(d, "GENDER", "Ms");
        out.add(new Spec(d.id, "docx", d, null));

        // 16. Danish CV, word-processor PDF, form data, the name in the form written in the top line as "Surname, First".
        d = doc("rn16-da-cv", "da", "cv");
        d.header = "Mahliyo Rustamova · CV";
        d.add(Doc.Kind.HEADING, "Rustamova, Mahliyo");
        d.add(Doc.Kind.PARAGRAPH, "Tlf. 60 44 21 87 · mahliyo.r@gmail.com\nHundested, 3390");
        d.add(Doc.Kind.HEADING, "Profil");
        d.add(Doc.Kind.PARAGRAPH, "Regnskabsassistent med erfaring i debitorstyring og månedsafslutning i Navision.");
        d.add(Doc.Kind.HEADING, "Erhvervserfaring");
        d.add(Doc.Kind.BULLET, "2019–2025 Regnskabsassistent, Halsnæs Forsyning A/S");
        d.add(Doc.Kind.HEADING, "Uddannelse");
        d.add(Doc.Kind.BULLET, "2018 Finansøkonom, Erhvervsakademi København");
        me(d, "Rustamova, Mahliyo");
        me(d, "Mahliyo Rustamova");
        mine(d, "PHONE", "60 44 21 87");
        mine(d, "EMAIL", "mahliyo.r@gmail.com");
        mine(d, "ADDRESS", "Hundested, 3390");
        out.add(new Spec(d.id, "pdf-word", d, new Known("Mahliyo Rustamova", "mahliyo.r@gmail.com", "60442187", null, "3390",
            "Hundested")));
        return out;
    }

    private static String json(Spec s, String file) {
        Doc d = s.doc();
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(s.format())).append(",\n");
        sb.append("  \"language\": ").append(q(d.language)).append(",\n");
        sb.append("  \"kind\": ").append(q(d.kind)).append(",\n");
        sb.append("  \"note\": ").append(q("hand-made (red-names): name in no gazetteer by position; foreign or reordered address")).append(",\n");
        Known k = s.known();
        if (k != null) {
            sb.append("  \"known\": {\"fullName\": ").append(q(k.fullName())).append(", \"email\": ").append(q(k.email()))
                .append(", \"phone\": ").append(q(k.phone())).append(", \"address\": ").append(q(k.address()))
                .append(", \"postalCode\": ").append(q(k.postalCode())).append(", \"town\": ").append(q(k.town())).append("},\n");
        }
        sb.append("  \"spans\": [\n");
        int n = 0;
        for (var l : d.labels.values()) {
            sb.append(n++ == 0 ? "" : ",\n").append("    {\"type\": ").append(q(l.type())).append(", \"group\": ").append(q(l.group()));
            if (l.origin() != null) {
                sb.append(", \"origin\": ").append(q(l.origin())).append(", \"inGazetteer\": ").append(l.inGazetteer());
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
