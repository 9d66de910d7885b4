/**
 * Reading the audit log: a group's, a room owner's or an account's history
 * ({@code HistoryPage}, {@code /api/audit}), each entry shown only to those who
 * may see the thing it is about. Separate from {@code audit}, which records
 * the entries: reading needs the groups, rooms and organisations to decide who
 * may see what, recording must not depend on them.
 */
package dk.tovholder.history;
