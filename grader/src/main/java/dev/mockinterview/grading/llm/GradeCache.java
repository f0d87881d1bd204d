package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * LLM grades by everything that decides them: model, prompt version, question, reference, its quality, key points and
 * answer. Only real LLM grades go in; a fallback is not cached, so the LLM gets its chance once it is back. Bounded,
 * least recently used first out.
 */
final class GradeCache {

    /** The cache key: the model's identity and a SHA-256 of the request, so long answers are not held twice. */
    record Key(String provider, String model, String promptVersion, String requestDigest) {}

    private final int capacity;
    private final Map<Key, GradeResult> entries;

    GradeCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, GradeResult> eldest) {
                return size() > GradeCache.this.capacity;
            }
        };
    }

    static Key keyOf(LlmGraderSettings settings, GradeRequest request) {
        MessageDigest sha = sha256();
        update(sha, request.question());
        update(sha, request.referenceAnswer());
        update(sha, request.referenceQuality().name());
        update(sha, Integer.toString(request.keyPoints().size()));
        request.keyPoints().forEach(point -> update(sha, point));
        update(sha, request.answer());
        return new Key(
                settings.provider().name(),
                settings.model(),
                settings.promptVersion(),
                HexFormat.of().formatHex(sha.digest()));
    }

    synchronized Optional<GradeResult> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, GradeResult result) {
        if (capacity > 0) {
            entries.put(key, result);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** Length-prefixed, so that moving text between fields changes the digest. */
    private static void update(MessageDigest sha, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
