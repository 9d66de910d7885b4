/**
 * The one clock of the whole app: every "now" and "today" is read from it. In
 * production it is the system clock; {@code tovholder.clock.start} starts it
 * at a given Copenhagen wall-clock time instead (it runs on from there), so
 * that tests, demonstrations and training runs do not depend on the day.
 */
package dk.tovholder.clock;
