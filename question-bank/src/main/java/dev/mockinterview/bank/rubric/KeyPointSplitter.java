package dev.mockinterview.bank.rubric;

import dev.mockinterview.bank.KeyPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a reference answer into rubric key points by the deterministic rules of the corpus notes (§4.3): clean the
 * text, drop the framing, then take one point per top-level list item, else one per {@code 术语：解释} line, else the
 * content sentences; keep at most {@value #MAX_POINTS} points, the first {@value #REQUIRED_POINTS} required.
 */
public final class KeyPointSplitter {

    static final int MAX_POINTS = 8;
    static final int REQUIRED_POINTS = 6;
    static final int MAX_SENTENCE_POINTS = 5;
    static final int POINT_CHARS = 60;

    private static final Pattern CODE_FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern CHROME = Pattern.compile("\\s*复制(代码)?\\s*$");
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(思路|介绍|参考|参考资料|参考文献|注|注意|github地址|github|代码|示例|代码示例|论文|链接|地址|举例|答|回答|答案)\\s*[:：]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("在这里插入图片描述|^图\\s*\\d|^image$|^\\[图片]");
    private static final Pattern FORMULA = Pattern.compile(
            "\\\\(frac|sum|mathrm|left|right|cdot|log|prod|exp|text|mathbf|begin|end)|katex|\\$\\$|\\\\\\(|\\\\\\[");
    private static final Pattern INTRO_WORDS = Pattern.compile("以下|如下|包括|几个方面|几种|几点|主要有|分为");
    private static final Pattern OUTRO =
            Pattern.compile("^(综上所述|综上|总之|总的来说|总而言之|总结|需要注意的是|通过以上|通过上述|这些方法|选择哪种|总体而言|总体来说|因此，选择)");
    private static final Pattern SUMMARY =
            Pattern.compile("^(区别|主要区别|核心区别|对比|总结来说|总结|总的来说|简单来说|综上所述|综上|总之)[：:，,]?\\s*");
    private static final Pattern IT_DEPENDS = Pattern.compile("^(因此，)?(选择哪种|选择哪个|选用哪种|具体选择|如何选择)[^。]*(取决于|视|根据|要看)");
    private static final Pattern COMPARISON = Pattern.compile("区别|不同|异同|对比|比较|(?i:vs)");
    private static final Pattern DEFINITION = Pattern.compile("^\\s*([^：:，。,]{1,25})[：:]\\s*(\\S.*)$");
    private static final Pattern CHILD_LABEL =
            Pattern.compile("^(定义|优点|缺点|作用|实现|原理|特点|方法|思路|适用场景|应用场景|做法|解释|说明|描述)[：:]\\s*");
    private static final Pattern ASKS_DEFINITION = Pattern.compile("是什么|什么是|定义");
    private static final Pattern GLOSS = Pattern.compile("\\s*[(（][A-Za-z][A-Za-z0-9 .,/&'-]*[)）]");
    private static final Pattern TERM = Pattern.compile("[^，,。；;！!？?]{1,30}");
    private static final Pattern SHORT_LABEL = Pattern.compile("^[^，,。：:]{1,8}[：:]\\s*");
    private static final Pattern MINOR = Pattern.compile("^(例如|比如|举例|示例|其他|其它|此外|另外|还有)");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;！!？?]");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?]+[。；;！!？?]?");

    /** List markers, each with the name of its style; the order matters (sub-sections before plain numbers). */
    private static final Map<String, Pattern> MARKERS = markers();

    public Rubric split(String question, List<AnswerLine> answer, @Nullable String note) {
        String gradingNote = note == null || note.isBlank() ? null : note.strip();
        boolean experience = gradingNote != null && gradingNote.contains("仅供参考");
        List<AnswerLine> clean = clean(answer);
        List<AnswerLine> summaries = new ArrayList<>();
        List<AnswerLine> content = dropFraming(clean, summaries);
        List<Draft> drafts = new ArrayList<>();
        Rubric.Method method = Rubric.Method.NONE;
        List<Draft> listed = listItems(content);
        if (listed.size() >= 2) {
            drafts = listed;
            method = Rubric.Method.LIST;
            Draft definition = preambleDefinition(question, content);
            if (definition != null) {
                drafts.add(0, definition);
            }
        } else {
            List<Draft> defined = definitions(content);
            if (defined.size() >= 2) {
                drafts = defined;
                method = Rubric.Method.DEFINITIONS;
            } else {
                drafts = sentences(content);
                method = drafts.isEmpty() ? Rubric.Method.NONE : Rubric.Method.SENTENCES;
            }
        }
        if (COMPARISON.matcher(question).find() && !summaries.isEmpty() && drafts.size() < MAX_POINTS) {
            // "选择哪种方法取决于场景" closes many comparisons but says nothing a candidate could be graded on.
            AnswerLine summary = summaries.stream()
                    .filter(line -> !IT_DEPENDS.matcher(line.text().strip()).find())
                    .reduce((first, second) -> second)
                    .orElse(null);
            String text = summary == null ? "" : SUMMARY.matcher(summary.text()).replaceFirst("");
            if (!text.isBlank()) {
                drafts.add(new Draft("区别：" + clause(text), summary.sourceLine()));
            }
        }
        int minKeyPoints = 0;
        int required = REQUIRED_POINTS;
        if (gradingNote != null && gradingNote.matches(".*前(两|二|2)(项|点|个).*")) {
            required = 2;
            minKeyPoints = 2;
        } else if (gradingNote != null && gradingNote.contains("简要回答")) {
            minKeyPoints = 2;
        }
        List<KeyPoint> points = new ArrayList<>();
        for (int i = 0; i < drafts.size() && i < MAX_POINTS; i++) {
            Draft draft = drafts.get(i);
            boolean isRequired = i < required;
            double weight = isRequired && !MINOR.matcher(draft.text()).find() ? 1.0 : 0.5;
            points.add(new KeyPoint(draft.text(), weight, isRequired, draft.line()));
        }
        return new Rubric(points, method, Math.min(minKeyPoints, points.size()), gradingNote, experience);
    }

    /** Drops code, URLs, images, UI chrome, label-only lines and formula lines; strips Markdown emphasis. */
    List<AnswerLine> clean(List<AnswerLine> answer) {
        List<AnswerLine> kept = new ArrayList<>();
        boolean inCode = false;
        for (AnswerLine line : answer) {
            if (CODE_FENCE.matcher(line.text()).find()) {
                inCode = !inCode;
                continue;
            }
            if (inCode || FORMULA.matcher(line.text()).find()) {
                continue;
            }
            String text = line.text()
                    .replace('\u00a0', ' ')
                    .replace("&nbsp;", " ")
                    .replace("&gt;", ">")
                    .replace("&lt;", "<")
                    .replace("&amp;", "&")
                    .replace("💡", "")
                    .replace("**", "")
                    .replace("__", "");
            text = IMAGE.matcher(text).replaceAll("");
            text = URL.matcher(text).replaceAll("");
            text = CHROME.matcher(text).replaceAll("");
            String indent =
                    text.substring(0, text.length() - text.stripLeading().length());
            text = indent + HEADING_MARK.matcher(text.strip()).replaceFirst("");
            String stripped = text.strip();
            if (stripped.isEmpty()
                    || LABEL_ONLY.matcher(stripped).matches()
                    || CAPTION.matcher(stripped).find()
                    || stripped.matches("[\\p{Punct}\\p{IsPunctuation}\\s]+")) {
                continue;
            }
            kept.add(new AnswerLine(text.stripTrailing(), line.sourceLine()));
        }
        return kept;
    }

    /** Removes intro and outro lines; outro lines are kept aside because a comparison's summary lives there. */
    private List<AnswerLine> dropFraming(List<AnswerLine> lines, List<AnswerLine> summaries) {
        List<AnswerLine> split = new ArrayList<>();
        for (AnswerLine line : lines) {
            String text = line.text().strip();
            int colon = firstColon(text);
            if (colon > 0
                    && colon < text.length() - 1
                    && OUTRO.matcher(text.substring(colon + 1).strip()).find()) {
                split.add(new AnswerLine(text.substring(0, colon + 1), line.sourceLine()));
                split.add(new AnswerLine(text.substring(colon + 1).strip(), line.sourceLine()));
            } else {
                split.add(line);
            }
        }
        List<AnswerLine> content = new ArrayList<>();
        for (AnswerLine line : split) {
            String text = line.text().strip();
            boolean marked = marker(text) != null;
            if (!marked
                    && (text.endsWith("：") || text.endsWith(":"))
                    && INTRO_WORDS.matcher(text).find()) {
                int lastStop = Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'));
                if (lastStop > 0) {
                    content.add(new AnswerLine(text.substring(0, lastStop + 1), line.sourceLine()));
                }
                continue;
            }
            if (!marked && OUTRO.matcher(text).find()) {
                summaries.add(new AnswerLine(text, line.sourceLine()));
                continue;
            }
            if (!marked && SUMMARY.matcher(text).find()) {
                summaries.add(new AnswerLine(text, line.sourceLine()));
            }
            content.add(line);
        }
        return content;
    }

    private List<Draft> listItems(List<AnswerLine> lines) {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> indents = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String style = marker(lines.get(i).text().strip());
            if (style != null) {
                firstSeen.putIfAbsent(style, i);
                indents.putIfAbsent(style, indent(lines.get(i).text()));
                counts.merge(style, 1, Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> entry : firstSeen.entrySet()) {
            String style = entry.getKey();
            if (counts.get(style) < 2) {
                continue;
            }
            if (top == null
                    || indents.get(style) < indents.get(top)
                    || (indents.get(style).equals(indents.get(top)) && entry.getValue() < firstSeen.get(top))) {
                top = style;
            }
        }
        if (top == null) {
            return new ArrayList<>();
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AnswerLine line = lines.get(i);
            if (!top.equals(marker(line.text().strip()))) {
                continue;
            }
            String head = unmark(line.text().strip());
            AnswerLine child = null;
            for (int j = i + 1;
                    j < lines.size() && !top.equals(marker(lines.get(j).text().strip()));
                    j++) {
                child = lines.get(j);
                break;
            }
            String text =
                    itemText(head, child == null ? null : unmark(child.text().strip()));
            if (!text.isBlank()) {
                drafts.add(new Draft(text, line.sourceLine()));
            }
        }
        return drafts;
    }

    /**
     * A question that asks what something is and also something else ({@code 是什么？解决方案是什么？}) is often
     * answered by a definition sentence before the list: that sentence is a point of its own.
     */
    private static @Nullable Draft preambleDefinition(String question, List<AnswerLine> lines) {
        if (!ASKS_DEFINITION.matcher(question).find()
                || lines.isEmpty()
                || marker(lines.get(0).text().strip()) != null) {
            return null;
        }
        String first = lines.get(0).text().strip();
        if (first.length() < 8) {
            return null;
        }
        return new Draft("定义：" + clause(first), lines.get(0).sourceLine());
    }

    private static String itemText(String head, @Nullable String child) {
        String term = head.replaceAll("[：:]\\s*$", "").strip();
        int colon = firstColon(term);
        if (colon > 0 && colon <= 25 && colon < term.length() - 1) {
            return term.substring(0, colon).strip() + "：" + clause(term.substring(colon + 1));
        }
        // "QLoRA (Quantized Low-Rank Adaptation)" is a short term once its English gloss is set aside.
        String bareTerm = GLOSS.matcher(term).replaceAll("").strip();
        if (!TERM.matcher(bareTerm).matches() || child == null) {
            return clause(term);
        }
        String explanation = CHILD_LABEL.matcher(child).replaceFirst("");
        Matcher label = SHORT_LABEL.matcher(explanation);
        if (label.find() && label.end() < explanation.length()) {
            explanation = explanation.substring(label.end());
        }
        return explanation.isBlank() ? term : term + "：" + clause(explanation);
    }

    private List<Draft> definitions(List<AnswerLine> lines) {
        List<Draft> drafts = new ArrayList<>();
        for (AnswerLine line : lines) {
            Matcher m = DEFINITION.matcher(line.text().strip());
            if (m.matches()) {
                drafts.add(new Draft(m.group(1).strip() + "：" + clause(m.group(2)), line.sourceLine()));
            }
        }
        return drafts;
    }

    private List<Draft> sentences(List<AnswerLine> lines) {
        List<Draft> drafts = new ArrayList<>();
        for (AnswerLine line : lines) {
            Matcher m = SENTENCE.matcher(unmark(line.text().strip()));
            while (m.find() && drafts.size() < MAX_SENTENCE_POINTS) {
                String sentence = m.group().strip();
                if (sentence.codePointCount(0, sentence.length()) < 8
                        || OUTRO.matcher(sentence).find()
                        || (INTRO_WORDS.matcher(sentence).find() && sentence.matches(".*[：:]$"))) {
                    continue;
                }
                drafts.add(new Draft(clause(sentence), line.sourceLine()));
            }
        }
        return drafts;
    }

    /** The first clause of a text, at most about {@value #POINT_CHARS} characters, cut at a comma when it can be. */
    static String clause(String text) {
        String s = text.strip();
        Matcher end = CLAUSE_END.matcher(s);
        if (end.find() && end.start() > 0) {
            s = s.substring(0, end.start());
        }
        if (s.length() <= POINT_CHARS) {
            return s.strip();
        }
        int cut = -1;
        for (int i = POINT_CHARS; i >= 20; i--) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '、') {
                cut = i;
                break;
            }
        }
        return (cut > 0 ? s.substring(0, cut) : s.substring(0, POINT_CHARS)).strip();
    }

    static @Nullable String marker(String text) {
        for (Map.Entry<String, Pattern> entry : MARKERS.entrySet()) {
            Matcher m = entry.getValue().matcher(text);
            if (m.find() && !text.substring(m.end()).isBlank()) {
                if (entry.getKey().equals("section")) {
                    return "section" + m.group(1).split("\\.").length;
                }
                return entry.getKey();
            }
        }
        return null;
    }

    static String unmark(String text) {
        for (Map.Entry<String, Pattern> entry : MARKERS.entrySet()) {
            Matcher m = entry.getValue().matcher(text);
            if (m.find() && !text.substring(m.end()).isBlank()) {
                return text.substring(m.end()).strip();
            }
        }
        return text;
    }

    private static int firstColon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        if (full < 0) {
            return half;
        }
        return half < 0 ? full : Math.min(full, half);
    }

    private static int indent(String text) {
        int n = 0;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        return n;
    }

    private static Map<String, Pattern> markers() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("section", Pattern.compile("^(\\d+(?:\\.\\d+)+)\\s*[.、．]?\\s*"));
        m.put("number-dot", Pattern.compile("^\\d{1,2}\\s*[.．](?!\\d)\\s*"));
        m.put("number-comma", Pattern.compile("^\\d{1,2}\\s*、\\s*"));
        m.put("number-paren", Pattern.compile("^[（(]\\s*\\d{1,2}\\s*[)）]\\s*"));
        m.put("number-half-paren", Pattern.compile("^\\d{1,2}\\s*[)）]\\s*"));
        m.put("circled", Pattern.compile("^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]\\s*"));
        m.put("chinese", Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*"));
        m.put("chinese-paren", Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[)）]\\s*"));
        m.put("step", Pattern.compile("^(第[一二三四五六七八九十\\d]{1,3}[步点条])[：:、，,.\\s]*"));
        m.put("roman", Pattern.compile("^(?i)(iii|ii|iv|vi{0,3}|ix|i|x)\\s*[.)]\\s+"));
        m.put("bullet", Pattern.compile("^[-•·●▪◆■►✓*+]\\s*(?![-*])"));
        return m;
    }

    private record Draft(String text, int line) {}
}
