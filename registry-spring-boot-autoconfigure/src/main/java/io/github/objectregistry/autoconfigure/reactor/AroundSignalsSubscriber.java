package io.github.objectregistry.autoconfigure.reactor;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;

/**
 * Delivers every signal to {@code actual} between {@link #before()} and {@link #after(Object)}, on the thread that
 * delivers it; passes the subscription and the Context through untouched.
 * @param <T> the element type
 * @param <S> what {@link #before()} hands to {@link #after(Object)}
 */
abstract class AroundSignalsSubscriber<T, S> implements CoreSubscriber<T> {

    private final CoreSubscriber<? super T> actual;

    AroundSignalsSubscriber(CoreSubscriber<? super T> actual) {
        this.actual = actual;
    }

    /** Runs before a signal is delivered. */
    abstract S before();

    /** Runs after a signal was delivered, however its delivery ended. */
    abstract void after(S state);

    @Override
    public Context currentContext() {
        return this.actual.currentContext();
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        this.actual.onSubscribe(subscription);
    }

    @Override
    public void onNext(T element) {
        S state = before();
        try {
            this.actual.onNext(element);
        }
        finally {
            after(state);
        }
    }

    @Override
    public void onError(Throwable error) {
        S state = before();
        try {
            this.actual.onError(error);
        }
        finally {
            after(state);
        }
    }

    @Override
    public void onComplete() {
        S state = before();
        try {
            this.actual.onComplete();
        }
        finally {
            after(state);
        }
    }
}
