package io.github.objectregistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what a registry logs, down to DEBUG, while it is open. The registry logs through
 * {@link System.Logger}, which java.util.logging backs when no other provider is present, as in these tests:
 * DEBUG arrives as {@link Level#FINE}. The logger's level is lowered for the duration, because the registry
 * builds its DEBUG messages only when DEBUG is enabled.
 */
final class RegistryLog implements AutoCloseable {

    /** Held strongly: java.util.logging keeps loggers weakly, and would forget the level set on a collected one. */
    private final Logger logger = Logger.getLogger(ObjectRegistry.class.getName());

    private final Level previousLevel = this.logger.getLevel();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            RegistryLog.this.records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private RegistryLog() {
        this.logger.setLevel(Level.FINE);
        this.logger.addHandler(this.handler);
    }

    /** Starts recording; close it to stop and restore the logger's level. */
    static RegistryLog capture() {
        return new RegistryLog();
    }

    /** The messages logged so far at exactly {@code level}, in order. */
    List<String> messages(Level level) {
        return this.records.stream().filter((record) -> record.getLevel() == level).map(LogRecord::getMessage)
            .toList();
    }

    @Override
    public void close() {
        this.logger.removeHandler(this.handler);
        this.logger.setLevel(this.previousLevel);
    }
}
