package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.RegistrySerializer;
import io.github.objectregistry.test.app.Discount;
import io.github.objectregistry.test.app.PricingRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What every data slice must have: the registry, filled by the scan, and its serializer for stored envelopes. */
abstract class DataSliceContract {

    @Autowired
    private ObjectRegistry registry;

    @Autowired
    private RegistrySerializer serializer;

    @Test
    void registryHasTheScannedClasses() {
        assertThat(this.registry.getRegisteredObject("shop>Discount")).isEqualTo(Discount.class);
    }

    @Test
    void storedEnvelopeIsReadAsTheRegisteredClass() {
        assertThat(this.serializer.fromJson(Envelopes.DISCOUNT, PricingRule.class)).isEqualTo(new Discount(10));
    }
}
