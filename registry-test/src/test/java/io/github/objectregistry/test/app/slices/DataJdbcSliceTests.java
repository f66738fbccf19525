package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.test.app.PricingRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJdbcTest} has the registry and its serializer, with no import of the user's, and stores registered
 * types as envelopes as the application does.
 */
@DataJdbcTest
class DataJdbcSliceTests extends DataSliceContract {

    @Autowired
    private JdbcCustomConversions conversions;

    @Test
    void propertiesTypedByRegisteredTypesAreStoredAsEnvelopes() {
        assertThat(this.conversions.isSimpleType(PricingRule.class)).isTrue();
    }
}
