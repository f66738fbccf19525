package io.github.objectregistry.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A JDK HTTP client bound to the test server on localhost. */
final class HttpSession {

    private final HttpClient client = HttpClient.newHttpClient();

    private final String base;

    HttpSession(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return this.base;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, Map.of(), null);
    }

    HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, Map.of("Content-Type", "application/json"), json);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
            .method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
                    : HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return this.client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
