/**
 * The database: the data source (configured through MicroProfile Config, H2
 * file by default, PostgreSQL by configuration) and the Flyway migrations that
 * own the schema. Runs first at start-up.
 */
package dk.tovholder.schema;
