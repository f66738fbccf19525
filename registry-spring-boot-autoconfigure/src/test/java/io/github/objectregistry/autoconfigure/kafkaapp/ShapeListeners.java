package io.github.objectregistry.autoconfigure.kafkaapp;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.WithCustomObjects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Listeners of the receiving application; each collects what it got. */
@Component
public class ShapeListeners {

    private final BlockingQueue<Shape> shapes = new LinkedBlockingQueue<>();

    private final BlockingQueue<ConsumerRecord<String, String>> raw = new LinkedBlockingQueue<>();

    private final BlockingQueue<Shape> scoped = new LinkedBlockingQueue<>();

    private final BlockingQueue<ConsumerRecord<String, String>> deadLetters = new LinkedBlockingQueue<>();

    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

    /** What {@link #onShape} received; a method, as the bean is proxied for its {@code @WithCustomObjects}. */
    public BlockingQueue<Shape> shapes() {
        return this.shapes;
    }

    /** The records {@link #onRecord} received, as they are on the wire. */
    public BlockingQueue<ConsumerRecord<String, String>> raw() {
        return this.raw;
    }

    /** What {@link #onScoped} received. */
    public BlockingQueue<Shape> scoped() {
        return this.scoped;
    }

    /** The records of the dead-letter topics. */
    public BlockingQueue<ConsumerRecord<String, String>> deadLetters() {
        return this.deadLetters;
    }

    /** What {@link #onText} received. */
    public BlockingQueue<String> texts() {
        return this.texts;
    }

    @KafkaListener(topics = KafkaTopics.SHAPES, groupId = "shapes")
    void onShape(Shape shape) {
        this.shapes.add(shape);
    }

    @KafkaListener(topics = KafkaTopics.SHAPES, groupId = "raw")
    void onRecord(ConsumerRecord<String, String> record) {
        this.raw.add(record);
    }

    @KafkaListener(topics = KafkaTopics.SCOPED, groupId = "scoped")
    @WithCustomObjects(objects = @CustomObject(name = "scoped>Special", type = Special.class))
    void onScoped(Shape shape) {
        this.scoped.add(shape);
    }

    @KafkaListener(topics = { KafkaTopics.SHAPES + "-dlt", KafkaTopics.SCOPED + "-dlt" }, groupId = "dlt")
    void onDeadLetter(ConsumerRecord<String, String> record) {
        this.deadLetters.add(record);
    }

    @KafkaListener(topics = KafkaTopics.TEXT, groupId = "text")
    void onText(String text) {
        this.texts.add(text);
    }
}
