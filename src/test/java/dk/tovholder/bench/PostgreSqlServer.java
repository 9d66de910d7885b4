package dk.tovholder.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the benchmark runs against (settings {@code bench.pg.host} localhost,
 * {@code bench.pg.port} 5432, {@code bench.pg.user} and {@code bench.pg.password} tovholder): the
 * day's dataset is generated once into a template database, and each run gets a copy of it
 * ({@code CREATE DATABASE ... TEMPLATE}), dropped afterwards. The user needs CREATEDB.
 */
record PostgreSqlServer(String host, int port, String user, String password) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    static PostgreSqlServer of(Properties p) {
        return new PostgreSqlServer(p.getProperty("bench.pg.host", "localhost"),
                Integer.parseInt(p.getProperty("bench.pg.port", "5432")), p.getProperty("bench.pg.user", "tovholder"),
                p.getProperty("bench.pg.password", "tovholder"));
    }

    /** The template database of a scale's dataset: {@code tovholder_bench_0_01_42}. */
    static String templateName(String scaleLabel, long seed) {
        return "tovholder_bench_" + scaleLabel.replace('.', '_') + "_" + seed;
    }

    /** The database of a run, by the server's port: two benchmarks on other ports do not share it. */
    static String runName(int httpPort) {
        return "tovholder_bench_run_" + httpPort;
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    PGSimpleDataSource dataSource(String database, String options) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url(database) + (options.isEmpty() ? "" : "?" + options));
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /** A connection to the maintenance database {@code postgres}, to make and drop databases. */
    private Connection admin() throws SQLException {
        return dataSource("postgres", "").getConnection();
    }

    /**
     * Fails with what to do when the server is not there or the user may not
     * make databases; returns the server's version otherwise.
     */
    String check() {
        try (Connection c = admin(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('server_version'), rolcreatedb or rolsuper"
                        + " from pg_roles where rolname = current_user")) {
            rs.next();
            if (!rs.getBoolean(2)) {
                throw new IllegalStateException("The PostgreSQL user " + user + " may not create databases, which the"
                        + " benchmark does (a template database per dataset, a copy of it per run). As the server's"
                        + " superuser: sudo -u postgres psql -c 'alter role " + user + " createdb'"
                        + " (docs/performance.md, \"On PostgreSQL\")");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + host + ":" + port + " as user " + user
                    + " (" + e.getMessage() + "). Start it (Debian: sudo pg_ctlcluster 15 main start) and make the"
                    + " user once: sudo -u postgres psql -c \"create role " + user + " login createdb password '"
                    + password + "'\" (docs/performance.md, \"On PostgreSQL\"); other settings: -Dbench.pg.host,"
                    + " -Dbench.pg.port, -Dbench.pg.user, -Dbench.pg.password", e);
        }
    }

    boolean exists(String database) throws SQLException {
        try (Connection c = admin();
                PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, database);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Drops the database if it is there, ending its connections (a server of a run that did not stop). */
    void drop(String database) throws SQLException {
        String sql = "drop database if exists " + checked(database) + " with (force)";
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A new empty database, an earlier one of the name dropped. */
    void create(String database) throws SQLException {
        String sql = "create database " + checked(database) + " encoding 'UTF8'";
        drop(database);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A copy of the template, an earlier one of the name dropped. The copy
     * fails while anyone is connected to the template (autovacuum may be, a
     * moment): then it tries again for a while.
     */
    void copy(String template, String database) throws SQLException, InterruptedException {
        String sql = "create database " + checked(database) + " template " + checked(template);
        drop(database);
        for (int attempt = 1;; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute(sql);
                return;
            } catch (SQLException e) {
                if (attempt == 30 || !"55006".equals(e.getSQLState())) { // object_in_use
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static String checked(String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }
}
