package dk.rekrut.jobagent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Unit;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.recruitment.Category;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.PlainText;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import dk.rekrut.shared.Tokens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job agent subscriptions: subscribe (double opt-in), confirm, unsubscribe. What a subscription matches is decided
 * by {@link PublicPostings#jobList} with the subscription's criteria as filter, the same rule as the public list.
 */
@Service
public class JobAgent {


    /** The criteria as submitted on the public form. */
    public record Criteria(String keywords, Category category, String location, UUID unitId) {
    }

    private final JobAgentRepository repository;
    private final PublicPostings publicPostings;
    private final OrganisationDirectory directory;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final LocalTime digestTime;

    JobAgent(JobAgentRepository repository, PublicPostings publicPostings, OrganisationDirectory directory,
             Correspondence correspondence, InstitutionSettings settings, MessageSource messages, Clock clock,
             JobAgentProperties agentSettings) {
        this.repository = repository;
        this.publicPostings = publicPostings;
        this.directory = directory;
        this.correspondence = correspondence;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.digestTime = agentSettings.digestTime();
    }

    /** Stores an unconfirmed subscription and mails the confirmation link (with an unsubscribe link, as every mail). */
    @Transactional
    public UUID subscribe(Criteria criteria, String email, Locale locale, String linkBase) {
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("error.apply.email");
        }
        // Both are quoted in the letters: no bidirectional controls (PlainText); only such controls is no criterion.
        String keywords = trimmed(PlainText.plain(criteria.keywords()), 200);
        String location = trimmed(PlainText.plain(criteria.location()), 100);
        if (criteria.unitId() != null && directory.unit(criteria.unitId()).isEmpty()) {
            throw new RuleViolation("error.agent.unit");
        }
        String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
        String confirmToken = Tokens.newToken();
        var s = new Subscription(UUID.randomUUID(), email.strip().toLowerCase(Locale.ROOT), language, keywords,
            criteria.category(), location, criteria.unitId(), Tokens.newToken(), clock.instant(), null, null, null);
        repository.insert(s, Tokens.hash(confirmToken));
        String unsubscribe = unsubscribeLink(linkBase, s);
        correspondence.send(new Letter(LetterKind.JOB_AGENT_CONFIRM, "agent-confirm:" + s.id(), null, s.email(),
            Locale.forLanguageTag(language), Map.of("criteria", describe(s), "link",
                linkBase + "/jobs/agent/confirm/" + confirmToken, "unsubscribe", unsubscribe,
                "institution", settings.get(InstitutionSettings.NAME)), List.of(), unsubscribe));
        return s.id();
    }

    /** The subscription a confirmation link belongs to, for the confirmation page. */
    public Optional<Subscription> byConfirmToken(String token) {
        return Tokens.plausible(token) ? repository.byConfirmHash(Tokens.hash(token)) : Optional.empty();
    }

    /**
     * Confirms: from now on the subscription gets digests. Postings public already now are marked as seen, so the
     * first digest lists only postings that become public after the confirmation.
     */
    @Transactional
    public Optional<Subscription> confirm(String token) {
        var s = byConfirmToken(token);
        s.filter(x -> x.confirmedAt() == null).ifPresent(x -> {
            Instant now = clock.instant();
            repository.confirm(x.id(), now, nextDigestAfter(now));
            repository.markSeen(x.id(), publicPostings.jobList(PublicPostings.Filter.NONE).stream()
                .map(PublicPostings.PublicPosting::id).toList(), now);
        });
        return s.flatMap(x -> repository.find(x.id()));
    }

    /** Whether the unsubscribe link still names a subscription: the page the link opens asks before it deletes. */
    public boolean hasSubscription(String unsubscribeToken) {
        return Tokens.plausible(unsubscribeToken) && repository.byUnsubscribeToken(unsubscribeToken).isPresent();
    }

    /** Unsubscribe: deletes the subscription. Returns whether there was one (a second click finds none). */
    @Transactional
    public boolean unsubscribe(String token) {
        if (!Tokens.plausible(token)) {
            return false;
        }
        var s = repository.byUnsubscribeToken(token);
        s.ifPresent(x -> repository.delete(x.id()));
        return s.isPresent();
    }

    /** The next digest time (rekrut.job-agent.digest-time, Danish time) strictly after {@code now}. */
    Instant nextDigestAfter(Instant now) {
        ZonedDateTime local = now.atZone(Time.DANISH);
        ZonedDateTime today = local.toLocalDate().atTime(digestTime).atZone(Time.DANISH);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }

    static String unsubscribeLink(String linkBase, Subscription s) {
        return linkBase + "/jobs/agent/unsubscribe/" + s.unsubscribeToken();
    }

    /** The criteria in words, in the subscriber's language, for the e-mails. */
    String describe(Subscription s) {
        Locale locale = Locale.forLanguageTag(s.language());
        List<String> parts = new ArrayList<>();
        if (s.keywords() != null) {
            parts.add("\u201c" + s.keywords() + "\u201d");
        }
        if (s.category() != null) {
            parts.add(messages.getMessage("category." + s.category(), null, s.category().name(), locale));
        }
        if (s.location() != null) {
            parts.add(s.location());
        }
        if (s.unitId() != null) {
            directory.unit(s.unitId()).map(Unit::name).ifPresent(parts::add);
        }
        return parts.isEmpty() ? messages.getMessage("agent.all-postings", null, "", locale) : String.join(", ", parts);
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation("error.agent.too-long");
        }
        return value.strip();
    }
}
