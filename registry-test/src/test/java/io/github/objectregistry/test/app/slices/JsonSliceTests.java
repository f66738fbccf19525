package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.json.UnknownNameException;
import io.github.objectregistry.test.app.Discount;
import io.github.objectregistry.test.app.PricingRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code @JsonTest} includes the registry and its Jackson module, with no import of the user's. */
@JsonTest
class JsonSliceTests {

    @Autowired
    private JsonMapper mapper;

    @Test
    void bootsMapperReadsAnEnvelopeAsTheBaseType() {
        assertThat(this.mapper.readValue(Envelopes.DISCOUNT, PricingRule.class)).isEqualTo(new Discount(10));
    }

    @Test
    void bootsMapperRefusesAnUnknownNameNamingIt() {
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.mapper.readValue(Envelopes.UNKNOWN, PricingRule.class))
            .withMessageContaining("'shop>Discont'")
            .withMessageContaining("shop>Discount");
    }
}
