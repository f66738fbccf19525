package io.github.objectregistry.autoconfigure.web.reactive;

import java.util.Map;

import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import io.github.objectregistry.json.ObjectRegistryModule;
import reactor.util.context.ContextView;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.http.codec.json.JacksonJsonDecoder;

/**
 * Spring's {@link JacksonJsonDecoder}, whose reads resolve envelope names through the scopes that the Reactor
 * {@code Context} of the read carries (a WebFlux request's, from {@link CustomObjectScopeWebFilter}), whatever
 * thread the bytes arrive on and whatever Reactor's context-propagation mode: no thread-local is involved.
 *
 * <p>Spring Framework 7's Jackson decoders put the subscriber's {@link ContextView} into the hints under
 * {@code ContextView.class.getName()} before building the reader; this decoder hands the scopes found there to
 * the reader as the {@link ObjectRegistryModule#SCOPES_ATTRIBUTE} attribute. A read whose Context carries no
 * scopes resolves through the thread's, as a plain {@code JacksonJsonDecoder} does.
 */
public class ScopedJacksonJsonDecoder extends JacksonJsonDecoder {

    private final Object key;

    /**
     * Creates the decoder.
     * @param mapper the application's mapper, with the registry's module
     * @param key the key under which the Reactor Context carries the scopes
     */
    public ScopedJacksonJsonDecoder(JsonMapper mapper, ReactorScopeKey key) {
        super(mapper);
        this.key = key.value();
    }

    @Override
    protected ObjectReader customizeReader(ObjectReader reader, ResolvableType elementType,
            Map<String, Object> hints) {
        Object context = (hints != null) ? hints.get(ContextView.class.getName()) : null;
        Object scopes = (context instanceof ContextView view) ? view.getOrDefault(this.key, null) : null;
        return (scopes instanceof ScopeSnapshot snapshot)
                ? reader.withAttribute(ObjectRegistryModule.SCOPES_ATTRIBUTE, snapshot) : reader;
    }
}
