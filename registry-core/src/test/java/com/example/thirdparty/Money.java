package com.example.thirdparty;

/** A third-party library's abstract type, which the library's own {@link MoneyModule} reads and writes. */
public interface Money {

    String currency();

    long cents();

    /** The library's own implementation. */
    static Money of(String currency, long cents) {
        return new SimpleMoney(currency, cents);
    }

    /** The implementation {@link MoneyModule} reads. */
    record SimpleMoney(String currency, long cents) implements Money {
    }
}
