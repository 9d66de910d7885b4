/**
 * A person's data protection rights: everything Tovholder holds about them as
 * one JSON document (for themselves, {@code /api/me/export}, or an
 * administrator), and erasure of their personal details by an administrator,
 * while the minutes, bookings and history they took part in stay readable
 * with them named a former participant ("Tidligere deltager").
 */
package dk.tovholder.privacy;
