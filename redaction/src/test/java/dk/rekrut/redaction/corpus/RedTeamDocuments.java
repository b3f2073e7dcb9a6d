package dk.rekrut.redaction.corpus;

import dk.rekrut.redaction.corpus.IdentifierDocuments.Hand;
import dk.rekrut.redaction.corpus.IdentifierDocuments.Known;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes redaction/corpus/handmade/rred2/: 20 CVs and letters written by hand to red-team the engine (issue 17) in
 * forms the rest of the corpus has little of: applicants from Greenland, the Faroes, Somalia, Vietnam, Tamil Nadu,
 * Ukraine, Eritrea, Korea, Poland, the Philippines, Iran, Turkey, Sri Lanka, Afghanistan and China whose names are in
 * no gazetteer; SURNAME Firstname order; names written without their diacritics or hyphens; handles and links without
 * a scheme; phones of foreign plans with extensions; addresses abroad and Danish ones without a postal code; birth
 * dates and ages in many spellings (also in words); special categories said indirectly; and beside them what must stay
 * (periods of years, versions, course codes, ISBNs, employers' postcodes). The people are invented.
 *
 * <pre>java -cp … dk.rekrut.redaction.corpus.RedTeamDocuments redaction/corpus/handmade/rred2</pre>
 */
public final class RedTeamDocuments {

    private static final String NOTE = "hand-made (rred2): red-team documents unlike the rest of the corpus";

    private RedTeamDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/rred2");
        IdentifierDocuments.writeAll(documents(), dir, new Random(20261207L), NOTE);
    }

    private static Known form(String name, String email, String phone, String birthDate) {
        return new Known(name, email, phone, null, null, null, birthDate, null);
    }

    private static final Known NONE = new Known(null, null, null, null, null, null, null, null);

    static List<Hand> documents() {
        List<Hand> out = new ArrayList<>();

        // 1. Greenlandic nurse, Danish CV, word-processor PDF: Greenland phone, Nuuk address, date with a month name.
        var h = new Hand("rr01-da-cv", "da", "cv", "pdf-word", form("Ivalo Qujaukitsoq", null, "+299 521487", "1991-03-14"),
            "non-danish");
        h.doc.header = "Ivalo Qujaukitsoq – CV";
        h.h("Ivalo Qujaukitsoq")
            .p("Sygeplejerske · Mobil +299 52 14 87\nAqqusinersuaq 14, 3900 Nuuk")
            .row("Født", "14. marts 1991")
            .row("Alder", "toogtredive år")
            .h("Erhvervserfaring")
            .b("2015–2019 Sygeplejerske, Dronning Ingrids Hospital, Nuuk")
            .b("2019–2024 Afdelingssygeplejerske, Regionshospitalet Randers, Skovlyvej 15, 8930 Randers NØ")
            .b("I 2022 var jeg sygemeldt i tre måneder på grund af stress og vendte tilbage på fuld tid.")
            .h("Faglige netværk")
            .p("Medlem af Dansk Sygeplejeråd siden 2015. Har skrevet kapitel 4 i Klinisk sygepleje (ISBN 978-87-628-1234-5).")
            .known("NAME", "Ivalo Qujaukitsoq").known("PHONE", "+299 52 14 87").known("ADDRESS", "Aqqusinersuaq 14, 3900 Nuuk")
            .known("BIRTH_DATE", "14. marts 1991").known("AGE", "toogtredive år")
            .known("HEALTH", "sygemeldt i tre måneder på grund af stress").known("TRADE_UNION", "Medlem af Dansk Sygeplejeråd");
        out.add(h);

        // 2. Somali analyst, English CV in two columns: SURNAME Firstname in the sidebar, links without a scheme.
        h = new Hand("rr02-en-cv", "en", "cv", "pdf-columns", form("Hodan Warsame Jama", "hodanw91@gmail.com", null, "1991-11-03"),
            "non-danish");
        h.side("WARSAME Hodan")
            .side("hodanw91@gmail.com\nlinkedin.com/in/hodan-warsame-91\ngithub.com/hwarsame91")
            .side("DOB: 03/11/1991")
            .h("Profile")
            .p("Data analyst with six years in public health statistics, fluent in SQL and R.")
            .h("Experience")
            .b("2019–2025 Data Analyst, Statens Serum Institut, Artillerivej 5, 2300 København S")
            .b("2016–2019 Research Assistant, Benadir University, Mogadishu")
            .h("Languages")
            .p("Somali – native; English – C2; Danish – B2 (PD3)")
            .known("NAME", "WARSAME Hodan").known("EMAIL", "hodanw91@gmail.com")
            .known("URL", "linkedin.com/in/hodan-warsame-91", "github.com/hwarsame91").known("BIRTH_DATE", "03/11/1991")
            .known("LANGUAGE_LEVEL", "native");
        out.add(h);

        // 3. Vietnamese-Danish pharmacist, Danish letter (DOCX): the form has diacritics, the letter none; address in a sentence.
        h = new Hand("rr03-da-letter", "da", "letter", "docx", form("Trần Thị Bích Ngọc", "bichngoc.tran@live.dk", null, null),
            "non-danish");
        h.p("Ansøgning om stilling som farmaceut")
            .p("Kære Apoteker Lund\nJeg søger stillingen som farmaceut på Silkeborg Apotek. Jeg bor på Vestergade 41 i Silkeborg "
                + "og kan starte 1. marts. Jeg er niogtyve år og uddannet cand.pharm. fra Københavns Universitet i 2021.")
            .p("Ved siden af arbejdet er jeg aktiv i Venstres Ungdom, hvor jeg sidder i bestyrelsen for lokalafdelingen.")
            .p("Med venlig hilsen\nTran Thi Bich Ngoc\nbichngoc.tran@live.dk")
            .known("NAME", "Tran Thi Bich Ngoc").known("ADDRESS", "Vestergade 41").known("AGE", "niogtyve år")
            .known("EMAIL", "bichngoc.tran@live.dk").known("POLITICS", "aktiv i Venstres Ungdom")
            .name("other", "danish", true, "Lund");
        out.add(h);

        // 4. Tamil engineer, English letter (ODT): extension, birth date with an ordinal, initial and surname signature.
        h = new Hand("rr04-en-letter", "en", "letter", "odt",
            form("Kavitha Sivasubramaniam", "kavi.siva86@yahoo.co.in", "+91 44 2434 5678", "1986-08-07"), "non-danish");
        h.p("Kavitha Sivasubramaniam\nPhone: +91 44 2434 5678 ext. 212 · kavi.siva86@yahoo.co.in")
            .p("Dear Hiring Manager,\nI was born on the 7th of August, 1986 in Chennai and have worked for twelve years with "
                + "embedded software for rail signalling (EN 50128, SIL 4). My husband and our two daughters will move to "
                + "Aarhus with me in the spring.")
            .p("Warm regards,\nK. Sivasubramaniam")
            .known("NAME", "Kavitha Sivasubramaniam", "K. Sivasubramaniam").known("PHONE", "+91 44 2434 5678 ext. 212")
            .known("EMAIL", "kavi.siva86@yahoo.co.in").known("BIRTH_DATE", "7th of August, 1986")
            .known("FAMILY", "My husband", "our two daughters");
        out.add(h);

        // 5. Ukrainian accountant, Danish CV as a table: Roman-numeral month, Ukrainian phone and address.
        h = new Hand("rr05-da-cv", "da", "cv", "pdf-table", form("Oksana Hrytsenko", null, "+45 52 61 48 90", "1987-06-21"),
            "non-danish");
        h.row("Navn", "HRYTSENKO Oksana")
            .row("Fødselsdato", "21.VI.1987")
            .row("Telefon", "52 61 48 90 / +380 (57) 700-12-34")
            .row("Adresse", "Nørrebrogade 110, 4. tv.")
            .row("Tidligere adresse", "vul. Sumska 25, kv. 8, Kharkiv 61022")
            .row("Modersmål", "ukrainsk og russisk")
            .row("Erfaring", "2014 – 2022 Revisor, Baker Tilly Ukraine; 2022 – 2025 Bogholder, BDO, Havneholmen 29, 1561 København V")
            .known("NAME", "HRYTSENKO Oksana").known("BIRTH_DATE", "21.VI.1987").known("PHONE", "52 61 48 90")
            .other("PHONE", "+380 (57) 700-12-34").known("ADDRESS", "Nørrebrogade 110, 4. tv.", "vul. Sumska 25, kv. 8, Kharkiv 61022")
            .known("LANGUAGE_LEVEL", "Modersmål");
        out.add(h);

        // 6. Faroese engineer, English CV (web-like PDF): personal domain without a scheme, Faroese phone and address, traps.
        h = new Hand("rr06-en-cv", "en", "cv", "pdf-web", form("Eyðun Sjúrðarson", "eydun@sjurdarson.fo", "+298 214567", null),
            "non-danish");
        h.h("Eyðun Sjúrðarson")
            .p("eydun@sjurdarson.fo · sjurdarson.fo · +298 21 45 67\nNiels Finsens gøta 9, FO-100 Tórshavn")
            .h("Experience")
            .b("2018–2025 Software Engineer, Vónin, Fuglafjørður: PLC firmware 2.4.1 to 3.0.0")
            .b("2014–2018 Teaching Assistant, course 02450 Introduction to Machine Learning, DTU")
            .h("Publications")
            .b("Co-author of a chapter in Pattern Recognition (ISBN 978-0-262-03384-8), 2nd edition 2017")
            .known("NAME", "Eyðun Sjúrðarson").known("EMAIL", "eydun@sjurdarson.fo").known("URL", "sjurdarson.fo")
            .known("PHONE", "+298 21 45 67").known("ADDRESS", "Niels Finsens gøta 9, FO-100 Tórshavn");
        out.add(h);

        // 7. Danish teacher, Danish letter (word PDF): name with hyphens and ø written without them, age in words.
        h = new Hand("rr07-da-letter", "da", "letter", "pdf-word",
            form("Anne-Sofie Bøgh-Ravnsbæk", "annesofie.ravnsbaek@live.dk", "22 81 47 90", null), "danish");
        h.doc.footer = "Anne Sofie Bogh Ravnsbaek · 22 81 47 90";
        h.p("Ansøgning: Lærer i udskolingen")
            .p("Kære skoleleder\nJeg er toogfyrre år og har undervist i dansk og historie siden 2009. Jeg er frivillig i "
                + "LGBT+ Danmark, hvor jeg holder oplæg for skoleklasser.")
            .p("Venlig hilsen\nAnne Sofie Bogh Ravnsbaek\nannesofie.ravnsbaek@live.dk")
            .known("NAME", "Anne Sofie Bogh Ravnsbaek").known("PHONE", "22 81 47 90").known("AGE", "toogfyrre år")
            .known("EMAIL", "annesofie.ravnsbaek@live.dk").known("SEXUALITY", "frivillig i LGBT+ Danmark");
        out.add(h);

        // 8. Eritrean social worker, English CV (DOCX): initials and surname in the header, Swedish phone and address.
        h = new Hand("rr08-en-cv", "en", "cv", "docx", form("Selamawit Ghebreyesus", "selamawit.ghebreyesus@outlook.com", null, null),
            "non-danish");
        h.doc.header = "S. GHEBREYESUS – Curriculum Vitae";
        h.doc.footer = "selamawit.ghebreyesus@outlook.com | +46 (0)8-123 456 70";
        h.h("Profile")
            .p("Social worker (socionom) with eight years in refugee reception in Stockholm and Malmö.")
            .row("Address", "Kungsgatan 12, 111 43 Stockholm")
            .row("Born", "12 Sept. 1990")
            .row("Languages", "Tigrinya – mother tongue, Swedish – fluent, English – fluent")
            .h("Experience")
            .b("2017–2025 Socialsekreterare, Stockholms stad, Hantverkargatan 3, 112 21 Stockholm")
            .b("I have type 1 diabetes, which has never kept me from shift work.")
            .known("NAME", "S. GHEBREYESUS").known("EMAIL", "selamawit.ghebreyesus@outlook.com")
            .known("PHONE", "+46 (0)8-123 456 70").known("ADDRESS", "Kungsgatan 12, 111 43 Stockholm")
            .known("BIRTH_DATE", "12 Sept. 1990").known("LANGUAGE_LEVEL", "mother tongue")
            .known("HEALTH", "have type 1 diabetes");
        out.add(h);

        // 9. Pakistani-Danish consultant, Danish CV (ODT): short birth date, religion in the personal section, HK as employer.
        h = new Hand("rr09-da-cv", "da", "cv", "odt", form("Zainab Chaudhry", "zainab.ch88@gmail.com", "+45 31 70 22 58", "1988-02-02"),
            "non-danish");
        h.h("Zainab Chaudhry")
            .p("f. 2/2-88 · zainab.ch88@gmail.com · +45 31 70 22 58")
            .h("Erhvervserfaring")
            .b("2019– Konsulent, HK Danmark, Weidekampsgade 8, 2300 København S")
            .b("2013–2019 Kundeservice, Telenor")
            .h("Personligt")
            .p("Troende muslim, gift og mor til to. Jeg er 36 år og bor i Ishøj.")
            .known("NAME", "Zainab Chaudhry").known("BIRTH_DATE", "f. 2/2-88").known("EMAIL", "zainab.ch88@gmail.com")
            .known("PHONE", "+45 31 70 22 58").known("RELIGION", "Troende muslim").known("FAMILY", "gift", "mor til to")
            .known("AGE", "36 år");
        out.add(h);

        // 10. Korean designer, English letter (text): portfolio domain and Behance handle, Korean phone and address.
        h = new Hand("rr10-en-letter", "en", "letter", "txt", form("Baek Seo-yeon", "seoyeon.baek@naver.com", null, null),
            "non-danish");
        h.p("BAEK Seo-yeon\nTeheran-ro 152, Gangnam-gu, Seoul 06236\n+82 (0)10-9876-5432 · seoyeon.baek@naver.com\n"
                + "Portfolio: seoyeonbaek.com · behance.net/syeonbaek")
            .p("Dear Ms. Holt,\nI am a product designer with seven years at Kakao and Naver, where I led the redesign of the "
                + "map app (version 5.2) used by 20 million people. I was born in Busan in 1994 and moved to Copenhagen last year.")
            .p("Best regards,\nSeo-yeon")
            .known("NAME", "BAEK Seo-yeon", "Seo-yeon").known("ADDRESS", "Teheran-ro 152, Gangnam-gu, Seoul 06236")
            .known("PHONE", "+82 (0)10-9876-5432").known("EMAIL", "seoyeon.baek@naver.com")
            .known("URL", "seoyeonbaek.com", "behance.net/syeonbaek").known("BIRTH_DATE", "born in Busan in 1994")
            .name("other", "danish", true, "Holt").other("GENDER", "Ms.");
        out.add(h);

        // 11. Somali-Danish warehouse worker, Danish letter in two columns: Somali spelling, sick leave, union membership.
        h = new Hand("rr11-da-letter", "da", "letter", "pdf-columns", NONE, "non-danish");
        h.side("Abdirahman Xasan Cabdi\nTlf. 20 11 33 44\nxasan.cabdi@gmail.com")
            .p("Ansøgning som lagermedarbejder")
            .p("Hej Mette\nJeg er 41 år og har kørt truck i 14 år, senest hos Salling Group i Hasselager (2011–2025). Jeg var "
                + "langtidssygemeldt med en diskusprolaps i 2020, men er i dag fuldt rask. Jeg er medlem af 3F og har været "
                + "tillidsrepræsentant i fire år.")
            .p("Mvh\nAbdirahman Xasan Cabdi")
            .known("NAME", "Abdirahman Xasan Cabdi").known("PHONE", "20 11 33 44").known("EMAIL", "xasan.cabdi@gmail.com")
            .known("AGE", "41 år").known("HEALTH", "langtidssygemeldt med en diskusprolaps").known("TRADE_UNION", "medlem af 3F")
            .name("other", "danish", true, "Mette");
        out.add(h);

        // 12. Polish developer, English CV (web-like PDF): form with diacritics, CV without; handles with digits, extension.
        h = new Hand("rr12-en-cv", "en", "cv", "pdf-web",
            form("Łukasz Wróblewski", "l.wroblewski1985@o2.pl", "+48 22 123 45 67", "1985-03-03"), "non-danish");
        h.h("Lukasz Wroblewski")
            .p("Senior Java Developer\n+48 22 123 45 67 ext. 89 · l.wroblewski1985@o2.pl · github.com/lwroblewski85\n"
                + "ul. Dluga 4/6, 80-827 Gdansk")
            .row("Date of birth", "3rd of March 1985")
            .h("Experience")
            .b("2016–2025 Senior Developer, Netcompany, Grønningen 17, 1270 København K: Java 17, Spring Boot 3.2.1")
            .b("2010–2016 Developer, Asseco Poland; AWS certification SAA-C03")
            .known("NAME", "Lukasz Wroblewski").known("PHONE", "+48 22 123 45 67 ext. 89").known("EMAIL", "l.wroblewski1985@o2.pl")
            .known("URL", "github.com/lwroblewski85").known("ADDRESS", "ul. Dluga 4/6, 80-827 Gdansk")
            .known("BIRTH_DATE", "3rd of March 1985");
        out.add(h);

        // 13. Danish engineer, Danish CV (DOCX): initials-only signature of the known name, MS patient society.
        h = new Hand("rr13-da-cv", "da", "cv", "docx", form("Kasper Vinther Skovgaard", "kvs@skovgaard-ing.dk", "40 55 12 98", null),
            "danish");
        h.doc.header = "CV · KVS";
        h.h("Kasper Vinther Skovgaard")
            .p("Civilingeniør · kvs@skovgaard-ing.dk · skovgaard-ing.dk · 40 55 12 98")
            .h("Erfaring")
            .b("2012–2025 Projektingeniør, COWI, Parallelvej 2, 2800 Kongens Lyngby")
            .h("Frivilligt arbejde")
            .b("Bestyrelsesmedlem i Scleroseforeningens lokalafdeling efter min egen diagnose i 2018")
            .p("Opdateret marts 2025 /KVS")
            .known("NAME", "Kasper Vinther Skovgaard", "KVS").known("EMAIL", "kvs@skovgaard-ing.dk").known("URL", "skovgaard-ing.dk")
            .known("PHONE", "40 55 12 98").known("HEALTH", "Scleroseforeningens", "min egen diagnose");
        out.add(h);

        // 14. Filipino nurse, English letter (word PDF): a short given name, US-style date, parish choir, Philippine address.
        h = new Hand("rr14-en-letter", "en", "letter", "pdf-word",
            form("Maria Luzviminda Dimaculangan", "luz.dimaculangan@yahoo.com", "+63 917 123 4567", "1992-12-25"), "non-danish");
        h.p("Luz Dimaculangan\nBlk 5 Lot 12, Brgy. San Isidro, Quezon City 1100\n+63 917 123 4567 · luz.dimaculangan@yahoo.com")
            .p("Dear Sir or Madam,\nI am a registered nurse (birthday: Dec. 25, 1992) with nine years in intensive care at "
                + "St. Luke's Medical Center. Outside work I sing in the choir of my Catholic parish every Sunday.")
            .p("Sincerely,\nLuz")
            .known("NAME", "Luz Dimaculangan", "Luz").known("ADDRESS", "Blk 5 Lot 12, Brgy. San Isidro, Quezon City 1100")
            .known("PHONE", "+63 917 123 4567").known("EMAIL", "luz.dimaculangan@yahoo.com").known("BIRTH_DATE", "Dec. 25, 1992")
            .known("RELIGION", "Catholic parish");
        out.add(h);

        // 15. Greenlandic-Danish planner, Danish letter (text): Danish address without postcode, age in words, politics.
        h = new Hand("rr15-da-letter", "da", "letter", "txt", NONE, "non-danish");
        h.p("Pipaluk Tuugaalik-Lynge\nKongevejen 233, Virum\nMobil 61 48 22 07")
            .p("Kære ansættelsesudvalg\nJeg er syvogfyrre år og har arbejdet med lokalplaner i Lyngby-Taarbæk Kommune siden 2012. "
                + "Fra 2015 til 2020 var jeg konsulent i FOA. Jeg har siddet i kommunalbestyrelsen for Socialistisk Folkeparti "
                + "og er ordblind, hvilket min arbejdsgiver har hjulpet mig godt med.")
            .p("Med venlig hilsen\nPipaluk")
            .known("NAME", "Pipaluk Tuugaalik-Lynge", "Pipaluk").known("ADDRESS", "Kongevejen 233, Virum")
            .known("PHONE", "61 48 22 07").known("AGE", "syvogfyrre år")
            .known("POLITICS", "kommunalbestyrelsen for Socialistisk Folkeparti").known("HEALTH", "ordblind");
        out.add(h);

        // 16. Iranian chemist, English CV (ODT): year/month/day date, Instagram handle, patient society, native Persian.
        h = new Hand("rr16-en-cv", "en", "cv", "odt", form("Parisa Ghorbanzadeh", "parisa.ghz@gmail.com", null, "1988-07-15"),
            "non-danish");
        h.h("Parisa Ghorbanzadeh")
            .p("D.O.B.: 1988/07/15 · parisa.ghz@gmail.com · Instagram @parisa.ghorbanzadeh\nTehran: +98 21 8877 6655")
            .h("Experience")
            .b("2017–2025 Analytical Chemist, Novonesis, Krogshøjvej 36, 2880 Bagsværd (HPLC, Empower 3)")
            .h("Volunteering")
            .b("Volunteer at the Danish Multiple Sclerosis Society since my diagnosis in 2019")
            .h("Languages")
            .p("Persian (Farsi): native · English: C1 · Danish: B1")
            .known("NAME", "Parisa Ghorbanzadeh").known("BIRTH_DATE", "1988/07/15").known("EMAIL", "parisa.ghz@gmail.com")
            .known("URL", "@parisa.ghorbanzadeh").known("PHONE", "+98 21 8877 6655")
            .known("HEALTH", "Multiple Sclerosis Society", "my diagnosis").known("LANGUAGE_LEVEL", "native");
        out.add(h);

        // 17. Turkish-Danish electrician, Danish CV as a table: surname first in capitals, date with a capital month.
        h = new Hand("rr17-da-cv", "da", "cv", "pdf-table", form("Emre Yıldırım", "emre_yildirim96@hotmail.com", "31 22 44 66", "1996-06-04"),
            "non-danish");
        h.row("Navn", "YILDIRIM Emre")
            .row("Født", "4. Juni, 1996")
            .row("Telefon", "0045 31 22 44 66")
            .row("E-mail", "emre_yildirim96@hotmail.com")
            .row("LinkedIn", "linkedin.com/in/emreyildirim96")
            .row("Arbejdsgiver", "Vestas Wind Systems, Hedeager 42, 8200 Aarhus N")
            .row("Kørekort", "B og C")
            .known("NAME", "YILDIRIM Emre").known("BIRTH_DATE", "4. Juni, 1996").known("PHONE", "0045 31 22 44 66")
            .known("EMAIL", "emre_yildirim96@hotmail.com").known("URL", "linkedin.com/in/emreyildirim96");
        out.add(h);

        // 18. Sri Lankan accountant, English letter (DOCX): age in words, same-sex partner said in brackets.
        h = new Hand("rr18-en-letter", "en", "letter", "docx", form("Dilrukshi Wickramasinghe", "dilrukshi.w@gmail.com", null, null),
            "non-danish");
        h.doc.footer = "Dilrukshi Wickramasinghe · dilrukshi.w@gmail.com";
        h.p("Dear Mr Kjeldsen,\nI am thirty-four years old and a chartered accountant (CIMA) with ten years in audit at "
                + "KPMG Colombo. My partner and I (two women) moved to Aarhus in 2024.")
            .p("Kind regards,\nDilrukshi Wickramasinghe")
            .known("NAME", "Dilrukshi Wickramasinghe").known("EMAIL", "dilrukshi.w@gmail.com")
            .known("AGE", "thirty-four years old").known("SEXUALITY", "(two women)")
            .name("other", "danish", true, "Kjeldsen").other("GENDER", "Mr");
        out.add(h);

        // 19. Afghan-Danish mechanic, Danish CV in two columns: birth year and place, native languages, party membership.
        h = new Hand("rr19-da-cv", "da", "cv", "pdf-columns", form("Mohammad Nasir Stanikzai", null, "50 12 87 34", null),
            "non-danish");
        h.side("Nasir Stanikzai\nTlf. 50 12 87 34\nnasir.stanikzai90@gmail.com")
            .side("Født 1990 i Kabul")
            .side("Modersmål: dari og pashto")
            .h("Erhvervserfaring")
            .b("2016–2025 Mekaniker, Scania Danmark, Industrivej 10, 2605 Brøndby")
            .h("Kurser")
            .b("Kursuskode 02101, AMU-kursus 40123 (2019)")
            .h("Andet")
            .p("Medlem af Socialdemokratiet og kasserer i den lokale forening.")
            .known("NAME", "Nasir Stanikzai").known("PHONE", "50 12 87 34").known("EMAIL", "nasir.stanikzai90@gmail.com")
            .known("BIRTH_DATE", "Født 1990").known("LANGUAGE_LEVEL", "Modersmål")
            .known("POLITICS", "Medlem af Socialdemokratiet");
        out.add(h);

        // 20. Chinese economist, English CV (word PDF): SURNAME Given (Western name), WeChat ID, Beijing address, extension.
        h = new Hand("rr20-en-cv", "en", "cv", "pdf-word", form("Xiaoyu Zhang", "sophie.zhang.xy@qq.com", null, null), "non-danish");
        h.doc.header = "ZHANG Xiaoyu (Sophie) · Résumé";
        h.h("ZHANG Xiaoyu (Sophie)")
            .p("sophie.zhang.xy@qq.com · WeChat: zxy_sophie1993 · +86 (10) 6552 3344 ext. 801\n"
                + "Room 1203, Building 5, No. 88 Jianguo Road, Chaoyang District, Beijing 100022")
            .row("Born", "May 1993")
            .h("Experience")
            .b("2018–2025 Economist, People's Bank of China, Research Bureau")
            .b("2015–2018 Analyst, CICC; Stata 17, EViews 12")
            .known("NAME", "ZHANG Xiaoyu", "Sophie").known("EMAIL", "sophie.zhang.xy@qq.com").known("URL", "zxy_sophie1993")
            .known("PHONE", "+86 (10) 6552 3344 ext. 801")
            .known("ADDRESS", "Room 1203, Building 5, No. 88 Jianguo Road, Chaoyang District, Beijing 100022")
            .known("BIRTH_DATE", "May 1993");
        out.add(h);
        return out;
    }
}
