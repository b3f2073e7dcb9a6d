package dk.rekrut.jobcentre;

import java.time.Clock;
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
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.PublicSite;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postings the consultant sends to a citizen, and the citizen's side. Sending queues an e-mail through the outbox with
 * a private link (a fresh random token; only its hash is stored), in the same transaction as the suggestions and the
 * log line. The link opens the citizen's page with every posting they were sent, where they answer per posting.
 */
@Service
public class Suggestions {

    static final int MAX_SEND = 20;

    /** The citizen's page: their pseudonym and the postings sent. */
    /** What a private link opens: the suggestions, or, once the consultant has ended the course, nothing but that. */
    public record CitizenPage(UUID citizenId, boolean ended, List<CitizenRepository.Suggestion> suggestions) {
    }

    private final Citizens citizens;
    private final CitizenRepository repository;
    private final HarvestedPostings postings;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final PublicSite site;
    private final Clock clock;

    Suggestions(Citizens citizens, CitizenRepository repository, HarvestedPostings postings,
                Correspondence correspondence, InstitutionSettings settings, PublicSite site, Clock clock) {
        this.citizens = citizens;
        this.repository = repository;
        this.postings = postings;
        this.correspondence = correspondence;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Sends the chosen postings (active ones only) to the consultant's own citizen by e-mail. Returns how many were
     * sent. The e-mail address is read from the citizen's identity (audited).
     */
    @Transactional
    public int send(CurrentUser consultant, String pseudonym, List<UUID> postingIds) {
        var citizen = citizens.own(consultant, pseudonym);
        if (!citizen.active()) {
            throw new RuleViolation("jobcentre.send.error.left");
        }
        if (citizen.usualPractice()) {
            throw new RuleViolation("jobcentre.send.error.control");
        }
        List<UUID> chosen = postingIds == null ? List.of() : postingIds.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new RuleViolation("jobcentre.send.error.none");
        }
        if (chosen.size() > MAX_SEND) {
            throw new RuleViolation("jobcentre.send.error.too-many", MAX_SEND);
        }
        var active = postings.activeAmong(chosen);
        var sent = new ArrayList<String>();
        var now = clock.instant();
        for (UUID id : chosen) {
            if (active.containsKey(id)) {
                repository.suggest(citizen.id(), id, now);
                sent.add(id.toString());
            }
        }
        if (sent.isEmpty()) {
            throw new RuleViolation("jobcentre.send.error.none");
        }
        var identity = citizens.identity(citizen, "send suggestions by e-mail");
        if (identity == null || identity.email() == null) {
            throw new RuleViolation("jobcentre.send.error.no-email");
        }
        String token = Tokens.newToken();
        repository.insertLink(Tokens.hash(token), citizen.id(), now);
        correspondence.send(new Letter(LetterKind.JOBCENTRE_SUGGESTIONS,
            "jobcentre-suggestions:" + citizen.id() + ":" + Tokens.hash(token).substring(0, 16), citizen.id(),
            identity.email(), Locale.forLanguageTag("da"),
            Map.of("link", site.baseUrl() + "/jobcenter/forslag/" + token, "count", String.valueOf(sent.size()),
                "institution", settings.get(InstitutionSettings.NAME)),
            List.of()));
        repository.log(citizen.id(), now, "SENT", sent);
        return sent.size();
    }

    /**
     * The page a private link opens; empty for an unknown or malformed token. A link of a citizen whose course has
     * ended shows nothing of the suggestions: the link ends with the course, not at retention.
     */
    @Transactional(readOnly = true)
    public Optional<CitizenPage> page(String token) {
        return citizenOf(token).map(l -> new CitizenPage(l.citizenId(), l.ended(),
            l.ended() ? List.of() : repository.suggestions(l.citizenId())));
    }

    /** The citizen's answer to one posting they were sent, through their private link; none after the course ended. */
    @Transactional
    public boolean answer(String token, UUID postingId, Citizens.Answer answer, String reason) {
        return citizenOf(token).filter(l -> !l.ended())
            .map(l -> citizens.recordAnswer(l.citizenId(), postingId, answer, reason)).orElse(false);
    }

    /** What the consultant sent and what the citizen answered. */
    @Transactional(readOnly = true)
    public List<CitizenRepository.Suggestion> sent(CitizenRepository.Citizen citizen) {
        return repository.suggestions(citizen.id());
    }

    private Optional<CitizenRepository.LinkHolder> citizenOf(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return repository.citizenOfLink(Tokens.hash(token));
    }
}
