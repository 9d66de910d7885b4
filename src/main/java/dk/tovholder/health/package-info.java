/**
 * Health for operators: MicroProfile Health checks that Payara serves at
 * {@code /health} (readiness includes the database).
 */
package dk.tovholder.health;
