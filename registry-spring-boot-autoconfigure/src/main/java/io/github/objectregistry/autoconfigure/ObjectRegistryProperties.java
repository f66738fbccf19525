package io.github.objectregistry.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.objectregistry.ConflictPolicy;
import io.github.objectregistry.json.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the object registry, under {@code object-registry.*}.
 */
@ConfigurationProperties("object-registry")
public class ObjectRegistryProperties {

    /**
     * What to do when a name is registered to a second, different target (or a target under a second name):
     * 'fail' stops startup with a report naming both; 'replace' lets the later registration win.
     */
    private ConflictPolicy onConflict = ConflictPolicy.FAIL;

    private final Scan scan = new Scan();

    private final Json json = new Json();

    private final Web web = new Web();

    private final Aop aop = new Aop();

    private final Propagation propagation = new Propagation();

    public ConflictPolicy getOnConflict() {
        return this.onConflict;
    }

    public void setOnConflict(ConflictPolicy onConflict) {
        this.onConflict = onConflict;
    }

    public Scan getScan() {
        return this.scan;
    }

    public Json getJson() {
        return this.json;
    }

    public Web getWeb() {
        return this.web;
    }

    public Aop getAop() {
        return this.aop;
    }

    public Propagation getPropagation() {
        return this.propagation;
    }

    /** Classpath scanning for {@code @RegisterSerializable} classes. */
    public static class Scan {

        /**
         * Whether to scan for @RegisterSerializable classes at startup.
         */
        private boolean enabled = true;

        /**
         * Packages to scan, in addition to the @SpringBootApplication package and those named by
         * @ObjectRegistryScan.
         */
        private List<String> basePackages = new ArrayList<>();

        /**
         * Whether to read the object-registry.index files that registry-processor writes, and scan
         * only the packages they do not cover. Set to false to scan every package.
         */
        private boolean useIndex = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public boolean isUseIndex() {
            return this.useIndex;
        }

        public void setUseIndex(boolean useIndex) {
            this.useIndex = useIndex;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getBasePackages() {
            return this.basePackages;
        }

        public void setBasePackages(List<String> basePackages) {
            this.basePackages = basePackages;
        }
    }

    /** Jackson integration and the limits of the strict RegistrySerializer. */
    public static class Json {

        /**
         * Whether to add the envelope module to the application's JsonMapper and provide a RegistrySerializer.
         */
        private boolean enabled = true;

        /**
         * Packages whose interfaces and abstract classes the application's JsonMapper reads as envelopes, in
         * addition to the packages the registry scans; elsewhere only types with a registered implementation
         * are, and every other type is left to Jackson.
         */
        private List<String> basePackages = new ArrayList<>();

        /**
         * Deepest nesting of objects and arrays that RegistrySerializer reads; each envelope takes two levels.
         */
        private int maxNestingDepth = ReadLimits.DEFAULTS.maxNestingDepth();

        /**
         * Longest document that RegistrySerializer reads.
         */
        private DataSize maxDocumentLength = DataSize.ofBytes(ReadLimits.DEFAULTS.maxDocumentLength());

        /**
         * Longest string value that RegistrySerializer reads.
         */
        private DataSize maxStringLength = DataSize.ofBytes(ReadLimits.DEFAULTS.maxStringLength());

        /**
         * Most tokens in one document that RegistrySerializer reads.
         */
        private long maxTokenCount = ReadLimits.DEFAULTS.maxTokenCount();

        /**
         * Whether written envelopes carry "module" (the class's Java package), as Keras writes them. Readers
         * that resolve "registered_name", as this library does, never need it; turning it off shortens every
         * envelope. Keep it on for documents that a reader resolving "module" and "class_name" will read.
         */
        private boolean writeModule = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getBasePackages() {
            return this.basePackages;
        }

        public void setBasePackages(List<String> basePackages) {
            this.basePackages = basePackages;
        }

        public int getMaxNestingDepth() {
            return this.maxNestingDepth;
        }

        public void setMaxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
        }

        public DataSize getMaxDocumentLength() {
            return this.maxDocumentLength;
        }

        public void setMaxDocumentLength(DataSize maxDocumentLength) {
            this.maxDocumentLength = maxDocumentLength;
        }

        public DataSize getMaxStringLength() {
            return this.maxStringLength;
        }

        public void setMaxStringLength(DataSize maxStringLength) {
            this.maxStringLength = maxStringLength;
        }

        public long getMaxTokenCount() {
            return this.maxTokenCount;
        }

        public void setMaxTokenCount(long maxTokenCount) {
            this.maxTokenCount = maxTokenCount;
        }

        public boolean isWriteModule() {
            return this.writeModule;
        }

        public void setWriteModule(boolean writeModule) {
            this.writeModule = writeModule;
        }

        /** These properties as the serializer's limits. */
        public ReadLimits toReadLimits() {
            return new ReadLimits(this.maxNestingDepth, this.maxDocumentLength.toBytes(), maxStringLengthInBytes(),
                    this.maxTokenCount);
        }

        /** Jackson counts a string's length in an int, so larger sizes cannot be enforced. */
        private int maxStringLengthInBytes() {
            long bytes = this.maxStringLength.toBytes();
            if (bytes > Integer.MAX_VALUE) {
                throw new InvalidConfigurationPropertyValueException("object-registry.json.max-string-length",
                        this.maxStringLength, "Jackson limits strings to at most " + Integer.MAX_VALUE
                                + " bytes (2GB minus one byte). Set a smaller size, such as 10MB.");
            }
            return (int) bytes;
        }
    }

    /** Web integration. */
    public static class Web {

        private final RequestScope requestScope = new RequestScope();

        private final ProblemDetails problemDetails = new ProblemDetails();

        public RequestScope getRequestScope() {
            return this.requestScope;
        }

        public ProblemDetails getProblemDetails() {
            return this.problemDetails;
        }

        /** Problem details for request bodies that the registry refuses. */
        public static class ProblemDetails {

            /**
             * Whether to answer a request body that the registry refuses (unknown name, wrong type, marker,
             * limits) with a 400 application/problem+json, in Spring MVC and WebFlux.
             */
            private boolean enabled = true;

            public boolean isEnabled() {
                return this.enabled;
            }

            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }
        }

        /** The custom object scope opened for every HTTP request. */
        public static class RequestScope {

            /**
             * Whether to give every request its own custom object scope: servlet requests, and WebFlux requests
             * (carried in the Reactor Context, and used by the JSON decoder for request bodies).
             */
            private boolean enabled = true;

            /**
             * Order of the request-scope filter (servlet Filter or WebFlux WebFilter); it should run before
             * anything that reads envelopes.
             */
            private int order = Ordered.HIGHEST_PRECEDENCE + 100;

            public boolean isEnabled() {
                return this.enabled;
            }

            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }

            public int getOrder() {
                return this.order;
            }

            public void setOrder(int order) {
                this.order = order;
            }
        }
    }

    /** The @WithCustomObjects aspect. */
    public static class Aop {

        /**
         * Whether to apply @WithCustomObjects through an aspect.
         */
        private boolean enabled = true;

        /**
         * Order of the @WithCustomObjects aspect among the application's other aspects.
         */
        private int order = Ordered.LOWEST_PRECEDENCE;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getOrder() {
            return this.order;
        }

        public void setOrder(int order) {
            this.order = order;
        }
    }

    /** Scopes that follow work to the threads that run it. */
    public static class Propagation {

        /**
         * Whether work handed to other threads runs under the scopes of the thread that handed it over: tasks on
         * the executors and schedulers Spring Boot builds (so @Async methods), Spring MVC async requests and their
         * later dispatches, and, with Micrometer's context-propagation, whatever Spring or Reactor propagates.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
