package dk.rekrut.assessment.candidates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dk.rekrut.application.StatusChange;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who made each step of a candidate's history, as a reader says it (review problem 14): "Ansøger" for the applicant,
 * a user's display name for staff, never the stored code or username.
 */
@Component
class HistoryActors {

    /** What the application module stores for a step the applicant made (applying, withdrawing). */
    static final String APPLICANT = "applicant";

    private final OrganisationDirectory directory;
    private final MessageSource messages;

    HistoryActors(OrganisationDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** The label of every actor in the history, by what is stored. */
    Map<String, String> labels(List<StatusChange> history, Locale locale) {
        var out = new LinkedHashMap<String, String>();
        for (var h : history) {
            out.computeIfAbsent(h.changedBy(), by -> label(by, locale));
        }
        return out;
    }

    private String label(String by, Locale locale) {
        if (by == null || APPLICANT.equals(by)) {
            return messages.getMessage("history.by.applicant", null, locale);
        }
        return directory.userByUsername(by).map(UserView::displayName)
            .orElseGet(() -> messages.getMessage("history.by.former-user", null, locale));
    }
}
