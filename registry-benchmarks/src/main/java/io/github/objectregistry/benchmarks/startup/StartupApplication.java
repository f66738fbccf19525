package io.github.objectregistry.benchmarks.startup;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the startup benchmark starts: its package holds the 1,000 generated
 * {@code @RegisterSerializable} records, which the starter scans and registers.
 */
@SpringBootApplication
public class StartupApplication {
}
