package dk.rekrut.publication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.CaseEvents.CaseCopied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case copied from an earlier one gets its posting text, layout and media. Each medium runs from today for as
 * many days as it ran before (open-ended stays open-ended); the plan is only a plan until HR publishes.
 */
@Component
class PostingCopy {

    private final Postings postings;
    private final CaseAccess access;

    PostingCopy(Postings postings, CaseAccess access) {
        this.postings = postings;
        this.access = access;
    }

    @EventListener
    void on(CaseCopied copied) {
        var earlier = postings.forCase(copied.from());
        if (earlier.isEmpty()) {
            return;
        }
        postings.saveText(copied.by(), copied.to(), earlier.get().layoutTemplateId(), earlier.get().introHtml());
        if (!access.canManage(copied.by(), copied.to())) {
            return; // media are chosen by those who manage the case
        }
        LocalDate today = postings.today();
        for (Publication p : postings.publications(copied.from())) {
            if (p.medium().active()) {
                LocalDate endsOn = p.endsOn() == null ? null
                    : today.plusDays(ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()));
                postings.addPublication(copied.by(), copied.to(), p.medium().id(), today, endsOn, p.cost());
            }
        }
    }
}
