package io.github.objectregistry.autoconfigure.reactor;

import io.github.objectregistry.ScopeSnapshot;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;

/**
 * Runs the parts of a reactive pipeline that happen on the calling thread under a {@link ScopeSnapshot}, so that
 * plain code there (a handler, a {@code map}) sees the scopes and its {@code put}s stay in them, whatever
 * Reactor's context-propagation mode. Each attachment ends before the signal or subscription that made it
 * returns, so a pooled thread never keeps anything; scopes left open inside are closed and logged.
 *
 * <p>What runs later on another thread (a {@code subscribeOn} or {@code publishOn} scheduler, a timer) sees the
 * scopes only under {@code spring.reactor.context-propagation=auto}, which restores them from the Reactor
 * {@code Context} under the {@link ReactorScopeKey}.
 */
public final class ScopedPublishers {

    private ScopedPublishers() {
    }

    /**
     * {@code source}, subscribed to with {@code snapshot} attached to the subscribing thread: everything the
     * subscription runs there, such as a handler that needs no request body, sees its scopes.
     * @param <T> the element type
     * @param source the publisher
     * @param snapshot the scopes
     * @return the wrapping publisher
     */
    public static <T> Mono<T> attachedOnSubscribe(Mono<T> source, ScopeSnapshot snapshot) {
        return new MonoOperator<T, T>(source) {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
                    this.source.subscribe(actual);
                }
            }
        };
    }

    /**
     * {@code source}, subscribed to with {@code snapshot} attached to the subscribing thread.
     * @param <T> the element type
     * @param source the publisher
     * @param snapshot the scopes
     * @return the wrapping publisher
     */
    public static <T> Flux<T> attachedOnSubscribe(Flux<T> source, ScopeSnapshot snapshot) {
        return new FluxOperator<T, T>(source) {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
                    this.source.subscribe(actual);
                }
            }
        };
    }

    /**
     * {@code source}, each of whose signals is delivered with {@code snapshot} attached to the thread that
     * delivers it: what the signals drive there, such as decoding a request body and calling the handler once
     * it has arrived on a server's event loop, sees the scopes.
     * @param <T> the element type
     * @param source the publisher
     * @param snapshot the scopes
     * @return the wrapping publisher
     */
    public static <T> Flux<T> attachedSignals(Flux<T> source, ScopeSnapshot snapshot) {
        return new FluxOperator<T, T>(source) {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                this.source.subscribe(new AttachingSubscriber<>(actual, snapshot));
            }
        };
    }

    /** Delivers every signal to {@code actual} under the snapshot; passes the subscription through untouched. */
    private static final class AttachingSubscriber<T> extends AroundSignalsSubscriber<T, ScopeSnapshot.Attachment> {

        private final ScopeSnapshot snapshot;

        AttachingSubscriber(CoreSubscriber<? super T> actual, ScopeSnapshot snapshot) {
            super(actual);
            this.snapshot = snapshot;
        }

        @Override
        ScopeSnapshot.Attachment before() {
            return this.snapshot.attach();
        }

        @Override
        void after(ScopeSnapshot.Attachment attachment) {
            attachment.close();
        }
    }
}
