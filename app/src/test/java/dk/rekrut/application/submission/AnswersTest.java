package dk.rekrut.application.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.FieldProblem;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private final ScreeningQuestion.Option a = new ScreeningQuestion.Option(UUID.randomUUID(), "A");
    private final ScreeningQuestion.Option b = new ScreeningQuestion.Option(UUID.randomUUID(), "B");
    private final ScreeningQuestion.Option c = new ScreeningQuestion.Option(UUID.randomUUID(), "C");

    private ScreeningQuestion q(QuestionKind kind, boolean required, Integer max, Integer min, Integer maxChoices) {
        return new ScreeningQuestion(UUID.randomUUID(), UUID.randomUUID(), 1, kind, "?", required, max, min, maxChoices,
            kind.hasOptions() ? List.of(a, b, c) : List.of(), kind == QuestionKind.CLASSIFIED ? List.of("Ingen", "Ekspert") : List.of());
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndOptionalMayBeLeft() {
        var required = q(QuestionKind.YES_NO, true, null, null, null);
        var optional = q(QuestionKind.FREE_TEXT, false, 10, null, null);
        var r = Answers.read(List.of(required, optional), Map.of());
        assertThat(r.problems()).extracting(FieldProblem::messageKey).containsExactly("error.answer.required");
        assertThat(r.values()).isEmpty();
    }

    @Test
    void freeTextHasAMaximumInCharactersNotBytes() {
        var q = q(QuestionKind.FREE_TEXT, true, 5, null, null);
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of("æøåæø"))).problems()).isEmpty();
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of("æøåæøå"))).problems())
            .extracting(FieldProblem::messageKey).containsExactly("error.answer.too-long");
    }

    @Test
    void freeTextIsStoredWithoutBidirectionalControlsAndOnlySuchControlsIsNoAnswer() {
        var q = q(QuestionKind.FREE_TEXT, true, 100, null, null);
        var r = Answers.read(List.of(q), Map.of(q.field(), List.of(" Jeg hedder \u202Enesnej\u202C\r\nog \u2067Hansen\u2069 ")));
        assertThat(r.values().get(q.id())).isEqualTo("Jeg hedder nesnej\nog Hansen");
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of("\u202E\u2066 \u2069"))).problems())
            .extracting(FieldProblem::messageKey).containsExactly("error.answer.required");
    }

    @Test
    void choicesMustBeOptionsOfTheQuestion() {
        var q = q(QuestionKind.SINGLE_CHOICE, true, null, null, null);
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of(UUID.randomUUID().toString()))).problems())
            .extracting(FieldProblem::messageKey).containsExactly("error.answer.invalid");
    }

    @Test
    void multipleChoiceRespectsMinimumAndMaximum() {
        var q = q(QuestionKind.MULTIPLE_CHOICE, false, null, 2, 2);
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of(a.id().toString()))).problems())
            .extracting(FieldProblem::messageKey).containsExactly("error.answer.too-few");
        assertThat(Answers.read(List.of(q), Map.of(q.field(), List.of(a.id().toString(), b.id().toString(), c.id().toString()))).problems())
            .extracting(FieldProblem::messageKey).containsExactly("error.answer.too-many");
        var ok = Answers.read(List.of(q), Map.of(q.field(), List.of(c.id().toString(), a.id().toString())));
        assertThat(ok.values().get(q.id())).isEqualTo(a.id() + "," + c.id()); // stored in option order
    }

    @Test
    void prioritisingUsesEveryRankOnce() {
        var q = q(QuestionKind.PRIORITISED, true, null, null, null);
        var dup = Map.of(q.field() + "-" + a.id(), List.of("1"), q.field() + "-" + b.id(), List.of("1"),
            q.field() + "-" + c.id(), List.of("2"));
        assertThat(Answers.read(List.of(q), dup).problems()).extracting(FieldProblem::messageKey).containsExactly("error.answer.ranks");
        var ok = Map.of(q.field() + "-" + a.id(), List.of("3"), q.field() + "-" + b.id(), List.of("1"),
            q.field() + "-" + c.id(), List.of("2"));
        assertThat(Answers.read(List.of(q), ok).values().get(q.id())).isEqualTo(b.id() + "," + c.id() + "," + a.id());
    }

    @Test
    void classifyingPlacesEveryOption() {
        var q = q(QuestionKind.CLASSIFIED, true, null, null, null);
        var partial = Map.of(q.field() + "-" + a.id(), List.of("1"));
        assertThat(Answers.read(List.of(q), partial).problems()).extracting(FieldProblem::messageKey)
            .containsExactly("error.answer.classify-all");
        var outOfRange = Map.of(q.field() + "-" + a.id(), List.of("5"), q.field() + "-" + b.id(), List.of("0"),
            q.field() + "-" + c.id(), List.of("0"));
        assertThat(Answers.read(List.of(q), outOfRange).problems()).extracting(FieldProblem::messageKey)
            .containsExactly("error.answer.invalid");
        var ok = Map.of(q.field() + "-" + a.id(), List.of("1"), q.field() + "-" + b.id(), List.of("0"),
            q.field() + "-" + c.id(), List.of("0"));
        var value = Answers.read(List.of(q), ok).values().get(q.id());
        assertThat(Answers.describe(q, value, Map.of())).isEqualTo("A: Ekspert; B: Ingen; C: Ingen");
    }
}
