package dev.mockinterview.grading.llm;

import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON schema of {@link LlmVerdict}, generated from the record by LangChain4j and then made strict: every
 * property required, no additional properties (what OpenAI's strict {@code json_schema} mode demands).
 */
final class VerdictSchema {

    static final String NAME = "grading_verdict";

    private VerdictSchema() {}

    static JsonSchema schema() {
        return JsonSchema.builder()
                .name(NAME)
                .rootElement(strict(JsonSchemaElementUtils.jsonSchemaElementFrom(LlmVerdict.class)))
                .build();
    }

    static ResponseFormat responseFormat() {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(schema())
                .build();
    }

    private static JsonSchemaElement strict(JsonSchemaElement element) {
        if (element instanceof JsonObjectSchema object) {
            Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
            object.properties().forEach((name, property) -> properties.put(name, strict(property)));
            return JsonObjectSchema.builder()
                    .description(object.description())
                    .addProperties(properties)
                    .required(new ArrayList<>(properties.keySet()))
                    .additionalProperties(false)
                    .build();
        }
        if (element instanceof JsonArraySchema array) {
            return JsonArraySchema.builder()
                    .description(array.description())
                    .items(strict(array.items()))
                    .build();
        }
        return element;
    }
}
