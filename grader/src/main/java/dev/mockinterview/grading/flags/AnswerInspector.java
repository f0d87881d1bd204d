package dev.mockinterview.grading.flags;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Notices the answers a human would not grade on content alone: nothing said, the question echoed back, the
 * reference pasted, terms listed without explanation, another language than the question's. Thread-safe.
 */
public final class AnswerInspector {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；/|\\n\\r\\t]+|\\s{2,}|[。.!！?？]+");

    /** Words that turn a list of terms into an explanation. */
    private static final Pattern EXPLANATION = Pattern.compile(
            "(?i)是|的|通过|因为|所以|可以|用来|用于|用|让|使|会|能|把|将|就|在|对|为了|来|从|当|如果|比|更|而|导致|避免|解决|需要|\\b(is|are|was|were|to|by|because|so|which|that|makes?|lets?|uses?|when|than|means?|helps?|allows?|reduces?|avoids?|the|an?|of|for|with|we|it|its|and|but|in|on|at|can|will|would)\\b");

    private static final double ECHO_SHARE = 0.75;

    /**
     * The longest token that is still a term: an English identifier can be long ("PagedAttention", "continuous"); a
     * longer Chinese run between spaces is a phrase said without commas, not a term.
     */
    private static final int MAX_LATIN_TERM_CHARS = 20;

    private static final int MAX_CJK_TERM_CHARS = 8;

    /** How many space-separated terms make a list when some of them are long English identifiers. */
    private static final int LONG_TERM_RUN = 8;

    private static final Pattern FILLER = Pattern.compile("这个问题|问题问|问的|嗯|呃|那个|其实|我觉得|我认为|也就是说|就是说|就是");

    private static final String FUNCTION_CHARS = "的了是在和与及或就也都而且但这那其之我你他它们吗呢吧啊呀嘛么个一些有为对将把被等会要很更最还所此该并即则";
    private static final double COPY_SHARE = 0.6;
    private static final int COPY_SHINGLE = 6;

    /**
     * The answer as the inspections read it, its letters and digits worked out once for all of them.
     *
     * @param text the answer
     * @param content its letters and digits, lower case, NFKC
     */
    public record Inspected(String text, String content) {}

    /** The answer read once, for every inspection of one grade. */
    public Inspected read(String answer) {
        return new Inspected(answer, contentChars(answer));
    }

    /** True when the answer has no letters or digits left. */
    public boolean isEmpty(String answer) {
        return isEmpty(read(answer));
    }

    public boolean isEmpty(Inspected answer) {
        return answer.content().isEmpty();
    }

    /**
     * True when the answer is the question echoed back: nearly all of its characters come from the question and it
     * adds little of its own.
     */
    public boolean echoesQuestion(String answer, String question) {
        return echoesQuestion(read(answer), question);
    }

    public boolean echoesQuestion(Inspected answer, String question) {
        String content = withoutFiller(answer.content());
        String asked = withoutFiller(contentChars(question));
        if (content.isEmpty() || asked.isEmpty()) {
            return false;
        }
        Set<String> questionBigrams = charGrams(asked, 2);
        Set<String> answerBigrams = charGrams(content, 2);
        if (answerBigrams.isEmpty()) {
            return content.length() <= 2 && asked.contains(content);
        }
        long fromQuestion =
                answerBigrams.stream().filter(questionBigrams::contains).count();
        double share = (double) fromQuestion / answerBigrams.size();
        long added = answerBigrams.size() - fromQuestion;
        return share >= ECHO_SHARE || (share >= 0.5 && added <= 6);
    }

    /** Function characters and spoken filler say nothing, so an echo padded with them is still an echo. */
    private static String withoutFiller(String content) {
        String stripped = FILLER.matcher(content).replaceAll("");
        StringBuilder kept = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (FUNCTION_CHARS.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** True when most of the answer is a verbatim copy of the reference. */
    public boolean copiesReference(String answer, String reference) {
        return copiesReference(read(answer), reference);
    }

    public boolean copiesReference(Inspected answer, String reference) {
        String content = answer.content();
        if (content.length() < 3 * COPY_SHINGLE) {
            return false;
        }
        Set<String> referenceShingles = charGrams(contentChars(reference), COPY_SHINGLE);
        List<String> answerShingles = charGramList(content, COPY_SHINGLE);
        long copied =
                answerShingles.stream().filter(referenceShingles::contains).count();
        return (double) copied / answerShingles.size() >= COPY_SHARE;
    }

    /**
     * True when the answer is mostly a list of bare terms: many short items without a word of explanation, making up
     * most of what was said.
     */
    public boolean stuffsKeywords(String answer) {
        int bareItems = 0;
        int bareChars = 0;
        int totalChars = 0;
        for (String item : LIST_SEPARATOR.split(answer)) {
            String content = contentChars(item);
            if (content.isEmpty()) {
                continue;
            }
            totalChars += content.length();
            int terms = bareTerms(item.strip(), content);
            if (terms > 0) {
                bareItems += terms;
                bareChars += content.length();
            }
        }
        return bareItems >= 5 && bareChars >= 0.6 * totalChars;
    }

    /** How many bare terms an item holds: one short unexplained term, or a run of Latin words with no verb. */
    private static int bareTerms(String item, String content) {
        if (EXPLANATION.matcher(item).find()) {
            return 0;
        }
        String[] tokens = item.split("\\s+");
        if (tokens.length >= 4 && java.util.Arrays.stream(tokens).allMatch(t -> t.length() <= 8)) {
            // "Q K V softmax 根号 多头": terms separated by single spaces.
            return tokens.length;
        }
        if (tokens.length >= LONG_TERM_RUN && java.util.Arrays.stream(tokens).allMatch(AnswerInspector::isTerm)) {
            // "PagedAttention KV Cache block 分页 continuous batching …": a long run of terms, some of them long English
            // identifiers; a shorter run with long words may be a phrase said without commas.
            return tokens.length;
        }
        if (content.length() <= 12) {
            return 1;
        }
        boolean latinOnly = item.chars().noneMatch(c -> TermExtractor.isCjk((char) c));
        int words = item.split("\\s+").length;
        // A run of a few capitalised terms is a list; a longer English stretch is a sentence.
        return latinOnly && words <= 4 ? words : 0;
    }

    private static boolean isTerm(String token) {
        boolean latin = token.chars().noneMatch(c -> TermExtractor.isCjk((char) c));
        return token.length() <= (latin ? MAX_LATIN_TERM_CHARS : MAX_CJK_TERM_CHARS);
    }

    /** True when the question and the answer are written in different scripts (Chinese vs Latin). */
    public boolean switchesLanguage(String answer, String question) {
        return switchesLanguage(read(answer), question);
    }

    public boolean switchesLanguage(Inspected answer, String question) {
        if (answer.content().length() < 20) {
            return false;
        }
        double answerCjk = cjkShare(answer.text());
        double questionCjk = cjkShare(question);
        return (questionCjk >= 0.3 && answerCjk < 0.1) || (questionCjk < 0.05 && answerCjk > 0.5);
    }

    /** Share of letters that are Chinese characters; English words count per letter, so mixed text stays Chinese. */
    public static double cjkShare(String text) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TermExtractor.isCjk(c)) {
                cjk += 3;
                letters += 3;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) cjk / letters;
    }

    /** The letters and digits of a text, lower case, NFKC: what is left when punctuation and blanks go. */
    static String contentChars(String text) {
        String normalized = TermExtractor.normalize(text);
        StringBuilder content = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                content.append(c);
            }
        }
        return content.toString();
    }

    private static Set<String> charGrams(String text, int n) {
        return new HashSet<>(charGramList(text, n));
    }

    private static List<String> charGramList(String text, int n) {
        java.util.ArrayList<String> grams = new java.util.ArrayList<>();
        for (int i = 0; i + n <= text.length(); i++) {
            grams.add(text.substring(i, i + n));
        }
        return grams;
    }
}
