package io.github.objectregistry.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits {@link RegistrySerializer} enforces on every document it reads, so that hostile input fails
 * fast with a clear error instead of exhausting the stack, the heap or the CPU.
 *
 * <pre>{@code
 * new RegistrySerializer(registry, ReadLimits.DEFAULTS.withMaxDocumentLength(50_000_000));
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays; each envelope takes two levels
 * @param maxDocumentLength the longest document, in bytes or characters
 * @param maxStringLength the longest string value
 * @param maxTokenCount the most tokens in one document
 */
public record ReadLimits(int maxNestingDepth, long maxDocumentLength, int maxStringLength, long maxTokenCount) {

    /** Depth 100, 10 MB documents, 1 MB strings and 1,000,000 tokens: ample for configs. */
    public static final ReadLimits DEFAULTS = new ReadLimits(100, 10_000_000L, 1_000_000, 1_000_000L);

    /**
     * Validates that every limit is positive.
     * @param maxNestingDepth the deepest nesting
     * @param maxDocumentLength the longest document
     * @param maxStringLength the longest string
     * @param maxTokenCount the most tokens
     */
    public ReadLimits {
        requirePositive("maxNestingDepth", maxNestingDepth);
        requirePositive("maxDocumentLength", maxDocumentLength);
        requirePositive("maxStringLength", maxStringLength);
        requirePositive("maxTokenCount", maxTokenCount);
    }

    /** A copy with another nesting limit. */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, this.maxDocumentLength, this.maxStringLength, this.maxTokenCount);
    }

    /** A copy with another document-length limit. */
    public ReadLimits withMaxDocumentLength(long length) {
        return new ReadLimits(this.maxNestingDepth, length, this.maxStringLength, this.maxTokenCount);
    }

    /** A copy with another string-length limit. */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(this.maxNestingDepth, this.maxDocumentLength, length, this.maxTokenCount);
    }

    /** A copy with another token-count limit. */
    public ReadLimits withMaxTokenCount(long count) {
        return new ReadLimits(this.maxNestingDepth, this.maxDocumentLength, this.maxStringLength, count);
    }

    /** These limits as Jackson's stream constraints. */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder()
            .maxNestingDepth(this.maxNestingDepth)
            .maxDocumentLength(this.maxDocumentLength)
            .maxStringLength(this.maxStringLength)
            .maxTokenCount(this.maxTokenCount)
            .build();
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value
                    + "; every limit must stay finite so that hostile input fails fast.");
        }
    }
}
