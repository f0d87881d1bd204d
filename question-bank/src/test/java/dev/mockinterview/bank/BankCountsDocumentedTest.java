package dev.mockinterview.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counts that docs/bank.md gives are the counts the bundled bank has: a changed bank must update its docs. */
class BankCountsDocumentedTest {

    private static final Path BANK_DOC = Path.of("..", "docs", "bank.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d+) \\| (\\d+) \\|$");
    private static final Pattern STATUS_ROW = Pattern.compile("^\\| `([a-z]+)` \\| (\\d+) \\|$");

    private static List<Question> questions;
    private static List<String> doc;

    @BeforeAll
    static void load() throws IOException {
        questions = BundledBank.questions();
        doc = Files.readAllLines(BANK_DOC);
    }

    @Test
    void questionsAndTrustedQuestionsPerTopicAreWhatTheDocsSay() {
        Map<String, String> documented = new TreeMap<>();
        for (String line : section("topics")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), row.group(2) + "/" + row.group(3));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        questions.stream().collect(Collectors.groupingBy(Question::topic)).forEach((topic, inTopic) -> {
            long trusted = inTopic.stream()
                    .filter(q -> q.quality().status() == QualityStatus.TRUSTED)
                    .count();
            actual.put(topic, inTopic.size() + "/" + trusted);
        });
        System.out.println("questions/trusted by topic " + actual);
        assertThat(documented).isEqualTo(actual);
    }

    @Test
    void questionsPerQualityStatusAreWhatTheDocsSay() {
        Map<String, Long> documented = new TreeMap<>();
        for (String line : section("statuses")) {
            Matcher row = STATUS_ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), Long.parseLong(row.group(2)));
            }
        }
        Map<String, Long> actual = new TreeMap<>(questions.stream()
                .collect(Collectors.groupingBy(q -> q.quality().status().wireName(), Collectors.counting())));
        System.out.println("questions by status " + actual);
        assertThat(documented).isEqualTo(actual);
    }

    @Test
    void defaultInterviewsDrawFromAtLeastTwoHundredTrustedQuestions() {
        assertThat(questions)
                .filteredOn(q -> q.quality().status() == QualityStatus.TRUSTED)
                .hasSizeGreaterThanOrEqualTo(200);
    }

    private static List<String> section(String name) {
        int start = doc.indexOf("<!-- " + name + ":start -->");
        int end = doc.indexOf("<!-- " + name + ":end -->");
        assertThat(start).as("marker %s:start in %s", name, BANK_DOC).isNotNegative();
        assertThat(end).as("marker %s:end in %s", name, BANK_DOC).isGreaterThan(start);
        return doc.subList(start + 1, end);
    }
}
