package dk.rekrut.application;

import java.util.Map;
import java.util.UUID;

/** Public access to a valid submission for tests in other packages. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    public static Submissions.Submission submission(ApplicationFixture.Posted posted, String email) {
        var s = FormSubmissions.valid(posted, UUID.randomUUID().toString());
        return s.by(s.applicant().withEmail(email));
    }

    /** A valid submission by the person {@code name} with the address {@code email}. */
    public static Submissions.Submission submission(ApplicationFixture.Posted posted, String name, String email) {
        var s = submission(posted, email);
        return s.by(s.applicant().withName(name));
    }

    /** The form fields that answer the six screening questions of {@link ApplicationFixture#publish}. */
    public static Map<String, String> answers(ApplicationFixture.Posted posted) {
        return FormSubmissions.answers(posted);
    }

    /** The same submission with the applicant's answer to the optional preferential-access question. */
    public static Submissions.Submission withPreferentialAccess(Submissions.Submission s, boolean preferential) {
        return s.withDeclarations(preferential, null);
    }
}
