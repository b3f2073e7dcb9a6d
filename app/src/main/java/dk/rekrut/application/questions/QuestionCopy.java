package dk.rekrut.application.questions;

import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.recruitment.CaseEvents.CaseCopied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A case copied from an earlier one gets its screening questions, in the same order, with the same rules. */
@Component
class QuestionCopy {

    private final ScreeningQuestions questions;

    QuestionCopy(ScreeningQuestions questions) {
        this.questions = questions;
    }

    @EventListener
    void on(CaseCopied copied) {
        for (ScreeningQuestion q : questions.forCase(copied.from())) {
            questions.add(copied.by(), copied.to(), new ScreeningQuestions.Draft(q.kind(), q.text(), q.required(),
                q.maxLength(), q.minChoices(), q.maxChoices(),
                String.join("\n", q.options().stream().map(ScreeningQuestion.Option::label).toList()),
                String.join("\n", q.classLabels())));
        }
    }
}
