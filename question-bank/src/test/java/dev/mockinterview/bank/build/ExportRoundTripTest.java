package dev.mockinterview.bank.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.importing.AllFormats;
import dev.mockinterview.bank.importing.DocumentImporter;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.team.QuestionExporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportRoundTripTest {

    private final DocumentImporter importer = new DocumentImporter(AllFormats.adapters());

    @Test
    void anExportedBankReimportsToTheSameBank() {
        List<Question> bank = BundledBank.questions();
        String exported = new QuestionExporter().toJsonLines(bank);
        ImportResult imported = importer.importDocument("bank.jsonl", exported.getBytes(StandardCharsets.UTF_8), null);
        assertThat(imported.entries()).hasSize(bank.size());
        assertThat(BankBuilder.forImports().build(imported.entries())).isEqualTo(bank);
    }

    @Test
    void aTeamsCsvKeepsItsTopicDifficultyAndKeyPointsWithAHashedId() {
        String csv = "question,answer,topic,difficulty,keyPoints\n"
                + "什么是 LoRA？,\"冻结原权重，训练低秩增量 BA，推理时合并回原权重，不增加推理延迟。\",peft,2,\"冻结原权重\n训练低秩增量 BA\"\n";
        ImportResult imported = importer.importDocument("team.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        List<Question> bank = BankBuilder.forImports().build(imported.entries());
        assertThat(bank).hasSize(1);
        Question lora = bank.get(0);
        assertThat(lora.id()).isEqualTo(EntryIds.hashed("team.csv", "什么是 LoRA？"));
        assertThat(lora.topic()).isEqualTo("peft");
        assertThat(lora.difficulty()).isEqualTo(2);
        assertThat(lora.keyPoints()).extracting(KeyPoint::text).containsExactly("冻结原权重", "训练低秩增量 BA");
    }
}
