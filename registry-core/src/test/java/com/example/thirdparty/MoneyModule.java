package com.example.thirdparty;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A third-party Jackson module, written as libraries write them: its own {@code Deserializers} read its
 * abstract type {@link Money} from {@code "12.50 EUR"}, and its serializer writes it back that way.
 */
public class MoneyModule extends JacksonModule {

    @Override
    public String getModuleName() {
        return "money";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new MoneyDeserializers());
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Money.class, new MoneySerializer());
        context.addSerializers(serializers);
    }

    private static final class MoneyDeserializers extends Deserializers.Base {

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier description) {
            return type.hasRawClass(Money.class) ? new MoneyDeserializer() : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType == Money.class;
        }
    }

    private static final class MoneyDeserializer extends ValueDeserializer<Money> {

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) {
            String[] parts = p.getValueAsString().split(" ");
            return Money.of(parts[1], Math.round(Double.parseDouble(parts[0]) * 100));
        }
    }

    private static final class MoneySerializer extends StdSerializer<Money> {

        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(String.format("%d.%02d %s", value.cents() / 100, value.cents() % 100, value.currency()));
        }
    }
}
