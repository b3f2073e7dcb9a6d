package dk.rekrut.application;

/** The six kinds of screening question in the State's eRekruttering guide. */
public enum QuestionKind {
    YES_NO, FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, PRIORITISED, CLASSIFIED;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == PRIORITISED || this == CLASSIFIED;
    }

    // One question per kind for the templates, so a form asks the kind instead of comparing its name with a string.

    public boolean isYesNo() {
        return this == YES_NO;
    }

    public boolean isFreeText() {
        return this == FREE_TEXT;
    }

    public boolean isSingleChoice() {
        return this == SINGLE_CHOICE;
    }

    public boolean isMultipleChoice() {
        return this == MULTIPLE_CHOICE;
    }

    public boolean isPrioritised() {
        return this == PRIORITISED;
    }

    public boolean isClassified() {
        return this == CLASSIFIED;
    }
}
