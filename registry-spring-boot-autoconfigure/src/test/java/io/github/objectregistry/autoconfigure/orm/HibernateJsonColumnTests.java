package io.github.objectregistry.autoconfigure.orm;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.autoconfigure.storage.Database;
import io.github.objectregistry.autoconfigure.storage.Discount;
import io.github.objectregistry.autoconfigure.storage.PricedItem;
import io.github.objectregistry.autoconfigure.storage.PricedItem.Pricing;
import io.github.objectregistry.autoconfigure.storage.Markdown;
import io.github.objectregistry.autoconfigure.storage.StoredDocuments;
import io.github.objectregistry.autoconfigure.storage.Surcharge;
import io.github.objectregistry.json.EnvelopeError;
import io.github.objectregistry.json.EnvelopeError.Reason;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code @JdbcTypeCode(SqlTypes.JSON)} columns typed by a registered interface, on H2 and on a real PostgreSQL
 * ({@code jsonb}), with Jackson 2 also on the class path (test scope), which Hibernate would otherwise pick.
 */
class HibernateJsonColumnTests {

    private static ApplicationContextRunner runner(Database database, String name) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                    JacksonAutoConfiguration.class, ObjectRegistryJacksonAutoConfiguration.class,
                    ObjectRegistryHibernateAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                    TransactionAutoConfiguration.class))
            .withUserConfiguration(EntityPackage.class)
            .withPropertyValues("spring.datasource.url=" + database.url(name), "spring.jpa.hibernate.ddl-auto=create",
                    "object-registry.scan.base-packages=io.github.objectregistry.autoconfigure.storage");
    }

    private static void run(Database database, String name, Consumer<Store> test) {
        runner(database, name).run((context) -> {
            assertThat(context).hasNotFailed();
            test.accept(new Store(context));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void rowWrittenReadsBackEqual(Database database) {
        run(database, "jpa_roundtrip", (store) -> {
            PricedItem item = new PricedItem("shoes", new Discount(10), List.of(new Surcharge(2), new Discount(5)),
                    new Pricing(new Surcharge(1), 3));
            long id = store.save(item);
            PricedItem read = store.find(id);
            assertThat(read.getRule()).isEqualTo(new Discount(10));
            assertThat(read.getExtras()).containsExactly(new Surcharge(2), new Discount(5));
            assertThat(read.getPricing()).isEqualTo(new Pricing(new Surcharge(1), 3));
            String stored = store.column(id, "rule");
            assertThat(stored).contains("pricing>Discount").contains("class_name");
            System.out.println("Hibernate row on " + database + ": rule=" + stored + " extras="
                    + store.column(id, "extras") + " pricing=" + store.column(id, "pricing"));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void unknownStoredNameFailsThatRowWhileTheRestOfTheTableReads(Database database) {
        run(database, "jpa_unknown", (store) -> {
            long good = store.save(new PricedItem("good", new Discount(1), List.of(), null));
            long bad = store.save(new PricedItem("bad", new Discount(2), List.of(), null));
            store.overwrite(bad, StoredDocuments.UNKNOWN_NAME);
            assertThatException().isThrownBy(() -> store.find(bad))
                .havingRootCause()
                .isInstanceOf(EnvelopeError.class)
                .withMessageContaining("pricing>Gone");
            assertThat(store.find(good).getRule()).isEqualTo(new Discount(1));
            assertThat(store.count()).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void scopeOpenOnTheReadingThreadChangesWhatAStoredNameReadsAs(Database database) {
        run(database, "jpa_scope", (store) -> {
            long id = store.save(new PricedItem("scoped", new Discount(10), List.of(), null));
            try (CustomObjectScope scope = store.registry.customObjectScope(Map.of("pricing>Discount", Markdown.class))) {
                assertThat(store.find(id).getRule()).isEqualTo(new Markdown(10));
            }
            assertThat(store.find(id).getRule()).isEqualTo(new Discount(10));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void refusedDocumentsFailWithTheRegistrysMessageAndLoseNothingElse(Database database) {
        run(database, "jpa_refused", (store) -> {
            Map<String, Reason> refused = Map.of(StoredDocuments.MARKER, Reason.MARKER, StoredDocuments.MALFORMED,
                    Reason.MALFORMED, StoredDocuments.UNKNOWN_NAME, Reason.UNKNOWN_NAME);
            refused.forEach((json, reason) -> {
                long before = store.save(new PricedItem("before", new Surcharge(1), List.of(), null));
                long bad = store.save(new PricedItem("bad", new Discount(2), List.of(), null));
                store.overwrite(bad, json);
                String stored = store.column(bad, "rule");
                // JPA marks a transaction whose load failed rollback-only: only that transaction is lost.
                assertThatException().isThrownBy(() -> store.transactions.executeWithoutResult(
                        (status) -> store.entityManager().find(PricedItem.class, bad)))
                    .havingRootCause()
                    .isInstanceOfSatisfying(EnvelopeError.class,
                            (error) -> assertThat(error.getReason()).isEqualTo(reason));
                long after = store.save(new PricedItem("after", new Surcharge(2), List.of(), null));
                assertThat(store.find(before).getRule()).isEqualTo(new Surcharge(1));
                assertThat(store.find(after).getRule()).isEqualTo(new Surcharge(2));
                assertThat(store.column(bad, "rule")).isEqualTo(stored);
            });
            long deep = store.save(new PricedItem("deep", new Discount(2), List.of(), null));
            store.overwrite(deep, StoredDocuments.tooDeep(600));
            // Jackson's own limit error, since Hibernate's format mapper is final. On PostgreSQL the text is parsed
            // with the registry's limit (100); H2's JSON type reaches the mapper already parsed by Hibernate, with
            // no depth limit, so there the document is refused only because it does not fit the class.
            if (database == Database.POSTGRESQL) {
                assertThatException().isThrownBy(() -> store.find(deep))
                    .havingRootCause()
                    .withMessageContaining("nesting depth (101) exceeds the maximum allowed (100");
            }
            else {
                assertThatException().isThrownBy(() -> store.find(deep));
            }
            assertThat(store.count()).isEqualTo(10);
        });
    }

    @Test
    void anApplicationWithoutHibernateStarts() {
        runner(Database.H2, "jpa_absent")
            .withClassLoader(new FilteredClassLoader("org.hibernate.", "jakarta.persistence."))
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(RegistryFormatMapperCustomizer.class)
                .hasSingleBean(ObjectRegistry.class)
                .hasSingleBean(JdbcTemplate.class));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFormatMapperTheApplicationSetIsKept(Database database) {
        runner(database, "jpa_own_mapper")
            .withPropertyValues("spring.jpa.properties.hibernate.type.json_format_mapper=jackson")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                Store store = new Store(context);
                // Hibernate's own Jackson 2 mapper knows nothing of the registry: it cannot write a Discount.
                assertThatException().isThrownBy(() -> store.save(new PricedItem("x", new Discount(1), List.of(), null)));
            });
    }

    /** What a test does with the database, each in its own transaction unless inside {@code transactions}. */
    static final class Store {

        final ObjectRegistry registry;

        final TransactionTemplate transactions;

        private final EntityManagerFactory entityManagers;

        private final EntityManager shared;

        private final JdbcTemplate jdbc;

        Store(AssertableApplicationContext context) {
            this.registry = context.getBean(ObjectRegistry.class);
            this.transactions = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            this.entityManagers = context.getBean(EntityManagerFactory.class);
            this.shared = context.getBean(EntityManager.class);
            this.jdbc = context.getBean(JdbcTemplate.class);
        }

        EntityManager entityManager() {
            return this.shared;
        }

        long save(PricedItem item) {
            return this.transactions.execute((status) -> persist(item));
        }

        long persist(PricedItem item) {
            this.shared.persist(item);
            this.shared.flush();
            return item.getId();
        }

        PricedItem find(long id) {
            try (EntityManager fresh = this.entityManagers.createEntityManager()) {
                return fresh.find(PricedItem.class, id);
            }
        }

        long count() {
            return this.jdbc.queryForObject("SELECT COUNT(*) FROM priced_item", Long.class);
        }

        String column(long id, String column) {
            return this.jdbc.queryForObject("SELECT CAST(" + column + " AS VARCHAR(10000)) FROM priced_item WHERE id = ?",
                    String.class, id);
        }

        void overwrite(long id, String json) {
            boolean postgres = this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .contains("PostgreSQL");
            this.jdbc.update("UPDATE priced_item SET rule = " + (postgres ? "CAST(? AS jsonb)" : "? FORMAT JSON") + " WHERE id = ?",
                    json, id);
        }
    }

    @org.springframework.boot.autoconfigure.AutoConfigurationPackage(basePackageClasses = PricedItem.class)
    static class EntityPackage {
    }
}
