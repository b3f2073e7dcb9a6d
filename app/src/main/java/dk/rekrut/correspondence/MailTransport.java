package dk.rekrut.correspondence;

/** How the outbox reaches recipients: SMTP in production, the local mailbox on the embedded default. */
interface MailTransport {

    void send(Outbox.Message message) throws Exception;
}
