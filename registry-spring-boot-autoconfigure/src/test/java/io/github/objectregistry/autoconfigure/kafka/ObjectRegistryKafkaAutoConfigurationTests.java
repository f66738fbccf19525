package io.github.objectregistry.autoconfigure.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Kafka integration wires, and each of its back-offs. No broker: nothing here connects. */
class ObjectRegistryKafkaAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class, JacksonAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, KafkaAutoConfiguration.class,
                ObjectRegistryKafkaAutoConfiguration.class))
        .withUserConfiguration(ShapesPackage.class);

    private static Object valueSerializer(DefaultKafkaProducerFactory<?, ?> factory) {
        return factory.getValueSerializerSupplier().get();
    }

    @Test
    void registeredValuesAreWrittenAsEnvelopesInPlaceOfTheDefaultStringSerializer() {
        this.runner.run((context) -> {
            Object serializer = valueSerializer(context.getBean(DefaultKafkaProducerFactory.class));
            assertThat(serializer).isInstanceOf(RegistryValueSerializer.class);
            byte[] circle = ((RegistryValueSerializer) serializer).serialize("t", new Shapes.Circle(2));
            assertThat(new String(circle, StandardCharsets.UTF_8)).contains("\"registered_name\":\"shapes>Circle\"");
            assertThat(context).hasSingleBean(RegistryKafkaListenerConfigurer.class);
        });
    }

    @Test
    void stringsAndBytesAreWrittenAsKafkasOwnSerializersWriteThem() {
        this.runner.run((context) -> {
            RegistryValueSerializer serializer = (RegistryValueSerializer) valueSerializer(
                    context.getBean(DefaultKafkaProducerFactory.class));
            assertThat(serializer.serialize("t", "héllo \"x\"")).isEqualTo("héllo \"x\"".getBytes(StandardCharsets.UTF_8));
            assertThat(serializer.serialize("t", new byte[] { 1, 2 })).containsExactly(1, 2);
            assertThat(serializer.serialize("t", null)).isNull();
        });
    }

    @Test
    void aConfiguredValueSerializerIsLeftAlone() {
        this.runner.withPropertyValues("spring.kafka.producer.value-serializer=" + ByteArraySerializer.class.getName())
            .run((context) -> assertThat(valueSerializer(context.getBean(DefaultKafkaProducerFactory.class)))
                .isNull());
    }

    @Test
    void aValueSerializerConfiguredThroughRawProducerPropertiesIsLeftAlone() {
        this.runner.withPropertyValues("spring.kafka.producer.properties.value.serializer="
                + ByteArraySerializer.class.getName())
            .run((context) -> assertThat(valueSerializer(context.getBean(DefaultKafkaProducerFactory.class)))
                .isNull());
    }

    @Test
    void listenerParametersUnrelatedToTheRegistryConvertAsWithSpringKafkasDefaultFactory() {
        this.runner.withUserConfiguration(OrderConverter.class).run((context) -> {
            KafkaListenerEndpointRegistrar registrar = new KafkaListenerEndpointRegistrar();
            context.getBean(RegistryKafkaListenerConfigurer.class).configureKafkaListeners(registrar);
            MessageHandlerMethodFactory factory = registrar.getMessageHandlerMethodFactory();
            Listener listener = new Listener();
            // The application's Converter bean.
            assertThat(factory.createInvocableHandlerMethod(listener, Listener.class.getMethod("order", Order.class))
                .invoke(MessageBuilder.withPayload("A-7").build())).isEqualTo(new Order(7));
            // Bytes as a big-endian number, as LongSerializer writes them.
            assertThat(factory.createInvocableHandlerMethod(listener, Listener.class.getMethod("number", Long.class))
                .invoke(MessageBuilder.withPayload(ByteBuffer.allocate(8).putLong(42).array()).build()))
                .isEqualTo(42L);
            // Registered types still read as envelopes.
            assertThat(factory.createInvocableHandlerMethod(listener,
                    Listener.class.getMethod("shape", Shapes.Shape.class))
                .invoke(MessageBuilder.withPayload("{\"class_name\": \"Circle\", \"registered_name\": "
                        + "\"shapes>Circle\", \"config\": {\"radius\": 2.0}}").build()))
                .isEqualTo(new Shapes.Circle(2));
        });
    }

    @Test
    void aHandlerMethodFactoryTheApplicationSetIsKept() {
        this.runner.run((context) -> {
            KafkaListenerEndpointRegistrar registrar = new KafkaListenerEndpointRegistrar();
            DefaultMessageHandlerMethodFactory own = new DefaultMessageHandlerMethodFactory();
            registrar.setMessageHandlerMethodFactory(own);
            context.getBean(RegistryKafkaListenerConfigurer.class).configureKafkaListeners(registrar);
            assertThat(registrar.getMessageHandlerMethodFactory()).isSameAs(own);
        });
    }

    record Order(int number) {
    }

    public static class Listener {

        public Order order(Order order) {
            return order;
        }

        public Long number(Long number) {
            return number;
        }

        public Shapes.Shape shape(Shapes.Shape shape) {
            return shape;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderConverter {

        @Bean
        Converter<String, Order> orderConverter() {
            return (text) -> new Order(Integer.parseInt(text.substring(2)));
        }
    }

    @Test
    void payloadsAreReadWithBootsJsonMapperWhenItCarriesTheModule() {
        this.runner.run((context) -> assertThat(context.getBean(RegistryKafkaPayloads.class).getMapper())
            .isSameAs(context.getBean(JsonMapper.class)));
    }

    @Test
    void payloadsGetTheModuleWhenBootsJsonMapperLacksIt() {
        this.runner.withPropertyValues("object-registry.json.enabled=false").run((context) -> {
            JsonMapper mapper = context.getBean(RegistryKafkaPayloads.class).getMapper();
            assertThat(mapper.registeredModules()).anyMatch(ObjectRegistryModule.class::isInstance);
            assertThat(context.getBean(JsonMapper.class).registeredModules())
                .noneMatch(ObjectRegistryModule.class::isInstance);
        });
    }

    @Test
    void onlyRegisteredClassesAndTheirBaseTypesAreHandled() {
        this.runner.run((context) -> {
            RegistryKafkaPayloads payloads = context.getBean(RegistryKafkaPayloads.class);
            assertThat(payloads.handles(Shapes.Circle.class)).isTrue();
            assertThat(payloads.handles(Shapes.Shape.class)).isTrue();
            assertThat(payloads.handles(String.class)).isFalse();
            assertThat(payloads.handles(Object.class)).isFalse();
            assertThat(payloads.handles(Runnable.class)).isFalse();
        });
    }

    @Test
    void backsOffWhenSwitchedOff() {
        this.runner.withPropertyValues("object-registry.kafka.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(RegistryKafkaPayloads.class)
                .doesNotHaveBean(RegistryKafkaListenerConfigurer.class);
            assertThat(valueSerializer(context.getBean(DefaultKafkaProducerFactory.class))).isNull();
        });
    }

    @Test
    void anApplicationWithoutSpringKafkaStarts() {
        this.runner.withClassLoader(new FilteredClassLoader(KafkaTemplate.class))
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ObjectRegistry.class)
                .doesNotHaveBean(RegistryKafkaPayloads.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnBeans() {
        this.runner.withUserConfiguration(UserBeans.class).run((context) -> {
            assertThat(context).getBean(RegistryKafkaPayloads.class).isSameAs(context.getBean("myPayloads"));
            assertThat(context).getBean(RegistryKafkaListenerConfigurer.class)
                .isSameAs(context.getBean("myConfigurer"));
        });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesPackage {
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {

        @Bean
        RegistryKafkaPayloads myPayloads(ObjectRegistry registry) {
            return new RegistryKafkaPayloads(registry, new JsonMapper());
        }

        @Bean
        RegistryKafkaListenerConfigurer myConfigurer(ObjectRegistry registry, RegistryKafkaPayloads payloads) {
            return new RegistryKafkaListenerConfigurer(registry, payloads, null);
        }
    }
}
