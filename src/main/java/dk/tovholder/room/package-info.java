/**
 * Rooms that organisations lend each other, their lending rules, and bookings
 * that never double-book: every booking transaction locks the room's row
 * before it checks the rules and inserts, so the database serialises
 * concurrent requests for one room. Bookings made from a meeting follow it
 * when it moves and are released when it is cancelled.
 */
package dk.tovholder.room;
