package dev.mockinterview.grading.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;

/**
 * Builds the LangChain4j chat model for the configured provider. LangChain4j's own retries are off (we retry, because
 * only we see {@code Retry-After} and the grade's deadline); the HTTP client is ours for the same reason.
 */
final class ChatModels {

    /** Local OpenAI-compatible servers often need no key, but the client insists on one. */
    private static final String NO_KEY = "no-key";

    private ChatModels() {}

    static ChatModel create(LlmGraderSettings settings, Clock clock) {
        HeaderKeepingHttpClientBuilder http = new HeaderKeepingHttpClientBuilder(clock)
                .connectTimeout(settings.timeouts().connect())
                .readTimeout(settings.timeouts().firstByte());
        return switch (settings.provider()) {
            case OPENAI ->
                OpenAiChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(settings.baseUrl())
                        .apiKey(settings.apiKey() == null ? NO_KEY : settings.apiKey())
                        .modelName(settings.model())
                        .temperature(settings.temperature())
                        .strictJsonSchema(true)
                        .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case OLLAMA ->
                OllamaChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(settings.baseUrl())
                        .modelName(settings.model())
                        .temperature(settings.temperature())
                        .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
        };
    }
}
