package io.github.objectregistry.autoconfigure.kafka;

import java.nio.ByteBuffer;
import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Reads a big-endian {@code byte[]} (as Kafka's {@code LongSerializer} and its kin write them) as a
 * {@code Long}, {@code Integer}, {@code Short} or {@code Byte}: the conversion Spring Kafka's default handler
 * method factory offers listener parameters and headers, kept in the factory that replaces it.
 */
final class BytesToNumberConverter implements GenericConverter {

    private static final Set<ConvertiblePair> PAIRS = Set.of(new ConvertiblePair(byte[].class, Long.class),
            new ConvertiblePair(byte[].class, Integer.class), new ConvertiblePair(byte[].class, Short.class),
            new ConvertiblePair(byte[].class, Byte.class));

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return PAIRS;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        byte[] bytes = (byte[]) source;
        Class<?> type = targetType.getType();
        int size = (type == Long.class) ? Long.BYTES : (type == Integer.class) ? Integer.BYTES
                : (type == Short.class) ? Short.BYTES : Byte.BYTES;
        if (bytes.length != size) {
            throw new IllegalArgumentException("Cannot read " + bytes.length + " bytes as a " + type.getSimpleName()
                    + ": it takes exactly " + size + " big-endian bytes, as Kafka's " + type.getSimpleName()
                    + "Serializer writes them. Send the value with that serializer, or declare the parameter as byte[].");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return (type == Long.class) ? (Object) buffer.getLong() : (type == Integer.class) ? (Object) buffer.getInt()
                : (type == Short.class) ? (Object) buffer.getShort() : (Object) buffer.get();
    }
}
