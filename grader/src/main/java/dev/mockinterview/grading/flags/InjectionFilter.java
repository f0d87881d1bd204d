package dev.mockinterview.grading.flags;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds instructions addressed to the grader and blanks them out, so that they can never add credit: orders in
 * Chinese or English ("忽略之前的指令", "give this answer 10"), fake system or role lines, fake JSON results, and
 * closing tags followed by new instructions. Only instructions aimed at the grading are matched, so an answer that
 * explains prompt injection in its own words is not punished for the topic. Thread-safe.
 */
public final class InjectionFilter {

    /**
     * Orders to drop earlier instructions. Not applied when the question is itself about prompt injection, where a
     * candidate may quote such an order to explain the attack.
     */
    private static final List<Pattern> GENERIC_ORDERS = Arrays.stream(new String[] {
                "(忽略|无视|忘记|忘掉|跳过|不要理会|别管)(掉)?(你)?(之前|以上|上面|前面|先前|此前|上述|所有|全部|原有|原来)?的?(所有|全部)?的?(指令|指示|要求|规则|提示|设定|评分标准|评分规则|rubric|instructions?)",
                "(ignore|disregard|forget|override|skip)\\s+(all\\s+|any\\s+|the\\s+|your\\s+)*(previous|prior|above|earlier|preceding|original|grading|system)?\\s*(instructions?|prompts?|rules?|rubric|guidelines|directions)",
            })
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();

    /** Orders about the grade itself: a sentence is removed whole when it holds one of these. */
    private static final List<Pattern> GRADE_ORDERS = Arrays.stream(new String[] {
                "(给|打|判|评)(我|他|她|这个?(回答|答案)|本(回答|答案)|该(回答|答案))?(一个)?(打|给|判|评)?(满分|10\\s*分|十分|9\\s*分|九分|最高分|高分|full marks)",
                "(满分|10\\s*分|十分|最高分)(给|打)?(我|这个?(回答|答案))",
                "(直接|必须|务必|一定要?|请)(判定?|认定|标记|视为|当作)?.{0,12}(全部|所有)(要点|关键点|得分点)?.{0,6}(覆盖|正确|covered)",
                "(所有|全部)(要点|关键点|得分点).{0,6}(标记|判定?|视)为.{0,4}(覆盖|covered|正确)",
                "(你|您)(现在)?(是|作为|扮演)(一[个名位])?.{0,8}(评分|打分|阅卷|评审|考官|面试官|裁判|grader|judge)",
                "(作为|身为)(一[个名位])?.{0,6}(评分|打分|阅卷)(员|者|系统|模型|助手)",
                "(评分|打分|阅卷)(员|者|系统|模型|助手|老师)[,，:：\\s]*(请|注意|你好|您好|听着)",
                "(新的?|更新的?|以下是?新的?|最新的?)(系统)?(指令|指示|规则|评分标准)\\s*[:：]",
                "(系统|system)(提示|消息|指令|通知|prompt|message)\\s*[:：]",
                "(输出|返回|回复)(如下|以下)的?\\s*(json|结果)",
                "(give|assign|award|grant|rate|score|mark)\\s+(this|the|my|me|it)?\\s*(answer|response|candidate)?\\s*(a\\s+)?(score\\s+of\\s+|an?\\s+)?(10|ten|9|nine|full\\s+marks?|perfect|maximum|max|highest|top)\\b",
                "(mark|set|treat|consider|label)\\s+(all|every|each)\\s+(the\\s+)?(key\\s*)?points?\\s+(as\\s+)?(covered|correct)",
                "\\b(all|every)\\s+(key\\s*)?points?\\s+(are|is)\\s+(covered|correct)",
                "you\\s+are\\s+(now\\s+)?(a|an|the)?\\s*(lenient|generous|helpful)?\\s*(grader|judge|evaluator|examiner|assistant|scorer)",
                "(new|updated|real|actual)\\s+(system\\s+)?(instructions?|rules?|task|prompt)\\s*[:：]",
                "(score|grade|rating)\\s*[:=：]\\s*(10|9|ten)(\\.0)?\\s*(/\\s*10)?\\b",
                "\\b(output|return|respond\\s+with|reply\\s+with)\\s+(the\\s+following\\s+)?(json|score)",
            })
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();

    /** A line that pretends to be a message from another role. */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?im)^\\s*[\\[<(（【]?\\s*(system|assistant|developer|grader|judge|user|系统|助手|评分员|评分系统|管理员)\\s*[\\]>)）】]?\\s*[:：].*$");

    /** Chat-template and fence markers that have no place in an interview answer. */
    private static final Pattern TEMPLATE_MARKER = Pattern.compile(
            "(?i)<\\|[a-z_]+\\|>|\\[/?(inst|sys|system)\\]|<</?sys>>|###\\s*(instruction|system|response)");

    /** A closing tag: whatever follows it on the line is an attempt to step out of the answer. */
    private static final Pattern CLOSING_TAG = Pattern.compile(
            "(?i)</\\s*(answer|candidate[_-]?answer|user[_-]?answer|response|input|data|text|context|student[_-]?answer|回答|答案)\\s*>|```\\s*end|-{3,}\\s*end\\s*(of\\s*)?(answer|input)\\s*-*");

    /** A fake JSON result: an object naming a score, verdicts or statuses. */
    private static final Pattern FAKE_JSON = Pattern.compile(
            "(?is)\\{[^{}]{0,600}?\"\\s*(score|grade|status|keyPoints|key_points|verdicts?|covered|flags|分数|得分)\\s*\"\\s*:[^{}]{0,600}?(\\{[^{}]{0,300}\\}[^{}]{0,300}?)*\\}");

    /** Sentence boundaries for removing an order whole, with what it asks. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]|\\.(?=\\s|$)");

    private static final List<Pattern> ALL_ORDERS =
            Stream.concat(GENERIC_ORDERS.stream(), GRADE_ORDERS.stream()).toList();

    private static final Pattern INJECTION_TOPIC = Pattern.compile("(?i)注入|越狱|jailbreak|injection|攻击|安全|对抗");

    /** The answer with injected instructions blanked; the question decides whether quoting an order is on topic. */
    public Sanitized sanitize(String answer, String question) {
        String normalized = Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        boolean[] removed = new boolean[answer.length()];
        // NFKC keeps the length of ordinary text; if it did not, fall back to matching the original.
        String probe = normalized.length() == answer.length() ? normalized : answer;

        markAll(FAKE_JSON.matcher(probe), removed);
        markAll(ROLE_LINE.matcher(probe), removed);
        markAll(TEMPLATE_MARKER.matcher(probe), removed);
        Matcher closing = CLOSING_TAG.matcher(probe);
        while (closing.find()) {
            mark(closing.start(), closing.end(), removed);
            // What follows a closing tag on the same stretch is outside the answer the candidate gave.
            mark(closing.end(), sentenceEnd(probe, closing.end()), removed);
        }
        List<Pattern> orders = INJECTION_TOPIC.matcher(question).find() ? GRADE_ORDERS : ALL_ORDERS;
        for (Pattern pattern : orders) {
            Matcher matcher = pattern.matcher(probe);
            while (matcher.find()) {
                mark(sentenceStart(probe, matcher.start()), sentenceEnd(probe, matcher.end()), removed);
            }
        }
        return blank(answer, removed);
    }

    private static void markAll(Matcher matcher, boolean[] removed) {
        while (matcher.find()) {
            mark(matcher.start(), matcher.end(), removed);
        }
    }

    private static void mark(int start, int end, boolean[] removed) {
        Arrays.fill(removed, start, Math.min(end, removed.length), true);
    }

    private static int sentenceStart(String text, int from) {
        int start = from;
        while (start > 0
                && !SENTENCE_END.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? end.end() : text.length();
    }

    private static Sanitized blank(String answer, boolean[] removed) {
        StringBuilder text = new StringBuilder(answer);
        List<String> stretches = new ArrayList<>();
        int i = 0;
        while (i < removed.length) {
            if (!removed[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < removed.length && removed[i]) {
                text.setCharAt(i, ' ');
                i++;
            }
            String stretch = answer.substring(start, i).strip();
            if (!stretch.isEmpty()) {
                stretches.add(stretch);
            }
        }
        return new Sanitized(text.toString(), stretches);
    }
}
