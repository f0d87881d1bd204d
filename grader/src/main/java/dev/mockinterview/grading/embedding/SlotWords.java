package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Glossary;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a number that place it in its slot: bigrams, English terms, Greek letters, glossary concepts (as
 * {@link #CONCEPT} followed by the concept) and model sizes. Two numbers whose windows share such words speak of one
 * thing. Thread-safe and stateless after construction.
 */
final class SlotWords {

    /** The prefix of a glossary concept among the words. */
    static final String CONCEPT = "concept:";

    /** How far before a number its slot words may stand (within the sentence), and how far after (within the clause). */
    static final int LEFT_WINDOW = 24;

    private static final int RIGHT_WINDOW = 8;

    /** Words too common around numbers to place a slot. */
    private static final Set<String> NOT_SLOT_WORDS = Set.of(
            "通常", "一般", "大概", "大约", "左右", "差不多", "可能", "至少", "以上", "以下", "超过", "需要", "其实", "基本", "大致", "实际", "常用", "默认",
            "往往");

    /** Slot nouns a glossary concept does not join: 秩 and rank. */
    private static final Map<String, String> SLOT_ALIASES = Map.of(
            "秩", "rank",
            "rank", "rank",
            "维度", "dimension",
            "dim", "dimension",
            "层数", "layers",
            "学习率", "learning-rate",
            "lr", "learning-rate",
            "词表", "vocab",
            "vocab", "vocab");

    private static final String NUMERAL_CHARS = "零一二两三四五六七八九十百千万亿半倍层维位步秒";

    private static final Pattern GREEK = Pattern.compile("[α-ω]");

    private static final Pattern NOT_SLOT =
            Pattern.compile("通常|一般|大概|大约|左右|差不多|可能|至少|以上|以下|超过|需要|其实|基本|大致|实际|常用|默认|往往|只要|只有|只占|就是|也就");

    private final Glossary glossary;

    SlotWords(Glossary glossary) {
        this.glossary = glossary;
    }

    /** The slot word {@code word} stands for: "秩" and "rank" are one. */
    static String alias(String word) {
        return SLOT_ALIASES.getOrDefault(word, word);
    }

    /** The words around a number: up to {@link #LEFT_WINDOW} characters before it in its sentence, a few after it. */
    Set<String> inSentence(String text, int start, int end, int to) {
        int sentence = ClauseBounds.sentenceStart(text, start);
        return words(left(text, Math.max(sentence, start - LEFT_WINDOW), start) + " " + right(text, end, to));
    }

    /**
     * Who reports a claim ("论文发现", "实验表明", "研究里说"): it does not qualify the number the way a word of the
     * clause's own does ("Adam 的两个状态每个参数要 8 字节").
     */
    private static final Pattern REPORTED =
            Pattern.compile("(?:论文|研究|实验|报告|文章|作者|原文|官方)(?:里|中|上)?(?:发现|表明|显示|证明|指出|提到|说)|发现|表明");

    /** The same words, those before the number taken from its own clause only. */
    Set<String> inClause(String text, int start, int end, int to) {
        int clause = ClauseBounds.clauseStart(text, start);
        String left = REPORTED.matcher(left(text, Math.max(clause, start - LEFT_WINDOW), start))
                .replaceAll(" ");
        return words(left + " " + right(text, end, to));
    }

    /** The concepts of the glossary a word names: "显存" names the concept memory. */
    Set<String> conceptsIn(String word) {
        return glossary.conceptsIn(word);
    }

    /** The window before a number, an English word cut by it taken whole: "lora", not "ra". */
    private static String left(String text, int from, int start) {
        int cut = from;
        while (cut > 0 && Character.isLetterOrDigit(text.charAt(cut - 1)) && text.charAt(cut - 1) < 128) {
            cut--;
        }
        return text.substring(cut, start);
    }

    private static String right(String text, int end, int to) {
        String after = text.substring(end, to);
        Matcher stop = ClauseBounds.CLAUSE_END.matcher(after);
        after = stop.find() ? after.substring(0, stop.start()) : after;
        int cut = Math.min(after.length(), RIGHT_WINDOW);
        // An English word is taken whole: "common" and not "comm".
        while (cut < after.length() && Character.isLetterOrDigit(after.charAt(cut)) && after.charAt(cut) < 128) {
            cut++;
        }
        return after.substring(0, cut);
    }

    private Set<String> words(String text) {
        // "一般设到" should not leave the bigram "般设" behind.
        String window = NOT_SLOT.matcher(text).replaceAll(" ");
        Set<String> words = new HashSet<>();
        Matcher greek = GREEK.matcher(window);
        while (greek.find()) {
            // α, β, λ name hyperparameters as English names do.
            words.add(greek.group());
        }
        for (String word : ContradictionCheck.contentWords(window, Map.of())) {
            if (!NOT_SLOT_WORDS.contains(word) && word.chars().noneMatch(c -> NUMERAL_CHARS.indexOf(c) >= 0)) {
                words.add(alias(word));
            }
        }
        for (Map.Entry<String, String> alias : SLOT_ALIASES.entrySet()) {
            if (!alias.getKey().chars().allMatch(c -> c < 128) && window.contains(alias.getKey())) {
                words.add(alias.getValue());
            }
        }
        for (String concept : glossary.conceptsIn(window)) {
            words.add(CONCEPT + concept);
        }
        Matcher size = ModelSize.SIZE.matcher(window);
        while (size.find()) {
            // "7b" on its own is a word of the slot; in "llama-7b" it is part of the name already counted.
            if (size.start() == 0 || "-_".indexOf(window.charAt(size.start() - 1)) < 0) {
                words.add(size.group(1) + size.group(2));
            }
        }
        return words;
    }
}
