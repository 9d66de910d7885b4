package dk.tovholder.schema;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source. Payara resolves the {@code MPCONFIG}
 * references at deployment from MicroProfile Config (system properties from
 * {@code config/tovholder.properties}, then environment variables), so
 * switching from the embedded H2 file to PostgreSQL is configuration only.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=tovholder.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=tovholder.db.url:jdbc:h2:file:./data/tovholder;LOCK_TIMEOUT=10000;WRITE_DELAY=0}",
        user = "${MPCONFIG=tovholder.db.user:sa}",
        password = "${MPCONFIG=tovholder.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/tovholder";

    private Database() {
    }
}
