package dk.tovholder.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A unique violation is told by its constraint's name, on H2's own messages and on PostgreSQL's. */
class ConstraintsTest {

    @Test
    void h2sRefusalNamesTheConstraintAndOnlyThatOne() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:constraints;DB_CLOSE_DELAY=-1");
                Statement sql = db.createStatement()) {
            sql.execute("create table room (id bigint primary key, owner_id bigint not null,"
                    + " name varchar(100) not null, constraint room_name_unique unique (owner_id, name))");
            sql.execute("create table visit (person_id bigint primary key)");
            sql.execute("insert into room values (1, 7, 'Salen')");
            sql.execute("insert into visit values (3)");

            SQLException sameName = assertThrows(SQLException.class,
                    () -> sql.execute("insert into room values (2, 7, 'Salen')"));
            PersistenceException wrapped = new PersistenceException("flush failed", sameName);
            assertTrue(Constraints.violated(wrapped, "room_name_unique"), sameName.getMessage());
            assertFalse(Constraints.violated(wrapped, "organisation_name_unique"));

            SQLException sameId = assertThrows(SQLException.class,
                    () -> sql.execute("insert into room values (1, 8, 'Køkkenet')"));
            assertFalse(Constraints.violated(sameId, "room_name_unique"), "another key of the table: " + sameId);

            SQLException twice = assertThrows(SQLException.class, () -> sql.execute("insert into visit values (3)"));
            assertTrue(Constraints.violated(twice, "visit"), "an unnamed primary key by its table: " + twice);

            SQLException tooLong = assertThrows(SQLException.class,
                    () -> sql.execute("insert into room values (3, 7, '" + "x".repeat(101) + "')"));
            assertFalse(Constraints.violated(tooLong, "room_name_unique"), "not a unique violation: " + tooLong);
        }
    }

    @Test
    void postgreSqlsMessageNamesTheConstraint() {
        SQLException refused = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"exchange_answer_once\"", "23505");
        assertTrue(Constraints.violated(new PersistenceException(new RuntimeException(refused)), "exchange_answer_once"));
        SQLException foreignKey = new SQLException(
                "ERROR: insert or update on table \"exchange_answer\" violates foreign key constraint"
                        + " \"exchange_answer_once_fk\"", "23503");
        assertFalse(Constraints.violated(foreignKey, "exchange_answer_once"), "a foreign key is not a unique violation");
    }
}
