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
 * <p>Databases created before Flyway carry the hand-written migrator's {@code schema_version} table. Every one has V1,
 * so they are baselined at version 1 and Flyway runs the rest; the scripts that migrator may already have applied
 * (up to V4) are written to be harmless when run again ({@code IF NOT EXISTS}).
 *
 * <p>Out of order is allowed: migrations are written on parallel branches, and one with a lower number may arrive
 * after a higher one was applied somewhere. Each must therefore stand on its own.
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
                .outOfOrder(true)
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
