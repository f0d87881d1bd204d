package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells when the candidate's evidence for a key point says the opposite of it: a known opposite ("训练阶段" for
 * "推理时", "减少" for "增长"), two contrasted entities swapped ("LayerNorm 在 batch 维度上" where the rubric says
 * BatchNorm), or a negation of the point's own claim ("并不能缓解梯度消失", "每次都要重新训练" against "不需要重新训练").
 * Only cues a human reads as a contradiction are used; without one, similarity decides. Thread-safe.
 */
final class ContradictionCheck {

    /** Each pair holds the forms of one side and of its opposite. */
    private static final List<List<List<String>>> OPPOSITES = List.of(
            pair("增加|增大|增长|提高|提升|变大|上升|变多|加大|占用大", "减少|减小|降低|下降|变小|变少|节省"),
            pair("并行", "串行|逐个|依次"),
            pair("稀疏", "稠密|密集"),
            pair("双向", "单向"),
            pair("有监督", "无监督|自监督"),
            pair("之前|前置", "之后|后置"),
            pair("编码器|encoder", "解码器|decoder"),
            pair("线性", "平方|二次|指数"),
            pair("越大", "越小"),
            pair("越多", "越少"),
            pair("更快|加快|加速", "更慢|变慢|减慢"),
            pair("冻结", "全部更新|全量更新|全参数更新|更新所有|所有参数都"),
            pair("相对位置", "绝对位置"),
            pair("静态", "动态"),
            pair("离散", "连续"),
            pair("推理时|推理阶段|推理的时候|生成阶段|生成的时候|自回归生成|解码时|解码阶段|部署时", "训练阶段|训练时|训练的时候"),
            pair("increase|increases|higher|larger", "decrease|decreases|reduce|reduces|lower|smaller"),
            pair("parallel", "sequential|serial"),
            pair("sparse", "dense"),
            pair("bidirectional", "unidirectional|left-to-right"),
            pair("linear", "quadratic|exponential"),
            pair("faster", "slower"),
            pair("frozen|freeze|freezes", "updates all|update all|all parameters are updated"));

    private static final Pattern NEGATION = Pattern.compile(
            "并不|并非|不是|不能|不会|不需要|无法|没有|没|未|不(?![同仅断少错管过久足止一])|\\b(not|never|cannot|can't|doesn't|don't|isn't|won't|no longer)\\b");

    /** A modal between a negation and its verb: "不能缓解" negates "缓解". */
    private static final String MODALS = "太会能是要用再可很被都";

    /** "如果没有残差" describes what goes wrong without the thing; it does not deny the point. */
    private static final Pattern CONDITION = Pattern.compile("如果|若|假如|要是|否则|一旦|without|if");

    /** What precedes a form that is compared with, negated, or otherwise not asserted. */
    private static final Pattern NOT_ASSERTED =
            Pattern.compile("比|相比|不同于|而非|而不是|不像|不|没|无|未|非|than|unlike|instead of|not|no");

    /** Verbs that already negate what follows them in a point: "避免重复计算" is not denied by "不用重复计算". */
    private static final Pattern NEGATIVE_VERB = Pattern.compile("避免|防止|减少|缓解|无需|省去|省掉|免去|降低|不|没|无");

    private static final Pattern CONTRAST = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)\\s*(和|与|跟|及|vs\\.?|VS|还是|and|or|、|对比|相比)\\s*([A-Za-z][A-Za-z0-9-]*)");

    private static final Pattern ENTITY = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*");

    private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!？?\\n]");

    private static final String FUNCTION_CHARS = "的了是在和与及或就也都而且但这那其之我你他它们吗呢吧啊呀嘛么个一些有为对将把被等会可以能要不没很更最还所此该并即则做上中";

    /**
     * Why the evidence contradicts the point, if it does.
     *
     * @param question names the entities being contrasted ("LayerNorm 和 BatchNorm")
     * @param allPoints the rubric's points, to tell a swap from a clause that belongs to another point
     */
    Optional<String> contradiction(String point, String evidence, String question, List<String> allPoints) {
        String p = TermExtractor.normalize(point);
        String e = TermExtractor.normalize(evidence);
        Optional<String> swap = swappedEntity(p, e, contrasted(question), allPoints);
        if (swap.isPresent()) {
            return swap;
        }
        for (List<List<String>> pair : OPPOSITES) {
            Optional<String> opposite = opposite(p, e, pair.get(0), pair.get(1));
            if (opposite.isEmpty()) {
                opposite = opposite(p, e, pair.get(1), pair.get(0));
            }
            if (opposite.isPresent()) {
                return opposite;
            }
        }
        return negated(p, e);
    }

    /** The entities a question contrasts, lower case, each with its initials as an alias ("layernorm", "ln"). */
    static Map<String, String> contrasted(String question) {
        Map<String, String> names = new TreeMap<>();
        Matcher pair = CONTRAST.matcher(question);
        while (pair.find()) {
            for (String entity : List.of(pair.group(1), pair.group(3))) {
                String canonical = entity.toLowerCase(Locale.ROOT);
                names.put(canonical, canonical);
                String initials = entity.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
                if (initials.length() >= 2 && !initials.equals(canonical)) {
                    names.putIfAbsent(initials, canonical);
                }
            }
        }
        return names;
    }

    /**
     * The point is about one contrasted entity and the evidence says the same thing of another: a clause naming
     * the other entity shares more with this point than with any point about that other entity.
     */
    private static Optional<String> swappedEntity(
            String point, String evidence, Map<String, String> contrasted, List<String> allPoints) {
        if (contrasted.size() < 2) {
            return Optional.empty();
        }
        Set<String> subjects = named(point, contrasted);
        if (subjects.size() != 1) {
            return Optional.empty();
        }
        String subject = subjects.iterator().next();
        Set<String> pointWords = contentWords(point, contrasted);
        for (String clause : CLAUSE.split(evidence)) {
            Set<String> named = named(clause, contrasted);
            if (named.size() != 1 || named.contains(subject)) {
                continue;
            }
            String other = named.iterator().next();
            Set<String> clauseWords = contentWords(clause, contrasted);
            int withThis = shared(clauseWords, pointWords);
            int withOther = 0;
            boolean rubricContrasts = false;
            for (String candidate : allPoints) {
                String normalized = TermExtractor.normalize(candidate);
                if (named(normalized, contrasted).equals(Set.of(other))) {
                    rubricContrasts = true;
                    withOther = Math.max(withOther, shared(clauseWords, contentWords(normalized, contrasted)));
                }
            }
            // With a point about the other entity in the rubric, one shared word more than that point has is enough.
            int needed = rubricContrasts ? 1 : 2;
            if (withThis >= needed && withThis > withOther) {
                return Optional.of("把「" + subject + "」的特点说成了「" + other + "」的");
            }
        }
        return Optional.empty();
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }

    private static Set<String> named(String text, Map<String, String> contrasted) {
        Set<String> named = new TreeSet<>();
        Matcher word = ENTITY.matcher(text);
        while (word.find()) {
            String canonical = contrasted.get(word.group());
            if (canonical != null) {
                named.add(canonical);
            }
        }
        return named;
    }

    /** English words and CJK bigrams without function characters, minus the contrasted names. */
    private static Set<String> contentWords(String text, Map<String, String> contrasted) {
        Set<String> words = new HashSet<>();
        Matcher word = ENTITY.matcher(text);
        while (word.find()) {
            if (!contrasted.containsKey(word.group())) {
                words.add(word.group());
            }
        }
        for (int i = 0; i + 2 <= text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (TermExtractor.isCjk(first)
                    && TermExtractor.isCjk(second)
                    && FUNCTION_CHARS.indexOf(first) < 0
                    && FUNCTION_CHARS.indexOf(second) < 0) {
                words.add(text.substring(i, i + 2));
            }
        }
        return words;
    }

    /** The point asserts one side, the evidence only the other. */
    private static Optional<String> opposite(String point, String evidence, List<String> side, List<String> other) {
        String said = firstAsserted(point, side);
        String answered = firstAsserted(evidence, other);
        if (said != null
                && answered != null
                && firstAsserted(point, other) == null
                && firstAsserted(evidence, side) == null) {
            return Optional.of("说的是「" + answered + "」，要点是「" + said + "」");
        }
        return Optional.empty();
    }

    /**
     * The evidence negates the very verb the point asserts ("并不能缓解"), or asserts what the point negates ("都要重新训练"
     * against "不需要重新训练").
     */
    private static Optional<String> negated(String point, String evidence) {
        Matcher negation = NEGATION.matcher(evidence);
        while (negation.find()) {
            if (CONDITION.matcher(before(evidence, negation.start(), 4)).find()) {
                continue;
            }
            int at = negation.end();
            if (at < evidence.length() && MODALS.indexOf(evidence.charAt(at)) >= 0) {
                at++;
            }
            if (at + 2 > evidence.length()) {
                continue;
            }
            String verb = evidence.substring(at, at + 2);
            if (isCjkWord(verb) && assertedEverywhere(point, verb)) {
                return Optional.of("否定了「" + negation.group() + evidence.substring(negation.end(), at + 2) + "」");
            }
        }
        Matcher pointNegation = NEGATION.matcher(point);
        while (pointNegation.find()) {
            int at = pointNegation.end();
            if (at + 4 > point.length()) {
                continue;
            }
            String phrase = point.substring(at, at + 4);
            if (isCjkWord(phrase.substring(0, 2))
                    && isCjkWord(phrase.substring(2))
                    && assertedSomewhere(evidence, phrase)) {
                return Optional.of("说的是「" + phrase + "」，要点是「" + pointNegation.group() + phrase + "」");
            }
        }
        return Optional.empty();
    }

    /** Every occurrence of the words in the text is asserted, none under a negation or a negative verb. */
    private static boolean assertedEverywhere(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            return false;
        }
        while (at >= 0) {
            if (isNegatedAt(text, at)) {
                return false;
            }
            at = text.indexOf(words, at + 1);
        }
        return true;
    }

    private static boolean assertedSomewhere(String text, String words) {
        int at = text.indexOf(words);
        while (at >= 0) {
            if (!isNegatedAt(text, at)) {
                return true;
            }
            at = text.indexOf(words, at + 1);
        }
        return false;
    }

    private static boolean isNegatedAt(String text, int at) {
        String before = before(text, at, 6);
        return NEGATION.matcher(before).find() || NEGATIVE_VERB.matcher(before).find();
    }

    private static @Nullable String firstAsserted(String text, List<String> forms) {
        for (String form : forms) {
            if (asserts(text, form)) {
                return form;
            }
        }
        return null;
    }

    /** True when the text asserts the form: "比绝对位置编码好" and "不增加" do not assert it. */
    private static boolean asserts(String text, String form) {
        boolean ascii = form.chars().allMatch(c -> c < 128);
        Pattern pattern =
                ascii ? Pattern.compile("\\b" + Pattern.quote(form) + "\\b") : Pattern.compile(Pattern.quote(form));
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!NOT_ASSERTED.matcher(before(text, matcher.start(), 3)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String before(String text, int at, int chars) {
        return text.substring(Math.max(0, at - chars), at);
    }

    private static boolean isCjkWord(String bigram) {
        return bigram.length() == 2
                && TermExtractor.isCjk(bigram.charAt(0))
                && TermExtractor.isCjk(bigram.charAt(1))
                && FUNCTION_CHARS.indexOf(bigram.charAt(0)) < 0;
    }

    private static List<List<String>> pair(String side, String other) {
        return List.of(List.of(side.split("\\|")), List.of(other.split("\\|")));
    }
}
