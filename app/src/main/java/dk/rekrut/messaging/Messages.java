package dk.rekrut.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.correspondence.MailTemplates;
import dk.rekrut.correspondence.MergeFields;
import dk.rekrut.interview.Interviews;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR writes to candidates of a case. The preview and the sending build each recipient's letter with one method and
 * render it with the outbox's own code ({@link Correspondence#render}), so the preview is the e-mail that goes out;
 * only the secret part of a personal link ({@code {link}}) is masked in the preview, since no member of staff may
 * hold it. Only HR handling the case may write: committee members get 403 here whatever the case.
 */
@Service
class Messages {

    /** At most this many recipients per message: one page of previews. */
    static final int MAX_RECIPIENTS = 100;
    /** Stands in the preview for a personal link's secret token. */
    static final String MASKED_TOKEN = "••••••••";
    private static final String FIRST_NAME = "fornavn";
    private static final String NAME = "navn";

    /** A recipient as HR sees them: the candidate number in an anonymous case, else the name (and, once reached, the address). */
    record Recipient(UUID applicationId, String candidateNumber, String label) {
    }

    /** One recipient's e-mail as it will be sent. */
    record Preview(Recipient to, String subject, String html, String text) {
    }

    /** The recipients picked on a case; {@code unreachable}: candidate numbers with no address left (withdrawn, erased). */
    record Picked(RecruitmentCase c, List<Recipient> recipients) {
    }

    /** What a preview or a send produced. */
    record Outcome(List<Preview> previews, List<String> unreachable) {
    }

    private final CaseAccess access;
    private final Applications applications;
    private final ApplicantViews applicants;
    private final CandidateNames names;
    private final Interviews interviews;
    private final Correspondence correspondence;
    private final CaseMessageTemplates templates;
    private final InstitutionSettings settings;
    private final AuditLog audit;

    Messages(CaseAccess access, Applications applications, ApplicantViews applicants, CandidateNames names,
             Interviews interviews, Correspondence correspondence, CaseMessageTemplates templates,
             InstitutionSettings settings, AuditLog audit) {
        this.access = access;
        this.applications = applications;
        this.applicants = applicants;
        this.names = names;
        this.interviews = interviews;
        this.correspondence = correspondence;
        this.templates = templates;
        this.settings = settings;
        this.audit = audit;
    }

    /** The case (HR handling it only) and the picked candidates, each on this case; names only in an ordinary case. */
    Picked pick(CurrentUser user, UUID caseId, List<UUID> candidateIds) {
        var c = access.requireManage(user, caseId);
        var chosen = candidates(c, candidateIds);
        var named = c.anonymous() ? Map.<UUID, String>of() : names.forOverview(user, c, chosen);
        return new Picked(c, chosen.stream().map(a -> new Recipient(a.id(), a.candidateNumber(),
            named.containsKey(a.id()) ? named.get(a.id()) + " (" + a.candidateNumber() + ")" : a.candidateNumber())).toList());
    }

    CaseMessageTemplates.Wording wording(CurrentUser user, UUID caseId, MessageKind kind, Locale locale) {
        access.requireManage(user, caseId);
        return templates.wording(caseId, kind, locale);
    }

    /** HR words the kind's message for this case (merge fields checked); audited. */
    @Transactional
    void saveWording(CurrentUser user, UUID caseId, MessageKind kind, CaseMessageTemplates.Wording wording) {
        access.requireManage(user, caseId);
        templates.save(caseId, kind, wording, user.username());
        audit.record(AuditAction.TEMPLATE_CHANGED, "CaseMessageTemplate", caseId + "/" + kind, null);
    }

    /**
     * Each recipient's e-mail, exactly as {@link #send} would queue it; nothing is queued and no link is made. (Not
     * read-only: each look at a recipient's identity is audited.)
     */
    @Transactional
    Outcome preview(CurrentUser user, UUID caseId, List<UUID> candidateIds, CaseMessageTemplates.Wording wording,
                    String linkBase) {
        return letters(user, caseId, candidateIds, wording, UUID.randomUUID(),
            id -> linkBase + "/my-application/" + MASKED_TOKEN, (letter, shown) -> correspondence.render(shown));
    }

    /**
     * Queues one e-mail per recipient through the outbox (durable, in this transaction) into each applicant's
     * correspondence log. {@code sendId} comes with the previewed form: posting it twice sends nothing new.
     */
    @Transactional
    Outcome send(CurrentUser user, UUID caseId, List<UUID> candidateIds, CaseMessageTemplates.Wording wording,
                 UUID sendId, String linkBase) {
        var outcome = letters(user, caseId, candidateIds, wording, sendId, id -> applicants.personalLink(id, linkBase),
            (letter, shown) -> {
                correspondence.send(letter);
                return correspondence.render(shown);
            });
        audit.recordAll(AuditAction.MESSAGE_SENT, "Application",
            outcome.previews().stream().map(p -> p.to().applicationId()).toList(), "message " + sendId);
        return outcome;
    }

    /**
     * What becomes of each recipient's letter: rendered only (preview), or queued and rendered (send). {@code shown}
     * is what HR sees of it: the letter itself, or in an anonymous case the letter with the name left as its field.
     */
    private interface Delivery {
        MailTemplates.Rendered apply(Letter letter, Letter shown);
    }

    private Outcome letters(CurrentUser user, UUID caseId, List<UUID> candidateIds, CaseMessageTemplates.Wording wording,
                            UUID sendId, Function<UUID, String> link, Delivery delivery) {
        var picked = pick(user, caseId, candidateIds);
        var w = wording.checked(); // unknown merge fields are refused before any recipient is looked up
        var c = picked.c();
        var previews = new ArrayList<Preview>();
        var unreachable = new ArrayList<String>();
        for (var r : picked.recipients()) {
            var contact = applicants.contactFor(user, c.id(), r.applicationId(), "message to candidate");
            if (contact.isEmpty()) {
                unreachable.add(r.candidateNumber());
                continue;
            }
            var a = applications.find(r.applicationId()).orElseThrow();
            boolean linked = (w.subject() + w.body()).contains("{link}");
            var values = values(c, a, contact.get(), linked ? link.apply(a.id()) : null);
            var letter = letter(c, a, w, values, contact.get(), sendId);
            // In an anonymous case HR writing to many sees candidate numbers, never an address; and a name only for
            // a candidate re-identified by the confirmed step: a letter filled in would otherwise tie each number to
            // its name on one page.
            var to = c.anonymous() ? r : new Recipient(r.applicationId(), r.candidateNumber(),
                contact.get().name() + " <" + contact.get().email() + ">");
            var shown = c.anonymous() && !applicants.reidentified(a.id())
                ? letter(c, a, w, withoutName(values), contact.get(), sendId) : letter;
            var rendered = delivery.apply(letter, shown);
            previews.add(new Preview(to, rendered.subject(), rendered.html(), rendered.text()));
        }
        return new Outcome(previews, unreachable);
    }

    private Letter letter(RecruitmentCase c, Application a, CaseMessageTemplates.Wording w, Map<String, String> values,
                          ApplicantViews.Contact contact, UUID sendId) {
        String subject = MergeFields.fill(w.subject(), values, a.candidateNumber());
        String body = MergeFields.fill(w.body(), values, a.candidateNumber());
        return new Letter(LetterKind.FREE_TEXT, "message:" + sendId + ":" + a.id(), a.id(), contact.email(),
            contact.language(), Map.of("subject", subject, "body", body, "name", values.getOrDefault(NAME, contact.name()),
                "title", c.title(), "institution", settings.get(InstitutionSettings.NAME)), List.of());
    }

    /** The values with the name fields standing as themselves ("{fornavn}"), for what HR sees in an anonymous case. */
    private static Map<String, String> withoutName(Map<String, String> values) {
        var v = new HashMap<String, String>(values);
        v.put(FIRST_NAME, "{" + FIRST_NAME + "}");
        v.put(NAME, "{" + NAME + "}");
        return v;
    }

    /** Every merge field's value for one recipient, in the applicant's language; a field with no value is left out. */
    private Map<String, String> values(RecruitmentCase c, Application a, ApplicantViews.Contact contact, String link) {
        String lang = "en".equals(contact.language().getLanguage()) ? "en" : "da";
        var v = new HashMap<String, String>();
        v.put(FIRST_NAME, contact.name().strip().split("\\s+")[0]);
        v.put(NAME, contact.name().strip());
        v.put("kandidatnummer", a.candidateNumber());
        v.put("stilling", c.title());
        v.put("frist", Time.written(c.deadline(), lang));
        v.put("institution", settings.get(InstitutionSettings.NAME));
        if (c.contact() != null) {
            v.put("kontaktperson", c.contact().written());
        }
        interviews.invitation(a.id()).filter(i -> !i.cancelled()).flatMap(i -> interviews.slot(i.slotId())).ifPresent(s -> {
            v.put("samtale.tid", Time.written(s.startsAt(), lang));
            v.put("samtale.sted", s.place());
            v.put("samtale.varighed", Interviews.duration(s, "en".equals(lang)));
            if (s.panel() != null) {
                v.put("samtale.panel", s.panel());
            }
        });
        if (link != null) {
            v.put("link", link);
        }
        v.values().removeIf(x -> x == null || x.isBlank());
        return v;
    }

    private List<Application> candidates(RecruitmentCase c, List<UUID> candidateIds) {
        var ids = new LinkedHashSet<>(candidateIds == null ? List.<UUID>of() : candidateIds);
        if (ids.isEmpty()) {
            throw new RuleViolation("error.message.none");
        }
        if (ids.size() > MAX_RECIPIENTS) {
            throw new RuleViolation("error.message.too-many", MAX_RECIPIENTS);
        }
        return ids.stream().map(id -> applications.find(id).filter(a -> a.caseId().equals(c.id()))
            .orElseThrow(() -> new NotFoundException("application"))).toList();
    }
}
