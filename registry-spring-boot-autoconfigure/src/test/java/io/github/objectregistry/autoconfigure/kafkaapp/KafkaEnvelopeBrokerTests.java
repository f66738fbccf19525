package io.github.objectregistry.autoconfigure.kafkaapp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.github.objectregistry.autoconfigure.kafka.RefusedPayloadException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two applications, each with its own registry, exchange registered objects over spring-kafka-test's embedded
 * KRaft broker. The broker is started by the test; if it cannot start, the test fails.
 */
class KafkaEnvelopeBrokerTests {

    private static final JsonMapper JSON = new JsonMapper();

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static EmbeddedKafkaKraftBroker broker;

    private static ConfigurableApplicationContext sender;

    private static ConfigurableApplicationContext receiver;

    @BeforeAll
    static void start() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, KafkaTopics.ALL);
        broker.afterPropertiesSet();
        sender = application("spring.kafka.listener.auto-startup=false");
        receiver = application("spring.kafka.listener.auto-startup=true");
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] { receiver, sender }) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    private static ConfigurableApplicationContext application(String autoStartup) {
        return new SpringApplicationBuilder(KafkaShapesApplication.class).web(WebApplicationType.NONE)
            .properties("spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "spring.kafka.consumer.auto-offset-reset=earliest", autoStartup)
            .run();
    }

    @SuppressWarnings("unchecked")
    private static KafkaTemplate<Object, Object> template() {
        return sender.getBean(KafkaTemplate.class);
    }

    private static ShapeListeners listeners() {
        return receiver.getBean(ShapeListeners.class);
    }

    @Test
    void registeredObjectsOfSeveralTypesCrossBetweenTwoApplications() throws Exception {
        template().send(KafkaTopics.SHAPES, new Circle(1.5)).get();
        template().send(KafkaTopics.SHAPES, new Square(2, "red")).get();
        assertThat(await(listeners().shapes(), new Circle(1.5)::equals)).isEqualTo(new Circle(1.5));
        assertThat(await(listeners().shapes(), new Square(2, "red")::equals)).isEqualTo(new Square(2, "red"));
    }

    @Test
    void recordsCarryTheEnvelopeAndNoTypeHeader() throws Exception {
        template().send(KafkaTopics.SHAPES, new Circle(4.25)).get();
        ConsumerRecord<String, String> record = await(listeners().raw(), (r) -> r.value().contains("4.25"));
        assertThat(JSON.readTree(record.value())).isEqualTo(JSON.readTree("{\"module\": "
                + "\"io.github.objectregistry.autoconfigure.kafkaapp\", \"class_name\": \"Circle\", "
                + "\"config\": {\"radius\": 4.25}, \"registered_name\": \"shapes>Circle\"}"));
        List<String> headers = new ArrayList<>();
        record.headers().forEach((header) -> headers.add(header.key()));
        assertThat(headers).noneMatch((key) -> key.contains("TypeId"));
    }

    @Test
    void anUnknownNameGoesUnretriedToTheDeadLetterTopicWithTheRegistrysMessageAndLaterRecordsAreConsumed() throws Exception {
        String hexagon = "{\"class_name\":\"Hexagon\",\"config\":{},\"registered_name\":\"shapes>Hexagon\"}";
        template().send(KafkaTopics.SHAPES, hexagon).get();
        template().send(KafkaTopics.SHAPES, new Circle(7)).get();
        ConsumerRecord<String, String> dead = await(listeners().deadLetters(), (r) -> r.value().equals(hexagon));
        assertThat(refusal(dead)).contains("Unknown registered name 'shapes>Hexagon'");
        assertThat(await(listeners().shapes(), new Circle(7)::equals)).isEqualTo(new Circle(7));
    }

    @Test
    void aMarkerAndMalformedJsonGoUnretriedToTheDeadLetterTopic() throws Exception {
        String lambda = "{\"class_name\":\"__lambda__\",\"config\":{\"code\":\"x\"}}";
        template().send(KafkaTopics.SHAPES, lambda).get();
        template().send(KafkaTopics.SHAPES, "{not json").get();
        template().send(KafkaTopics.SHAPES, new Circle(8)).get();
        assertThat(refusal(await(listeners().deadLetters(), (r) -> r.value().equals(lambda))))
            .contains("__lambda__");
        assertThat(refusal(await(listeners().deadLetters(), (r) -> r.value().equals("{not json"))))
            .startsWith("Kafka payload is not a readable " + Shape.class.getName() + " (malformed JSON)");
        assertThat(await(listeners().shapes(), new Circle(8)::equals)).isEqualTo(new Circle(8));
    }

    @Test
    void aListenersScopeAppliesWhileItsRecordIsRead() throws Exception {
        String special = "{\"class_name\":\"Special\",\"config\":{\"tag\":\"only-in-scope\"},"
                + "\"registered_name\":\"scoped>Special\"}";
        template().send(KafkaTopics.SCOPED, special).get();
        assertThat(await(listeners().scoped(), Special.class::isInstance)).isEqualTo(new Special("only-in-scope"));
        template().send(KafkaTopics.SHAPES, special).get();
        ConsumerRecord<String, String> dead = await(listeners().deadLetters(),
                (r) -> r.topic().equals(KafkaTopics.SHAPES + "-dlt") && r.value().equals(special));
        assertThat(refusal(dead)).contains("'scoped>Special'");
    }

    @Test
    void plainTextPayloadsAreUnchanged() throws Exception {
        template().send(KafkaTopics.TEXT, "hello, \"world\"").get();
        assertThat(await(listeners().texts(), "hello, \"world\""::equals)).isEqualTo("hello, \"world\"");
    }

    /**
     * The registry's message, as the dead-letter record carries it: Spring Kafka wraps the conversion failure
     * (in "Listener method could not be invoked"), so it is the cause in the stack trace header.
     */
    private static String refusal(ConsumerRecord<String, String> record) {
        String trace = header(record, KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
        String marker = "Caused by: " + RefusedPayloadException.class.getName() + ": ";
        assertThat(trace).contains(marker);
        String message = trace.substring(trace.indexOf(marker) + marker.length());
        return message.substring(0, message.indexOf("\n\tat "));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s of %s", name, record).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Takes items until one matches; others (from other tests) are dropped. */
    private static <T> T await(BlockingQueue<T> queue, Predicate<? super T> matching) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            T item = queue.poll(100, TimeUnit.MILLISECONDS);
            if (item != null && matching.test(item)) {
                return item;
            }
        }
        throw new AssertionError("Nothing matching arrived within " + WAIT);
    }
}
