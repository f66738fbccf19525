package io.github.objectregistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the warnings {@link ScopeSnapshot} logs while open. Its {@code System.Logger} goes to
 * java.util.logging when nothing else is installed, as in these tests.
 */
final class CapturedWarnings implements AutoCloseable {

    /** Held here, as java.util.logging keeps loggers only weakly. */
    private final Logger logger = Logger.getLogger(ScopeSnapshot.class.getName());

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                CapturedWarnings.this.warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    CapturedWarnings() {
        this.logger.addHandler(this.handler);
        this.logger.setUseParentHandlers(false);
    }

    List<String> warnings() {
        return List.copyOf(this.warnings);
    }

    @Override
    public void close() {
        this.logger.removeHandler(this.handler);
        this.logger.setUseParentHandlers(true);
    }
}
