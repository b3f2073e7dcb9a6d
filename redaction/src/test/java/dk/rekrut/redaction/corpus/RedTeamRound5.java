package dk.rekrut.redaction.corpus;

import static dk.rekrut.redaction.corpus.RealFormatDocuments.form;

import dk.rekrut.redaction.corpus.IdentifierDocuments.Hand;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes redaction/corpus/handmade/rred5/: 21 CVs and letters of the fifth red-team round (issue 17), written before
 * the detectors were read, aimed at what the first four rounds had little of: names in another script next to the
 * Latin form (Cyrillic, Greek, Hangul, Han, Arabic), Turkish dotted and dotless i, Vietnamese and Icelandic letters,
 * particles and two surnames, a mononym, a middle name only in the CV, nicknames in quotes and brackets, possessives,
 * names as file names and headings, in a signature caption, in a recommendation quote and in a company the applicant
 * founded, e-mail addresses of another form than the form's, handles and profile links, vCard and QR text, ISO and
 * abbreviated birth dates, ages in words, CPR and Nordic personal numbers, passport, licence and IBAN, c/o and PO box,
 * Greenland, Faroe, UK and German addresses, a phone split over a line, and special categories said in new ways
 * (parental leave, sick leave, flexjob, early retirement pension, rehabilitation, mosque and church, a party's youth
 * organisation, Pride). The people are invented.
 *
 * <pre>java -cp … dk.rekrut.redaction.corpus.RedTeamRound5 redaction/corpus/handmade/rred5</pre>
 */
public final class RedTeamRound5 {

    private static final String NOTE = "hand-made (rred5): fifth red-team round, written before the detectors were read";

    private RedTeamRound5() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/handmade/rred5");
        IdentifierDocuments.writeAll(documents(), dir, new Random(20261208L), NOTE);
    }

    static List<Hand> documents() {
        return List.of(russianCyrillic(), turkishDocx(), greekColumns(), koreanLetter(), chineseOdt(), spanishTwoSurnames(),
            danishPossessive(), greenlandTable(), icelandicWeb(), arabicVcard(), vietnameseDocx(), faroeLetter(), ukCv(),
            swedishMiddleName(), norwegianOdt(), mononymColumns(), dutchParticle(), frenchSignature(), founderDocx(),
            persianMarkdown(), pensionLetter());
    }

    // 1. Word-like PDF: a Russian name in Latin and Cyrillic, ISO DOB, another e-mail form, Stack Overflow and ORCID.
    private static Hand russianCyrillic() {
        var h = new Hand("r5-01-en-cv", "en", "cv", "pdf-word",
            form("Aleksandr Volkov", "aleksandr.volkov@gmail.com", "+45 52 61 07 48", null, null, "Aarhus", "1990-04-17"),
            "non-danish");
        h.doc.header = "Aleksandr Volkov (Александр Волков) — CV";
        h.h("Aleksandr Volkov / Александр Волков")
            .p("Backend engineer · a.volkov1990@yandex.ru · +45 52 61 07 48\nDOB: 1990-04-17 · Aarhus")
            .h("Online")
            .p("stackoverflow.com/users/4821337/aleksandr-volkov\norcid.org/0000-0003-4417-2291\nTelegram: @sasha_volkov")
            .h("Experience")
            .b("2019–2026 Senior developer, Systematic A/S, Søren Frichs Vej 39, 8000 Aarhus C; Java 21, Kafka 3.6")
            .b("2013–2019 Developer, Yandex, Moscow; ClickHouse 19.1")
            .h("References")
            .p("Available on request. Sasha's former team lead: Dmitri Sokolov, dmitri.sokolov@systematic.com")
            .known("NAME", "Aleksandr Volkov", "Александр Волков", "Sasha").known("EMAIL", "a.volkov1990@yandex.ru")
            .known("PHONE", "+45 52 61 07 48").known("BIRTH_DATE", "1990-04-17")
            .known("URL", "stackoverflow.com/users/4821337/aleksandr-volkov", "orcid.org/0000-0003-4417-2291", "@sasha_volkov")
            .name("other", "non-danish", false, "Dmitri Sokolov").other("EMAIL", "dmitri.sokolov@systematic.com");
        return h;
    }

    // 2. DOCX Danish CV: Turkish İ and ı, a heading "Ansøgning – …", two phones after one cue, a mosque, "årgang".
    private static Hand turkishDocx() {
        var h = new Hand("r5-02-da-cv", "da", "cv", "docx",
            form("İbrahim Yıldırım", "ibrahim.yildirim@gmail.com", "20 12 34 56", "Rådhusvej 14, 2. tv.", "4000", "Roskilde", null),
            "non-danish");
        h.doc.header = "CV_Ibrahim_Yildirim_2026.docx";
        h.doc.footer = "İBRAHİM YILDIRIM · yildirim.ibrahim@outlook.dk";
        h.h("Ansøgning – İbrahim Yıldırım")
            .row("Adresse", "Rådhusvej 14, 2. tv., 4000 Roskilde")
            .row("Tlf.", "20 12 34 56 / 40 12 34 56")
            .row("Årgang", "årgang 1987")
            .h("Erfaring")
            .b("2015–2026 Lagerleder, Salling Group, Rugårdsvej 103, 5000 Odense; WMS Manhattan 2019")
            .b("2010–2015 Truckfører, DSV, Hedehusene")
            .h("Fritid")
            .p("Jeg hjælper til ved fredagsbønnen i moskeen i Roskilde og træner U12 i Roskilde Boldklub.")
            .known("NAME", "İbrahim Yıldırım", "Ibrahim_Yildirim", "İBRAHİM YILDIRIM").known("EMAIL", "yildirim.ibrahim@outlook.dk")
            .known("ADDRESS", "Rådhusvej 14, 2. tv., 4000 Roskilde").known("PHONE", "20 12 34 56", "40 12 34 56")
            .known("AGE", "årgang 1987").known("RELIGION", "fredagsbønnen i moskeen");
        return h;
    }

    // 3. Two-column PDF: Greek name in both scripts, nickname in quotes, German address with Straße, "b. 1988".
    private static Hand greekColumns() {
        var h = new Hand("r5-03-en-cv", "en", "cv", "pdf-columns",
            form("Georgios Papadopoulos", "g.papadopoulos@posteo.de", "+49 170 1234567", "Hauptstraße 12", "10827", "Berlin", null),
            "non-danish");
        h.side("GEORGIOS \"GIORGOS\" PAPADOPOULOS\nΓεώργιος Παπαδόπουλος\nData Engineer")
            .side("+49 170 1234567 (privat)\ng.papadopoulos@posteo.de\nHauptstraße 12\n10827 Berlin\nb. 1988")
            .h("Profile")
            .p("Greek-born data engineer, in Berlin since 2014. Giorgos to friends and colleagues.")
            .h("Experience")
            .b("2018–2026 Data engineer, Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin; Spark 3.5, Airflow 2.8")
            .b("2014–2018 Analyst, Delivery Hero, Berlin")
            .h("Volunteering")
            .p("Board member of the Greek Orthodox parish of St. George, Berlin-Schöneberg.")
            .known("NAME", "GEORGIOS \"GIORGOS\" PAPADOPOULOS", "Γεώργιος Παπαδόπουλος", "Giorgos")
            .known("PHONE", "+49 170 1234567").known("EMAIL", "g.papadopoulos@posteo.de")
            .known("ADDRESS", "Hauptstraße 12\n10827 Berlin").known("BIRTH_DATE", "b. 1988").known("ORIGIN", "Greek-born")
            .known("RELIGION", "Greek Orthodox parish");
        return h;
    }

    // 4. DOCX English letter: Korean name, Hangul, possessive, X and Medium handles, "turned 40 this year".
    private static Hand koreanLetter() {
        var h = new Hand("r5-04-en-letter", "en", "letter", "docx",
            form("Kim Min-jun", "minjun.kim@gmail.com", "+45 71 88 23 09", null, null, "Copenhagen", null), "non-danish");
        h.doc.header = "Min-jun Kim (김민준) | Cover letter";
        h.doc.footer = "Kim_Minjun_Cover_Letter.docx · mj.kim@naver.com · x.com/minjunkim_dev";
        h.p("Copenhagen, 7 December 2026")
            .p("Dear Ms Lindberg,")
            .p("I am applying for the product designer role. I turned 40 this year and have spent twelve years at Samsung "
                + "Electronics and Novo Nordisk designing medical device software (IEC 62366, Figma, Swift 5.9).")
            .p("Min-jun's portfolio is on medium.com/@minjun.kim, where I write about accessible design; "
                + "you can reach me on +45 71 88 23 09.")
            .p("Yours sincerely,\nMin-jun Kim\n김민준")
            .known("NAME", "Min-jun Kim", "김민준", "Kim_Minjun", "Min-jun").known("EMAIL", "mj.kim@naver.com")
            .known("URL", "x.com/minjunkim_dev", "medium.com/@minjun.kim").known("PHONE", "+45 71 88 23 09")
            .known("AGE", "turned 40 this year")
            .name("other", "danish", true, "Lindberg");
        return h;
    }

    // 5. ODT Danish CV: Chinese name in Han characters, c/o address, "42-årig", passport in prose, IBAN.
    private static Hand chineseOdt() {
        var h = new Hand("r5-05-da-cv", "da", "cv", "odt",
            form("Wang Wei", "wangwei.dk@163.com", "+45 60 14 92 77", null, "2300", "København S", null), "non-danish");
        h.doc.header = "王伟 WANG Wei";
        h.h("Wang Wei (王伟)")
            .p("c/o Li Na\nAmagerbrogade 150, 3. th.\n2300 København S\n+45 60 14 92 77 · wangwei.dk@163.com")
            .h("Profil")
            .p("42-årig kok med speciale i sichuankøkken. Mit kinesiske pas (nr. E12345678) har arbejdstilladelse til 2029.")
            .h("Erfaring")
            .b("2016–2026 Køkkenchef, Restaurant Lao Sze Chuan, Istedgade 23, 1650 København V")
            .b("2008–2016 Kok, Chengdu")
            .h("Løn")
            .p("Løn til IBAN DK29 3000 0001 2345 67")
            .known("NAME", "Wang Wei", "王伟", "WANG Wei").known("ADDRESS", "Amagerbrogade 150, 3. th.\n2300 København S")
            .known("PHONE", "+45 60 14 92 77").known("EMAIL", "wangwei.dk@163.com").known("AGE", "42-årig")
            .known("ID_NUMBER", "E12345678").known("ACCOUNT", "DK29 3000 0001 2345 67").known("ORIGIN", "kinesiske pas")
            .name("other", "non-danish", false, "Li Na");
        return h;
    }

    // 6. Text CV: two surnames and a nickname in brackets, "SURNAMES, Names", a Spanish address, parental leave.
    private static Hand spanishTwoSurnames() {
        var h = new Hand("r5-06-en-cv", "en", "cv", "txt",
            form("María José García López", "mjgarcialopez@gmail.com", "+34 612 345 678", null, null, "Madrid", null),
            "non-danish");
        h.h("GARCÍA LÓPEZ, María José (Majo)")
            .p("Calle de Alcalá 45, 3º B, 28014 Madrid\n+34 612 345 678 | garcia.lopez.mj@uc3m.es | mjgarcialopez@gmail.com")
            .h("Experience")
            .b("2019–2026 Research assistant, Universidad Carlos III de Madrid; Stata 18, R 4.4")
            .b("2023 Parental leave (eight months) after the birth of my daughter")
            .h("Languages")
            .p("Spanish (native), English (C1), Danish (A2)")
            .h("Referees")
            .p("Prof. Juan Carlos Fernández de la Vega, jcfdelavega@uc3m.es")
            .known("NAME", "GARCÍA LÓPEZ, María José", "Majo").known("ADDRESS", "Calle de Alcalá 45, 3º B, 28014 Madrid")
            .known("PHONE", "+34 612 345 678").known("EMAIL", "garcia.lopez.mj@uc3m.es", "mjgarcialopez@gmail.com")
            .known("FAMILY", "Parental leave", "birth of my daughter").known("LANGUAGE_LEVEL", "native")
            .name("other", "non-danish", false, "Juan Carlos Fernández de la Vega").other("EMAIL", "jcfdelavega@uc3m.es");
        return h;
    }

    // 7. Word-like PDF Danish letter: heading with a dash, the name in the possessive, a quote, flexjob, company.
    private static Hand danishPossessive() {
        var h = new Hand("r5-07-da-letter", "da", "letter", "pdf-word",
            form("Mette Hansen", "mette.hansen@gmail.com", "28 41 09 63", null, null, "Vejle", null), "danish");
        h.doc.footer = "Mettes ansøgning · mh@hansenraadgivning.dk · 28 41 09 63";
        h.h("Ansøgning – Mette Hansen")
            .p("Kære Jens Kristiansen")
            .p("Jeg søger stillingen som regnskabsassistent. Siden 2019 har jeg drevet Hansen Rådgivning ApS, hvor jeg fører "
                + "bogholderi for små virksomheder i e-conomic og Dinero.")
            .p("Efter en lang sygemelding i 2024 er jeg nu bevilget fleksjob på 20 timer om ugen, og det passer godt til jeres opslag.")
            .p("»Mette er den mest omhyggelige bogholder, jeg har arbejdet med« – Birgit Thomsen, revisor, BDO Vejle")
            .p("Venlig hilsen\nMette Hansen")
            .known("NAME", "Mette Hansen", "Mettes", "Mette", "Hansen Rådgivning").known("EMAIL", "mh@hansenraadgivning.dk")
            .known("PHONE", "28 41 09 63").known("HEALTH", "sygemelding", "bevilget fleksjob")
            .name("other", "danish", true, "Jens Kristiansen", "Birgit Thomsen");
        return h;
    }

    // 8. Table PDF: Greenlandic name, birth date and CPR in cells, address split over two rows, licence, IBAN.
    private static Hand greenlandTable() {
        var h = new Hand("r5-08-da-cv", "da", "cv", "pdf-table",
            form("Aputsiaq Kleist", "aputsiaq.k@gmail.com", "+299 52 12 34", "Aqqusinersuaq 7, st. th.", "3900", "Nuuk", "1983-11-02"),
            "danish");
        h.h("CURRICULUM VITAE")
            .row("Navn", "Aputsiaq Kleist")
            .row("Fødselsdato", "02-11-1983")
            .row("CPR-nr.", "021183 2741")
            .row("Adresse", "Aqqusinersuaq 7, st. th.")
            .row("Postnr./by", "3900 Nuuk")
            .row("Mobil", "+299 52 12 34")
            .row("Kørekort", "B og C, kørekortnr. 30412877")
            .h("Erhvervserfaring")
            .b("2012–2026 Elektriker, Nukissiorfiit, Nuuk; Siemens S7, 400 kV tavler")
            .h("Sprog")
            .p("Grønlandsk: modersmål · Dansk: flydende · Engelsk: godt")
            .known("NAME", "Aputsiaq Kleist").known("BIRTH_DATE", "02-11-1983").known("CPR", "021183 2741")
            .known("ADDRESS", "Aqqusinersuaq 7, st. th.", "3900 Nuuk").known("PHONE", "+299 52 12 34")
            .known("ID_NUMBER", "30412877").known("LANGUAGE_LEVEL", "modersmål");
        return h;
    }

    // 9. Web-like PDF: Icelandic þ and ð, the name without them in the e-mail, ResearchGate, kennitala, referee quote.
    private static Hand icelandicWeb() {
        var h = new Hand("r5-09-en-cv", "en", "cv", "pdf-web",
            form("Þórdís Guðmundsdóttir", "thordis.gudmunds@simnet.is", "+354 862 4410", "Laugavegur 22", "101", "Reykjavík", null),
            "non-danish");
        h.h("Þórdís Guðmundsdóttir, PhD")
            .p("Laugavegur 22, 101 Reykjavík · +354 862 4410 · thordis.gudmunds@simnet.is\n"
                + "researchgate.net/profile/Thordis-Gudmundsdottir · Kennitala 120389-2979")
            .h("Research")
            .b("2020–2026 Postdoc, University of Iceland; glacier hydrology, MATLAB R2024a")
            .b("Gudmundsdottir, T., Jonsson, S. (2023). Meltwater pulses in Vatnajökull. J. Glaciol. 69(4).")
            .h("What colleagues say")
            .p("“Þórdís is the most careful analyst I have worked with.” – Prof. Sigríður Jónsdóttir")
            .known("NAME", "Þórdís Guðmundsdóttir", "Þórdís", "Gudmundsdottir, T.").known("ADDRESS", "Laugavegur 22, 101 Reykjavík")
            .known("PHONE", "+354 862 4410").known("EMAIL", "thordis.gudmunds@simnet.is")
            .known("URL", "researchgate.net/profile/Thordis-Gudmundsdottir").known("CPR", "120389-2979")
            .name("other", "non-danish", false, "Sigríður Jónsdóttir", "Jonsson, S.");
        return h;
    }

    // 10. Text letter: Arabic script, "bin" and "Al-", a vCard and a MECARD line, Quran classes.
    private static Hand arabicVcard() {
        var h = new Hand("r5-10-en-letter", "en", "letter", "txt",
            form("Khalid bin Saeed Al-Harbi", "khalid.alharbi@outlook.com", "+966 50 123 4567", null, null, "Riyadh", null),
            "non-danish");
        h.p("Khalid bin Saeed Al-Harbi — خالد بن سعيد الحربي")
            .p("Dear Recruitment Team,")
            .p("Khalid's background is in petroleum engineering: nine years at Saudi Aramco (2016–2025) with Petrel 2023 and Eclipse. "
                + "On weekends I teach Quran classes for children at the Islamic centre in our neighbourhood.")
            .p("Best regards,\nKhalid Al-Harbi")
            .p("BEGIN:VCARD\nVERSION:3.0\nN:Al-Harbi;Khalid\nFN:Khalid Al-Harbi\nTEL;TYPE=cell:+966501234567\n"
                + "EMAIL:k.alharbi@aramco-alumni.org\nEND:VCARD")
            .p("QR: MECARD:N:Al-Harbi,Khalid;TEL:+966501234567;EMAIL:khalid.alharbi@outlook.com;;")
            .known("NAME", "Khalid bin Saeed Al-Harbi", "خالد بن سعيد الحربي", "Khalid Al-Harbi", "Al-Harbi;Khalid",
                "Al-Harbi,Khalid", "Khalid's")
            .known("PHONE", "+966501234567").known("EMAIL", "k.alharbi@aramco-alumni.org", "khalid.alharbi@outlook.com")
            .known("RELIGION", "teach Quran classes");
        return h;
    }

    // 11. DOCX Danish CV: Vietnamese diacritics, a western nickname, PO box, "i mine 40'ere", parental leave, Instagram.
    private static Hand vietnameseDocx() {
        var h = new Hand("r5-11-da-cv", "da", "cv", "docx",
            form("Trần Thị Ngọc Ánh", "ngocanh.tran@gmail.com", "42 18 60 95", "Postboks 123", "8000", "Aarhus C", null),
            "non-danish");
        h.doc.header = "Ngọc Ánh \"Annie\" Trần";
        h.side("Kontakt\nPostboks 123, 8000 Aarhus C\n42 18 60 95\nngocanh.tran@gmail.com\ninstagram.com/anh.tran.cooks");
        h.h("Trần Thị Ngọc Ánh").p("Kantineleder")
            .h("Om mig")
            .p("Jeg er i mine 40'ere, kom til Danmark fra Vietnam som 19-årig og har været på barselsorlov med mine tvillinger i 2021.")
            .h("Erfaring")
            .b("2014–2026 Kantineleder, ISS Facility Services, Aarhus; HACCP, 180 kuverter")
            .known("NAME", "Trần Thị Ngọc Ánh", "Ngọc Ánh \"Annie\" Trần").known("ADDRESS", "Postboks 123, 8000 Aarhus C")
            .known("PHONE", "42 18 60 95").known("EMAIL", "ngocanh.tran@gmail.com").known("URL", "instagram.com/anh.tran.cooks")
            .known("AGE", "i mine 40'ere").known("ORIGIN", "fra Vietnam").known("FAMILY", "barselsorlov med mine tvillinger");
        return h;
    }

    // 12. Text Danish letter: Faroese name and address, "fyldte 40 i år", rehabilitation, heading with the name.
    private static Hand faroeLetter() {
        var h = new Hand("r5-12-da-letter", "da", "letter", "txt",
            form("Rógvi Joensen", "rogvi.joensen@olivant.fo", "+298 21 34 56", "Dalavegur 14", "100", "Tórshavn", null), "danish");
        h.h("Ansøgning – Rógvi Joensen, elektronikfagtekniker")
            .p("Dalavegur 14, FO-100 Tórshavn · +298 21 34 56 · rogvi.joensen@olivant.fo")
            .p("Kære Susanne,")
            .p("Jeg fyldte 40 i år og er i revalidering efter en arbejdsskade i ryggen; derfor søger jeg et job uden tunge løft. "
                + "I elleve år har jeg serviceret radarer for Landsverk og Faroe Ship.")
            .p("Med venlig hilsen\nRógvi")
            .known("NAME", "Rógvi Joensen", "Rógvi").known("ADDRESS", "Dalavegur 14, FO-100 Tórshavn")
            .known("PHONE", "+298 21 34 56").known("EMAIL", "rogvi.joensen@olivant.fo").known("AGE", "fyldte 40 i år")
            .known("HEALTH", "i revalidering", "arbejdsskade i ryggen")
            .name("other", "danish", true, "Susanne");
        return h;
    }

    // 13. Word-like PDF: UK CV, nickname in single quotes, UK flat and postcode, phone split over a line, Pride.
    private static Hand ukCv() {
        var h = new Hand("r5-13-en-cv", "en", "cv", "pdf-word",
            form("Oluwaseun Adeyemi-Clarke", "seun.ac@gmail.com", "07700 900123", "Flat 3, 27 Coldharbour Lane", "SE5 9NR", "London",
                null), "non-danish");
        h.doc.header = "Oluwaseun 'Seun' Adeyemi-Clarke";
        h.p("Flat 3, 27 Coldharbour Lane, London SE5 9NR\nMobile: 07700\n900123 · adeyemiclarke.o@kcl.ac.uk")
            .h("Experience")
            .b("2021–2026 Policy officer, Greater London Authority, City Hall, Kamal Chunchie Way, London E16 1ZE")
            .b("2019–2021 Graduate, King's College London")
            .h("Volunteering")
            .p("Committee member, UK Black Pride (2020–2025): event safety and fundraising.")
            .p("Full UK driving licence (ADEYE901157O99AB).")
            .known("NAME", "Oluwaseun 'Seun' Adeyemi-Clarke").known("ADDRESS", "Flat 3, 27 Coldharbour Lane, London SE5 9NR")
            .known("PHONE", "07700\n900123").known("EMAIL", "adeyemiclarke.o@kcl.ac.uk").known("SEXUALITY", "UK Black Pride")
            .known("ID_NUMBER", "ADEYE901157O99AB");
        return h;
    }

    // 14. DOCX: Swedish CV, middle names only in the CV, personnummer, "född", burnout sick leave, a table.
    private static Hand swedishMiddleName() {
        var h = new Hand("r5-14-en-cv", "en", "cv", "docx",
            form("Anna Lindqvist", "aklindqvist@telia.se", "070-812 33 90", "Sveavägen 44", "113 59", "Stockholm", null), "non-danish");
        h.doc.footer = "A.K.S. Lindqvist · CV 2026";
        h.h("Anna-Karin Sofia Lindqvist")
            .row("Personnummer", "19850612-4417")
            .row("Address", "Sveavägen 44, 113 59 Stockholm")
            .row("Phone", "070-812 33 90")
            .row("E-mail", "aklindqvist@telia.se")
            .h("Experience")
            .b("2012–2026 HR partner, Ericsson AB, Torshamnsgatan 21, 164 83 Stockholm; Workday 2024")
            .p("I was on sick leave from March to August 2024 after a burnout and have been back full time since.")
            .h("Personal")
            .p("Född 1985 i Umeå, mother of three.")
            .known("NAME", "Anna-Karin Sofia Lindqvist", "A.K.S. Lindqvist").known("CPR", "19850612-4417")
            .known("ADDRESS", "Sveavägen 44, 113 59 Stockholm").known("PHONE", "070-812 33 90").known("EMAIL", "aklindqvist@telia.se")
            .known("HEALTH", "sick leave", "burnout").known("BIRTH_DATE", "Född 1985").known("FAMILY", "mother of three");
        return h;
    }

    // 15. ODT Danish CV: Norwegian fødselsnummer, Oslo address, a party's youth organisation, DOB with dots.
    private static Hand norwegianOdt() {
        var h = new Hand("r5-15-da-cv", "da", "cv", "odt",
            form("Ingrid Haugen Solberg", "ingrid.h.solberg@online.no", "+47 912 34 567", "Storgata 15", "0184", "Oslo", "1987-03-12"),
            "non-danish");
        h.doc.footer = "ingrid-solberg.no";
        h.h("INGRID HAUGEN SOLBERG")
            .p("Storgata 15, 0184 Oslo | +47 912 34 567 | ingrid.h.solberg@online.no")
            .p("Fødselsnummer: 120387 45678 · DOB 12.03.1987")
            .h("Erfaring")
            .b("2014–2026 Sygeplejerske, Oslo universitetssykehus, Ullevål; Epic, DIPS Arena")
            .h("Foreninger")
            .p("Aktiv i Unge Høyre i studietiden, senere tillidsvalgt i Norsk Sykepleierforbund.")
            .known("NAME", "INGRID HAUGEN SOLBERG").known("ADDRESS", "Storgata 15, 0184 Oslo").known("PHONE", "+47 912 34 567")
            .known("EMAIL", "ingrid.h.solberg@online.no").known("URL", "ingrid-solberg.no").known("CPR", "120387 45678")
            .known("BIRTH_DATE", "12.03.1987").known("POLITICS", "Aktiv i Unge Høyre")
            .known("TRADE_UNION", "tillidsvalgt i Norsk Sykepleierforbund");
        return h;
    }

    // 16. Two-column PDF: a mononym, an Indonesian address, phone over a line, church, website without scheme.
    private static Hand mononymColumns() {
        var h = new Hand("r5-16-en-cv", "en", "cv", "pdf-columns",
            form("Suharti", "suharti.work@gmail.com", "+62 812 3456 7890", "Jl. Kemang Raya No. 5", "12730", "Jakarta", null),
            "non-danish");
        h.side("SUHARTI\nGraphic designer\n\nJl. Kemang Raya No. 5\nJakarta 12730\n+62 812\n3456 7890\nsuharti.work@gmail.com\n"
                + "suharti.design\nAge: 34");
        h.h("Profile")
            .p("Suharti is a designer with ten years in packaging and brand identity for Unilever Indonesia and Indofood.")
            .h("Experience")
            .b("2016–2026 Senior designer, Dentsu Jakarta; Illustrator 2025, Figma")
            .h("Community")
            .p("Worship leader at GKI Pondok Indah church since 2015.")
            .known("NAME", "SUHARTI", "Suharti").known("ADDRESS", "Jl. Kemang Raya No. 5\nJakarta 12730")
            .known("PHONE", "+62 812\n3456 7890").known("EMAIL", "suharti.work@gmail.com").known("URL", "suharti.design")
            .known("AGE", "Age: 34").known("RELIGION", "Worship leader at GKI Pondok Indah church");
        return h;
    }

    // 17. Web-like PDF Danish CV: "van den" with a capital at sentence start, the possessive, CPR with spaces.
    private static Hand dutchParticle() {
        var h = new Hand("r5-17-da-cv", "da", "cv", "pdf-web",
            form("Joost van den Berg", "joost.vandenberg@mail.dk", "+45 2012 3456", "Havnegade 3, 1. mf.", "5700", "Svendborg",
                "1982-05-15"), "non-danish");
        h.h("Joost van den Berg")
            .p("Havnegade 3, 1. mf., 5700 Svendborg · +45 2012 3456 (privat) · jvdberg@mail.dk\nCPR-nr. 150582 - 3417 · født 15.05.1982")
            .h("Profil")
            .p("Van den Berg er skibsingeniør med 15 års erfaring. Joosts styrke er at få værft og rederi til at tale sammen.")
            .h("Erfaring")
            .b("2011–2026 Teknisk inspektør, Svitzer, Svendborg; AutoCAD 2023, ShipManager")
            .b("2006–2011 Ingeniør, Damen Shipyards, Gorinchem")
            .known("NAME", "Joost van den Berg", "Van den Berg", "Joosts").known("ADDRESS", "Havnegade 3, 1. mf., 5700 Svendborg")
            .known("PHONE", "+45 2012 3456").known("EMAIL", "jvdberg@mail.dk").known("CPR", "150582 - 3417")
            .known("BIRTH_DATE", "15.05.1982");
        return h;
    }

    // 18. Word-like PDF English letter: "de la", a signature caption, pregnancy, a French address.
    private static Hand frenchSignature() {
        var h = new Hand("r5-18-en-letter", "en", "letter", "pdf-word",
            form("Marie-Claire de la Roche", "mc.delaroche@orange.fr", "+33 6 12 34 56 78", "12 rue des Lilas", "69003", "Lyon", null),
            "non-danish");
        h.p("Marie-Claire de la Roche\n12 rue des Lilas, 69003 Lyon\n+33 6 12 34 56 78 · mc.delaroche@orange.fr")
            .p("Dear Hiring Manager,")
            .p("I am writing to apply for the regulatory affairs position. I have eight years at Sanofi Pasteur in Marcy-l'Étoile "
                + "(EU CTR, eCTD 4.0). I should tell you that I am five months pregnant and would start after my maternity leave.")
            .p("Kind regards,")
            .p("[Signature image: M.-C. de la Roche]\nDe la Roche")
            .known("NAME", "Marie-Claire de la Roche", "M.-C. de la Roche", "De la Roche")
            .known("ADDRESS", "12 rue des Lilas, 69003 Lyon").known("PHONE", "+33 6 12 34 56 78").known("EMAIL", "mc.delaroche@orange.fr")
            .known("FAMILY", "five months pregnant", "maternity leave");
        return h;
    }

    // 19. DOCX Danish CV: a company named after the applicant, referees, a party youth chair, passport, footer site.
    private static Hand founderDocx() {
        var h = new Hand("r5-19-da-cv", "da", "cv", "docx",
            form("Rasmus Nørgaard Holm", "rasmus@holmconsult.dk", "31 77 20 48", null, null, "Aarhus", "1979-11-03"), "danish");
        h.doc.header = "Rasmus N. Holm – CV";
        h.doc.footer = "holmconsult.dk · rnh@holmconsult.dk";
        h.h("Rasmus Nørgaard Holm").p("Indehaver, Holm Consult ApS (stiftet 2015)")
            .row("Mobil", "31 77 20 48").row("Født", "3. nov. 1979").row("Pas", "Pas nr. 209876543")
            .h("Erfaring")
            .b("2015–2026 Indehaver, Holm Consult ApS, Aarhus; ledelsesrådgivning for 40 kommuner")
            .b("2005–2015 Konsulent, Deloitte, Weidekampsgade 6, 2300 København S")
            .h("Tillidshverv")
            .p("Tidligere formand for Radikal Ungdom i Aarhus (2000–2003).")
            .h("Referencer")
            .p("Lone Skov, direktør, Vestas, tlf. 97 30 00 00, losk@vestas.com")
            .known("NAME", "Rasmus Nørgaard Holm", "Rasmus N. Holm", "Holm Consult").known("PHONE", "31 77 20 48")
            .known("EMAIL", "rnh@holmconsult.dk").known("URL", "holmconsult.dk").known("BIRTH_DATE", "3. nov. 1979")
            .known("ID_NUMBER", "209876543").known("POLITICS", "formand for Radikal Ungdom")
            .name("other", "danish", true, "Lone Skov").other("PHONE", "97 30 00 00").other("EMAIL", "losk@vestas.com");
        return h;
    }

    // 20. Markdown text CV: Persian name in Arabic script, "mrh@", GitHub and Telegram, "early fifties", refugee.
    private static Hand persianMarkdown() {
        var h = new Hand("r5-20-en-cv", "en", "cv", "txt",
            form("Mohammad Reza Hosseini", "m.r.hosseini@gmail.com", "+45 53 90 11 62", null, null, "Odense", null), "non-danish");
        h.h("# Mohammad Reza Hosseini (محمدرضا حسینی)")
            .p("**Civil engineer** · mrh@hosseini-eng.dk · +45 53 90 11 62 · github.com/mrhosseini · t.me/mrhosseini")
            .h("## About")
            .p("I am in my early fifties and came to Denmark as a refugee in 2015; since then I have worked on bridges and tunnels.")
            .h("## Experience")
            .b("2017–2026 Structural engineer, COWI, Parallelvej 2, 2800 Kongens Lyngby; SAP2000 v24, Eurocode 2")
            .b("1998–2014 Engineer, Tehran Metro")
            .h("## Languages")
            .p("Persian – mother tongue · English – C1 · Danish – Prøve i Dansk 3")
            .known("NAME", "Mohammad Reza Hosseini", "محمدرضا حسینی").known("EMAIL", "mrh@hosseini-eng.dk")
            .known("PHONE", "+45 53 90 11 62").known("URL", "github.com/mrhosseini", "t.me/mrhosseini")
            .known("AGE", "in my early fifties").known("ORIGIN", "came to Denmark as a refugee")
            .known("LANGUAGE_LEVEL", "mother tongue");
        return h;
    }

    // 21. Two-column PDF Danish letter: a file name as a heading, a nickname in quotes, early pension, Pride.
    private static Hand pensionLetter() {
        var h = new Hand("r5-21-da-letter", "da", "letter", "pdf-columns",
            form("Frederik Løvgren", "freddie.l@hotmail.com", "22 65 18 40", "Nørrebrogade 88, 4. th.", "2200", "København N", null),
            "danish");
        h.side("Ansøgning_Frederik_Løvgren.pdf\n\nFrederik \"Freddie\" Løvgren\nNørrebrogade 88, 4. th.\n2200 København N\n"
                + "tlf. 22 65 18 40\nfreddie.l@hotmail.com");
        h.p("Kære Camilla")
            .p("Jeg modtager førtidspension efter en hjerneblødning i 2019 og søger et job med løntilskud, 12 timer om ugen. "
                + "Jeg har været frivillig i Copenhagen Pride siden 2016 og koordinerer i dag 60 frivillige.")
            .p("Venlig hilsen\nFreddie")
            .known("NAME", "Frederik_Løvgren", "Frederik \"Freddie\" Løvgren", "Freddie").known("ADDRESS", "Nørrebrogade 88, 4. th.\n2200 København N")
            .known("PHONE", "22 65 18 40").known("EMAIL", "freddie.l@hotmail.com")
            .known("HEALTH", "førtidspension", "hjerneblødning").known("SEXUALITY", "frivillig i Copenhagen Pride")
            .name("other", "danish", true, "Camilla");
        return h;
    }
}
