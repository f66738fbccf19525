package io.github.objectregistry.autoconfigure.jdbc;

import java.sql.Clob;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.objectregistry.json.EnvelopeError;
import io.github.objectregistry.json.RegistrySerializer;
import org.postgresql.util.PGobject;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * The Spring Data JDBC converters that store values of registered types as envelope JSON: written by the
 * context's {@link RegistrySerializer} as text, or as {@code jsonb} on PostgreSQL, and read back through the
 * registry, so the scopes open on the reading thread apply. A stored document the registry refuses (an unknown
 * name, a marker, a wrong type, a malformed or too deep document) fails that read with the registry's
 * exception; nothing is written or changed.
 *
 * <pre>{@code
 * @Table("rules") record RuleRow(@Id Long id, PricingRule rule) { }   // the column holds {"class_name": ...}
 * }</pre>
 */
public final class EnvelopeJdbcConverters {

    private static final boolean PG_OBJECT_PRESENT = ClassUtils.isPresent("org.postgresql.util.PGobject",
            EnvelopeJdbcConverters.class.getClassLoader());

    private EnvelopeJdbcConverters() {
    }

    /**
     * The writing and the reading converter for the given types.
     * @param serializer the context's serializer
     * @param types the registered classes and base types to store as envelopes
     * @param jsonb whether to write {@code jsonb} parameters (PostgreSQL) rather than text
     * @return the converters, for {@code JdbcCustomConversions}
     */
    public static List<GenericConverter> of(RegistrySerializer serializer, Set<Class<?>> types, boolean jsonb) {
        boolean postgres = jsonb && PG_OBJECT_PRESENT;
        return List.of(new Writing(serializer, types, postgres), new Reading(serializer, types, postgres));
    }

    /** A registered value to its envelope, as text or as a {@code jsonb} {@link PGobject}. */
    @WritingConverter
    static final class Writing implements GenericConverter {

        private final RegistrySerializer serializer;

        private final Set<ConvertiblePair> pairs = new LinkedHashSet<>();

        private final boolean jsonb;

        Writing(RegistrySerializer serializer, Set<Class<?>> types, boolean jsonb) {
            this.serializer = serializer;
            this.jsonb = jsonb;
            Class<?> target = jsonb ? Postgres.JSON_TYPE : String.class;
            types.forEach((type) -> this.pairs.add(new ConvertiblePair(type, target)));
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return this.pairs;
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            String json = this.serializer.toJson(source);
            return this.jsonb ? Postgres.jsonb(json) : json;
        }
    }

    /** A stored envelope (text, a CLOB, or PostgreSQL {@code json}/{@code jsonb}) to the declared type. */
    @ReadingConverter
    static final class Reading implements GenericConverter {

        private final RegistrySerializer serializer;

        private final Set<ConvertiblePair> pairs = new LinkedHashSet<>();

        Reading(RegistrySerializer serializer, Set<Class<?>> types, boolean postgres) {
            this.serializer = serializer;
            for (Class<?> type : types) {
                this.pairs.add(new ConvertiblePair(String.class, type));
                this.pairs.add(new ConvertiblePair(Clob.class, type));
                if (postgres) {
                    this.pairs.add(new ConvertiblePair(Postgres.JSON_TYPE, type));
                }
            }
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return this.pairs;
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            String json = text(source);
            try {
                return this.serializer.fromJson(json, targetType.getType());
            }
            catch (JacksonException ex) {
                if (!(ex instanceof EnvelopeError)) {
                    checkLimits(json);
                }
                throw ex;
            }
        }

        /**
         * After a read failed with an error of Jackson's own, holds the whole stored document to the registry's
         * read limits. A streaming read stops at the first error, and which error comes first depends on the key
         * order, which the database decides (PostgreSQL's {@code jsonb} puts {@code config} first, text keeps the
         * written order): a too deep config would be a limit refusal on one database and a type error on another.
         * The pass only tokenizes, and only a failed read pays for it. A document over a limit is read once more
         * through the serializer, as a tree, so that the refusal is the registry's {@code ReadLimitException},
         * reported to its refused-read listener like any other.
         */
        private void checkLimits(String json) {
            try (JsonParser parser = this.serializer.getMapper().createParser(json)) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            }
            catch (StreamConstraintsException ex) {
                this.serializer.fromJson(json, JsonNode.class);
                throw ex;
            }
            catch (JacksonException ex) {
                // Malformed: the read that follows refuses it with the registry's message.
            }
        }

        private static String text(Object source) {
            if (source instanceof Clob clob) {
                try {
                    return clob.getSubString(1, Math.toIntExact(clob.length()));
                }
                catch (SQLException ex) {
                    throw new DataRetrievalFailureException("Could not read a stored envelope from its CLOB", ex);
                }
            }
            return (PG_OBJECT_PRESENT && Postgres.isJson(source)) ? Postgres.text(source) : (String) source;
        }
    }

    /**
     * Everything that names the PostgreSQL driver's {@link PGobject}, loaded only when the driver is present: an
     * application on H2 or another database has no {@code org.postgresql} classes, and must not need them.
     */
    private static final class Postgres {

        static final Class<?> JSON_TYPE = PGobject.class;

        static Object jsonb(String json) {
            PGobject value = new PGobject();
            value.setType("jsonb");
            try {
                value.setValue(json);
            }
            catch (SQLException ex) {
                throw new IllegalStateException(ex);
            }
            return value;
        }

        static boolean isJson(Object source) {
            return source instanceof PGobject;
        }

        static String text(Object source) {
            return ((PGobject) source).getValue();
        }
    }
}
