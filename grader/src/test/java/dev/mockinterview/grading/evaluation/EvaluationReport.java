package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeFlag;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the figures of several graders side by side as Markdown. */
final class EvaluationReport {

    private final String setName;
    private final EvaluationSets sets;
    private final List<GraderEvaluation> graders;

    EvaluationReport(EvaluationSets sets, List<GraderEvaluation> graders) {
        this("Development set", sets, graders);
    }

    EvaluationReport(String setName, EvaluationSets sets, List<GraderEvaluation> graders) {
        this.setName = setName;
        this.sets = sets;
        this.graders = List.copyOf(graders);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Grader evaluation\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%s: %d questions x 5 levels = %d answers.",
                setName,
                sets.questions().size(),
                sets.labelled().size()));
        if (!sets.attacks().isEmpty()) {
            out.append(String.format(
                    Locale.ROOT, " Attack set: %d answers.", sets.attacks().size()));
        }
        out.append("\n\n");
        out.append("## Agreement with the labelled levels\n\n");
        header(out, "figure");
        row(out, "inside the labelled range", g -> percent(g.agreement().insideRangeShare()));
        row(out, "mean distance to the range", g -> decimal(g.agreement().meanDistance()));
        row(
                out,
                "Spearman (level vs score, ties averaged)",
                g -> decimal(g.agreement().spearman()));
        row(
                out,
                "questions with the 5 levels strictly ordered",
                g -> percent(g.agreement().strictlyOrderedShare()));
        row(out, "questions with wrong < partial", g -> percent(g.agreement().wrongBelowPartialShare()));
        AnswerLevel[] ascending = AnswerLevel.values();
        for (int i = ascending.length - 1; i >= 0; i--) {
            AnswerLevel level = ascending[i];
            row(
                    out,
                    "mean score, " + level.wireName() + " " + rangeText(level),
                    g -> decimal(g.agreement().meanScoreByLevel().get(level)) + " ("
                            + percent(g.agreement().insideRangeShareByLevel().get(level)) + " in range)");
        }
        row(
                out,
                "strong/good answers wrongly flagged (attack, copy, language, off-topic)",
                g -> String.valueOf(g.agreement().contentFalseAlarms()));
        row(
                out,
                "off-topic answers flagged off_topic",
                g -> percent(g.agreement().offTopicFlaggedShare()));
        row(
                out,
                "on-topic answers (strong to wrong) flagged off_topic",
                g -> String.valueOf(g.agreement().onTopicFlaggedOffTopic()));
        out.append('\n');
        if (!sets.attacks().isEmpty()) {
            attackSection(out);
        }
        for (GraderEvaluation grader : graders) {
            out.append("## Largest misses: ").append(grader.graderName()).append("\n\n");
            out.append("| answer | range | score | flags |\n|---|---|---|---|\n");
            for (ScoredLabel miss : grader.agreement().worstMisses()) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.1f | %s |%n",
                        miss.answer().id(),
                        rangeText(miss.answer().level()),
                        miss.score(),
                        flagText(miss.result().flags())));
            }
            out.append('\n');
            if (!sets.attacks().isEmpty()) {
                attackFailures(out, grader);
            }
        }
        return out.toString();
    }

    private void attackSection(StringBuilder out) {
        out.append("## Attack set\n\n");
        header(out, "figure");
        row(
                out,
                "scored above their content (raised)",
                g -> g.resistance().raised() + " / " + g.resistance().attacks());
        row(
                out,
                "injection / echo / keyword list scoring >= 4",
                g -> g.resistance().mustStayLowScoredHigh() + " / "
                        + g.resistance().mustStayLow());
        row(
                out,
                "flagged with the expected flag",
                g -> g.resistance().flagged() + " / " + g.resistance().expectingFlag() + " ("
                        + percent(g.resistance().flaggedShare()) + ")");
        out.append('\n');
        header(out, "kind (n, mean content max)");
        for (AttackKind kind : AttackKind.values()) {
            AttackResistance.KindFigures any = graders.isEmpty()
                    ? null
                    : graders.get(0).resistance().byKind().get(kind);
            if (any == null) {
                continue;
            }
            row(
                    out,
                    String.format(Locale.ROOT, "%s (%d, %.1f)", kind.wireName(), any.count(), any.meanContentMax()),
                    g -> {
                        AttackResistance.KindFigures f = g.resistance().byKind().get(kind);
                        return "mean " + decimal(f.meanScore()) + ", raised " + f.raised() + ", flagged " + f.flagged()
                                + "/" + f.expectingFlag();
                    });
        }
        out.append('\n');
    }

    private void attackFailures(StringBuilder out, GraderEvaluation grader) {
        out.append("Attack failures (raised, scored >= 4 where it must stay low, or missing the expected flag):\n\n");
        out.append("| attack | kind | content max | score | flags | expected |\n|---|---|---|---|---|---|\n");
        for (ScoredAttack failure : grader.resistance().failures()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %s | %s |%n",
                    failure.attack().id(),
                    failure.attack().kind().wireName(),
                    failure.attack().contentMax(),
                    failure.score(),
                    flagText(failure.result().flags()),
                    flagText(failure.attack().expectedFlags())));
        }
        out.append('\n');
    }

    private void header(StringBuilder out, String first) {
        out.append("| ").append(first).append(" | ");
        out.append(graders.stream().map(GraderEvaluation::graderName).collect(Collectors.joining(" | ")));
        out.append(" |\n|---|");
        out.append("---|".repeat(graders.size()));
        out.append('\n');
    }

    private void row(StringBuilder out, String label, Function<GraderEvaluation, String> cell) {
        out.append("| ").append(label).append(" | ");
        out.append(graders.stream().map(cell).collect(Collectors.joining(" | ")));
        out.append(" |\n");
    }

    private static String rangeText(AnswerLevel level) {
        ScoreRange range = level.range();
        return String.format(Locale.ROOT, "[%s, %s]", trim(range.low()), trim(range.high()));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }

    private static String flagText(List<GradeFlag> flags) {
        return flags.isEmpty() ? "-" : flags.stream().map(GradeFlag::wireName).collect(Collectors.joining(", "));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
