package dk.tovholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tovholder.bench.TargetDatabase.PostgreSql.Dropped;
import dk.tovholder.bench.TargetDatabase.PostgreSql.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL load's DDL, from what the catalog says (the catalog query
 * itself runs in the benchmark on PostgreSQL): a foreign key may use an
 * index, and an index may not go while a constraint needs it, so the
 * foreign keys go first and come back last.
 */
class TargetDatabaseTest {

    private static final Dropped INDEX = new Dropped('i', "booking", "booking_room_starts",
            "CREATE INDEX booking_room_starts ON public.booking USING btree (room_id, starts_at)");
    private static final Dropped EXCLUSION = new Dropped('x', "booking", "booking_no_overlap",
            "EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)'::text) WITH &&)"
                    + " WHERE (((status)::text = 'CONFIRMED'::text))");
    private static final Dropped FOREIGN_KEY = new Dropped('f', "booking", "fk_booking_room",
            "FOREIGN KEY (room_id) REFERENCES room(id)");

    @Test
    void foreignKeysAreDroppedFirstAndMadeAgainLastAfterTheIndexesTheyMayUse() {
        Plan plan = Plan.of(List.of(INDEX, EXCLUSION, FOREIGN_KEY));

        assertEquals(List.of("ALTER TABLE booking DROP CONSTRAINT fk_booking_room",
                "ALTER TABLE booking DROP CONSTRAINT booking_no_overlap",
                "DROP INDEX booking_room_starts"), plan.drop());
        assertEquals(List.of("CREATE INDEX booking_room_starts ON public.booking USING btree (room_id, starts_at)",
                "ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (room_id WITH =,"
                        + " tstzrange(starts_at, ends_at, '[)'::text) WITH &&) WHERE (((status)::text ="
                        + " 'CONFIRMED'::text))",
                "ALTER TABLE booking ADD CONSTRAINT fk_booking_room FOREIGN KEY (room_id) REFERENCES room(id)"),
                plan.recreate());
    }

    @Test
    void nothingFoundNothingDone() {
        assertEquals(new Plan(List.of(), List.of()), Plan.of(List.of()));
    }

    @Test
    void aScaleHasATemplateDatabaseAndAPortItsRunsDatabase() {
        assertEquals("tovholder_bench_0_01_42", PostgreSqlServer.templateName("0.01", 42));
        assertEquals("tovholder_bench_1_7", PostgreSqlServer.templateName("1", 7));
        assertEquals("tovholder_bench_run_18381", PostgreSqlServer.runName(18381));
    }

    @Test
    void onlyPlainDatabaseNamesAreMadeOrDropped() {
        PostgreSqlServer server = new PostgreSqlServer("localhost", 1, "nobody", "");
        assertThrows(IllegalArgumentException.class, () -> server.drop("tovholder; drop database postgres"));
    }
}
