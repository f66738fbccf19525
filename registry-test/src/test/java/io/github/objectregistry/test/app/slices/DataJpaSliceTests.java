package io.github.objectregistry.test.app.slices;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** {@code @DataJpaTest} has the registry and its serializer, with no import of the user's. */
@DataJpaTest
class DataJpaSliceTests extends DataSliceContract {
}
