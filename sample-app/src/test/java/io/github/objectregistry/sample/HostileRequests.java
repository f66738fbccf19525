package io.github.objectregistry.sample;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import io.github.objectregistry.json.HostileCorpus;

/**
 * Turns a hostile corpus document into a request to create a model: {@code body-*} files are the whole
 * body; the others are sent as the model's only layer.
 */
final class HostileRequests {

    private HostileRequests() {
    }

    static HttpRequest toRequest(String base, HostileCorpus.Case hostile) {
        byte[] body = hostile.file().startsWith("body-") ? hostile.content() : wrapAsLayer(hostile.content());
        return HttpRequest.newBuilder(URI.create(base + "/api/models"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    }

    private static byte[] wrapAsLayer(byte[] layer) {
        byte[] head = "{\"name\": \"hostile\", \"layers\": [".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + layer.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(layer, 0, body, head.length, layer.length);
        System.arraycopy(tail, 0, body, head.length + layer.length, tail.length);
        return body;
    }
}
