package dev.mockinterview.grading.llm;

import java.util.Locale;

/** The wire protocol the configured LLM endpoint speaks. */
public enum LlmProvider {
    /** Any OpenAI-compatible chat-completions endpoint ({@code POST {baseUrl}/chat/completions}). */
    OPENAI,
    /** An Ollama server ({@code POST {baseUrl}/api/chat}). */
    OLLAMA;

    /** Reads the setting value {@code openai} or {@code ollama}. */
    public static LlmProvider fromSetting(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
