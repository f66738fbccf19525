package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.autoconfigure.orm.RegistryFormatMapperCustomizer;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} has the registry and its serializer, with no import of the user's, and Hibernate reads
 * JSON columns through the registry as in the application.
 */
@DataJpaTest
class DataJpaSliceTests extends DataSliceContract {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private RegistryFormatMapperCustomizer customizer;

    @Test
    void hibernateJsonColumnsAreReadThroughTheRegistry() {
        assertThat(this.entityManagerFactory.getProperties().get("hibernate.type.json_format_mapper"))
            .isSameAs(this.customizer.getFormatMapper());
    }
}
