package io.github.objectregistry.json;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Changing a registered class", as written there: rename, a field with a default, a restructure. */
class ReadmeMigrationExampleTests {

    interface PricingRule {
    }

    @RegisterSerializable(value = "pricing", aliases = "pricing>Discount", version = 3)
    record PercentOff(Amount amount, String appliesTo) implements PricingRule {

        record Amount(double value, String unit) {
        }

        @ConfigMigration(from = 1)
        static ObjectNode addAppliesTo(ObjectNode config) {
            config.put("appliesTo", "ALL");
            return config;
        }

        @ConfigMigration(from = 2)
        static ObjectNode structureAmount(ObjectNode config) {
            ObjectNode amount = config.putObject("amount");
            amount.set("value", config.remove("percent"));
            amount.put("unit", "PERCENT");
            return config;
        }
    }

    @Test
    void aVersionOneRowOfTheOldClassReadsAsTheRenamedVersionThreeClass() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(PercentOff.class);
        RegistrySerializer serializer = new RegistrySerializer(registry);
        String row = "{\"class_name\": \"Discount\", \"registered_name\": \"pricing>Discount\", \"config\": {\"percent\": 5}}";
        PricingRule rule = serializer.fromJson(row, PricingRule.class);
        assertThat(rule).hasToString("PercentOff[amount=Amount[value=5.0, unit=PERCENT], appliesTo=ALL]");
        assertThat(serializer.toJson(rule)).isEqualTo("{\"class_name\":\"PercentOff\",\"registered_name\":"
                + "\"pricing>PercentOff\",\"module\":\"io.github.objectregistry.json\",\"config_version\":3,"
                + "\"config\":{\"amount\":{\"value\":5.0,\"unit\":\"PERCENT\"},\"appliesTo\":\"ALL\"}}");
    }
}
