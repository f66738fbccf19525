package io.github.objectregistry.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the slices and the context tests start. */
@SpringBootApplication
public class TestSupportApplication {

    /** A plain bean that tests name in {@code @WithCustomObjects(beans = ...)}. */
    @Bean
    PricingRule flatFee() {
        return (cents) -> cents + 50;
    }
}
