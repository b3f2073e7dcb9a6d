package dk.rekrut.application;

/** The six kinds of screening question in the State's eRekruttering guide. */
public enum QuestionKind {
    YES_NO, FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, PRIORITISED, CLASSIFIED;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == PRIORITISED || this == CLASSIFIED;
    }
}
