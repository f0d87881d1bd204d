package dev.mockinterview.bank.build;

import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.rubric.AnswerLine;
import java.util.List;

public class BankBuilderProbe {
    public static List<AnswerLine> lines(ParsedEntry e) {
        return BankBuilder.AnswerLines.of(e);
    }
}
