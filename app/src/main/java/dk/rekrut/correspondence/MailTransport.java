package dk.rekrut.correspondence;

/**
 * How the outbox reaches recipients: SMTP in production, the local mailbox on the embedded default. A normal
 * return means the message was handed over (e.g. the SMTP server accepted it); any exception means it was not, and
 * the worker retries later.
 */
interface MailTransport {

    void send(OutboxRepository.Message message) throws Exception;
}
