/**
 * E-mail through an outbox: notifications are queued in the transaction of
 * the change they tell about and sent by a timer with Jakarta Mail, retried
 * with back-off while the SMTP server is away, visible to administrators.
 */
package dk.tovholder.mail;
