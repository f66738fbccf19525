package io.github.objectregistry.test.app;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @WithCustomObjects} on a {@code @SpringBootTest} needs no other annotation: the listener that the
 * registry-test jar registers opens the scope on the test's thread, in the context's registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithCustomObjects(objects = @CustomObject(name = "shop>Discount", type = DiscountV2.class))
class WithCustomObjectsSpringBootTests {

    private static final String DISCOUNT = """
            {"class_name": "Discount", "config": {"percent": 10}, "registered_name": "shop>Discount"}""";

    @Autowired
    private ObjectRegistry registry;

    @Autowired
    private JsonMapper mapper;

    private Object seenByBeforeEach;

    @BeforeEach
    void lookUpBeforeTheTest() {
        this.seenByBeforeEach = this.registry.getRegisteredObject("shop>Discount");
    }

    @Test
    void classAnnotationOpensTheScopeOnTheTestThread() {
        assertThat(this.registry.scopeDepth()).isEqualTo(1);
        assertThat(this.registry.getRegisteredObject("shop>Discount")).isEqualTo(DiscountV2.class);
        assertThat(this.mapper.readValue(DISCOUNT, PricingRule.class)).isEqualTo(new DiscountV2(10));
    }

    @Test
    void beforeEachMethodsRunInTheScopeToo() {
        assertThat(this.seenByBeforeEach).isEqualTo(DiscountV2.class);
    }

    @Test
    @WithCustomObjects(beans = "flatFee")
    void methodAnnotationWinsOverTheClassAndResolvesBeansThroughTheContext(
            @Autowired PricingRule flatFee) {
        assertThat(this.registry.scopeDepth()).isEqualTo(1);
        assertThat(this.registry.getRegisteredObject("flatFee")).isSameAs(flatFee);
        assertThat(this.registry.getRegisteredObject("shop>Discount")).isEqualTo(Discount.class);
    }

    @Test
    void putInATestGoesIntoItsScope() {
        this.registry.getCustomObjects().put("shop>Extra", Discount.class);
        assertThat(this.registry.getRegisteredObject("shop>Extra")).isEqualTo(Discount.class);
        this.registry.closeScopesAbove(0);
        assertThat(this.registry.getRegisteredObject("shop>Extra")).isNull();
    }
}
