package dk.rekrut.redaction.corpus;

import static dk.rekrut.redaction.corpus.RealFormatDocuments.form;

import dk.rekrut.redaction.corpus.IdentifierDocuments.Hand;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Writes redaction/corpus/handmade/rred4/: 21 CVs and letters of the fourth red-team round (issue 17), written before
 * the detectors were read, aimed at what the first three rounds had little of: typographic ligatures inside names
 * (TeX-like PDFs draw "fi", "ff", "fl" as one glyph; text pasted from them keeps U+FB01), letter-spaced headings,
 * names in capitals and "SURNAME, Firstname", a surname hyphenated across a line break, decomposed diacritics (NFD, as
 * macOS pastes them), particles (Ní, O', Mc, van der, dos), transliterations (Satō / Satou / Sato), obfuscated e-mails,
 * percent-encoded and name-bearing links, foreign phones with extensions, addresses without postal code, birth dates
 * and ages in prose, referees, photo captions, signatures, Europass-like tables and special categories said
 * indirectly. The people are invented.
 *
 * <pre>java -cp … dk.rekrut.redaction.corpus.RedTeamRound4 redaction/corpus/handmade/rred4</pre>
 */
public final class RedTeamRound4 {

    private static final String NOTE = "hand-made (rred4): fourth red-team round, written before the detectors were read";

    private RedTeamRound4() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/rred4");
        IdentifierDocuments.writeAll(documents(), dir, new Random(20261207L), NOTE);
    }

    /** What TeX does to running text: "ffi", "ff", "fi", "fl" drawn as one ligature glyph each. */
    static String lig(String s) {
        return s.replace("ffi", "\uFB03").replace("ff", "\uFB00").replace("fi", "\uFB01").replace("fl", "\uFB02");
    }

    /** Text as macOS pastes it: letters and their accents as separate code points. */
    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static List<Hand> documents() {
        return List.of(texLigatures(), canvaSpaced(), europassCaps(), texLetterHyphen(), txtIrish(), odtNfd(),
            europassAfrikaans(), canvaSingapore(), docxIrishCaps(), googleDocsVietnamese(), wordInitials(), txtSwedish(),
            canvaMcAllister(), docxSurnameFirst(), webHandles(), odtReferees(), tablePersonal(), txtPolish(),
            texLetterSignature(), docxBrazilian(), webJapanese());
    }

    // 1. TeX-like CV (pdf-word): ligatures inside the given name and surname, a referee with one too.
    private static Hand texLigatures() {
        var h = new Hand("r4-01-en-cv", "en", "cv", "pdf-word",
            form("Sofie Kofoed Steffensen", "sofie.k.steffensen@gmail.com", "+45 42 17 93 08", null, null, null, "1995-02-14"),
            "danish");
        h.h(lig("Sofie Kofoed Steffensen"))
            .p(lig("Affiliate researcher · sofie.k.steffensen@gmail.com · +45 42 17 93 08\nb. 14 Feb. 1995"))
            .h("Experience")
            .b(lig("2021–2025 Research officer, Danish Energy Agency, Carsten Niebuhrs Gade 43, 1577 København V; official statistics, Python 3.11"))
            .b(lig("2018–2021 Student assistant, DTU Wind, flow simulations in OpenFOAM v2012"))
            .h("Referees")
            .p(lig("Dr. Rafiq Chaudhry, DTU Wind, rafich@dtu.dk, +45 45 25 19 60"))
            .known("NAME", "Sofie Kofoed Steffensen").known("EMAIL", "sofie.k.steffensen@gmail.com")
            .known("PHONE", "+45 42 17 93 08").known("BIRTH_DATE", "14 Feb. 1995")
            .name("other", "non-danish", false, "Rafiq Chaudhry").other("EMAIL", "rafich@dtu.dk").other("PHONE", "+45 45 25 19 60");
        return h;
    }

    // 2. Canva-like two columns (Danish CV): the name letter-spaced, a birth date with a blank before the year, stress.
    private static Hand canvaSpaced() {
        var h = new Hand("r4-02-da-cv", "da", "cv", "pdf-columns",
            form("Tove Bjerregaard", "tove.bjerregaard@hotmail.com", "26 81 44 19", "Skolegade 7", "6700", "Esbjerg", "1991-10-03"),
            "danish");
        h.doc.photo = true;
        h.side("T O V E\nB J E R R E G A A R D\nL Ø N B O G H O L D E R")
            .side("26 81 44 19\ntove.bjerregaard@hotmail.com\nSkolegade 7, 6700 Esbjerg\nFødt 3/10 1991")
            .h("P R O F I L")
            .p("Efter min sygemelding med stress i 2023 er jeg tilbage på fuld tid og ved, hvordan jeg planlægger mig ud af spidsbelastninger.")
            .h("E R F A R I N G")
            .b("2016–2025 Lønbogholder, Esbjerg Kommune, Torvegade 74, 6700 Esbjerg (Silkeløn, KMD Opus 2.4)")
            .h("S P R O G")
            .p("Dansk – modersmål\nEngelsk – godt\nTysk – læse")
            .known("NAME", "T O V E\nB J E R R E G A A R D").known("PHONE", "26 81 44 19").known("EMAIL", "tove.bjerregaard@hotmail.com")
            .known("ADDRESS", "Skolegade 7, 6700 Esbjerg").known("BIRTH_DATE", "3/10 1991")
            .known("HEALTH", "sygemelding med stress").known("LANGUAGE_LEVEL", "modersmål");
        return h;
    }

    // 3. Awesome-CV-like (web PDF): SURNAME, Firstname in capitals, obfuscated e-mail, Lagos address without postcode.
    private static Hand europassCaps() {
        var h = new Hand("r4-03-en-cv", "en", "cv", "pdf-web",
            form("Chidinma Ada Okonkwo-Brandt", "chidinma@okonkwobrandt.com", "+234 803 555 0199", null, null, "Lagos", "1989-06-30"),
            "non-danish");
        h.h("OKONKWO-BRANDT, Chidinma Ada")
            .p("Supply Chain Analyst\nchidinma [at] okonkwobrandt [dot] com | +234 (0) 803 555 0199 ext. 4 | about.me/chidinma.ob\n"
                + "14 Admiralty Way, Lekki Phase 1, Lagos")
            .h("Experience")
            .b("Jan 2017 – Present  Analyst, Dangote Group, 1 Alfred Rewane Road, Ikoyi; SAP S/4HANA 2022, 120,000 SKUs")
            .h("Personal")
            .p("I am 36, married with three children, and I teach Sunday school at my parish.")
            .known("NAME", "OKONKWO-BRANDT, Chidinma Ada").known("EMAIL", "chidinma [at] okonkwobrandt [dot] com")
            .known("PHONE", "+234 (0) 803 555 0199 ext. 4").known("URL", "about.me/chidinma.ob")
            .known("ADDRESS", "14 Admiralty Way, Lekki Phase 1, Lagos").known("AGE", "I am 36")
            .known("FAMILY", "married", "three children").known("RELIGION", "Sunday school", "my parish");
        return h;
    }

    // 4. TeX-like Danish letter: the surname hyphenated across a line break, politics, "min mand" from a man.
    private static Hand texLetterHyphen() {
        var h = new Hand("r4-04-da-letter", "da", "letter", "pdf-word",
            form("Kasper Vesterholm", "kasper.vesterholm@live.dk", "51 22 80 37", null, null, "Roskilde", null), "danish");
        h.p("Kasper Vesterholm · 51 22 80 37 · kasper.vesterholm@live.dk")
            .p("Roskilde, 7. december 2026")
            .p("Kære Birgitte Lund-Mortensen\nJeg søger stillingen som planlægger. Mit navn er Kasper Vester-\n"
                + "holm, og jeg har i otte år planlagt vejarbejder i Roskilde Kommune (2018–2026).")
            .p("Ved siden af arbejdet sidder jeg i kommunalbestyrelsen for Alternativet. Min mand og jeg har lige købt hus i Trekroner.")
            .p("Venlig hilsen\n\nKasper")
            .known("NAME", "Kasper Vesterholm", "Kasper Vester-\nholm", "Kasper").known("PHONE", "51 22 80 37")
            .known("EMAIL", "kasper.vesterholm@live.dk").known("POLITICS", "kommunalbestyrelsen for Alternativet")
            .known("SEXUALITY", "Min mand")
            .name("other", "danish", true, "Birgitte Lund-Mortensen");
        return h;
    }

    // 5. Plain-text English letter: Irish name without its fadas, "(at)" e-mail, extension, wa.me, Eircode, sobriety.
    private static Hand txtIrish() {
        var h = new Hand("r4-05-en-letter", "en", "letter", "txt",
            form("Niamh Ní Bhriain", "niamh.nibhriain@gmail.com", "+353 87 214 5590", "22 Merrion Square", "D02 XY45", "Dublin 2",
                "1999-01-19"), "non-danish");
        h.p("Niamh Ni Bhriain\n22 Merrion Square, Dublin 2, D02 XY45\nniamh.nibhriain(at)gmail(dot)com · +353 (0)87 214 5590 · wa.me/353872145590")
            .p("Dear Hiring Team,")
            .p("I'm 27 and have spent five years in customer success at Intercom (2020–2025), most recently leading a team of 9 "
                + "on Zendesk 2024.3. I have been sober for six years and still go to AA meetings; it taught me patience.")
            .p("My office line is +353 1 906 2200, ext. 318.")
            .p("Kind regards,\nNiamh")
            .known("NAME", "Niamh Ni Bhriain", "Niamh").known("ADDRESS", "22 Merrion Square, Dublin 2, D02 XY45")
            .known("EMAIL", "niamh.nibhriain(at)gmail(dot)com").known("PHONE", "+353 (0)87 214 5590", "+353 1 906 2200, ext. 318")
            .known("URL", "wa.me/353872145590").known("AGE", "I'm 27").known("HEALTH", "sober", "AA meetings");
        return h;
    }

    // 6. ODT Danish CV pasted from a Mac: decomposed diacritics, a referee, Faroese native, Indre Mission.
    private static Hand odtNfd() {
        var h = new Hand("r4-06-da-cv", "da", "cv", "odt",
            form("Åse Bækgård Joensen", "aase.joensen@gmail.com", "+298 21 88 40", "Åbrinken 3", "7100", "Vejle", "1987-05-28"),
            "non-danish");
        h.h(nfd("Åse Bækgård Joensen"))
            .p(nfd("Sygeplejerske\nÅbrinken 3, 7100 Vejle · +298 21 88 40 · aase.joensen@gmail.com\nFødt den 28. maj 1987 i Klaksvík"))
            .h("Erfaring")
            .b(nfd("2014–2026 Sygeplejerske, Vejle Sygehus, Beriderbakken 4, 7100 Vejle"))
            .h("Sprog")
            .row("Færøsk", "Modersmål")
            .row("Dansk", "Flydende")
            .h("Fritid")
            .p(nfd("Jeg er frivillig i Indre Mission og leder en søndagsskole."))
            .h("Reference")
            .p(nfd("Afdelingssygeplejerske Hanne Østergård, tlf. 40 11 22 33"))
            .known("NAME", "Åse Bækgård Joensen").known("ADDRESS", "Åbrinken 3, 7100 Vejle").known("PHONE", "+298 21 88 40")
            .known("EMAIL", "aase.joensen@gmail.com").known("BIRTH_DATE", "28. maj 1987 i Klaksvík")
            .known("LANGUAGE_LEVEL", "Modersmål").known("RELIGION", "frivillig i Indre Mission")
            .name("other", "danish", true, "Hanne Østergård").other("PHONE", "40 11 22 33");
        return h;
    }

    // 7. Europass-like table (English CV): surname in capitals in its own field, gender and mother tongue fields.
    private static Hand europassAfrikaans() {
        var h = new Hand("r4-07-en-cv", "en", "cv", "pdf-table",
            form("Pieter-Jan van der Westhuizen", "pj.vdwesthuizen@gmail.com", "+27 82 555 0142", "45 Kloof Street", null,
                "Cape Town", "1989-11-07"), "non-danish");
        h.h("Europass Curriculum Vitae")
            .row("Surname(s)", "VAN DER WESTHUIZEN")
            .row("First name(s)", "Pieter-Jan")
            .row("Address", "45 Kloof Street, Gardens, Cape Town")
            .row("Mobile", "+27 82 555 0142")
            .row("E-mail", "pj.vdwesthuizen@gmail.com")
            .row("Date of birth", "07/11/1989")
            .row("Gender", "Male")
            .row("Mother tongue(s)", "Afrikaans")
            .h("Work experience")
            .b("2015–2026 Viticulturist, Distell, Aan-de-Wagenweg, Stellenbosch 7600")
            .known("NAME", "VAN DER WESTHUIZEN", "Pieter-Jan").known("ADDRESS", "45 Kloof Street, Gardens, Cape Town")
            .known("PHONE", "+27 82 555 0142").known("EMAIL", "pj.vdwesthuizen@gmail.com").known("BIRTH_DATE", "07/11/1989")
            .known("GENDER", "Male").known("LANGUAGE_LEVEL", "Mother tongue(s)");
        return h;
    }

    // 8. Canva-like two columns: Chinese order, percent-encoded profile, Singapore block address, temple, photo caption.
    private static Hand canvaSingapore() {
        var h = new Hand("r4-08-en-cv", "en", "cv", "pdf-columns",
            form("Mei Ling Chua", "meiling.chua@outlook.sg", "+65 9123 4567", null, null, "Singapore", null), "non-danish");
        h.doc.photo = true;
        h.side("Photo: Mei Ling, 2025\nCHUA Mei Ling\nUX Researcher")
            .side("+65 9123 4567\nmeiling.chua@outlook.sg\nlinkedin.com/in/mei%2Dling%2Dchua\nBlk 123 Bedok North Ave 3, #05-67")
            .h("Experience")
            .b("2019–2026 UX Researcher, Grab, 3 Media Close; Figma, Dovetail 3.0")
            .h("Volunteering")
            .p("Every Vesak I volunteer at the Kong Meng San Phor Kark See temple.")
            .known("NAME", "Mei Ling", "CHUA Mei Ling").known("PHONE", "+65 9123 4567").known("EMAIL", "meiling.chua@outlook.sg")
            .known("URL", "linkedin.com/in/mei%2Dling%2Dchua").known("ADDRESS", "Blk 123 Bedok North Ave 3, #05-67")
            .known("RELIGION", "volunteer at the Kong Meng San Phor Kark See temple");
        return h;
    }

    // 9. DOCX English CV: O' and Mc in capitals in the header, an Irish 10-digit mobile, D.O.B., union.
    private static Hand docxIrishCaps() {
        var h = new Hand("r4-09-en-cv", "en", "cv", "docx",
            form("Siobhán O'Sullivan-McCarthy", "siobhan.osm@outlook.ie", "0871234567", null, null, "Cork", "1994-04-22"),
            "non-danish");
        h.doc.header = "S. O'SULLIVAN-MCCARTHY — CURRICULUM VITAE";
        h.doc.footer = "Siobhan O'Sullivan-McCarthy | siobhan.osm@outlook.ie | 087 123 4567";
        h.h("Profile")
            .p("Quality engineer with nine years in medical devices (ISO 13485:2016, FDA 21 CFR 820).")
            .row("D.O.B.", "22/04/1994")
            .row("Phone", "087 123 4567")
            .h("Experience")
            .b("2017–2026 Quality Engineer, Stryker, Anngrove, Carrigtwohill, Co. Cork T45 HX52")
            .h("Other")
            .p("Member of SIPTU since 2016 and workplace rep for two years.")
            .known("NAME", "S. O'SULLIVAN-MCCARTHY", "Siobhan O'Sullivan-McCarthy").known("EMAIL", "siobhan.osm@outlook.ie")
            .known("PHONE", "087 123 4567").known("BIRTH_DATE", "22/04/1994").known("TRADE_UNION", "Member of SIPTU");
        return h;
    }

    // 10. Google-Docs-like Danish letter: Vietnamese name without diacritics, age and birth in prose, wa.me, "Mvh".
    private static Hand googleDocsVietnamese() {
        var h = new Hand("r4-10-da-letter", "da", "letter", "pdf-web",
            form("Nguyễn Thị Thu Trang", "thutrang.nguyen84@gmail.com", "+45 31 72 05 66", null, null, "Odense", "1984-03-09"),
            "non-danish");
        h.h("Nguyen Thi Thu Trang")
            .p("Bogholder | +45 31 72 05 66 | thutrang.nguyen84@gmail.com | wa.me/4531720566")
            .p("Kære Søren")
            .p("Jeg er en 42-årig kvinde, født den 9. marts 1984 i Hanoi, og har arbejdet med bogføring i e-conomic og "
                + "Dynamics 365 (version 10.0.38) siden 2015.")
            .p("Mvh\nTrang")
            .known("NAME", "Nguyen Thi Thu Trang", "Trang").known("PHONE", "+45 31 72 05 66")
            .known("EMAIL", "thutrang.nguyen84@gmail.com").known("URL", "wa.me/4531720566")
            .known("AGE", "42-årig").known("GENDER", "kvinde").known("BIRTH_DATE", "9. marts 1984 i Hanoi")
            .name("other", "danish", true, "Søren");
        return h;
    }

    // 11. Word-like English letter: initials in every form, a street without postcode, an extension, a party office.
    private static Hand wordInitials() {
        var h = new Hand("r4-11-en-letter", "en", "letter", "pdf-word",
            form("Jakob Mikkel Kragh Andersen-Holm", "jmkah@proton.me", "+45 33 12 34 56", "Strandvejen 112B", null, "Hellerup",
                null), "danish");
        h.doc.header = "J.M.K. Andersen-Holm";
        h.doc.footer = "JMKAH · jmkah@proton.me";
        h.p("Strandvejen 112B, Hellerup\nDirect: +45 33 12 34 56, local 1187")
            .p("Dear Ms. Whitfield,")
            .p("I apply for the role of treasury analyst. From 2019 to 2022 I was local chair of the Conservative Youth (KU) in "
                + "Gentofte, which taught me budgets as much as my work at Nordea (2018–2026) did.")
            .p("Yours sincerely,\n\nJ. M. K. Andersen-Holm")
            .known("NAME", "J.M.K. Andersen-Holm", "JMKAH", "J. M. K. Andersen-Holm").known("EMAIL", "jmkah@proton.me")
            .known("ADDRESS", "Strandvejen 112B, Hellerup").known("PHONE", "+45 33 12 34 56, local 1187")
            .known("POLITICS", "chair of the Conservative Youth")
            .name("other", "non-danish", false, "Whitfield");
        return h;
    }

    // 12. Plain-text Danish letter, mixed with English: Swedish name and address, spelling without diacritics, depression.
    private static Hand txtSwedish() {
        var h = new Hand("r4-12-da-letter", "da", "letter", "txt",
            form("Björn Ekström", "bjorn.ekstrom@telia.se", "+46 70 123 45 67", "Storgatan 12 B", "211 34", "Malmö", "1990-08-02"),
            "non-danish");
        h.p("Björn Ekström\nStorgatan 12 B\n211 34 Malmö\nMobil: 070-123 45 67\nbjorn.ekstrom@telia.se")
            .p("Ansøgning – Senior Data Engineer (ref. 2026-114)")
            .p("Hej Line,\nI'm a Swedish data engineer who has commuted over the bridge since 2017. "
                + "Sidste år var jeg sygemeldt med en depression i tre måneder; i dag er jeg helt på toppen igen. "
                + "Min kæreste, Mads, arbejder også i København.")
            .p("Bästa hälsningar / Venlig hilsen\nBjorn Ekstrom")
            .known("NAME", "Björn Ekström", "Bjorn Ekstrom").known("ADDRESS", "Storgatan 12 B\n211 34 Malmö")
            .known("PHONE", "070-123 45 67").known("EMAIL", "bjorn.ekstrom@telia.se")
            .known("ORIGIN", "Swedish").known("HEALTH", "sygemeldt med en depression").known("SEXUALITY", "Min kæreste, Mads")
            .name("other", "danish", true, "Line");
        return h;
    }

    // 13. Canva-like two columns (Danish CV): Mc surname in capitals, photo caption with the first name, FOA, origin.
    private static Hand canvaMcAllister() {
        var h = new Hand("r4-13-da-cv", "da", "cv", "pdf-columns",
            form("Fiona McAllister Nielsen", "fiona.mcallister@mail.dk", "29 40 18 73", "Vestergade 31, 1. tv.", "5000", "Odense C",
                "1982-12-01"), "non-danish");
        h.doc.photo = true;
        h.side("FIONA\nMCALLISTER NIELSEN\nSOCIAL- OG SUNDHEDSASSISTENT\nFoto: Fiona, sommer 2025")
            .side("29 40 18 73\nfiona.mcallister@mail.dk\nVestergade 31, 1. tv., 5000 Odense C\n43 år")
            .h("ERFARING")
            .b("2012–2026 SOSU-assistent, Odense Kommune, Ørbækvej 100, 5220 Odense SØ")
            .h("ANDET")
            .p("Medlem af FOA. Engelsk er mit modersmål (min mor er fra Glasgow), dansk flydende.")
            .known("NAME", "FIONA\nMCALLISTER NIELSEN", "Fiona").known("PHONE", "29 40 18 73")
            .known("EMAIL", "fiona.mcallister@mail.dk").known("ADDRESS", "Vestergade 31, 1. tv., 5000 Odense C")
            .known("AGE", "43 år").known("TRADE_UNION", "Medlem af FOA").known("LANGUAGE_LEVEL", "modersmål")
            .known("ORIGIN", "min mor er fra Glasgow");
        return h;
    }

    // 14. DOCX Danish CV: SURNAME Firstname in a text box, an address with "Kbh N" and no postcode, mosque, children.
    private static Hand docxSurnameFirst() {
        var h = new Hand("r4-14-da-cv", "da", "cv", "docx",
            form("Rami Al-Khatib", "rami.alkhatib@gmail.com", "22334455", "Mjølnerparken 45, 1. th.", "2200", "København N",
                "1993-01-15"), "non-danish");
        h.doc.header = "CV – AL-KHATIB Rami";
        h.side("AL-KHATIB Rami\nMjølnerparken 45, 1. th, Kbh N\n+45 2233 4455\nrami.alkhatib@gmail.com")
            .h("Om mig")
            .p("Far til to piger. Jeg er frivillig i moskeen i weekenden, hvor jeg hjælper med lektiecafé.")
            .h("Erfaring")
            .b("2019–2026 Elektriker, Bravida Danmark, Kokbjerg 17, 6000 Kolding (NIQ 3.0, Dali 2)")
            .h("Sprog")
            .row("Arabisk", "Modersmål")
            .row("Dansk", "Flydende")
            .known("NAME", "AL-KHATIB Rami").known("ADDRESS", "Mjølnerparken 45, 1. th, Kbh N").known("PHONE", "+45 2233 4455")
            .known("EMAIL", "rami.alkhatib@gmail.com").known("FAMILY", "Far til to piger")
            .known("RELIGION", "frivillig i moskeen").known("LANGUAGE_LEVEL", "Modersmål");
        return h;
    }

    // 15. Web-like English CV: name-bearing links of many kinds, handle with @, Nigerian trunk-0 phone, LGBTQ+ network.
    private static Hand webHandles() {
        var h = new Hand("r4-15-en-cv", "en", "cv", "pdf-web",
            form("Emeka Okafor", "hello@emekaokafor.dev", "+234 803 123 4567", null, null, null, null), "non-danish");
        h.h("Emeka Okafor")
            .p("Frontend Engineer\nemekaokafor.netlify.app · behance.net/emeka_okafor · calendly.com/emeka-okafor/30min · @emekaokafor\n"
                + "hello@emekaokafor.dev · 0803 123 4567")
            .h("Experience")
            .b("2020–2026 Frontend Engineer, Paystack (React 18.2, Node 20.11.1); 2.3M monthly users")
            .h("Community")
            .p("Co-founder of the LGBTQ+ employee network at Paystack.")
            .known("NAME", "Emeka Okafor").known("URL", "emekaokafor.netlify.app", "behance.net/emeka_okafor",
                "calendly.com/emeka-okafor/30min", "@emekaokafor").known("EMAIL", "hello@emekaokafor.dev")
            .known("PHONE", "0803 123 4567").known("SEXUALITY", "LGBTQ+ employee network");
        return h;
    }

    // 16. ODT English letter: a referees section with names, phones and e-mails; Ghanaian name; age in words.
    private static Hand odtReferees() {
        var h = new Hand("r4-16-en-letter", "en", "letter", "odt",
            form("Kwame Mensah-Bonsu", "kwame.mensahbonsu@gmail.com", "+45 50 12 77 31", null, null, "Aalborg", null),
            "non-danish");
        h.p("Kwame Mensah-Bonsu · Aalborg · +45 50 12 77 31")
            .p("Dear Sir or Madam,")
            .p("I am thirty-four years old and grew up in Kumasi before I came to Aalborg University in 2014 (MSc 2016).")
            .h("References")
            .p("Anne-Mette Skov, former manager, Siemens Gamesa, +45 21 43 65 87, ams@siemensgamesa.com\n"
                + "Prof. Yaw Owusu-Ansah, KNUST, yaw.owusu@knust.edu.gh")
            .p("Best regards,\nK. Mensah-Bonsu")
            .known("NAME", "Kwame Mensah-Bonsu", "K. Mensah-Bonsu").known("PHONE", "+45 50 12 77 31")
            .known("AGE", "thirty-four years old").known("ORIGIN", "grew up in Kumasi")
            .name("other", "danish", true, "Anne-Mette Skov").other("PHONE", "+45 21 43 65 87")
            .other("EMAIL", "ams@siemensgamesa.com").name("other", "non-danish", false, "Yaw Owusu-Ansah")
            .other("EMAIL", "yaw.owusu@knust.edu.gh");
        return h;
    }

    // 17. Table of personal details (Danish CV): "Navn: HANSEN, ...", age field, "Gift med Anne" from a woman.
    private static Hand tablePersonal() {
        var h = new Hand("r4-17-da-cv", "da", "cv", "pdf-table",
            form("Mette Louise Skovgaard Hansen", "mls.hansen@gmail.com", "30 11 54 82", "Kirkevej 4", "8600", "Silkeborg",
                "1990-06-04"), "danish");
        h.h("CURRICULUM VITAE")
            .row("Navn", "HANSEN, Mette Louise Skovgaard")
            .row("Fødselsdato", "4. juni 1990")
            .row("Alder", "36 år")
            .row("Civilstand", "Gift med Anne")
            .row("Adresse", "Kirkevej 4, 8600 Silkeborg")
            .row("Telefon", "30 11 54 82")
            .row("E-mail", "mls.hansen@gmail.com")
            .h("Erhverv")
            .b("2014–2026 Fysioterapeut, Regionshospitalet Silkeborg, Falkevej 1-3, 8600 Silkeborg")
            .known("NAME", "HANSEN, Mette Louise Skovgaard").known("BIRTH_DATE", "4. juni 1990").known("AGE", "36 år")
            .known("SEXUALITY", "Gift med Anne").known("ADDRESS", "Kirkevej 4, 8600 Silkeborg").known("PHONE", "30 11 54 82")
            .known("EMAIL", "mls.hansen@gmail.com");
        return h;
    }

    // 18. Plain-text English CV (Markdown export): Polish name, "at" e-mail, t.me handle, Polish extension, no postcode.
    private static Hand txtPolish() {
        var h = new Hand("r4-18-en-cv", "en", "cv", "txt",
            form("Agnieszka Kowalczyk", "agnieszka.kowalczyk@gmail.com", "+48 601 234 567", null, null, "Warszawa", "1992-03-12"),
            "non-danish");
        h.p("# KOWALCZYK, Agnieszka\nagnieszka.kowalczyk at gmail.com | t.me/agakowal | +48 601 234 567 wew. 12\n"
                + "ul. Marszałkowska 84/92 m. 17, Warszawa")
            .p("Born: 12 March '92")
            .h("## Experience")
            .b("2016–2026 Test Automation Engineer, Allegro (Selenium 4.18, Java 17)")
            .h("## Languages")
            .p("Polish — native speaker; English — C1; Danish — A2")
            .known("NAME", "KOWALCZYK, Agnieszka").known("EMAIL", "agnieszka.kowalczyk at gmail.com").known("URL", "t.me/agakowal")
            .known("PHONE", "+48 601 234 567 wew. 12").known("ADDRESS", "ul. Marszałkowska 84/92 m. 17, Warszawa")
            .known("BIRTH_DATE", "12 March '92").known("LANGUAGE_LEVEL", "native speaker");
        return h;
    }

    // 19. TeX-like Danish letter: ligatures in the signature's first name and in the surname, long covid, an age to come.
    private static Hand texLetterSignature() {
        var h = new Hand("r4-19-da-letter", "da", "letter", "pdf-word",
            form("Steffen Graff Olufsen", "sgo@olufsen-tegnestue.dk", "40 55 18 26", null, null, "Svendborg", "1986-07-20"),
            "danish");
        h.p(lig("Steffen Graff Olufsen\nsgo@olufsen-tegnestue.dk · 40 55 18 26"))
            .p(lig("Svendborg, 7. december 2026"))
            .p(lig("Kære Ulla\nJeg fylder 40 til sommer og har efter et længere sygeforløb med long covid fundet tilbage til "
                + "arkitekturen. Jeg har tegnet offentlige byggerier i ArchiCAD 27 siden 2011."))
            .p(lig("Venlig hilsen\n\nSteffen"))
            .known("NAME", "Steffen Graff Olufsen", "Steffen").known("EMAIL", "sgo@olufsen-tegnestue.dk")
            .known("PHONE", "40 55 18 26").known("AGE", "fylder 40").known("HEALTH", "sygeforløb med long covid")
            .known("URL", "olufsen-tegnestue.dk").name("other", "danish", true, "Ulla");
        return h;
    }

    // 20. DOCX English CV: Portuguese particles, Brazilian phone and address with CEP, ISO birth date, party youth.
    private static Hand docxBrazilian() {
        var h = new Hand("r4-20-en-cv", "en", "cv", "docx",
            form("João Pedro dos Santos Ferreira", "jp.santosferreira@gmail.com", "+55 11 98765 4321", null, null, "São Paulo",
                "1993-07-21"), "non-danish");
        h.doc.header = "J. P. dos Santos Ferreira";
        h.doc.footer = "jp.santosferreira@gmail.com · +55 (11) 98765-4321";
        h.side("Rua Augusta, 1500, apto 42\nSão Paulo - SP, 01304-001\nDOB: 1993-07-21")
            .h("Experience")
            .b("2017–2026 Data Scientist, Nubank (Python 3.12, Spark 3.5)")
            .h("Other")
            .p("I was a member of the Workers' Party (PT) youth wing at university.")
            .known("NAME", "J. P. dos Santos Ferreira").known("EMAIL", "jp.santosferreira@gmail.com")
            .known("PHONE", "+55 (11) 98765-4321").known("ADDRESS", "Rua Augusta, 1500, apto 42\nSão Paulo - SP, 01304-001")
            .known("BIRTH_DATE", "1993-07-21").known("POLITICS", "member of the Workers' Party (PT) youth wing");
        return h;
    }

    // 21. Web-like English CV: Japanese name in the form with macrons, in the CV in another romanisation and order.
    private static Hand webJapanese() {
        var h = new Hand("r4-21-en-cv", "en", "cv", "pdf-web",
            form("Yūki Satō", "yuuki.satou@icloud.com", "+81 90-1234-5678", null, null, "Osaka", null), "non-danish");
        h.h("SATO Yuki")
            .p("Game Programmer · yuuki.satou@icloud.com · (+81) 90-1234-5678 · github.com/yuki-sato-dev")
            .h("Experience")
            .b("2018–2026 Programmer, Capcom, 3-1-3 Uchihiranomachi, Chuo-ku, Osaka (RE Engine, C++20)")
            .h("Personal")
            .p("Age 31. I left Japan with my wife in 2024.")
            .known("NAME", "SATO Yuki").known("EMAIL", "yuuki.satou@icloud.com").known("PHONE", "(+81) 90-1234-5678")
            .known("URL", "github.com/yuki-sato-dev").known("AGE", "Age 31").known("FAMILY", "my wife");
        return h;
    }
}
