package io.github.objectregistry.test.app;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reads a rule from the request body: served by Spring MVC and by WebFlux alike. */
@RestController
public class PricingController {

    /** The rule's class and the price of 1000 cents under it. */
    @PostMapping("/price")
    public String price(@RequestBody PricingRule rule) {
        return rule.getClass().getSimpleName() + " " + rule.apply(1000);
    }
}
