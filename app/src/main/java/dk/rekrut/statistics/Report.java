package dk.rekrut.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures for one selection. Counts of applications and postings are plain numbers; the fairness tables hold
 * only display texts (a number of at least 5, or {@code x}), never a suppressed count, and only for a selection of
 * whole blocks ({@code fairnessShown}; otherwise the list is empty: one case, or a period not in whole quarters).
 */
public record Report(int cases, List<Count> postingsByCategory, List<Count> postingsByLocation,
                     List<PerPosting> applicationsPerPosting, List<FunnelRow> funnel, List<FairnessTable> fairness,
                     boolean fairnessShown, List<MediumRow> media, InternalExternal internalExternal) {

    /** The funnel's stages; an application counts at every stage up to the furthest it has reached. */
    public enum Stage { RECEIVED, SCREENING, INTERVIEW, OFFER, HIRED }

    /** Recruitments with and without anonymous screening, compared side by side. */
    public enum Mode {
        ALL, ORDINARY, ANONYMOUS;

        /** Anonymous recruitments only: the fairness tables offer their CSV for these. */
        public boolean isAnonymous() {
            return this == ANONYMOUS;
        }
    }

    public record Count(String key, int count) {
    }

    public record PerPosting(String caseId, String title, boolean anonymous, int applications, int hired) {
    }

    /** The funnel of one mode: counts per stage, in {@link Stage} order. */
    public record FunnelRow(Mode mode, List<Integer> counts) {
    }

    /** One evaluation dimension (gender, age, origin) in one mode: a row per group, a cell per stage. */
    public record FairnessTable(String dimension, Mode mode, List<FairnessRow> rows) {
    }

    public record FairnessRow(String group, List<String> cells) {
    }

    /**
     * Applications and hires by the applicant's own answer to "are you employed by the institution today?": per case
     * (in the order of {@link #applicationsPerPosting}) and over the whole selection. Plain counts, like applications
     * per posting: not evaluation data, so no small-cell suppression (docs/statistics.md says why).
     */
    public record InternalExternal(List<InternalExternalRow> perCase, InternalExternalRow overall) {
    }

    public record InternalExternalRow(String caseId, String title, int internal, int internalHired, int external,
                                      int externalHired, int unanswered, int unansweredHired) {
    }

    /** Response per medium; costs are the publications' costs in the selection, null where nothing to divide by. */
    public record MediumRow(String code, String name, int applications, int interviews, int hires, BigDecimal cost,
                            BigDecimal costPerApplication, BigDecimal costPerHire) {
    }
}
