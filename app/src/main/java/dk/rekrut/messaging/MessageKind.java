package dk.rekrut.messaging;

/** The kinds of message HR writes to candidates; each has built-in wording ({@code message.template.<kind>.*}). */
enum MessageKind {
    GENERAL, STATUS_UPDATE, INTERVIEW_REMINDER, MISSING_DOCUMENTS
}
