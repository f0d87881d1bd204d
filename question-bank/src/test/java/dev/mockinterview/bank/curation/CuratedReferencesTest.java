package dev.mockinterview.bank.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.curation.CurationException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CuratedReferencesTest {

    private static final Pattern TOC_ID = Pattern.compile("q-001-0(\\d{3})");
    private static final String TOC_DOCUMENT = "001_c14bfeaf169b6fab.txt";
    private static final List<String> RAW_DOCUMENTS = List.of(
            "000_43894fa0e3b128f8.txt",
            "001_c14bfeaf169b6fab.txt",
            "002_28a2a5e8e1db754e.txt",
            "003_b4403f347d043dd9.txt",
            "004_eb227235c22a4492.txt");
    private static final Path CURATION_DOC = Path.of("..", "docs", "curation.md");

    private static List<CuratedReference> entries;
    private static Map<String, JsonNode> reviewById;
    private static List<FactRule> rules;

    @BeforeAll
    static void load() throws IOException {
        entries = CuratedReferences.loadBundled();
        reviewById = new HashMap<>();
        try (InputStream in = resource("corpus/review/seeds-review.json")) {
            for (JsonNode entry : new ObjectMapper().readTree(in).get("entries")) {
                reviewById.put(entry.get("id").asText(), entry);
            }
        }
        try (InputStream in = resource("bank/curated/facts.tsv")) {
            rules = FactRule.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void loadsOneEntryPerLineOfEveryIndexedFile() throws IOException {
        long lines = 0;
        for (String file : new CuratedReferences().bundledFileNames()) {
            try (InputStream in = resource(CuratedReferences.BUNDLED_DIRECTORY + file)) {
                lines += new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .count();
            }
        }
        assertThat(entries.size()).isEqualTo(lines).isPositive();
        assertThat(entries).allSatisfy(e -> assertThat(e.questionId()).matches("q-00\\d-\\d{4}"));
    }

    @Test
    void namesFileAndLineOfAMalformedLine() {
        String text = "# a team's corrections\n{\"appliesTo\": \"q-000-0013\", \"question\": \n";
        assertThatThrownBy(() -> new CuratedReferences().read("team.jsonl", stream(text)))
                .isInstanceOfSatisfying(CurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.MALFORMED_LINE);
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageStartingWith("team.jsonl:2:");
    }

    @Test
    void rejectsAnEntryWithNeitherAppliesToNorId() {
        String text = "{\"question\":\"q\",\"topic\":\"peft\",\"difficulty\":1,\"referenceAnswer\":\"r\","
                + "\"keyPoints\":[\"k\"],\"originalProblem\":\"p\",\"sources\":[{\"document\":\"d\",\"line\":1}]}\n";
        assertThatThrownBy(() -> new CuratedReferences().read("team.jsonl", stream(text)))
                .isInstanceOfSatisfying(
                        CurationException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_ENTRY))
                .hasMessageContaining("team.jsonl:1:");
    }

    @Test
    void readsATeamFileInTheSameFormat() {
        String text = "\n{\"appliesTo\":\"q-000-0013\",\"question\":\"q\",\"topic\":\"architecture\",\"difficulty\":2,"
                + "\"referenceAnswer\":\"r\",\"keyPoints\":[\"k\"],\"originalProblem\":\"p\","
                + "\"sources\":[{\"document\":\"000_43894fa0e3b128f8.txt\",\"line\":13}],\"debated\":null}\n";
        List<CuratedReference> read = new CuratedReferences().read("team.jsonl", stream(text));
        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.questionId()).isEqualTo("q-000-0013");
            assertThat(e.sources()).containsExactly(new Source("000_43894fa0e3b128f8.txt", 13));
        });
    }

    @Test
    void referenceAnswersAreBetween300And800Characters() {
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.referenceAnswer().length())
                        .as(e.questionId())
                        .isBetween(300, 800));
    }

    @Test
    void everyEntryHasThreeToSevenKeyPoints() {
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.keyPoints()).as(e.questionId()).hasSizeBetween(3, 7));
    }

    @Test
    void everyKeyPointIsSupportedByItsReference() {
        List<String> unsupported = new ArrayList<>();
        for (CuratedReference e : entries) {
            for (String point : e.keyPoints()) {
                KeyPointSupport support = KeyPointSupport.of(point, e.referenceAnswer());
                if (!support.supported()) {
                    unsupported.add(e.questionId()
                            + " %.2f %s missing %s".formatted(support.share(), point, support.missing()));
                }
            }
        }
        assertThat(unsupported).isEmpty();
    }

    @Test
    void correctedEntriesExistInTheReviewFileAndCiteTheirWholeCluster() {
        for (CuratedReference e : entries) {
            if (e.appliesTo() == null) {
                continue;
            }
            JsonNode target = reviewById.get(e.appliesTo());
            assertThat(target).as(e.appliesTo()).isNotNull();
            String cluster = target.get("cluster").asText();
            Set<Source> members = reviewById.values().stream()
                    .filter(r -> r.get("cluster").asText().equals(cluster))
                    .map(r ->
                            new Source(r.get("document").asText(), r.get("line").asInt()))
                    .collect(Collectors.toSet());
            // A table-of-contents line that duplicates the cluster may be cited as well.
            Set<Source> extra = new HashSet<>(e.sources());
            extra.removeAll(members);
            assertThat(e.sources()).as(e.appliesTo()).containsAll(members).doesNotHaveDuplicates();
            assertThat(extra).as(e.appliesTo()).allSatisfy(s -> {
                assertThat(s.document()).isEqualTo(TOC_DOCUMENT);
                assertThat(s.line()).isBetween(178, 251);
            });
        }
    }

    @Test
    void eachClusterIsCorrectedOnce() {
        Map<String, List<String>> byCluster = entries.stream()
                .filter(e -> e.appliesTo() != null)
                .collect(Collectors.groupingBy(
                        e -> reviewById.get(e.appliesTo()).get("cluster").asText(),
                        Collectors.mapping(CuratedReference::questionId, Collectors.toList())));
        assertThat(byCluster)
                .allSatisfy((cluster, ids) -> assertThat(ids).as(cluster).hasSize(1));
    }

    @Test
    void everyClusterThatNeedsCurationInACuratedTopicIsCuratedOrSkippedWithAReason() throws IOException {
        Set<String> curatedTopics =
                entries.stream().map(CuratedReference::topic).collect(Collectors.toSet());
        Set<String> covered = entries.stream()
                .filter(e -> e.appliesTo() != null)
                .map(e -> reviewById.get(e.appliesTo()).get("cluster").asText())
                .collect(Collectors.toSet());
        Set<String> skipped = new HashSet<>();
        try (InputStream in = resource("bank/curated/skipped.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] fields = l.split("\t");
                        assertThat(fields).as(l).hasSize(2);
                        skipped.add(reviewById.get(fields[0]).get("cluster").asText());
                    });
        }
        Map<String, List<JsonNode>> clusters = reviewById.values().stream()
                .collect(Collectors.groupingBy(r -> r.get("cluster").asText()));
        List<String> missing = new ArrayList<>();
        clusters.forEach((cluster, members) -> {
            String topic = members.get(0).get("topic").asText();
            if (curatedTopics.contains(topic)
                    && needsCuration(members)
                    && !covered.contains(cluster)
                    && !skipped.contains(cluster)) {
                missing.add(topic + "/" + cluster);
            }
        });
        assertThat(missing).isEmpty();
    }

    /** No member has an answer that is not flagged wrong, or every such answer is flagged shallow. */
    private static boolean needsCuration(List<JsonNode> members) {
        List<JsonNode> usable = members.stream()
                .filter(m -> m.get("has_answer").asBoolean() && !hasFlag(m, "wrong"))
                .toList();
        return usable.stream().allMatch(m -> hasFlag(m, "shallow"));
    }

    private static boolean hasFlag(JsonNode entry, String flag) {
        for (JsonNode f : entry.get("flags")) {
            if (f.get("flag").asText().equals(flag)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tableOfContentsIdsAreUniqueAndPointAtTheirTocLine() {
        List<CuratedReference> toc =
                entries.stream().filter(e -> e.appliesTo() == null).toList();
        assertThat(toc.stream().map(CuratedReference::id)).doesNotHaveDuplicates();
        assertThat(toc).allSatisfy(e -> {
            Matcher m = TOC_ID.matcher(e.questionId());
            assertThat(m.matches()).as(e.questionId()).isTrue();
            int line = Integer.parseInt(m.group(1));
            assertThat(line).isBetween(178, 251);
            assertThat(reviewById).doesNotContainKey(e.questionId());
            assertThat(e.sources()).containsExactly(new Source(TOC_DOCUMENT, line));
        });
    }

    @Test
    void factRulesCatchTheirOwnWrongExamples() {
        assertThat(rules).hasSizeGreaterThan(10);
        assertThat(rules)
                .allSatisfy(rule -> assertThat(rule.violatedBy(rule.example()))
                        .as(rule.name())
                        .isTrue());
    }

    @Test
    void forbiddenRulesCatchTheWrongStatementsOfTheRawCorpus() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (String document : RAW_DOCUMENTS) {
            try (InputStream in = resource("corpus/" + document)) {
                corpus.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        List<String> firing = rules.stream()
                .filter(rule -> rule.required() == null && rule.violatedBy(corpus.toString()))
                .map(FactRule::name)
                .toList();
        assertThat(firing)
                .containsAll(List.of(
                        "peft-expansion",
                        "zero-stage2-params",
                        "prompt-tuning-is-p-tuning",
                        "prompt-tuning-at-end",
                        "alibi-multiplied-bias",
                        "alibi-projection",
                        "lora-decomposes-w",
                        "mqa-query-many-kv",
                        "mam-masked",
                        "sinusoid-no-absolute",
                        "llama-expansion",
                        "gpt3-post-ln",
                        "hyde-hybrid",
                        "dpo-dual-prompt"));
    }

    @Test
    void noReferenceStatesAKnownWrongFactOrAnInconsistentOne() {
        List<String> violations = new ArrayList<>();
        for (CuratedReference e : entries) {
            for (FactRule rule : rules) {
                if (rule.violatedBy(e.referenceAnswer())) {
                    violations.add(e.questionId() + " breaks " + rule.name());
                }
                // A key point is one clause, so only the forbidden statements apply to it.
                for (String point : e.keyPoints()) {
                    if (rule.required() == null && rule.violatedBy(point)) {
                        violations.add(e.questionId() + " key point breaks " + rule.name() + ": " + point);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void countsByTopicAreTheOnesTheDocsState() throws IOException {
        Map<String, Integer> counted = new TreeMap<>();
        entries.forEach(e -> counted.merge(e.topic(), 1, Integer::sum));
        System.out.println("curated references by topic: " + counted + ", total " + entries.size());
        assertThat(documentedCounts()).isEqualTo(counted);
    }

    private static Map<String, Integer> documentedCounts() throws IOException {
        String doc = Files.readString(CURATION_DOC);
        String table = doc.substring(doc.indexOf("<!-- counts:start -->"), doc.indexOf("<!-- counts:end -->"));
        Map<String, Integer> counts = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\|\\s*`([a-z-]+)`\\s*\\|\\s*(\\d+)\\s*\\|")
                .matcher(table);
        while (row.find()) {
            counts.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return counts;
    }

    private static InputStream resource(String name) {
        InputStream in = CuratedReferencesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
