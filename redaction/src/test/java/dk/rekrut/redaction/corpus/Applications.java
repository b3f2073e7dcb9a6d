package dk.rekrut.redaction.corpus;

import static dk.rekrut.redaction.corpus.Content.fill;
import static dk.rekrut.redaction.corpus.Content.known;
import static dk.rekrut.redaction.corpus.Content.other;
import static dk.rekrut.redaction.corpus.Content.plain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Assembles a CV or a cover letter from the templates for one applicant. */
final class Applications {

    private final Content c;

    Applications(Content c) {
        this.c = c;
    }

    Doc write(String id, String language, String kind, Content.Applicant a, boolean nonDanishReferences) {
        boolean da = language.equals("da");
        var doc = new Doc(id, language, kind);
        var w = c.written(a.name());
        doc.note = "name " + w.how();
        Map<String, Content.Part> s = slots(a, w, da, nonDanishReferences, doc);
        if (kind.equals("cv")) {
            cv(doc, s, da);
        } else {
            letter(doc, s, da);
        }
        if (c.rnd().nextInt(3) == 0) {
            doc.header = fill(c.pick(da ? new String[] {"{name} – CV", "Ansøgning fra {name}", "{name} · {phone}", "Curriculum vitae"}
                : new String[] {"{name} – CV", "Application from {name}", "{name} · {email}", "Curriculum vitae"}), s, doc);
        }
        if (c.rnd().nextInt(3) == 0) {
            doc.footer = fill(c.pick("{email} · {phone}", "{street}, {postaltown}", "Side 1", "{name}", "{phone}"), s, doc);
        }
        doc.photo = c.rnd().nextInt(3) == 0;
        return doc;
    }

    private Map<String, Content.Part> slots(Content.Applicant a, Content.Written w, boolean da, boolean nonDanishRefs, Doc doc) {
        var s = Content.slots();
        var n = a.name();
        s.put("name", c.name("known", w.full(), n));
        s.put("first", c.namePart("known", w.first(), n));
        s.put("last", c.namePart("known", w.last(), n));
        s.put("email", known("EMAIL", a.email()));
        s.put("phone", known("PHONE", c.phoneAsWritten(a.phone())));
        s.put("street", known("ADDRESS", a.street()));
        s.put("postaltown", known("ADDRESS", a.postal() + " " + a.town()));
        s.put("birth", known("BIRTH_DATE", c.birthAsWritten(a.birth(), da)));
        s.put("cpr", known("CPR", c.rnd().nextBoolean() ? a.cpr() : a.cpr().replace("-", " ")));
        String slug = Content.ascii(w.first() + "-" + w.last()).toLowerCase(Locale.ROOT).replace(' ', '-');
        s.put("url", other("URL", c.pick("linkedin.com/in/", "https://www.linkedin.com/in/", "https://github.com/")
            + slug + (c.rnd().nextBoolean() ? "" : "-" + Integer.toHexString(0x100 + c.rnd().nextInt(0xeff)))));
        int age = 2026 - a.birth().getYear();
        s.put("age", other("AGE", da ? age + " år" : age + " years old"));
        s.put("married", other("FAMILY", da ? c.pick("gift", "fraskilt", "samlevende") : c.pick("married", "divorced")));
        s.put("kids", other("FAMILY", da ? c.pick("to børn", "tre børn", "et barn", "2 børn") : c.pick("two children", "three children", "one child", "2 children")));
        s.put("country", other("ORIGIN", c.pick(da ? Templates.COUNTRIES_DA : Templates.COUNTRIES_EN)));
        s.put("mt", other("ORIGIN", c.pick(da ? Templates.MOTHER_TONGUES_DA : Templates.MOTHER_TONGUES_EN)));
        // references, a colleague and a contact person: names not in the form, of both origins
        People.Name ref = c.people().person(c.rnd(), !nonDanishRefs);
        People.Name ref2 = c.people().person(c.rnd(), nonDanishRefs);
        People.Name col = c.people().person(c.rnd(), c.rnd().nextBoolean());
        People.Name contact = c.people().person(c.rnd(), c.rnd().nextBoolean());
        s.put("ref", c.name("other", ref.first() + " " + ref.last(), ref));
        s.put("refLast", c.namePart("other", ref.last(), ref));
        s.put("refTitle", other("GENDER", ref.gender() == 'f' ? (da ? "Fru" : "Ms") : (da ? "Hr." : "Mr")));
        s.put("refPron", other("GENDER", ref.gender() == 'f' ? (da ? "hun" : "she") : (da ? "han" : "he")));
        s.put("refRole", plain(c.pick(da ? Templates.ROLES_DA : Templates.ROLES_EN)));
        s.put("refPhone", other("PHONE", c.otherPhone()));
        String employer2 = c.pick(Templates.EMPLOYERS);
        String domain = Content.ascii(employer2.split(" ")[0]).toLowerCase(Locale.ROOT) + ".dk";
        s.put("refEmail", other("EMAIL", Content.ascii(ref.first()).toLowerCase(Locale.ROOT).replace(" ", "") + "."
            + Content.ascii(ref.last()).toLowerCase(Locale.ROOT).replace(" ", "") + "@" + domain));
        s.put("ref2", c.name("other", ref2.first() + " " + ref2.last(), ref2));
        s.put("colleague", c.name("other", col.first() + " " + col.last(), col));
        s.put("colleagueFirst", c.namePart("other", col.first(), col));
        s.put("contact", c.name("other", contact.first() + " " + contact.last(), contact));
        s.put("contactFirst", c.namePart("other", contact.first(), contact));
        s.put("contactLast", c.namePart("other", contact.last(), contact));
        s.put("contactTitle", other("GENDER", contact.gender() == 'f' ? (da ? "Fru" : "Ms") : (da ? "Hr." : "Mr")));
        s.put("job", plain(c.pick(da ? Templates.JOBS_DA : Templates.JOBS_EN)));
        s.put("employer", plain(c.pick(Templates.EMPLOYERS)));
        s.put("employer2", plain(employer2));
        s.put("skill", plain(c.pick(da ? Templates.SKILLS_DA : Templates.SKILLS_EN)));
        s.put("skill2", plain(c.pick(da ? Templates.SKILLS_DA : Templates.SKILLS_EN)));
        s.put("degree", plain(c.pick(da ? Templates.DEGREES_DA : Templates.DEGREES_EN)));
        s.put("school", plain(c.pick(Templates.SCHOOLS)));
        s.put("town2", plain(c.pick(Templates.TOWNS)));
        s.put("years", plain(String.valueOf(3 + c.rnd().nextInt(20))));
        int y = 2005 + c.rnd().nextInt(15);
        s.put("year1", plain(String.valueOf(y)));
        s.put("year2", plain(String.valueOf(y + 1 + c.rnd().nextInt(5))));
        return s;
    }

    private void cv(Doc doc, Map<String, Content.Part> s, boolean da) {
        var rnd = c.rnd();
        // The name at the top, as people set it: plain, in capitals, or surname first.
        String top = switch (rnd.nextInt(5)) {
            case 0 -> upper(s.get("name"));
            case 1 -> "{last}, {first}";
            default -> "{name}";
        };
        if (top.startsWith("!")) {
            doc.label(new Doc.Label("NAME", "known", s.get("name").label().origin(), s.get("name").label().inGazetteer(), top.substring(1)));
            doc.add(Doc.Kind.HEADING, top.substring(1));
        } else {
            doc.add(Doc.Kind.HEADING, fill(top, s, doc));
        }
        boolean sidebar = rnd.nextBoolean();
        Doc.Kind contactKind = sidebar ? Doc.Kind.SIDEBAR : Doc.Kind.PARAGRAPH;
        if (rnd.nextBoolean()) {
            doc.row(da ? c.pick("Adresse", "Bopæl") : "Address", fill("{street}, {postaltown}", s, doc));
            doc.row(da ? c.pick("Telefon", "Mobil", "Tlf.") : c.pick("Phone", "Mobile"), fill("{phone}", s, doc));
            doc.row(da ? c.pick("E-mail", "Mail") : "E-mail", fill("{email}", s, doc));
        } else {
            doc.add(contactKind, fill(c.pick("{street} · {postaltown} · {phone} · {email}", "{street}\n{postaltown}\n{phone}\n{email}",
                "{email} | {phone} | {street}, {postaltown}"), s, doc));
        }
        if (rnd.nextInt(3) == 0) {
            doc.row(da ? c.pick("Født", "Fødselsdato") : c.pick("Date of birth", "Born"), fill("{birth}", s, doc));
        }
        if (rnd.nextInt(8) == 0) {
            doc.row(da ? "CPR-nr." : "CPR number", fill("{cpr}", s, doc));
        }
        if (rnd.nextInt(3) == 0) {
            doc.row("LinkedIn", fill("{url}", s, doc));
        }
        if (rnd.nextInt(4) == 0) {
            doc.row(da ? "Alder" : "Age", fill("{age}", s, doc));
        }
        if (rnd.nextInt(5) == 0) {
            doc.row(da ? "Civilstand" : "Marital status", fill("{married}, {kids}", s, doc));
        }
        doc.add(Doc.Kind.HEADING, da ? c.pick("Profil", "Om mig", "Resumé") : c.pick("Profile", "About me", "Summary"));
        doc.add(Doc.Kind.PARAGRAPH, sentences(da ? Templates.PROFILE_DA : Templates.PROFILE_EN, 2 + rnd.nextInt(3), s, doc));
        doc.add(Doc.Kind.HEADING, da ? c.pick("Erhvervserfaring", "Erfaring", "Ansættelser") : c.pick("Experience", "Employment"));
        int jobs = 2 + rnd.nextInt(2);
        int year = 2024;
        for (int j = 0; j < jobs; j++) {
            int from = year - 1 - rnd.nextInt(5);
            doc.add(Doc.Kind.PARAGRAPH, from + "–" + (j == 0 ? (da ? "nu" : "present") : String.valueOf(year)) + ": "
                + fill("{job}, " + c.pick(Templates.EMPLOYERS), s, doc));
            for (String t : c.some(da ? Templates.BULLET_DA : Templates.BULLET_EN, 1 + rnd.nextInt(3))) {
                doc.add(Doc.Kind.BULLET, fill(t, s, doc));
            }
            year = from;
        }
        doc.add(Doc.Kind.HEADING, da ? "Uddannelse" : "Education");
        doc.add(Doc.Kind.PARAGRAPH, (year - 2) + ": " + fill("{degree}, {school}", s, doc));
        doc.add(Doc.Kind.HEADING, da ? "Sprog" : "Languages");
        if (rnd.nextInt(3) == 0) {
            String level = da ? "Modersmål" : c.pick("Mother tongue", "Native language");
            // A native level reveals origin and is labelled; the language itself is a qualification and stays (issue 17).
            doc.label(new Doc.Label("LANGUAGE_LEVEL", "other", null, null, level));
            doc.row(level, s.get("mt").text());
        }
        String motherTongue = s.get("mt").text().toLowerCase(Locale.ROOT);
        for (String l : c.some(da ? Templates.LANGUAGE_SKILLS_DA : Templates.LANGUAGE_SKILLS_EN, 2)) {
            // A language named as a skill is a qualification and stays. The mother tongue was labelled by value until
            // issue 17; the two still differ in one document so that the generated text stays the same.
            if (!l.toLowerCase(Locale.ROOT).startsWith(motherTongue)) {
                doc.add(Doc.Kind.BULLET, l);
            }
        }
        if (rnd.nextInt(4) > 0) {
            doc.add(Doc.Kind.HEADING, da ? c.pick("Referencer", "Referencepersoner") : c.pick("References", "Referees"));
            for (String t : c.some(da ? Templates.REFERENCE_DA : Templates.REFERENCE_EN, 1)) {
                for (String line : fill(t, s, doc).split("\n")) {
                    doc.add(Doc.Kind.PARAGRAPH, line);
                }
            }
        }
    }

    private void letter(Doc doc, Map<String, Content.Part> s, boolean da) {
        var rnd = c.rnd();
        if (rnd.nextBoolean()) {
            doc.add(Doc.Kind.PARAGRAPH, fill("{name}", s, doc));
            doc.add(Doc.Kind.PARAGRAPH, fill(c.pick("{street}, {postaltown}", "{street}\n{postaltown}"), s, doc));
            doc.add(Doc.Kind.PARAGRAPH, fill(c.pick("{phone} · {email}", "Tlf. {phone}\n{email}", "{email}"), s, doc));
        }
        doc.add(Doc.Kind.PARAGRAPH, c.pick(Templates.TOWNS) + ", "
            + java.time.LocalDate.of(2026, 1 + rnd.nextInt(11), 1 + rnd.nextInt(28))
                .format(DateTimeFormatter.ofPattern(da ? "d. MMMM yyyy" : "d MMMM yyyy", da ? Locale.forLanguageTag("da") : Locale.ENGLISH)));
        doc.add(Doc.Kind.HEADING, fill(da ? "Ansøgning: {job}" : "Application: {job}", s, doc));
        doc.add(Doc.Kind.PARAGRAPH, fill(c.pick(da ? Templates.GREETING_DA : Templates.GREETING_EN), s, doc));
        String[] pool = da ? Templates.LETTER_DA : Templates.LETTER_EN;
        var chosen = c.some(pool, 5 + rnd.nextInt(4));
        int at = 0;
        while (at < chosen.size()) {
            int n = Math.min(chosen.size() - at, 2 + rnd.nextInt(2));
            var sb = new StringBuilder();
            for (String t : chosen.subList(at, at + n)) {
                sb.append(sb.isEmpty() ? "" : " ").append(fill(t, s, doc));
            }
            doc.add(Doc.Kind.PARAGRAPH, sb.toString());
            at += n;
        }
        doc.add(Doc.Kind.PARAGRAPH, c.pick(da ? Templates.CLOSING_DA : Templates.CLOSING_EN));
        doc.add(Doc.Kind.PARAGRAPH, fill(c.pick("{name}", "{first}", "{name}\n{phone}", "{first} {last}"), s, doc));
    }

    private String sentences(String[] pool, int n, Map<String, Content.Part> s, Doc doc) {
        var sb = new StringBuilder();
        for (String t : c.some(pool, n)) {
            sb.append(sb.isEmpty() ? "" : " ").append(fill(t, s, doc));
        }
        return sb.toString();
    }

    /** The written name in capitals, labelled as such ("!" marks an already-filled value). */
    private static String upper(Content.Part name) {
        return "!" + name.text().toUpperCase(Locale.ROOT);
    }
}
