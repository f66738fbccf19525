package io.github.objectregistry.autoconfigure.asyncapp;

import io.github.objectregistry.autoconfigure.testapp.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test against the application's real server, on its random port. */
abstract class ServerTest {

    @LocalServerPort
    private int port;

    /** A client of the server under test. */
    protected HttpTestClient http;

    @BeforeEach
    void client() {
        this.http = new HttpTestClient(this.port);
    }
}
