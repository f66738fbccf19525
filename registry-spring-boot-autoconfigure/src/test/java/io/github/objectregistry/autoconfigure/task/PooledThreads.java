package io.github.objectregistry.autoconfigure.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * What every thread of a pool holds of a registry, seen from tasks submitted outside any scope: those run as
 * they are, so they see their thread's own state, which is what the tasks before them left behind.
 */
public final class PooledThreads {

    private PooledThreads() {
    }

    /**
     * Runs one task on each of the pool's {@code size} threads at once, each reporting its thread's state.
     * @param executor the pool; call from a thread without scopes
     * @param size its number of threads
     * @param registry the registry
     * @param name a name that no thread should resolve
     * @return one line per thread that holds state of the registry or resolves {@code name}: empty when clean
     */
    public static List<String> dirty(AsyncTaskExecutor executor, int size, ObjectRegistry registry, String name)
            throws Exception {
        CyclicBarrier allThreads = new CyclicBarrier(size);
        List<Future<String>> reports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            reports.add(executor.submit(() -> {
                allThreads.await(10, TimeUnit.SECONDS);
                boolean dirty = registry.hasThreadState() || registry.getRegisteredObject(name) != null;
                return dirty ? Thread.currentThread().getName() + " depth " + registry.scopeDepth() + " resolves "
                        + registry.getRegisteredObject(name) : null;
            }));
        }
        List<String> dirty = new ArrayList<>();
        for (Future<String> report : reports) {
            String line = report.get(20, TimeUnit.SECONDS);
            if (line != null) {
                dirty.add(line);
            }
        }
        return dirty;
    }
}
