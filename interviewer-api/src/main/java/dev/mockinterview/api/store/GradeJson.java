package dev.mockinterview.api.store;

import dev.mockinterview.grading.GradeResult;
import tools.jackson.databind.json.JsonMapper;

/** A grade is stored whole, as the JSON the contract shows, so a transcript gives back exactly what was sent. */
final class GradeJson {

    private final JsonMapper json;

    GradeJson(JsonMapper json) {
        this.json = json;
    }

    String write(GradeResult result) {
        return json.writeValueAsString(result);
    }

    GradeResult read(String text) {
        return json.readValue(text, GradeResult.class);
    }
}
