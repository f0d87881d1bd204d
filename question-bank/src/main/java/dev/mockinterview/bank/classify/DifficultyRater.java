package dev.mockinterview.bank.classify;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rates a question 1 (recall or definition), 2 (explain or compare) or 3 (mechanism, derivation or design) from its
 * wording alone, so the rating is the same on every build.
 *
 * <p>Rules, first match wins: a comparison ({@code 区别}, {@code vs}, {@code 对比} ...) is 2, because comparing is
 * explaining even when the question also says {@code 原理}; mechanism, derivation and design words ({@code 公式},
 * {@code 推导}, {@code 怎么实现}, {@code 原理}, {@code 如何设计}, {@code 如何让}) make 3; explaining words ({@code 为什么},
 * {@code 如何}, {@code 怎么}, {@code 作用}, {@code 意思}) make 2, except for steps that are recalled ({@code 流程});
 * everything else ({@code 是什么}, {@code 有哪些}, {@code 了解}) is 1.
 */
public final class DifficultyRater {

    private static final Pattern COMPARE = Pattern.compile("区别|不同|异同|对比|比较|(?<![a-z])vs(?![a-z])|优缺点|优劣|还是|哪个好");
    private static final Pattern MECHANISM = Pattern.compile(
            "公式|推导|证明|怎么实现|如何实现|是怎么.{0,6}实现|实现原理|原理|(?<!注意力)机制|如何设计|怎么设计|设计一个|搭建|如何让|怎么让|复杂度|参数量|计算量|为什么要除|源码|代码实现");
    private static final Pattern EXPLAIN =
            Pattern.compile("为什么|为何|如何|怎么|怎样|作用|意思|解释|原因|影响|好处|优点|缺点|缓解|避免|提升|提高|判断|选择|理解|思路|特点");
    private static final Pattern RECALL_STEPS = Pattern.compile("流程|步骤");

    public int rate(String question) {
        String q = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (COMPARE.matcher(q).find()) {
            return 2;
        }
        if (MECHANISM.matcher(q).find()) {
            return 3;
        }
        if (RECALL_STEPS.matcher(q).find()) {
            return 1;
        }
        if (EXPLAIN.matcher(q).find()) {
            return 2;
        }
        return 1;
    }
}
