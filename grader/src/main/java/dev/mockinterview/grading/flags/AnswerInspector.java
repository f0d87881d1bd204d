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
            "(?i)是|的|通过|因为|所以|可以|用来|用于|用|让|使|会|能|把|将|就|在|对|为了|来|从|当|如果|比|更|而|导致|避免|解决|需要|\\b(is|are|to|by|because|so|which|that|makes?|lets?|uses?|when|than|means?|helps?|allows?|reduces?|avoids?)\\b");

    private static final double ECHO_SHARE = 0.75;
    private static final double COPY_SHARE = 0.6;
    private static final int COPY_SHINGLE = 6;

    /** True when the answer has no letters or digits left. */
    public boolean isEmpty(String answer) {
        return contentChars(answer).isEmpty();
    }

    /**
     * True when the answer is the question echoed back: nearly all of its characters come from the question and it
     * adds little of its own.
     */
    public boolean echoesQuestion(String answer, String question) {
        String content = contentChars(answer);
        String asked = contentChars(question);
        if (content.isEmpty() || asked.isEmpty()) {
            return false;
        }
        Set<String> questionBigrams = charGrams(asked, 2);
        List<String> answerBigrams = charGramList(content, 2);
        if (answerBigrams.isEmpty()) {
            return content.length() <= 2 && asked.contains(content);
        }
        long fromQuestion =
                answerBigrams.stream().filter(questionBigrams::contains).count();
        double share = (double) fromQuestion / answerBigrams.size();
        long added = answerBigrams.size() - fromQuestion;
        return share >= ECHO_SHARE || (share >= 0.5 && added <= 8);
    }

    /** True when most of the answer is a verbatim copy of the reference. */
    public boolean copiesReference(String answer, String reference) {
        String content = contentChars(answer);
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
        if (content.length() <= 12) {
            return 1;
        }
        boolean latinOnly = item.chars().noneMatch(c -> TermExtractor.isCjk((char) c));
        return latinOnly ? item.split("\\s+").length : 0;
    }

    /** True when the question and the answer are written in different scripts (Chinese vs Latin). */
    public boolean switchesLanguage(String answer, String question) {
        double answerCjk = cjkShare(answer);
        double questionCjk = cjkShare(question);
        if (contentChars(answer).length() < 20) {
            return false;
        }
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
