package io.github.objectregistry;

import java.lang.ref.Reference;
import java.util.List;

/** Asks the garbage collector, a bounded number of times, to clear weak references. */
final class Collector {

    private Collector() {
    }

    /** Polls the collector until every reference is cleared; {@code false} if one never is. */
    static boolean collected(List<? extends Reference<?>> references) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (references.stream().allMatch((reference) -> reference.get() == null)) {
                return true;
            }
            System.gc();
            Thread.sleep(20);
        }
        return false;
    }
}
