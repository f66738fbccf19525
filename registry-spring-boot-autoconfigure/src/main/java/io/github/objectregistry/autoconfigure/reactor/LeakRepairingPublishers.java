package io.github.objectregistry.autoconfigure.reactor;

import java.util.function.IntConsumer;

import io.github.objectregistry.ObjectRegistry;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;

/**
 * Closes the scopes that code leaves open while a subscription, or a signal, runs on the calling thread, and says
 * how many. Placed just inside a {@link ScopedPublishers} attachment (a WebFlux request's scope), it ends that
 * attachment cleanly and reports the leak where it happened, for the boundary's log and metrics.
 */
public final class LeakRepairingPublishers {

    private LeakRepairingPublishers() {
    }

    /**
     * {@code source}, whose subscription closes what it leaves open on the subscribing thread.
     * @param <T> the element type
     * @param source the publisher
     * @param registry the registry whose scopes are checked
     * @param repaired told how many scopes were closed, when any were
     * @return the wrapping publisher
     */
    public static <T> Mono<T> onSubscribe(Mono<T> source, ObjectRegistry registry, IntConsumer repaired) {
        return new MonoOperator<T, T>(source) {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                int depth = registry.scopeDepth();
                try {
                    this.source.subscribe(actual);
                }
                finally {
                    report(registry.closeScopesAbove(depth), repaired);
                }
            }
        };
    }

    /**
     * {@code source}, each of whose signals closes what its subscriber leaves open on the delivering thread.
     * @param <T> the element type
     * @param source the publisher
     * @param registry the registry whose scopes are checked
     * @param repaired told how many scopes were closed, when any were
     * @return the wrapping publisher
     */
    public static <T> Flux<T> onSignals(Flux<T> source, ObjectRegistry registry, IntConsumer repaired) {
        return new FluxOperator<T, T>(source) {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                this.source.subscribe(new AroundSignalsSubscriber<T, Integer>(actual) {
                    @Override
                    Integer before() {
                        return registry.scopeDepth();
                    }

                    @Override
                    void after(Integer depth) {
                        report(registry.closeScopesAbove(depth), repaired);
                    }
                });
            }
        };
    }

    private static void report(int leaked, IntConsumer repaired) {
        if (leaked > 0) {
            repaired.accept(leaked);
        }
    }
}
