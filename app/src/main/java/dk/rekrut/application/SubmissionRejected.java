package dk.rekrut.application;

import java.util.List;

/** Everything wrong with a submission at once, so the applicant can fix it in one go. Nothing was stored. */
public class SubmissionRejected extends RuntimeException {

    private final List<FieldProblem> problems;

    public SubmissionRejected(List<FieldProblem> problems) {
        super("submission rejected: " + problems.stream().map(FieldProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
