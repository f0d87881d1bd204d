package dev.mockinterview.grading.embedding;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clause speaks of, read from its names: a quantity said of another model size or another named thing is no
 * value of the point's slot ("70B 模型要 140GB" against "7B 模型约 14GB", "MAE 随机遮盖 75%" against BERT).
 */
final class ClauseSubject {

    /** The scale or unit of a range's first end and its second end: "k-8k" in "4k-8k" is no name. */
    private static final Pattern SCALED_RANGE_END = Pattern.compile("(?:[kmgt]b|ms|[kmbt])-\\d.*");

    /** The English name a clause opens with, after a connective: "而 MAE 遮盖 75%". */
    private static final Pattern LEAD =
            Pattern.compile("^[\\s(]*(?:而|但是|但|则|另外|其中|对于|像)?\\s*(" + ContradictionCheck.ENTITY.pattern() + ")");

    private ClauseSubject() {}

    /**
     * Names that fix what a clause speaks of: model sizes that name a model, English names with a digit (V100,
     * int4, GPT-3) and the entities the rubric contrasts.
     */
    static Set<String> names(String text, Map<String, String> contrasted) {
        Set<String> names = new HashSet<>(ContradictionCheck.named(text, contrasted));
        Matcher name = ContradictionCheck.ENTITY.matcher(text);
        while (name.find()) {
            boolean range = name.start() > 0
                    && Character.isDigit(text.charAt(name.start() - 1))
                    && SCALED_RANGE_END.matcher(name.group()).matches();
            if (!range && name.group().chars().anyMatch(Character::isDigit)) {
                names.add(name.group());
            }
        }
        Matcher size = ModelSize.SIZE.matcher(text);
        while (size.find()) {
            if (ModelSize.namesModel(text, size.start(), size.end(), text.length())
                    || size.start() > 0
                            && "-_ ".indexOf(text.charAt(size.start() - 1)) >= 0
                            && size.start() > 1
                            && Character.isLetter(text.charAt(size.start() - 2))
                            && text.charAt(size.start() - 2) < 128
                            // "13b-20b" is a range of sizes, not the name "llama-13b".
                            && QuantityReader.partOfName(text.substring(0, size.start()), false)) {
                names.add(size.group(1) + size.group(2));
            }
        }
        return names;
    }

    /** The English name {@code text} opens with (not a unit such as "gb"), or empty. */
    static String lead(String text) {
        Matcher lead = LEAD.matcher(text);
        return lead.find() && lead.group(1).length() >= 2 && QuantityUnit.at(lead.group(1)) == null
                ? lead.group(1)
                : "";
    }
}
