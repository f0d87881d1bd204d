package dev.mockinterview.bank.importing.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.importing.ImportException;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minimal lines get documented defaults; entries of other formats are refused with a coded error. */
class QuestionJsonTest {

    private final QuestionJson json = new QuestionJson();

    @Test
    void minimalLineBecomesAQuestionWithDefaults() {
        SourceDocument document = new SourceDocument(
                "team.jsonl", List.of("", "{\"question\":\"什么是 RAG？\",\"referenceAnswer\":\"先检索再生成。\"}"));

        ParsedEntry entry = new JsonLinesAdapter().parse(document).entries().get(0);
        Question question = json.question(entry);

        assertThat(question)
                .isEqualTo(new Question(
                        QuestionJson.defaultId("什么是 RAG？"),
                        QuestionJson.DEFAULT_TOPIC,
                        QuestionJson.DEFAULT_DIFFICULTY,
                        "什么是 RAG？",
                        List.of(),
                        "先检索再生成。",
                        List.of(),
                        List.of(new Source("team.jsonl", 2)),
                        List.of(),
                        new Quality(QualityStatus.TRUSTED, List.of(), "")));
        assertThat(question.id()).matches("q-[0-9a-f]{12}");
    }

    @Test
    void defaultIdDependsOnTheQuestionTextOnlySoItSurvivesAReimport() {
        assertThat(QuestionJson.defaultId("什么是 RAG？"))
                .isEqualTo(QuestionJson.defaultId("  什么是 RAG？ "))
                .isNotEqualTo(QuestionJson.defaultId("什么是 LoRA？"));
    }

    @Test
    void keyPointsMayBePlainStringsOrPartialObjects() {
        QuestionJson.Reading reading = json.read(
                "{\"question\":\"q\",\"referenceAnswer\":\"a\",\"keyPoints\":[\"第一点\",{\"text\":\"第二点\",\"required\":true}]}",
                "team.jsonl",
                1);

        assertThat(reading).isInstanceOf(QuestionJson.Accepted.class);
        assertThat(((QuestionJson.Accepted) reading).question().keyPoints())
                .containsExactly(new KeyPoint("第一点", 1.0, false, 0), new KeyPoint("第二点", 1.0, true, 0));
    }

    @Test
    void refusesWrongTypesWithTheFieldNamed() {
        assertThat(json.read("{\"question\":\"q\",\"variants\":\"not a list\"}", "d", 1))
                .isEqualTo(new QuestionJson.Refused("\"variants\" must be an array, got string"));
        assertThat(json.read("{\"question\":\"q\",\"sources\":[{\"document\":\"x.md\"}]}", "d", 1))
                .isEqualTo(new QuestionJson.Refused("source line is missing"));
        assertThat(json.read("{\"question\":\"q\",\"quality\":{\"flags\":[]}}", "d", 1))
                .isEqualTo(new QuestionJson.Refused("\"quality\" has no \"status\""));
        assertThat(json.read("{\"question\":\"   \"}", "d", 1))
                .isEqualTo(new QuestionJson.Refused("missing \"question\""));
    }

    @Test
    void entryOfAnotherFormatCannotBeTurnedIntoAQuestion() {
        ImportResult csv = DelimitedAdapter.csv()
                .parse(new SourceDocument("team.csv", List.of("question,answer", "什么是 RAG？,先检索再生成。")));

        assertThatThrownBy(() -> json.question(csv.entries().get(0)))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.failure()).isEqualTo(ImportFailure.MALFORMED_ENTRY))
                .hasMessageContaining("team.csv:2: not a JSON Lines entry");
    }
}
