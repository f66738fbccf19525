package io.github.objectregistry.sample.activations;

import io.github.objectregistry.RegisterSerializable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activations, as beans. Each {@code @RegisterSerializable} bean is registered as an instance under
 * {@code sample>} and its bean name. {@code hardSwish} is not registered: the experimental endpoint puts it
 * in place of {@code sample>swish} for one call.
 */
@Configuration(proxyBeanMethods = false)
public class ActivationConfiguration {

    @Bean
    @RegisterSerializable("sample")
    Activation relu() {
        return new FunctionActivation("relu", (x) -> Math.max(0, x));
    }

    @Bean
    @RegisterSerializable("sample")
    Activation tanh() {
        return new FunctionActivation("tanh", Math::tanh);
    }

    @Bean
    @RegisterSerializable("sample")
    Activation swish() {
        return new FunctionActivation("swish", (x) -> x / (1 + Math.exp(-x)));
    }

    /** The cheaper piecewise approximation of swish, {@code x · relu6(x + 3) / 6}, being tried out. */
    @Bean
    Activation hardSwish() {
        return new FunctionActivation("hard-swish (experimental)", (x) -> x * Math.min(6, Math.max(0, x + 3)) / 6);
    }
}
