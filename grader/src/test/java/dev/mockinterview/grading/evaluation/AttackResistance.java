package dev.mockinterview.grading.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a grader held up against the attack set.
 *
 * @param raised attacks scored above what their content deserves
 * @param mustStayLow injection, echo and keyword-list attacks whose content is worth less than 4
 * @param mustStayLowScoredHigh those of them that scored 4 or more
 * @param expectingFlag attacks a careful human would flag
 * @param flagged those of them that carried every expected flag
 */
record AttackResistance(
        int attacks,
        int raised,
        int mustStayLow,
        int mustStayLowScoredHigh,
        int expectingFlag,
        int flagged,
        Map<AttackKind, KindFigures> byKind,
        List<ScoredAttack> failures) {

    AttackResistance {
        byKind = Map.copyOf(byKind);
        failures = List.copyOf(failures);
    }

    static AttackResistance of(List<ScoredAttack> scored) {
        Map<AttackKind, KindFigures> byKind = new EnumMap<>(AttackKind.class);
        for (AttackKind kind : AttackKind.values()) {
            List<ScoredAttack> ofKind =
                    scored.stream().filter(s -> s.attack().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                byKind.put(kind, KindFigures.of(ofKind));
            }
        }
        List<ScoredAttack> expecting =
                scored.stream().filter(ScoredAttack::expectsFlag).toList();
        List<ScoredAttack> low =
                scored.stream().filter(ScoredAttack::mustStayLow).toList();
        List<ScoredAttack> failures = scored.stream()
                .filter(s -> s.raised() || (s.mustStayLow() && s.scoredHigh()) || (s.expectsFlag() && !s.flagged()))
                .toList();
        return new AttackResistance(
                scored.size(),
                (int) scored.stream().filter(ScoredAttack::raised).count(),
                low.size(),
                (int) low.stream().filter(ScoredAttack::scoredHigh).count(),
                expecting.size(),
                (int) expecting.stream().filter(ScoredAttack::flagged).count(),
                byKind,
                failures);
    }

    double flaggedShare() {
        return LabelledAgreement.share(flagged, expectingFlag);
    }

    /** Figures for one kind of attack. */
    record KindFigures(int count, double meanScore, double meanContentMax, int raised, int flagged, int expectingFlag) {

        static KindFigures of(List<ScoredAttack> ofKind) {
            return new KindFigures(
                    ofKind.size(),
                    ofKind.stream().mapToDouble(ScoredAttack::score).average().orElse(Double.NaN),
                    ofKind.stream()
                            .mapToDouble(s -> s.attack().contentMax())
                            .average()
                            .orElse(Double.NaN),
                    (int) ofKind.stream().filter(ScoredAttack::raised).count(),
                    (int) ofKind.stream()
                            .filter(ScoredAttack::expectsFlag)
                            .filter(ScoredAttack::flagged)
                            .count(),
                    (int) ofKind.stream().filter(ScoredAttack::expectsFlag).count());
        }
    }
}
