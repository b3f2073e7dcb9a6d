package dk.rekrut.publication;

import java.util.Locale;
import dk.rekrut.recruitment.RecruitmentCase;
import org.jsoup.nodes.Entities;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Composes the full posting text: layout header, intro, job profile sections, layout footer. */
@Component
class PostingText {

    private final MessageSource messages;

    PostingText(MessageSource messages) {
        this.messages = messages;
    }

    String html(RecruitmentCase c, Posting posting, LayoutTemplate layout, Locale locale) {
        var sb = new StringBuilder();
        if (layout != null) {
            sb.append(Html.sanitise(layout.headerHtml()));
        }
        if (posting != null) {
            sb.append(Html.sanitise(posting.introHtml()));
        }
        var p = c.profile();
        section(sb, "profile.tasks", p.tasks(), locale);
        section(sb, "profile.professional", p.professionalCompetencies(), locale);
        section(sb, "profile.personal", p.personalCompetencies(), locale);
        section(sb, "profile.conditions", p.conditions(), locale);
        section(sb, "profile.development", p.developmentOpportunities(), locale);
        if (layout != null) {
            sb.append(Html.sanitise(layout.footerHtml()));
        }
        return sb.toString();
    }

    private void section(StringBuilder sb, String key, String text, Locale locale) {
        if (text != null && !text.isBlank()) {
            sb.append("<h2>").append(Entities.escape(messages.getMessage(key, null, locale)))
                .append("</h2>").append(Html.paragraphs(text));
        }
    }
}
