package io.github.objectregistry.test.app.slices;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;

/** {@code @DataJdbcTest} has the registry and its serializer, with no import of the user's. */
@DataJdbcTest
class DataJdbcSliceTests extends DataSliceContract {
}
