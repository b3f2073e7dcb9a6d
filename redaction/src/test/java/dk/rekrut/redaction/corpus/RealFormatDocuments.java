package dk.rekrut.redaction.corpus;

import dk.rekrut.redaction.corpus.IdentifierDocuments.Hand;
import dk.rekrut.redaction.corpus.IdentifierDocuments.Known;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes redaction/corpus/handmade/rred3/: 20 CVs and letters written as applicants write them (issue 17, third
 * red-team round), before the detectors were read: LaTeX moderncv-like (given name and surname on two lines, a contact
 * line of icons), Awesome-CV-like (name in capitals, pipes), Canva-like two columns with an icon before every contact
 * line, Google-Docs-like (name, then one line of pipes), Word-like DOCX with header, footer, text box and a table of
 * personal details, ODT and plain-text cover letters. Icelandic, Yoruba, Tamil, Vietnamese, Arabic, Malaysian,
 * Polish, Eritrean, Spanish, Dutch and Turkish names, particles (van der, al-, bin, bint, de la), double surnames;
 * the form's name in another order or spelling than the document's; referees and emergency contacts (other people,
 * redacted as well); nationality and work permits; special categories said directly and indirectly. The people are
 * invented.
 *
 * <pre>java -cp … dk.rekrut.redaction.corpus.RealFormatDocuments redaction/corpus/handmade/rred3</pre>
 */
public final class RealFormatDocuments {

    private static final String NOTE = "hand-made (rred3): real-format red-team documents, written before the detectors were read";

    private RealFormatDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/rred3");
        IdentifierDocuments.writeAll(documents(), dir, new Random(20261208L), NOTE);
    }

    static Known form(String name, String email, String phone, String address, String postalCode, String town,
                              String birthDate) {
        return new Known(name, email, phone, address, postalCode, town, birthDate, null);
    }

    private static final Known NONE = new Known(null, null, null, null, null, null, null, null);

    static List<Hand> documents() {
        return List.of(moderncvIcelandic(), awesomeYoruba(), canvaDanish(), googleDocsVietnamese(),
            wordTamil(), odtPolish(), txtArabic(), tableDutch(),
            wordLetterSaudi(), canvaMalaysian(), docxSpanish(), googleDocsVietnameseEn(),
            txtIcelandic(), tableTamilBiodata(), docxPolishDeveloper(), odtEgyptian(),
            wordDanishMiddleInitial(), canvaEritrean(), googleDocsHyphenated(), txtTurkishNoForm());
    }

    // 1. moderncv-like (LaTeX, Word-like PDF): given name and surname on two lines, an icon contact line, referees.
    private static Hand moderncvIcelandic() {
        var h = new Hand("r3-01-en-cv", "en", "cv", "pdf-word",
            form("Þórhildur Guðmundsdóttir", "thorhildur.gudmunds@gmail.com", "+354 862 1234", null, null, null, "1991-05-12"),
            "non-danish");
        h.doc.photo = true;
        h.h("Þórhildur\nGuðmundsdóttir")
            .p("Marine Biologist")
            .p("☎ +354 862 1234 • ✉ thorhildur.gudmunds@gmail.com • ⌂ thorhildurg.is\nBorn 12th May 1991 in Akureyri, Iceland")
            .h("Education")
            .b("2013–2015 MSc Marine Ecology, University of Iceland, Sæmundargötu 2, 102 Reykjavík")
            .h("Experience")
            .b("2015–2025 Research scientist, Marine and Freshwater Research Institute; R 4.3, QGIS 3.28")
            .h("Languages")
            .p("Icelandic: mother tongue · English: fluent (C1) · Danish: good (B2)")
            .h("Referees")
            .p("Dr. Sigríður Jónsdóttir, University of Iceland, sigjons@hi.is, +354 525 4000")
            .known("NAME", "Þórhildur", "Guðmundsdóttir").known("PHONE", "+354 862 1234")
            .known("EMAIL", "thorhildur.gudmunds@gmail.com").known("URL", "thorhildurg.is")
            .known("BIRTH_DATE", "12th May 1991").known("LANGUAGE_LEVEL", "mother tongue")
            .name("other", "non-danish", false, "Sigríður Jónsdóttir").other("EMAIL", "sigjons@hi.is").other("PHONE", "+354 525 4000");
        return h;
    }

    // 2. Awesome-CV-like (web PDF): NAME in capitals, pipes, handles, UK address, DOB with a month abbreviation, church.
    private static Hand awesomeYoruba() {
        var h = new Hand("r3-02-en-cv", "en", "cv", "pdf-web",
            form("Adewale Oluwaseun Bakare", "a.bakare@proton.me", "+44 7700 900123", "Flat 3, 27 Peckham Road", "SE5 8UH", "London",
                "1988-02-03"), "non-danish");
        h.h("ADEWALE BAKARE")
            .p("Senior Site Reliability Engineer\n✉ a.bakare@proton.me | ☎ (+44) 7700 900123 | github.com/wale-bakare | in/adewale-bakare\n"
                + "Flat 3, 27 Peckham Road, London SE5 8UH")
            .row("Date of Birth", "03-Feb-1988")
            .row("Nationality", "British / Nigerian")
            .h("Experience")
            .b("Mar 2019 – Present  SRE Lead, Monzo Bank, London: Kubernetes 1.29, Terraform 1.7, on-call for 4.5M customers")
            .b("Jun 2014 – Feb 2019  Systems Engineer, Interswitch, Lagos")
            .h("Community")
            .b("Youth leader at RCCG Jesus House, Brent Cross, every second weekend")
            .h("Languages")
            .p("Yoruba (native), English (bilingual), Danish (beginner, module 2)")
            .known("NAME", "ADEWALE BAKARE").known("EMAIL", "a.bakare@proton.me").known("PHONE", "(+44) 7700 900123")
            .known("URL", "github.com/wale-bakare", "in/adewale-bakare").known("ADDRESS", "Flat 3, 27 Peckham Road, London SE5 8UH")
            .known("BIRTH_DATE", "03-Feb-1988").known("ORIGIN", "British / Nigerian")
            .known("RELIGION", "RCCG Jesus House").known("LANGUAGE_LEVEL", "native");
        return h;
    }

    // 3. Canva-like two columns (Danish CV): icons before each contact line, photo, family, ADHD, magister union.
    private static Hand canvaDanish() {
        var h = new Hand("r3-03-da-cv", "da", "cv", "pdf-columns",
            form("Signe Brøndum Kjær", "signe.b.kjaer@gmail.com", "28145793", "Hobrovej 212", "9200", "Aalborg SV", "1993-09-04"),
            "danish");
        h.doc.photo = true;
        h.side("SIGNE BRØNDUM KJÆR\nKommunikationsrådgiver")
            .side("✆ 28 14 57 93\n✉ signe.b.kjaer@gmail.com\n⌂ Hobrovej 212, 9200 Aalborg SV\n♥ Gift, 2 børn\n✱ Født 4/9-1993")
            .side("KØREKORT\nB")
            .h("PROFIL")
            .p("Jeg har ADHD, som jeg har lært at bruge som en styrke: jeg får mange idéer og kan holde mange bolde i luften.")
            .h("ERFARING")
            .b("08/2019 – 12/2025 Kommunikationsrådgiver, Aalborg Universitet, Fredrik Bajers Vej 7K, 9220 Aalborg Ø")
            .b("01/2016 – 07/2019 Webredaktør, Nordjyske Medier (Umbraco 8, Google Analytics 4)")
            .h("ANDET")
            .p("Medlem af Dansk Magisterforening og af bestyrelsen i min grundejerforening.")
            .known("NAME", "SIGNE BRØNDUM KJÆR").known("PHONE", "28 14 57 93").known("EMAIL", "signe.b.kjaer@gmail.com")
            .known("ADDRESS", "Hobrovej 212, 9200 Aalborg SV").known("FAMILY", "Gift, 2 børn").known("BIRTH_DATE", "Født 4/9-1993")
            .known("HEALTH", "har ADHD").known("TRADE_UNION", "Medlem af Dansk Magisterforening");
        return h;
    }

    // 4. Google-Docs-like Danish letter: Vietnamese name in its own order with diacritics, the form in Western order.
    private static Hand googleDocsVietnamese() {
        var h = new Hand("r3-04-da-letter", "da", "letter", "pdf-web",
            form("Hung Van Nguyen", "hung.nguyen.dk@gmail.com", "53701124", null, null, "Aarhus", null), "non-danish");
        h.h("Nguyễn Văn Hùng")
            .p("Maskinmester | 53 70 11 24 | hung.nguyen.dk@gmail.com | Aarhus")
            .p("Ansøgning: Driftsleder, Aarhus Vand")
            .p("Kære Pernille Dahl\nJeg er 29 år gammel og kom til Danmark som 12-årig, da mine forældre flyttede fra Hải Phòng. "
                + "Siden 2019 har jeg været maskinmester på Marselisborg Renseanlæg, hvor jeg har ansvaret for SRO-anlægget "
                + "(Siemens WinCC 7.5). Jeg er organiseret i Dansk Metal og var med til at forhandle vores lokalaftale i 2023.")
            .p("Jeg glæder mig til at høre fra dig.\n\nVenlig hilsen\nHùng")
            .known("NAME", "Nguyễn Văn Hùng", "Hùng").known("PHONE", "53 70 11 24").known("EMAIL", "hung.nguyen.dk@gmail.com")
            .known("AGE", "29 år gammel", "12-årig").known("ORIGIN", "forældre flyttede fra Hải Phòng")
            .known("TRADE_UNION", "organiseret i Dansk Metal")
            .name("other", "danish", true, "Pernille Dahl");
        return h;
    }

    // 5. Word DOCX (English): header and footer with initials, contact in a text box, a table of personal details.
    private static Hand wordTamil() {
        var h = new Hand("r3-05-en-cv", "en", "cv", "docx",
            form("Aravind Ramachandran Pillai", "aravind.rpillai@gmail.com", "+45 71 23 45 67", null, null, null, "1990-08-14"),
            "non-danish");
        h.doc.header = "Aravind R. Pillai | Curriculum Vitae";
        h.doc.footer = "A. R. Pillai – page 1 of 2";
        h.side("\uF095 +91 98450 12345 / +45 71 23 45 67\n\uF0E0 aravind.rpillai@gmail.com\n\uF08C linkedin.com/in/aravindrpillai")
            .h("PERSONAL DETAILS")
            .row("Date of Birth", "14.08.1990")
            .row("Marital Status", "Married, one son")
            .row("Nationality", "Indian")
            .row("Work permit", "Danish Positive List residence permit, valid until 08/2027")
            .row("Passport No.", "Z4821937")
            .h("EXPERIENCE")
            .b("2016 – 2025  Lead Structural Engineer, Larsen & Toubro, Mount Poonamallee Road, Manapakkam, Chennai 600089")
            .b("2012 – 2016  Structural Engineer, AECOM India; STAAD.Pro V8i, ETABS 2019")
            .h("REFERENCES")
            .p("Prof. K. Venkatesan, IIT Madras, venkat.k@iitm.ac.in, +91 44 2257 4001")
            .known("NAME", "Aravind R. Pillai", "A. R. Pillai").known("PHONE", "+91 98450 12345", "+45 71 23 45 67")
            .known("EMAIL", "aravind.rpillai@gmail.com").known("URL", "linkedin.com/in/aravindrpillai")
            .known("BIRTH_DATE", "14.08.1990").known("FAMILY", "Married, one son").known("ORIGIN", "Indian")
            .known("ID_NUMBER", "Z4821937")
            .name("other", "non-danish", false, "K. Venkatesan").other("EMAIL", "venkat.k@iitm.ac.in").other("PHONE", "+91 44 2257 4001");
        return h;
    }

    // 6. ODT Danish CV: Polish double surname with diacritics, a nickname, birth place, church council, Polish native.
    private static Hand odtPolish() {
        var h = new Hand("r3-06-da-cv", "da", "cv", "odt",
            form("Małgorzata Wójcik-Nowakowska", "gosia.wojcik@wp.pl", "+45 60 71 82 93", "Østerbrogade 86, 3. th.", "2100",
                "København Ø", "1986-11-17"), "non-danish");
        h.h("Małgorzata (Gosia) Wójcik-Nowakowska")
            .p("Laborant\nØsterbrogade 86, 3. th., 2100 København Ø · +45 60 71 82 93 · gosia.wojcik@wp.pl")
            .h("Personlige oplysninger")
            .p("Født: 17.11.1986 i Łódź\nCivilstand: gift, 1 barn (f. 2015)")
            .h("Erhvervserfaring")
            .b("2017–nu Laborant, Rigshospitalet, Klinisk Biokemisk Afdeling, Blegdamsvej 9, 2100 København Ø")
            .b("2010–2017 Laborant, Synlab Polska, Warszawa")
            .h("Sprog")
            .p("Polsk (modersmål), dansk (flydende), engelsk (godt)")
            .h("Fritid")
            .p("Jeg sidder i menighedsrådet i Sankt Andreas Kirke og synger i koret.")
            .known("NAME", "Małgorzata (Gosia) Wójcik-Nowakowska").known("ADDRESS", "Østerbrogade 86, 3. th., 2100 København Ø")
            .known("PHONE", "+45 60 71 82 93").known("EMAIL", "gosia.wojcik@wp.pl").known("BIRTH_DATE", "17.11.1986 i Łódź")
            .known("FAMILY", "gift, 1 barn (f. 2015)").known("LANGUAGE_LEVEL", "modersmål")
            .known("RELIGION", "sidder i menighedsrådet");
        return h;
    }

    // 7. Plain-text Danish letter: al- particle, address on two lines, birth city and year, fasting, former party.
    private static Hand txtArabic() {
        var h = new Hand("r3-07-da-letter", "da", "letter", "txt",
            form("Yousef Al-Hashimi", "yousef.hashimi@outlook.dk", "42918366", "Tagensvej 151, st. tv.", "2200", "København N",
                "1984-04-02"), "non-danish");
        h.p("Yousef al-Hashimi\nTagensvej 151, st. tv.\n2200 København N\nMobil: 0045 42 91 83 66\nyousef.hashimi@outlook.dk")
            .p("København, 3. december 2026")
            .p("Ansøgning om stillingen som tolk og kulturformidler")
            .p("Jeg er født i Bagdad i 1984 og har dansk indfødsret siden 2010. Jeg er far til tre og bor på Nørrebro. "
                + "Jeg faster under ramadanen, men det har aldrig påvirket mit arbejde. Tidligere var jeg aktiv i Enhedslisten, "
                + "men i dag bruger jeg min fritid på at træne et fodboldhold for drenge under 12 år.")
            .p("Reference: Lene Dalsgaard, afdelingsleder i Tolkeservice Hovedstaden, tlf. 23 45 67 89.")
            .p("Med venlig hilsen\n\nYousef")
            .known("NAME", "Yousef al-Hashimi", "Yousef").known("ADDRESS", "Tagensvej 151, st. tv.", "2200 København N")
            .known("PHONE", "0045 42 91 83 66").known("EMAIL", "yousef.hashimi@outlook.dk").known("BIRTH_DATE", "født i Bagdad i 1984")
            .known("ORIGIN", "dansk indfødsret").known("FAMILY", "far til tre").known("RELIGION", "faster under ramadanen")
            .known("POLITICS", "aktiv i Enhedslisten")
            .name("other", "danish", true, "Lene Dalsgaard").other("PHONE", "23 45 67 89");
        return h;
    }

    // 8. Danish CV as a table: a particle surname, a nickname, an address without postal code, a wheelchair.
    private static Hand tableDutch() {
        var h = new Hand("r3-08-da-cv", "da", "cv", "pdf-table",
            form("Johannes van der Berg", "hans.vanderberg@mail.dk", "21 43 65 87", "Kirkestræde 4", "3390", "Hundested", "1979-04-02"),
            "non-danish");
        h.row("Navn", "Johannes (Hans) van der Berg")
            .row("Adresse", "Kirkestræde 4, Hundested")
            .row("Mobil", "21 43 65 87")
            .row("Mail", "hans.vanderberg@mail.dk")
            .row("Fødselsdag", "2. april 1979")
            .row("Statsborgerskab", "Hollandsk (EU-borger)")
            .row("Helbred", "Kørestolsbruger siden en ulykke i 2004; arbejdspladsen skal være tilgængelig.")
            .row("Erfaring", "2008 – 2025 Bogholder, Halsnæs Kommune, Rådhuspladsen 1, 3300 Frederiksværk; e-conomic, Navision 2018")
            .row("Uddannelse", "HD i regnskab, CBS (2006 – 2008)")
            .known("NAME", "Johannes (Hans) van der Berg").known("ADDRESS", "Kirkestræde 4, Hundested").known("PHONE", "21 43 65 87")
            .known("EMAIL", "hans.vanderberg@mail.dk").known("BIRTH_DATE", "2. april 1979").known("ORIGIN", "Hollandsk")
            .known("HEALTH", "Kørestolsbruger");
        return h;
    }

    // 9. Word-like PDF letter (English): bint and Al-, a Saudi address, age and children in one phrase, hijab.
    private static Hand wordLetterSaudi() {
        var h = new Hand("r3-09-en-letter", "en", "letter", "pdf-word",
            form("Fatima Khalid Al-Zahrani", "fatima.alzahrani@hotmail.com", "+966 50 123 4567", null, null, "Riyadh", null),
            "non-danish");
        h.p("Fatima bint Khalid Al-Zahrani\nKing Fahd Road, Al Olaya, Riyadh 12211, Saudi Arabia\n+966 50 123 4567 | fatima.alzahrani@hotmail.com")
            .p("1 December 2026")
            .p("Dear Dr. Mikkelsen,")
            .p("I am writing to apply for the postdoctoral position in pharmacology (ref. 2026-1187). I am a 34-year-old mother "
                + "of two and completed my PhD at King Saud University in 2022. I wear the hijab and have found Danish "
                + "colleagues welcoming during my research stay at SDU in 2024.")
            .p("Yours sincerely,\nFatima Al-Zahrani")
            .known("NAME", "Fatima bint Khalid Al-Zahrani", "Fatima Al-Zahrani")
            .known("ADDRESS", "King Fahd Road, Al Olaya, Riyadh 12211").known("PHONE", "+966 50 123 4567")
            .known("EMAIL", "fatima.alzahrani@hotmail.com").known("AGE", "34-year-old").known("FAMILY", "mother of two")
            .known("RELIGION", "wear the hijab")
            .name("other", "danish", true, "Mikkelsen");
        return h;
    }

    // 10. Canva-like two columns (English): bin, age as a bare number, Pride volunteer, Malay native.
    private static Hand canvaMalaysian() {
        var h = new Hand("r3-10-en-cv", "en", "cv", "pdf-columns",
            form("Ahmad Faiz bin Abdullah", "faiz.abdullah@gmail.com", "+45 52 84 11 09", null, null, "Copenhagen", null),
            "non-danish");
        h.doc.photo = true;
        h.side("AHMAD FAIZ\nBIN ABDULLAH\nUX Researcher")
            .side("✆ +45 52 84 11 09\n✉ faiz.abdullah@gmail.com\n⌂ Amager, Copenhagen\n✎ linkedin.com/in/ahmadfaizabdullah")
            .side("Age: 27\nMalaysian, EU Blue Card")
            .side("LANGUAGES\nMalay – native\nEnglish – C2\nDanish – A2")
            .h("EXPERIENCE")
            .b("2022 – now  UX Researcher, Too Good To Go, Copenhagen (Figma, Maze, Dovetail)")
            .b("2019 – 2022  UX Designer, Grab, Kuala Lumpur")
            .h("VOLUNTEERING")
            .b("Volunteer coordinator at Copenhagen Pride 2023 and 2024")
            .known("NAME", "AHMAD FAIZ", "BIN ABDULLAH").known("PHONE", "+45 52 84 11 09").known("EMAIL", "faiz.abdullah@gmail.com")
            .known("URL", "linkedin.com/in/ahmadfaizabdullah").known("AGE", "Age: 27").known("ORIGIN", "Malaysian")
            .known("LANGUAGE_LEVEL", "native").known("SEXUALITY", "coordinator at Copenhagen Pride");
        return h;
    }

    // 11. DOCX Danish letter: Spanish double surname with de la, footer with the name, family with ages, FOA.
    private static Hand docxSpanish() {
        var h = new Hand("r3-11-da-letter", "da", "letter", "docx",
            form("María José García de la Fuente", "mariajose.garcia@gmail.com", "31 52 74 96", "Skolegade 18, 1. sal", "6700",
                "Esbjerg", null), "non-danish");
        h.doc.footer = "María José García de la Fuente · Skolegade 18, 1. sal · 6700 Esbjerg · 31 52 74 96";
        h.p("Esbjerg, 2. december 2026")
            .p("Ansøgning: Social- og sundhedsassistent, Esbjerg Kommune")
            .p("Kære Birthe\nTak for en god snak i telefonen i går. Jeg er 38, gift med en dansker og mor til to drenge på 5 og 8. "
                + "Jeg har arbejdet i ældreplejen siden 2014 og har været medlem af FOA i ti år. Jeg blev uddannet som SOSU-assistent "
                + "på SOSU Esbjerg i 2016.")
            .p("Med venlig hilsen\nMaría José García")
            .known("NAME", "María José García de la Fuente", "María José García").known("ADDRESS", "Skolegade 18, 1. sal", "6700 Esbjerg")
            .known("PHONE", "31 52 74 96").known("AGE", "Jeg er 38").known("FAMILY", "gift med en dansker", "mor til to drenge", "drenge på 5 og 8")
            .known("TRADE_UNION", "medlem af FOA")
            .name("other", "danish", true, "Birthe");
        return h;
    }

    // 12. Google-Docs-like English CV: a short Western-order form name, a personal domain, a Hanoi line, born, temple.
    private static Hand googleDocsVietnameseEn() {
        var h = new Hand("r3-12-en-cv", "en", "cv", "pdf-web",
            form("Trang Pham", "hello@trangpham.design", "+84 90 123 45 67", null, null, null, "1995-01-20"), "non-danish");
        h.h("Phạm Thị Thu Trang")
            .p("Visual Designer · trangpham.design · hello@trangpham.design · +84 90 123 45 67 · Hanoi, Vietnam")
            .h("About")
            .p("Born 1995 in Hanoi. Moving to Copenhagen in 2027 on the Fast-Track scheme with my employer. I volunteer at the "
                + "Vietnamese Buddhist pagoda in Hvidovre on weekends.")
            .h("Experience")
            .b("Jan 2020 – Dec 2025 Senior Designer, VNG Corporation, 182 Le Dai Hanh, District 11, Ho Chi Minh City")
            .b("Sep 2017 – Dec 2019 Junior Designer, FPT Software; Adobe CC 2024, Figma")
            .known("NAME", "Phạm Thị Thu Trang").known("URL", "trangpham.design").known("EMAIL", "hello@trangpham.design")
            .known("PHONE", "+84 90 123 45 67").known("BIRTH_DATE", "Born 1995 in Hanoi")
            .known("RELIGION", "Buddhist pagoda");
        return h;
    }

    // 13. Plain-text English letter: Icelandic name without diacritics, an age told indirectly, sons, IDA.
    private static Hand txtIcelandic() {
        var h = new Hand("r3-13-en-letter", "en", "letter", "txt",
            form("Guðrún Björk Sigurðardóttir", "gudrunbjork@simnet.is", "+354 699 4321", null, null, null, "1981-04-30"),
            "non-danish");
        h.p("Gudrun Bjork Sigurdardottir\nLaugavegur 45, 101 Reykjavik, Iceland\ngudrunbjork@simnet.is / +354 699 4321")
            .p("To the hiring committee, Energinet")
            .p("I am applying for the position as senior grid planner. I turned 45 this spring and have spent nineteen years "
                + "planning transmission lines for Landsnet. I have two teenage sons who will finish school in Reykjavik before "
                + "we move. I am a member of the Danish Society of Engineers (IDA) and hold a Danish engineering authorisation.")
            .p("Best wishes,\nGudrun Bjork")
            .known("NAME", "Gudrun Bjork Sigurdardottir", "Gudrun Bjork").known("ADDRESS", "Laugavegur 45, 101 Reykjavik")
            .known("EMAIL", "gudrunbjork@simnet.is").known("PHONE", "+354 699 4321").known("AGE", "turned 45")
            .known("FAMILY", "two teenage sons").known("TRADE_UNION", "member of the Danish Society of Engineers (IDA)");
        return h;
    }

    // 14. Indian biodata as a table: father's name, religion and gender as fields, a declaration signed in capitals.
    private static Hand tableTamilBiodata() {
        var h = new Hand("r3-14-en-cv", "en", "cv", "pdf-table",
            form("Thamizhselvi Murugesan", "thamizhselvi.m@yahoo.com", "+91 94440 56789", null, null, "Chennai", "1997-06-09"),
            "non-danish");
        h.row("Name", "THAMIZHSELVI M.")
            .row("Father's Name", "Murugesan Kandasamy")
            .row("Date of Birth", "09/06/1997")
            .row("Gender", "Female")
            .row("Religion", "Hindu")
            .row("Marital Status", "Unmarried")
            .row("Permanent Address", "No. 12, 3rd Cross Street, Anna Nagar, Chennai - 600040")
            .row("Mobile", "+91 94440 56789")
            .row("E-mail", "thamizhselvi.m@yahoo.com")
            .row("Experience", "2019 – 2025 Quality Analyst, Infosys, Mahindra World City, Chennai 603004; ISTQB, Selenium 4")
            .row("Declaration", "I hereby declare that the above particulars are true. Place: Chennai, Date: 01/12/2026 (T. MURUGESAN)")
            .known("NAME", "THAMIZHSELVI M.", "T. MURUGESAN").known("BIRTH_DATE", "09/06/1997").known("GENDER", "Female")
            .known("RELIGION", "Hindu").known("FAMILY", "Unmarried")
            .known("ADDRESS", "No. 12, 3rd Cross Street, Anna Nagar, Chennai - 600040").known("PHONE", "+91 94440 56789")
            .known("EMAIL", "thamizhselvi.m@yahoo.com")
            .name("other", "non-danish", false, "Murugesan Kandasamy");
        return h;
    }

    // 15. DOCX English CV (developer): Polish name, handle and domain from the surname, a capitals month, PROSA, hearing aid.
    private static Hand docxPolishDeveloper() {
        var h = new Hand("r3-15-en-cv", "en", "cv", "docx",
            form("Paweł Szczęśniak", "pawel@szczesniak.dev", "+45 26 11 90 44", null, null, null, "1993-10-12"), "non-danish");
        h.doc.header = "PAWEŁ SZCZĘŚNIAK — Backend Engineer";
        h.side("\uF0E0 pawel@szczesniak.dev\n\uF095 +45 26 11 90 44\n\uF09B github.com/pszczesniak\n\uF0AC szczesniak.dev")
            .row("Date of birth", "12. OCT. 1993")
            .row("Skills", "Java 21, Spring Boot 3.3, Kubernetes 1.29, PostgreSQL 16")
            .h("Experience")
            .b("01/2019 – 03/2024 Backend Engineer, Trustpilot, Pilestræde 58, 1112 København K")
            .b("07/2015 – 12/2018 Software Developer, Allegro, Poznań")
            .h("Other")
            .p("Member of PROSA since 2020. I use a hearing aid, so I prefer video calls with captions.")
            .known("NAME", "PAWEŁ SZCZĘŚNIAK").known("EMAIL", "pawel@szczesniak.dev").known("PHONE", "+45 26 11 90 44")
            .known("URL", "github.com/pszczesniak", "szczesniak.dev").known("BIRTH_DATE", "12. OCT. 1993")
            .known("TRADE_UNION", "Member of PROSA").known("HEALTH", "hearing aid");
        return h;
    }

    // 16. ODT English letter: Egyptian name, bracketed country code, birth date in a sentence, wife and emergency contact.
    private static Hand odtEgyptian() {
        var h = new Hand("r3-16-en-letter", "en", "letter", "odt",
            form("Omar Abdelrahman Mahmoud", "omar.abdelrahman@gmail.com", "+20 10 1234 5678", null, null, "Alexandria", "1989-07-23"),
            "non-danish");
        h.p("Omar Abdelrahman Mahmoud\n(+20) 10-1234-5678 · omar.abdelrahman@gmail.com\n14 Fouad Street, Raml Station, Alexandria 21519, Egypt")
            .p("Dear Ms. Lindqvist,\nI was born on 23/07/1989 in Alexandria and trained as a marine engineer at the Arab Academy "
                + "for Science, Technology and Maritime Transport. My wife and I are expecting our first child in June, and we "
                + "plan to settle in Esbjerg.")
            .p("Emergency contact: Noha Mahmoud (wife), +20 12 2345 6789")
            .p("Kind regards,\nOmar")
            .known("NAME", "Omar Abdelrahman Mahmoud", "Omar").known("PHONE", "(+20) 10-1234-5678")
            .known("EMAIL", "omar.abdelrahman@gmail.com").known("ADDRESS", "14 Fouad Street, Raml Station, Alexandria 21519")
            .known("BIRTH_DATE", "born on 23/07/1989 in Alexandria").known("FAMILY", "My wife", "expecting our first child", "(wife)")
            .name("other", "danish", true, "Lindqvist").other("GENDER", "Ms.")
            .name("other", "non-danish", true, "Noha Mahmoud").other("PHONE", "+20 12 2345 6789");
        return h;
    }

    // 17. Word-like PDF Danish CV: a middle initial, age as a field, the spouse's first name, a council seat, cancer.
    private static Hand wordDanishMiddleInitial() {
        var h = new Hand("r3-17-da-cv", "da", "cv", "pdf-word",
            form("Birgitte Marie Sørensen", "birgitte.m.sorensen@gmail.com", "40 27 61 58", "Ådalen 9", "8450", "Hammel", null),
            "danish");
        h.doc.header = "Birgitte M. Sørensen – CV";
        h.h("Birgitte M. Sørensen")
            .p("Ådalen 9, 8450 Hammel · 40 27 61 58 · birgitte.m.sorensen@gmail.com")
            .row("Alder", "52")
            .row("Privat", "Gift med Torben, to voksne børn")
            .h("Erhverv")
            .b("2010–2026 Økonomichef, Favrskov Forsyning A/S, Ådalsvej 2, 8450 Hammel")
            .b("1998–2010 Controller, Arla Foods, Sønderhøj 14, 8260 Viby J")
            .h("Tillidshverv")
            .b("2014–2017 Byrådsmedlem for Venstre i Favrskov")
            .p("I 2019 fik jeg brystkræft; jeg er i dag rask og arbejder på fuld tid.")
            .h("Referencer")
            .p("Direktør Hans-Henrik Lauritsen, tlf. 86 12 34 56")
            .known("NAME", "Birgitte M. Sørensen").known("ADDRESS", "Ådalen 9, 8450 Hammel").known("PHONE", "40 27 61 58")
            .known("EMAIL", "birgitte.m.sorensen@gmail.com").known("AGE", "52").known("FAMILY", "Gift med Torben", "to voksne børn")
            .known("POLITICS", "Byrådsmedlem for Venstre").known("HEALTH", "fik jeg brystkræft")
            .name("other", "danish", true, "Hans-Henrik Lauritsen").other("PHONE", "86 12 34 56");
        return h;
    }

    // 18. Canva-like two columns (Danish): Eritrean name, icons, refugee status, Orthodox faith, Tigrinya native.
    private static Hand canvaEritrean() {
        var h = new Hand("r3-18-da-cv", "da", "cv", "pdf-columns",
            form("Yonas Tesfamariam Gebrehiwet", "yonas.tg@outlook.dk", "91234567", "Vollsmose Allé 22, 1. th.", "5240", "Odense NØ",
                "1992-01-01"), "non-danish");
        h.side("YONAS\nTESFAMARIAM\nElektriker")
            .side("✆ +45 91 23 45 67\n✉ yonas.tg@outlook.dk\n⌂ Vollsmose Allé 22, 1. th., 5240 Odense NØ")
            .side("SPROG\nTigrinya – modersmål\nArabisk – flydende\nDansk – godt\nEngelsk – godt")
            .side("Født 1992")
            .h("OM MIG")
            .p("Jeg kom til Danmark som flygtning fra Eritrea i 2014 og fik permanent ophold i 2021. Jeg er ortodoks kristen "
                + "og synger i den eritreiske kirke i Odense.")
            .h("ERFARING")
            .b("2019 – 2026 Elektriker, Bravida Danmark, Hjulmagervej 3, 5260 Odense S (ABB Ability, KNX)")
            .b("2015 – 2019 Elektrikerlærling, EL-Team Fyn")
            .known("NAME", "YONAS", "TESFAMARIAM").known("PHONE", "+45 91 23 45 67").known("EMAIL", "yonas.tg@outlook.dk")
            .known("ADDRESS", "Vollsmose Allé 22, 1. th., 5240 Odense NØ").known("LANGUAGE_LEVEL", "modersmål")
            .known("BIRTH_DATE", "Født 1992").known("ORIGIN", "flygtning fra Eritrea").known("RELIGION", "ortodoks kristen");
        return h;
    }

    // 19. Google-Docs-like English CV: hyphenated British-Nigerian surname, domain of the whole name, extension, wife.
    private static Hand googleDocsHyphenated() {
        var h = new Hand("r3-19-en-cv", "en", "cv", "pdf-web",
            form("Sarah Hansen-Okafor", "sarah@sarahhansenokafor.com", "+44 20 7946 0958", null, null, null, "1985-09-15"),
            "non-danish");
        h.h("Sarah Hansen-Okafor")
            .p("Head of Data Protection · sarahhansenokafor.com · linkedin.com/in/sarah-h-okafor\n"
                + "+44 20 7946 0958 ext 204 · sarah@sarahhansenokafor.com")
            .p("Age 41 · Dual British/Danish citizen · Clean driving licence")
            .h("Experience")
            .b("2018 – 2026 DPO, Guardian Media Group, Kings Place, 90 York Way, London N1 9GU; ISO 27001:2022 lead auditor")
            .b("2011 – 2018 Privacy Counsel, BT Group")
            .h("Personal")
            .p("I live with my wife in Frederiksberg and chair the disabled staff network at work, which I joined after my MS diagnosis.")
            .known("NAME", "Sarah Hansen-Okafor").known("URL", "sarahhansenokafor.com", "linkedin.com/in/sarah-h-okafor")
            .known("PHONE", "+44 20 7946 0958 ext 204").known("EMAIL", "sarah@sarahhansenokafor.com").known("AGE", "Age 41")
            .known("ORIGIN", "British/Danish citizen").known("SEXUALITY", "my wife").known("HEALTH", "my MS diagnosis");
        return h;
    }

    // 20. Plain-text Danish letter with no form data: Turkish double surname, date with "d.", union, diabetes centre.
    private static Hand txtTurkishNoForm() {
        var h = new Hand("r3-20-da-letter", "da", "letter", "txt", NONE, "non-danish");
        h.p("Elif Şahin Kaya · Rosenvængets Allé 7, 2100 København Ø · 26 43 81 09 · elif.sahinkaya@gmail.com")
            .p("Ansøgning om stilling som lønbogholder")
            .p("Kære Jytte Holm\nJeg er født d. 3. januar 1990 og har arbejdet med løn i Silvan og Danløn siden 2015. Jeg har været "
                + "medlem af HK siden 2012. Jeg går til kontrol på Steno Diabetes Center hver tredje måned, hvilket jeg planlægger "
                + "uden for arbejdstiden.")
            .p("Tidligere chef: Morten Bech, tlf. 40 11 22 33")
            .p("De bedste hilsner\nElif")
            .known("NAME", "Elif Şahin Kaya", "Elif").known("ADDRESS", "Rosenvængets Allé 7, 2100 København Ø")
            .known("PHONE", "26 43 81 09").known("EMAIL", "elif.sahinkaya@gmail.com").known("BIRTH_DATE", "3. januar 1990")
            .known("TRADE_UNION", "medlem af HK").known("HEALTH", "kontrol på Steno Diabetes Center")
            .name("other", "danish", true, "Jytte Holm", "Morten Bech").other("PHONE", "40 11 22 33");
        return h;
    }
}
