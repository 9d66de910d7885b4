package dk.tovholder.mail.entity;

/** How Tovholder learnt that an address cannot be reached. */
public enum FailureSource {
    /** the SMTP server refused the recipient outright (a permanent 5xx answer) */
    REFUSED,
    /** a delivery status notification came back to the bounce mailbox */
    BOUNCED
}
