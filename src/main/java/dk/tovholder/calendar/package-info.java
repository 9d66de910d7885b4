/**
 * Calendar feeds (RFC 5545, written with ical4j): subscriptions behind a
 * secret, revocable token for a person's meetings, duties and bookings, a
 * network group's meetings and a room's bookings, and "add to calendar"
 * downloads. A feed shows only what its owner may see, at the moment it is
 * fetched.
 */
package dk.tovholder.calendar;
