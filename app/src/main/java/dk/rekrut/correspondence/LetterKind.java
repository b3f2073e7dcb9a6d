package dk.rekrut.correspondence;

public enum LetterKind {
    RECEIPT, INTERVIEW_INVITATION, REJECTION, REJECTION_AFTER_INTERVIEW, OFFER, FREE_TEXT
}
