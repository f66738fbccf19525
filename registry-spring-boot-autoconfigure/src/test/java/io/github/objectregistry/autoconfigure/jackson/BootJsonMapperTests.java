package io.github.objectregistry.autoconfigure.jackson;

import java.util.List;

import com.example.thirdparty.Money;
import com.example.thirdparty.MoneyModule;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.json.MalformedEnvelopeException;
import io.github.objectregistry.json.ObjectRegistryModule;
import io.github.objectregistry.json.RegistrySerializer;
import io.github.objectregistry.json.UnknownNameException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Boot's own {@code JsonMapper} with the starter, as an application gets it: the module reads the
 * application's types, yields to every other module, leaves unrelated types alone, accepts bare configs of
 * registered classes and writes shared objects as {@link RegistrySerializer} does.
 */
class BootJsonMapperTests {

    /** The application's base type; its package is the application's, so no implementation is needed. */
    interface PricingRule {
    }

    /** Nothing implements it, and it lies in the application's package. */
    interface FutureRule {
    }

    @RegisterSerializable("pricing")
    record Discount(double percent) implements PricingRule {
    }

    @RegisterSerializable("pricing")
    record Bundle(PricingRule first, PricingRule second) implements PricingRule {
    }

    /** Not registered, though other pricing rules are. */
    record Surcharge(double amount) implements PricingRule {
    }

    private final ApplicationContextRunner jacksonOnly = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));

    private final ApplicationContextRunner runner = this.jacksonOnly
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class))
        .withUserConfiguration(ApplicationPackage.class);

    @Test
    void anotherModuleKeepsItsAbstractTypeWhetherBootAddsItBeforeOrAfterOurs() {
        for (ApplicationContextRunner withMoney : List.of(this.runner.withUserConfiguration(MoneyModuleFirst.class),
                this.runner.withConfiguration(AutoConfigurations.of(MoneyModuleLast.class)))) {
            withMoney.run((context) -> {
                JsonMapper mapper = context.getBean(JsonMapper.class);
                assertThat(mapper.readValue("\"12.50 EUR\"", Money.class)).isEqualTo(Money.of("EUR", 1250));
                assertThat(mapper.writerFor(new TypeReference<List<Money>>() {
                }).writeValueAsString(List.of(Money.of("EUR", 5)))).isEqualTo("[\"0.05 EUR\"]");
            });
        }
    }

    @Test
    void bootAddsTheOtherModuleBeforeAndAfterOursInTheTwoConfigurations() {
        this.runner.withUserConfiguration(MoneyModuleFirst.class)
            .run((context) -> assertThat(moduleNames(context.getBean(JsonMapper.class)))
                .containsSubsequence("money", "object-registry"));
        this.runner.withConfiguration(AutoConfigurations.of(MoneyModuleLast.class))
            .run((context) -> assertThat(moduleNames(context.getBean(JsonMapper.class)))
                .containsSubsequence("object-registry", "money"));
    }

    @Test
    void unrelatedAbstractTypeIsReadAndWrittenAsWithoutTheStarter() {
        String json = "{\"currency\": \"EUR\", \"cents\": 5}";
        List<Money> values = List.of(Money.of("EUR", 5));
        TypeReference<List<Money>> type = new TypeReference<>() {
        };
        this.jacksonOnly.run((plain) -> this.runner.run((context) -> {
            JsonMapper without = plain.getBean(JsonMapper.class);
            JsonMapper with = context.getBean(JsonMapper.class);
            Throwable expected = catchThrowable(() -> without.readValue(json, Money.class));
            assertThat(expected).isNotNull();
            assertThat(catchThrowable(() -> with.readValue(json, Money.class)))
                .isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            assertThat(with.writerFor(type).writeValueAsString(values))
                .isEqualTo(without.writerFor(type).writeValueAsString(values));
        }));
    }

    @Test
    void baseTypeInTheApplicationsPackageIsReadAsAnEnvelopeWithNoImplementationRegistered() {
        this.runner.run((context) -> assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> context.getBean(JsonMapper.class).readValue("{\"class_name\": \"Later\", "
                    + "\"registered_name\": \"pricing>Later\", \"config\": {}}", FutureRule.class))
            .withMessageContaining("Unknown registered name 'pricing>Later'"));
    }

    @Test
    void basePackagesPropertyAddsPackagesToTheModulesReach() {
        String envelope = "{\"class_name\": \"Coin\", \"registered_name\": \"money>Coin\", \"config\": {}}";
        this.runner.withPropertyValues("object-registry.json.base-packages=com.example.thirdparty").run((context) -> {
            assertThat(context.getBean(ObjectRegistryModule.class).getBasePackages()).containsExactly(
                    BootJsonMapperTests.class.getPackageName(), "com.example.thirdparty");
            assertThatExceptionOfType(UnknownNameException.class)
                .isThrownBy(() -> context.getBean(JsonMapper.class).readValue(envelope, Money.class))
                .withMessageContaining("Unknown registered name 'money>Coin'");
        });
    }

    @Test
    void registeredClassIsReadFromItsBareConfigOrItsEnvelopeButTheSerializerStaysStrict() {
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertThat(mapper.readValue("{\"percent\": 5}", Discount.class)).isEqualTo(new Discount(5));
            assertThat(mapper.readValue(mapper.writeValueAsString(new Discount(7)), Discount.class))
                .isEqualTo(new Discount(7));
            assertThat(catchThrowable(() -> context.getBean(RegistrySerializer.class)
                .fromJson("{\"percent\": 5}", Discount.class))).hasMessageContaining("Expected an envelope for "
                        + Discount.class.getName() + ", found an object with key 'percent' and no \"class_name\"");
        });
    }

    @Test
    void instanceWrittenTwiceGetsTheSameSharedIdAsRegistrySerializerWritesIt() {
        Discount shared = new Discount(5);
        Bundle bundle = new Bundle(shared, new Bundle(new Discount(1), shared));
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = mapper.writeValueAsString(bundle);
            assertThat(json).isEqualTo(context.getBean(RegistrySerializer.class).toJson(bundle));
            assertThat(mapper.readTree(json).at("/config/first/shared_object_id").asLong(-1)).isZero();
            assertThat(mapper.readTree(json).at("/config/second/config/second/shared_object_id").asLong(-1)).isZero();
            Bundle read = mapper.readValue(json, Bundle.class);
            assertThat(read.first()).isSameAs(((Bundle) read.second()).second());
        });
    }

    @Test
    void unregisteredPricingRuleIsRefusedOnWriteRatherThanWrittenAsJsonThatCannotBeReadBack() {
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            RegistrySerializer serializer = context.getBean(RegistrySerializer.class);
            Bundle bundle = new Bundle(new Discount(1), new Surcharge(2));
            for (ThrowingCallable write : List.<ThrowingCallable>of(() -> mapper.writeValueAsString(new Surcharge(2)),
                    () -> mapper.writeValueAsString(bundle), () -> serializer.toJson(new Surcharge(2)),
                    () -> serializer.toJson(bundle))) {
                assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(write)
                    .withMessageContaining("Cannot write " + Surcharge.class.getName() + ": it is a "
                            + PricingRule.class.getName())
                    .withMessageContaining("register it with @RegisterSerializable(...) or ObjectRegistry.register");
            }
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> mapper.readValue("{\"amount\": 2.0}", PricingRule.class))
                .withMessageContaining("found an object with key 'amount' and no \"class_name\"");
        });
    }

    private static List<String> moduleNames(JsonMapper mapper) {
        return mapper.registeredModules().stream().map(JacksonModule::getModuleName).toList();
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = BootJsonMapperTests.class)
    static class ApplicationPackage {
    }

    @Configuration(proxyBeanMethods = false)
    static class MoneyModuleFirst {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        MoneyModule moneyModule() {
            return new MoneyModule();
        }
    }

    /** A third-party starter whose auto-configuration comes after ours, so Boot adds its module last. */
    @AutoConfiguration(after = ObjectRegistryJacksonAutoConfiguration.class)
    static class MoneyModuleLast {

        @Bean
        MoneyModule moneyModule() {
            return new MoneyModule();
        }
    }
}
