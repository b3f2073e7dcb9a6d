package dk.rekrut.assessment.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import dk.rekrut.application.Application;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.correspondence.LetterPreviews;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.recruitment.RecruitmentCase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters a bulk rejection will send, before it is sent (review problem 7): one preview per letter and language,
 * filled for the first of its recipients, with how many get it. The reason stands as a marker: HR writes it below.
 */
@Component
class RejectionLetters {

    /** One letter of the rejection: its kind, its language, how many get it, and what it says. */
    record Shown(LetterKind kind, String language, int count, String recipient, String subject, String html) {
    }

    private final LetterPreviews previews;
    private final InstitutionSettings settings;
    private final MessageSource messages;

    RejectionLetters(LetterPreviews previews, InstitutionSettings settings, MessageSource messages) {
        this.previews = previews;
        this.settings = settings;
        this.messages = messages;
    }

    /** {@code met}: the applications whose interview was held, which get the after-interview wording. */
    List<Shown> previews(RecruitmentCase c, List<Application> chosen, Map<UUID, String> labels, Set<UUID> met) {
        Function<Application, LetterKind> kindFor = a -> StatusChanges.rejectionLetter(a, met.contains(a.id()));
        Map<String, List<Application>> groups = new LinkedHashMap<>();
        for (var a : chosen) {
            groups.computeIfAbsent(kindFor.apply(a) + "/" + language(a), k -> new ArrayList<>()).add(a);
        }
        var out = new ArrayList<Shown>();
        groups.values().forEach(group -> {
            var first = group.getFirst();
            String language = language(first);
            String recipient = labels.getOrDefault(first.id(), first.candidateNumber());
            var preview = previews.of(kindFor.apply(first), language, Map.of("name", recipient, "title", c.title(),
                "reason", messages.getMessage("board.reject.preview.reason", null, Locale.forLanguageTag(language)),
                "institution", settings.get(InstitutionSettings.NAME)));
            out.add(new Shown(kindFor.apply(first), language, group.size(), recipient, preview.subject(), preview.html()));
        });
        return out;
    }

    private static String language(Application a) {
        return "en".equals(a.language()) ? "en" : "da";
    }
}
