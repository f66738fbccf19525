package io.github.objectregistry.autoconfigure.kafkaapp;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The applications of the Kafka tests: one context sends (its listeners do not start), another receives.
 * Each has its own registry, scanned from this package.
 */
@SpringBootApplication
public class KafkaShapesApplication {

    /**
     * Failed records go to {@code <topic>-dlt}. A retryable failure would reach it only after ten retries 5 s
     * apart, longer than the tests wait: a dead letter within the wait shows the record was not retried.
     */
    @Bean
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<Object, Object> template) {
        return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(record.topic() + "-dlt", record.partition())),
                new FixedBackOff(5_000, 10));
    }
}
