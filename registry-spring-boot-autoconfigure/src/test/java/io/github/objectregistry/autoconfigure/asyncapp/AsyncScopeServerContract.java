package io.github.objectregistry.autoconfigure.asyncapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real server: the request's scope, with what its handler put into it, is what the work it hands to
 * other threads resolves, and what the dispatch that writes its result resolves. Each body reads
 * "what the other thread resolved|what the writing dispatch resolved".
 */
abstract class AsyncScopeServerContract extends ServerTest {

    @Test
    void taskOnTheApplicationTaskExecutorSeesTheRequestsOverride() {
        assertThat(this.http.get("/task/first").body()).isEqualTo("first|first");
    }

    @Test
    void asyncMethodSeesTheRequestsOverride() {
        assertThat(this.http.get("/async-method/first").body()).isEqualTo("first|first");
    }

    @Test
    void workSubmittedByAWithCustomObjectsMethodReturningACompletionStageSeesItsScope() {
        assertThat(this.http.get("/completion-stage").body()).isEqualTo("SpringSale|null");
    }

    @Test
    void callableAndTheDispatchThatWritesItsResultSeeTheRequestsOverride() {
        assertThat(this.http.get("/callable/first").body()).isEqualTo("first|first");
    }

    @Test
    void webAsyncTaskOnAnExecutorOfTheApplicationsOwnSeesTheRequestsOverride() {
        assertThat(this.http.get("/web-async-task/first").body()).isEqualTo("first|first");
    }

    @Test
    void deferredResultCompletedOnTheApplicationTaskExecutorAndItsDispatchSeeTheRequestsOverride() {
        assertThat(this.http.get("/deferred/first").body()).isEqualTo("first|first");
    }

    @Test
    void streamingResponseBodySeesTheRequestsOverride() {
        assertThat(this.http.get("/streaming/first").body()).isEqualTo("first");
    }

    @Test
    void errorPageOfAFailedRequestIsRenderedWithTheRequestsOverride() {
        assertThat(this.http.get("/fails/first").body()).contains("\"discount\":\"first\"");
    }
}
