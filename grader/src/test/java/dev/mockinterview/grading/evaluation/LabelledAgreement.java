package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeFlag;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far a grader's scores agree with the human levels of the development set.
 *
 * @param strictlyOrderedShare share of questions whose five answers score strong > good > partial > wrong > off-topic
 * @param wrongBelowPartialShare share of questions whose confident-but-wrong answer scores below the partial one
 * @param contentFalseAlarms strong or good answers, all in the candidate's own Chinese words, flagged as an attack,
 *     a copy, another language or off the subject
 * @param offTopicFlaggedShare share of off-topic answers flagged {@code off_topic}
 * @param onTopicFlaggedOffTopic strong, good, partial or wrong answers, all on the subject, flagged {@code off_topic}
 */
record LabelledAgreement(
        int answers,
        int questions,
        double insideRangeShare,
        double meanDistance,
        double spearman,
        double strictlyOrderedShare,
        double wrongBelowPartialShare,
        Map<AnswerLevel, Double> meanScoreByLevel,
        Map<AnswerLevel, Double> insideRangeShareByLevel,
        int contentFalseAlarms,
        double offTopicFlaggedShare,
        int onTopicFlaggedOffTopic,
        List<ScoredLabel> worstMisses) {

    private static final Set<GradeFlag> ATTACK_OR_DRIFT_FLAGS = Set.of(
            GradeFlag.PROMPT_INJECTION,
            GradeFlag.OFF_TOPIC,
            GradeFlag.COPIED_QUESTION,
            GradeFlag.KEYWORD_STUFFING,
            GradeFlag.COPIED_REFERENCE,
            GradeFlag.LANGUAGE_MISMATCH,
            GradeFlag.EMPTY);

    static LabelledAgreement of(List<ScoredLabel> scored, int worstMissesShown) {
        double[] levels =
                scored.stream().mapToDouble(s -> s.answer().level().rank()).toArray();
        double[] scores = scored.stream().mapToDouble(ScoredLabel::score).toArray();
        Map<String, Map<AnswerLevel, Double>> byQuestion = new LinkedHashMap<>();
        for (ScoredLabel s : scored) {
            byQuestion
                    .computeIfAbsent(s.answer().question().id(), id -> new EnumMap<>(AnswerLevel.class))
                    .put(s.answer().level(), s.score());
        }
        long ordered = byQuestion.values().stream()
                .filter(LabelledAgreement::strictlyOrdered)
                .count();
        long wrongBelowPartial = byQuestion.values().stream()
                .filter(levelScores -> levelScores.get(AnswerLevel.WRONG) < levelScores.get(AnswerLevel.PARTIAL))
                .count();
        Map<AnswerLevel, Double> meanByLevel = new EnumMap<>(AnswerLevel.class);
        Map<AnswerLevel, Double> insideByLevel = new EnumMap<>(AnswerLevel.class);
        for (AnswerLevel level : AnswerLevel.values()) {
            List<ScoredLabel> atLevel =
                    scored.stream().filter(s -> s.answer().level() == level).toList();
            meanByLevel.put(
                    level,
                    atLevel.stream().mapToDouble(ScoredLabel::score).average().orElse(Double.NaN));
            insideByLevel.put(
                    level, share(atLevel.stream().filter(ScoredLabel::inRange).count(), atLevel.size()));
        }
        int falseAlarms = (int) scored.stream()
                .filter(s -> s.answer().level().rank() >= AnswerLevel.GOOD.rank())
                .filter(s -> s.result().flags().stream().anyMatch(ATTACK_OR_DRIFT_FLAGS::contains))
                .count();
        List<ScoredLabel> offTopic = scored.stream()
                .filter(s -> s.answer().level() == AnswerLevel.OFFTOPIC)
                .toList();
        double offTopicFlagged = share(
                offTopic.stream()
                        .filter(s -> s.result().flags().contains(GradeFlag.OFF_TOPIC))
                        .count(),
                offTopic.size());
        int onTopicFlagged = (int) scored.stream()
                .filter(s -> s.answer().level() != AnswerLevel.OFFTOPIC)
                .filter(s -> s.result().flags().contains(GradeFlag.OFF_TOPIC))
                .count();
        List<ScoredLabel> worst = scored.stream()
                .filter(s -> !s.inRange())
                .sorted(Comparator.comparingDouble(ScoredLabel::distance).reversed())
                .limit(worstMissesShown)
                .collect(Collectors.toList());
        return new LabelledAgreement(
                scored.size(),
                byQuestion.size(),
                share(scored.stream().filter(ScoredLabel::inRange).count(), scored.size()),
                scored.stream().mapToDouble(ScoredLabel::distance).average().orElse(Double.NaN),
                RankCorrelation.spearman(levels, scores),
                share(ordered, byQuestion.size()),
                share(wrongBelowPartial, byQuestion.size()),
                meanByLevel,
                insideByLevel,
                falseAlarms,
                offTopicFlagged,
                onTopicFlagged,
                worst);
    }

    LabelledAgreement {
        meanScoreByLevel = Map.copyOf(meanScoreByLevel);
        insideRangeShareByLevel = Map.copyOf(insideRangeShareByLevel);
        worstMisses = List.copyOf(worstMisses);
    }

    private static boolean strictlyOrdered(Map<AnswerLevel, Double> levelScores) {
        AnswerLevel[] ascending = AnswerLevel.values();
        for (int i = 1; i < ascending.length; i++) {
            if (!(levelScores.get(ascending[i]) > levelScores.get(ascending[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    static double share(long part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
