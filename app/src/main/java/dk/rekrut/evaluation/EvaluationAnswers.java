package dk.rekrut.evaluation;

/** The three voluntary questions. Every answer has "prefer not to say". */
public final class EvaluationAnswers {

    private EvaluationAnswers() {
    }

    public enum Gender {
        FEMALE, MALE, OTHER, NOT_SAID;

        /** "Prefer not to say": the form's answer until the applicant chooses another. */
        public boolean isNotSaid() {
            return this == NOT_SAID;
        }
    }

    public enum AgeBand {
        UNDER_30, FROM_30_TO_39, FROM_40_TO_49, FROM_50_TO_59, FROM_60, NOT_SAID;

        /** "Prefer not to say": the form's answer until the applicant chooses another. */
        public boolean isNotSaid() {
            return this == NOT_SAID;
        }
    }

    /** Danmarks Statistik's groups: Danish origin, Western and non-Western countries. */
    public enum OriginGroup {
        DANISH, WESTERN, NON_WESTERN, NOT_SAID;

        /** "Prefer not to say": the form's answer until the applicant chooses another. */
        public boolean isNotSaid() {
            return this == NOT_SAID;
        }
    }
}
