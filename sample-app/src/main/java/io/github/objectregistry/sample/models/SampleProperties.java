package io.github.objectregistry.sample.models;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample's own settings, under {@code sample.} in {@code application.yaml}. The default model's layers are
 * envelopes written as YAML; the starter binds them through the registry, so an unknown or misspelt name fails
 * startup with a report that names the property, the closest registered names and the fix.
 *
 * @param defaultModel the model that {@code GET /api/default-model} shows and {@code POST
 * /api/default-model/predict} runs, without storing it
 */
@ConfigurationProperties("sample")
public record SampleProperties(ModelDefinition defaultModel) {
}
