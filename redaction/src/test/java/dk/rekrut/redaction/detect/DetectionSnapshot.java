package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.DocumentText;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.rekrut.redaction.cli.CorpusTexts;

/**
 * A differential check for changes to detection: writes every span the detector (and the known-value detector the
 * verifier uses) finds in a wide set of texts, so the file from before a change can be compared with the one after.
 * The texts: the evaluation corpus with each document's known data (also without it, and in capitals and lower case),
 * synthetic corpora from several seeds, every string literal of the module's tests, and hand-written tricky cases.
 *
 * <pre>java -cp ... dk.rekrut.redaction.detect.DetectionSnapshot corpus-dir out-file</pre>
 */
public final class DetectionSnapshot {

    private static final KnownPersonalData METTE = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "12345678", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");
    private static final List<KnownPersonalData> KNOWN = List.of(KnownPersonalData.NONE, METTE,
        new KnownPersonalData("Søren Jørgensen", null, null, null, null, null, null, null),
        new KnownPersonalData("Mohammed Hassan", null, "+45 20 30 40 50", null, null, null, LocalDate.of(1990, 12, 24), null),
        new KnownPersonalData("Ib Hassel", null, null, null, null, null, null, null),
        new KnownPersonalData("Bo Storm", "bo@storm.dk", "0045 87654321", "Gammel Kongevej 101 B", "1850", "Frederiksberg C",
            LocalDate.of(2001, 1, 9), "090101-4321"),
        new KnownPersonalData("Anne-Marie O'Brien Mark", "anne-marie.obrien@mail.com", "31 41 59 26", "H.C. Andersens Boulevard 27, st. th.",
            "1553", "København V", LocalDate.of(1977, 5, 31), "3105771234"),
        new KnownPersonalData("Sten Ægidius Åberg", "saa@firma.dk", "99887766", "Vestergade 14, 1. th.", "8000", "Aarhus C",
            LocalDate.of(1963, 10, 2), null));

    /** Hand-written cases where a faster detector could differ: genitives, capitals, inverted names, spacings, dates. */
    private static final List<String> TRICKY = List.of(
        "Mette Hansens ansøgning og METTE HANSEN'S cv. Hansen, Mette skrev; Hansen, Mette Kirstine svarede. M.K.H. og MKH. M. Hansen, M.Hansen.",
        "Mettes mor og Hansens far. hansen er ikke et navn her, men Hansen er. HANSENS bil. Hansen’s bog. Mette's hund.",
        "Ring 12345678, 12 34 56 78, 1234 5678, +45 12 34 56 78, +4512345678, 0045-1234 5678, (+45) 12.34.56.78, 12-34-56-78, 45 12345678.",
        "Tlf.: +45 20 30 40 50 / 20304050 / 2030 4050 / +44 20 7946 0958 / 0046 70 123 45 67 / +1 (555) 123-4567.",
        "CPR 030385-1234, 0303851234, 030385 1234, 310577-1234, 3105771234 og 090101-4321, 0901014321; ugyldigt 321385-1234.",
        "Født 3. marts 1985, født 03.03.1985, f. 3/3-1985, 1985-03-03, 03-03-1985, 3.3.85, 030385, March 3, 1985, 3 March 1985, 3rd March 1985.",
        "Date of birth: 24.12.1990. DOB 24/12/90. Born on 24 December 1990. Fødselsdato: 24. dec. 1990. Født i 1990. f. 24. december 1990",
        "Bo Storm skrev. Jeg bor i Bo. Mark og Sten var der. Storm var et projektnavn. Sten er et materiale. Mark Two. Storm Surge kom. "
            + "Vi talte med Bo om sagen, og Mark var enig. bo storm mark sten.",
        "Med venlig hilsen\nBo\n\nKære Sten,\nTak for sidst.\nHej Mark!\nDear Storm,\nBest regards\nMark Storm",
        "STEN ÆGIDIUS ÅBERG\nSTEN AABERG, Sten Aberg, Sten Åbergs, Åberg, Sten. Aaberg. Aegidius. Ægidius' bog. S.Æ.Å. SÆÅ",
        "Anne-Marie O'Brien Mark\nAnne-Marie OBrien, O'Brien, Anne-Marie, O’Brien’s, ANNE-MARIE O'BRIEN MARK, A. Mark, A.Mark, Mark, Anne-Marie.",
        "Adresse: Gammel Kongevej 101 B, 1850 Frederiksberg C. Gammel  Kongevej 101B. gammel kongevej 101 b. Kongevej 101.",
        "H.C. Andersens Boulevard 27, st. th., 1553 København V. H.C.  Andersens Boulevard 27. 1553 KØBENHAVN V.",
        "Vestergade 14, 1. th.\n8000 Aarhus C\nBor på Egevej 3\nAdresse: Birkevænget 12 A\nNørrebrogade 12, 2. tv, 2200 København N",
        "bo@storm.dk BO@STORM.DK bo@storm.dk. mailto:anne-marie.obrien@mail.com anne-marie.obrien saa@firma.dk s.a.a@firma.dk",
        "Jeg er 32 år og bor i Vejle. Alder: 45. I am 41 years old. aged 29. Hun er 55 år gammel. 10 års erfaring. 38-årig.",
        "Hun er gift og mor til 2 børn. He is married with two children. Modersmål: arabisk og somali. Urdu (native). Oprindeligt fra Syrien.",
        "Referencer:\nLars Pedersen, afdelingschef\nFatima Al-Hassan, teamleder\n\nJeg talte med Pedersen og Lars. PEDERSEN ringede. Pedersens bil.",
        "Mohammed Hassan\nMohamed Hasan, Muhammad Hassan, MOHAMMED HASSAN, Hassans, M. Hassan, Hassan, Mohammed, MH, M.H.",
        "Søren Jørgensen Soeren Joergensen Soren Jorgensen SØREN JØRGENSEN Jørgensens Sören Jörgenssen jørgensen S. Jørgensen",
        "Projektet Storm-rapporten og Maria-projektet. Kim Larsen-koncerten. IT-han. HR-partner. MR-scanner. Hr. Jensen. HR. Jensen. Fru Ahmadi.",
        "Ansat 01.02.2015 – 31.12.2020 som konsulent. 2015-2020. 1.1.2001–9.1.2001. Januar 2001. 9. januar 2001. 09.01.01. 9/1-2001.",
        "Ib Hassel\nHan bor i en hassel-have. IB HASSEL. Hassels. Ib. Hassel, Ib.",
        "Lines\n\nwith  double  spaces  Mette  Kirstine  Hansen\tand\ttabs\r\nCRLF Mette\r\nHansen across lines.",
        "");

    private DetectionSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path outFile = Path.of(args.length > 1 ? args[1] : "target/detection-snapshot.txt");
        var detector = new Detector();
        var known = new KnownValueDetector();
        int cases = 0;
        try (var out = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
            for (var t : CorpusTexts.load(corpus)) {
                String lang = t.language() == null ? DocumentText.language(t.text()) : t.language();
                cases += write(out, "corpus " + t.name(), t.text(), lang, t.known(), detector, known);
                cases += write(out, "corpus-none " + t.name(), t.text(), lang, KnownPersonalData.NONE, detector, known);
                cases += write(out, "corpus-upper " + t.name(), t.text().toUpperCase(Locale.ROOT), lang, t.known(), detector, known);
                cases += write(out, "corpus-lower " + t.name(), t.text().toLowerCase(Locale.ROOT), lang, t.known(), detector, known);
            }
            for (long seed : new long[] {20261122L, 7L, 1L, 2L, 3L}) {
                for (var d : new SyntheticCorpus(seed).generate(seed == 20261122L ? 400 : 80)) {
                    cases += write(out, "synthetic " + seed + " " + d.id(), d.text(), d.language(), d.known(), detector, known);
                }
            }
            List<String> texts = new ArrayList<>(TRICKY);
            texts.addAll(testLiterals(Path.of("src/test/java/dk/rekrut/redaction")));
            for (int i = 0; i < texts.size(); i++) {
                for (int k = 0; k < KNOWN.size(); k++) {
                    for (String lang : List.of("da", "en")) {
                        cases += write(out, "text " + i + " known " + k + " " + lang, texts.get(i), lang, KNOWN.get(k), detector, known);
                    }
                }
            }
        }
        System.out.println(cases + " cases written to " + outFile);
    }

    private static int write(PrintWriter out, String id, String text, String lang, KnownPersonalData k, Detector detector,
                             KnownValueDetector known) {
        out.println("# " + id + " " + lang + " len=" + text.length() + " hash=" + Integer.toHexString(text.hashCode()));
        for (Span s : detector.detect(text, lang, k)) {
            out.println(s.start() + "\t" + s.end() + "\t" + s.type() + "\t" + s.confidence() + "\t" + s.reason());
        }
        out.println("# known-only");
        for (Span s : known.detect(text, k)) {
            out.println(s.start() + "\t" + s.end() + "\t" + s.type() + "\t" + s.confidence() + "\t" + s.reason());
        }
        return 1;
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** Every string literal of the tests of at least ten characters, unescaped, in a fixed order. */
    private static List<String> testLiterals(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            // LiteralTest's and CueTest's literals are regular expressions and alphabets, not texts.
            files = s.filter(p -> p.toString().endsWith("Test.java") && !p.endsWith("LiteralTest.java") && !p.endsWith("CueTest.java"))
                .sorted().toList();
        }
        for (Path f : files) {
            Matcher m = LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                String v = m.group(1).replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
                if (v.length() >= 10) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
