package io.github.objectregistry.autoconfigure.testapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain JDK HTTP client against the test server on localhost. */
public final class HttpTestClient {

    private final HttpClient client = HttpClient.newHttpClient();

    private final int port;

    /**
     * Creates a client of the server on this port.
     * @param port the server's port
     */
    public HttpTestClient(int port) {
        this.port = port;
    }

    /** Sends a GET. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** Sends a POST of JSON. */
    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json"), headers);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
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
