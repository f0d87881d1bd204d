package dev.mockinterview.grading.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the model's reply into an {@link LlmVerdict} and checks what the schema cannot express: one verdict per key
 * point, each index exactly once. Anything else is a {@link MalformedVerdictException}, never a guess.
 */
final class VerdictParser {

    private final ObjectMapper json = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    LlmVerdict parse(@Nullable String reply, int keyPointCount) {
        if (reply == null || reply.isBlank()) {
            throw new MalformedVerdictException("the reply was empty");
        }
        LlmVerdict verdict;
        try {
            verdict = json.readValue(stripCodeFence(reply.strip()), LlmVerdict.class);
        } catch (JsonProcessingException e) {
            throw new MalformedVerdictException(
                    "the reply was not JSON matching the schema (" + e.getOriginalMessage() + ")", e);
        }
        if (verdict.points().size() != keyPointCount) {
            throw new MalformedVerdictException("expected " + keyPointCount + " point verdicts, got "
                    + verdict.points().size());
        }
        BitSet seen = new BitSet(keyPointCount + 1);
        for (LlmVerdict.PointVerdict point : verdict.points()) {
            if (point.index() < 1 || point.index() > keyPointCount) {
                throw new MalformedVerdictException("point index " + point.index() + " is outside 1.." + keyPointCount);
            }
            if (seen.get(point.index())) {
                throw new MalformedVerdictException("point index " + point.index() + " appears twice");
            }
            seen.set(point.index());
        }
        return verdict;
    }

    /** Some models wrap JSON in a Markdown fence even when asked not to; the content inside is still judged. */
    private static String stripCodeFence(String reply) {
        if (!reply.startsWith("```")) {
            return reply;
        }
        int firstLineEnd = reply.indexOf('\n');
        int closing = reply.lastIndexOf("```");
        if (firstLineEnd < 0 || closing <= firstLineEnd) {
            return reply;
        }
        return reply.substring(firstLineEnd + 1, closing).strip();
    }
}
