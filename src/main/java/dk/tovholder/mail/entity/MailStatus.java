package dk.tovholder.mail.entity;

/** Waiting to be sent (again), sent, or given up after the last retry. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
