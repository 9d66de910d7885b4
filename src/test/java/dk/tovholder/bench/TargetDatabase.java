package dk.tovholder.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database {@link Dataset} generates into: the few steps of a bulk load
 * that differ between H2 and PostgreSQL. The rows are the same; before the
 * load the secondary indexes and the foreign keys go (kept while loading,
 * each random-order index insert costs a page write; made afterwards, an
 * index is built by sorting), after it they come back, and the planner's
 * statistics are gathered.
 */
sealed interface TargetDatabase permits TargetDatabase.H2, TargetDatabase.PostgreSql {

    /** {@code h2} or {@code postgresql}: the folder of the vendor migrations ({@code db/vendor/<name>}). */
    String name();

    /** Where the dataset goes; Flyway and the load use it. */
    DataSource dataSource();

    /**
     * Before the load: switches off or drops what checks and indexes each row
     * of the tables, committed; returns the statements that make it again.
     */
    List<String> beforeLoad(Connection c, String... tables) throws SQLException;

    /** After the load: the indexes and constraints back (the statements of {@link #beforeLoad}). */
    void restore(Connection c, List<String> recreate) throws SQLException;

    /** At the end: the planner's statistics; on H2 also the file compacted and closed. */
    void finish(Connection c) throws SQLException;

    // ---------------------------------------------------------------- H2

    /** An H2 file in a directory, opened with the app's options. */
    record H2(Path directory) implements TargetDatabase {

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public DataSource dataSource() {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(Dataset.url(directory));
            source.setUser("sa");
            source.setPassword("");
            return source;
        }

        @Override
        public List<String> beforeLoad(Connection c, String... tables) throws SQLException {
            try (Statement s = c.createStatement()) {
                // children's batches fill before their parents' are sent; the rows are consistent by construction
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            return dropIndexes(c, tables);
        }

        @Override
        public void restore(Connection c, List<String> recreate) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (String statement : recreate) {
                    s.execute(statement);
                }
                c.commit();
                // the search's word index (V31), built in one pass now that the rows and their indexes are
                // there; its own index is made after it, by sorting
                List<String> index = dropIndexes(c, "search_posting");
                s.execute("CALL search_index_rebuild()");
                for (String statement : index) {
                    s.execute(statement);
                }
                c.commit();
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }

        @Override
        public void finish(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
                c.commit();
                s.execute("SHUTDOWN COMPACT");
            }
        }

        /**
         * Drops the tables' secondary indexes, foreign keys and triggers,
         * returning the statements that make them again (H2's own DDL for them).
         */
        private static List<String> dropIndexes(Connection c, String... tables) throws SQLException {
            List<String> recreate = new ArrayList<>();
            List<String> drop = new ArrayList<>();
            Pattern constraint = Pattern.compile("ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) FOREIGN KEY");
            Pattern index = Pattern.compile("CREATE INDEX (\\S+) ON");
            Pattern trigger = Pattern.compile("CREATE FORCE TRIGGER (\\S+) ");
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SCRIPT NODATA TABLE " + table)) {
                        while (rs.next()) {
                            String ddl = rs.getString(1).strip();
                            Matcher fk = constraint.matcher(ddl);
                            Matcher ix = index.matcher(ddl);
                            Matcher tr = trigger.matcher(ddl);
                            if (fk.find()) {
                                recreate.add(ddl); // after the indexes, which the foreign keys then use
                                // foreign keys first: an index a foreign key uses cannot be dropped before it
                                drop.add(0, "ALTER TABLE " + fk.group(1) + " DROP CONSTRAINT " + fk.group(2));
                            } else if (tr.find()) {
                                // the search index's triggers would work a meeting's words out again per row
                                recreate.add(ddl);
                                drop.add("DROP TRIGGER " + tr.group(1));
                            } else if (ix.find()) {
                                recreate.add(0, ddl);
                                drop.add("DROP INDEX " + ix.group(1));
                            }
                        }
                    }
                }
                for (String statement : drop) {
                    s.execute(statement);
                }
            }
            c.commit();
            return recreate;
        }
    }

    // ---------------------------------------------------------------- PostgreSQL

    /**
     * A database of a PostgreSQL server. PostgreSQL cannot switch off foreign
     * keys without a superuser, so all of the schema's foreign keys go during
     * the load (H2's {@code SET REFERENTIAL_INTEGRITY FALSE}), and of the
     * loaded tables the secondary indexes and exclusion constraints (the
     * bookings' overlap guard, a GiST index); primary keys and unique indexes
     * stay. Their definitions come from the catalog ({@code pg_get_indexdef},
     * {@code pg_get_constraintdef}).
     */
    record PostgreSql(PostgreSqlServer server, String database) implements TargetDatabase {

        /** What the catalog says about an index or constraint: f foreign key, x exclusion, i index. */
        record Dropped(char kind, String table, String name, String definition) {

            String drop() {
                return kind == 'i' ? "DROP INDEX " + name : "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
            }

            String create() {
                return kind == 'i' ? definition : "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition;
            }

            /** Dropped first, made again last: foreign keys (they may use an index), exclusions, indexes. */
            int order() {
                return kind == 'f' ? 0 : kind == 'x' ? 1 : 2;
            }
        }

        /** The statements that drop them and those that make them again, each in a workable order. */
        record Plan(List<String> drop, List<String> recreate) {

            static Plan of(List<Dropped> found) {
                List<Dropped> sorted = found.stream().sorted(Comparator.comparingInt(Dropped::order)).toList();
                List<String> drop = sorted.stream().map(Dropped::drop).toList();
                List<String> recreate = new ArrayList<>(sorted.stream().map(Dropped::create).toList());
                Collections.reverse(recreate);
                return new Plan(drop, List.copyOf(recreate));
            }
        }

        /** Every foreign key of the schema, and the tables' exclusion constraints and secondary indexes. */
        static final String CATALOG = """
                select 'f', c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                union all
                select 'x', c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
                  from pg_constraint c join pg_class t on t.oid = c.conrelid
                 where c.contype = 'x' and c.connamespace = current_schema()::regnamespace
                   and t.relname = any(?)
                union all
                select 'i', t.oid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  from pg_index i join pg_class t on t.oid = i.indrelid
                 where t.relnamespace = current_schema()::regnamespace and t.relname = any(?)
                   and not i.indisunique and not i.indisprimary
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype <> 'f')
                """;

        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public DataSource dataSource() {
            // one INSERT of many rows per batch instead of a round trip per row
            return server.dataSource(database, "reWriteBatchedInserts=true");
        }

        @Override
        public List<String> beforeLoad(Connection c, String... tables) throws SQLException {
            List<Dropped> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(CATALOG)) {
                q.setArray(1, c.createArrayOf("text", tables));
                q.setArray(2, c.createArrayOf("text", tables));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Dropped(rs.getString(1).charAt(0), rs.getString(2), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
            Plan plan = Plan.of(found);
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit = off"); // the load's commits need not wait for the disk
                for (String statement : plan.drop()) {
                    s.execute(statement);
                }
            }
            c.commit();
            return plan.recreate();
        }

        @Override
        public void restore(Connection c, List<String> recreate) throws SQLException {
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SET maintenance_work_mem = '256MB'"); // index builds sort in memory
                for (String statement : recreate) {
                    long one = System.nanoTime();
                    s.execute(statement);
                    if (System.nanoTime() - one > 1_000_000_000L) {
                        Benchmark.log(String.format(Locale.ROOT, "%s: %.1f s for %s", database,
                                (System.nanoTime() - one) / 1e9, statement));
                    }
                }
            }
            c.commit();
            Benchmark.log(String.format(Locale.ROOT, "%s: %d indexes and constraints made again in %.1f s",
                    database, recreate.size(), (System.nanoTime() - started) / 1e9));
        }

        @Override
        public void finish(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true); // VACUUM runs outside a transaction
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // statistics, and the visibility map that index-only scans read
                s.execute("VACUUM (ANALYZE)");
            }
            Benchmark.log(String.format(Locale.ROOT, "%s: VACUUM (ANALYZE) in %.1f s", database,
                    (System.nanoTime() - started) / 1e9));
        }
    }
}
