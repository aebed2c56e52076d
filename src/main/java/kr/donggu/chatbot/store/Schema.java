package kr.donggu.chatbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Schema migrations with Flyway: {@code db/migration/sqlite} or {@code db/migration/postgresql}, one folder per
 * database, the same version numbers in both. To change the schema, add {@code V<n>__what.sql} to both folders; never
 * edit an applied one. On PostgreSQL Flyway takes a lock, so nodes starting together migrate once.
 *
 * <p>Databases created before Flyway carry the hand-written migrator's {@code schema_version} table with version 1
 * applied; they are baselined at version 1, so Flyway applies only what came after.
 */
final class Schema {

    private Schema() {
    }

    static void migrate(DataSource pool, Dialect dialect) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(dialect.migrations())
                .baselineVersion("1")
                .baselineDescription("schema of the hand-written migrator")
                .load();
        if (createdByOldMigrator(pool)) {
            flyway.baseline();
        }
        flyway.migrate();
    }

    private static boolean createdByOldMigrator(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            return hasTable(c, "schema_version") && !hasTable(c, "flyway_schema_history");
        } catch (SQLException e) {
            throw new StoreException("inspect the schema", e);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
