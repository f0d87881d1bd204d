package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every key point of the team's labelled sets against every correct answer of those sets, of its own question or any
 * other: a correct answer speaks of a scope its own way (PEFT "只训练部分参数" beside a full fine-tuning point, prefix
 * LM "能看到全部前缀" beside a causal mask), and none of it may read as a widened or narrowed scope.
 */
class ExclusiveClaimPrecisionTest {

    private static final List<String> SETS =
            List.of("devset/labelled.jsonl", "devset/holdout.jsonl", "devset/holdout2.jsonl", "devset/contrasts.jsonl");

    private static final Set<String> CORRECT_LEVELS = Set.of("strong", "good", "partial");

    @Test
    void noCorrectAnswerWidensOrNarrowsTheScopeOfAnyPoint() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<String>> points = new LinkedHashMap<>();
        List<String> correct = new ArrayList<>();
        for (String set : SETS) {
            boolean allCorrect = set.endsWith("contrasts.jsonl");
            for (JsonNode line : lines(mapper, set)) {
                List<String> keyPoints = new ArrayList<>();
                line.get("keyPoints").forEach(point -> keyPoints.add(point.asText()));
                points.put(line.get("question").asText(), keyPoints);
                if (allCorrect || CORRECT_LEVELS.contains(line.get("level").asText())) {
                    correct.add(line.get("answer").asText());
                }
            }
        }
        ExclusiveClaimCheck check = new ExclusiveClaimCheck();
        List<String> claimed = new ArrayList<>();
        points.forEach((question, keyPoints) -> {
            for (String answer : correct) {
                check.claims(keyPoints, answer, question)
                        .forEach((i, claim) ->
                                claimed.add(keyPoints.get(i) + " <- " + answer.substring(claim.start(), claim.end())));
            }
        });

        assertThat(correct).hasSizeGreaterThan(200);
        assertThat(claimed).isEmpty();
    }

    private static List<JsonNode> lines(ObjectMapper mapper, String resource) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        ExclusiveClaimPrecisionTest.class.getClassLoader().getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(mapper.readTree(line));
                }
            }
        }
        return lines;
    }
}
