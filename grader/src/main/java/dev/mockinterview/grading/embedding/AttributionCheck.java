package dev.mockinterview.grading.embedding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that credits the point's model or method to the wrong organisation: the point says
 * "Megatron-LM 是 NVIDIA 的训练框架", the answer "Megatron-LM 是微软提出的". The answer is confident and on topic, and
 * says nothing opposite, so no other cue sees it.
 *
 * <p>An organisation (a family of aliases from {@link Organisations}) is bound to a name only in an attribution frame:
 * before the name ("Meta 的 LLaMA", "Meta 开源了 LLaMA", "Meta's LLaMA", "Google T5") or after it ("LLaMA 是 Meta 的",
 * "LLaMA 由 Meta 发布", "出自 Meta", "released by Meta", "comes from Meta"); a clause without a name of its own goes on
 * with the one name its sentence has named ("Megatron-LM 是训练框架，是微软提出的"). Each organisation binds the nearest
 * name, so a list that binds several names to their own organisations is no claim. In the answer, an organisation
 * before the name claims only with a verb of making ("谷歌开源的 LLaMA"): "Hugging Face 的 LLaMA" may be where it is
 * hosted. Nothing is claimed by a clause that
 * is negated, by a sentence that hedges ("好像是", "记不清"), asks, reports a belief or states a condition, by a subject
 * frame holding several names and several organisations ("分别是"), or by an answer that names the point's organisation
 * anywhere without binding it to another name. What an organisation makes things run on ("NVIDIA 的 GPU", "谷歌的 TPU") and
 * a team of it ("NVIDIA ADLR 团队") bind no name. A point that names no organisation in such a frame claims nothing.
 * Thread-safe and stateless after construction.
 */
final class AttributionCheck {

    private static final String ZH_ADVERB =
            "(?:最早|最先|首先|率先|首次|最初|早期|当初|原先|本来|原本|一开始|起初|(?:在|于)?\\s*\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?)";

    /** Verbs of making: "提出", "开源", "做的" ("做", "出" only before 的/了, so "出现" is none). */
    private static final String ZH_VERB =
            "(?:联合|牵头)?(?:提出|发布|开源|推出|开发|研发|发明|设计|打造|训练|首创|出品|主导|创建|创造|研制|搞出|做出" + "|(?:做|搞|出|写|弄)(?=的|了|出来))";

    private static final String EN_VERB =
            "(?:developed|released|proposed|introduced|created|built|made|open[- ]?sourced"
                    + "|published|designed|invented|trained|authored|launched)";

    private static final String CLAUSE_PUNCT = "[，,。；;！!？?、]";

    /**
     * What a thing of an organisation is, to the end of its clause: "是 Meta 的开源模型", "是 NVIDIA 的大模型训练框架"; not
     * "是 Meta 的模型的竞品" nor "是谷歌的开源替代".
     */
    private static final String GENERIC_TAIL = "(?![^，,。；;！!？?]*(?:竞品|竞争|对手|替代|对标|替换|之外|以外|不同|类似))"
            + "[^，,。；;！!？?的]{0,12}?(?:模型|框架|引擎|库|工具|项目|产品|系列|工作|论文|成果|技术|方法|算法|系统|东西|作品|方案|架构)"
            + "(?:之一)?\\s*(?:$|" + CLAUSE_PUNCT + ")";

    /** A name at the end of its clause, or before a kind of thing only: "发布的 MoE 模型。". */
    private static final Pattern DESCRIPTOR_END =
            Pattern.compile("\\s*(?:[^，,。；;！!？?的]{0,6}?(?:模型|框架|引擎|库|工具|系统|架构))?\\s*(?:" + CLAUSE_PUNCT + ")?\\s*");

    /** A unit of the organisation between it and its verb: "阿里通义团队开源的", "NVIDIA ADLR 团队提出的", "Meta 家的". */
    private static final String UNIT = "(?:家|那边|公司|(?:[^，,。；;的\\s]{0,16}\\s*)?(?:团队|实验室|研究院|课题组|\\b(?:team|lab)\\b))?";

    /** What the organisation makes the thing run on, not the thing: "NVIDIA 的 GPU", "谷歌的 TPU 集群". */
    private static final Pattern HARDWARE = Pattern.compile(
            "^\\s*的?\\s*(?:gpus?|tpus?|cuda|显卡|卡|芯片|硬件|集群|服务器|云|平台|a100|h100|v100|h800|a800)",
            Pattern.CASE_INSENSITIVE);

    /** Between an organisation and the name after it: "Meta 的 LLaMA", "Meta 开源了 LLaMA", "Meta released LLaMA". */
    private static final Pattern POSSESSIVE_LINK = Pattern.compile("\\s*" + UNIT + "\\s*(?:的|'s|’s|(?:" + ZH_ADVERB
            + "\\s*)?" + ZH_VERB + "\\s*(?:了|的|出来的|出的)?|" + EN_VERB + "(?:\\s+(?:the|its|a|an))?)?\\s*");

    private static final Pattern MADE = Pattern.compile(ZH_VERB + "|" + EN_VERB, Pattern.CASE_INSENSITIVE);

    /** Before an organisation that is the origin of the subject: "是", "由", "出自", "developed by", "comes from". */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "(?:(?<zh>是|由|出自于?|来自于?|源自于?|源于|属于|隶属于?|归属于?)(?:\\s*"
                    + ZH_ADVERB + ")?(?:\\s*由)?|(?<en>" + EN_VERB
                    + "\\s+(?:(?:originally|first|jointly|mainly|primarily|initially)\\s+)?by|(?:is|was|are|were|comes?|came"
                    + "|originated|originates)\\s+(?:originally\\s+)?from))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFTER_IS = Pattern.compile("^\\s*" + UNIT + "\\s*(?:(?:" + ZH_ADVERB + "\\s*)?"
            + ZH_VERB + "|的\\s*(?:$|" + CLAUSE_PUNCT + "|" + GENERIC_TAIL + "))");

    private static final Pattern AFTER_BY =
            Pattern.compile("^\\s*" + UNIT + "\\s*(?:" + ZH_ADVERB + "\\s*)?(?:联合|牵头|主导)?\\s*" + ZH_VERB);

    private static final Pattern AFTER_FROM = Pattern.compile("^\\s*(?:$|" + CLAUSE_PUNCT + "|家|团队|公司|实验室|的?\\s*(?:$|"
            + CLAUSE_PUNCT + "|" + GENERIC_TAIL + ")|(?:" + ZH_ADVERB + "\\s*)?" + ZH_VERB + ")");

    /** A clause that is only "Meta 开源的训练库", the apposition of a name standing alone before it. */
    private static final Pattern APPOSITION =
            Pattern.compile("^\\s*(?:" + ZH_ADVERB + "\\s*)?(?:" + ZH_VERB + "\\s*)?的\\s*" + GENERIC_TAIL);

    /**
     * What may stand between a name and its subject frame: "LLaMA 2 是", "DeepSpeed 这个库是", "LLaMA was first"; not
     * another subject ("vLLM 接口是 OpenAI 的", "LLaMA 的数据来自…").
     */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:\\s|\\d+(?:\\.\\d+)?[bmk]?|这个|这一|那个|系列|家族|大模型|模型|训练框架"
                    + "|推理框架|框架|引擎|库|项目|工具|本身|最早|最初|一开始|其实|也|都|就|当初|原本|本来|早期|主要|首先|最先|原来"
                    + "|\\b(?:is|was|are|were|has|have|been|originally|first|initially|also|actually|in\\s+\\d{4}|models?|series|family"
                    + "|framework|library)\\b)*",
            Pattern.CASE_INSENSITIVE);

    /** What a clause holding a frame may open with, and still go on with its sentence's name. */
    private static final Pattern CARRY_FILLER = Pattern.compile(
            "(?:它|这个|这|那个|其|该|也|就|最早|最初|其实|本身|主要|而且|并且|同时|当初|原本|本来|最先|早期|\\d{4}\\s*年|\\b(?:and|it|which|that|is|was"
                    + "|originally|first)\\b|\\s)*",
            Pattern.CASE_INSENSITIVE);

    /** What may open a clause before the subject of its sentence: "其中 vLLM", "像 LLaMA", "最常用的是 DeepSpeed". */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "\\s*(?:[-*•·]|\\d+[.、)）]|(?:像|比如|例如|其中|另外|而|其实|首先|然后|还有|至于|关于|说到|the)\\s*)?\\s*"
                    + "|[^，,。；;]*(?:就是|是|叫|即)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TRAILING_ADVERB = Pattern.compile("(?:也|就|最早|最初|其实|本身|主要|当初|原本|本来|最先|早期)+$");

    /** A sentence that hedges, asks, reports a belief or states a condition credits nothing. */
    private static final Pattern NOT_ASSERTED = Pattern.compile(
            "[?？]|吗|是不是|是否|好像|似乎|可能|也许|或许|大概|估计|应该|记不清|记不太清|不太记得|记得不|忘了"
                    + "|不确定|不太确定|印象中|印象里|没记错|我猜|猜|以为|误认为|误以为|据说|听说|传言|谣言|误区|误解|有人说|有人认为|如果|假如|要是|假设"
                    + "|\\b(?:maybe|perhaps|probably|might|may|think|guess|believe|sure|recall|iirc|if|unless|whether)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATION =
            Pattern.compile("不|没|未|非(?!常)|无|\\b(?:not|never|no)\\b|n't", Pattern.CASE_INSENSITIVE);

    private static final Pattern RESPECTIVELY = Pattern.compile("分别|各自|\\brespectively\\b", Pattern.CASE_INSENSITIVE);

    /** A name of a team is part of its organisation ("NVIDIA ADLR 团队"), not a thing it made. */
    private static final Pattern TEAM =
            Pattern.compile("\\s*(?:团队|实验室|研究院|课题组|\\b(?:team|lab)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*");

    private static final Pattern VERSION = Pattern.compile("[-_.]?v?\\d+(?:\\.\\d+)*[a-z]?$");

    private static final Pattern CHINESE_NAME = Pattern.compile("[\\u4e00-\\u9fff]{2,8}");

    /** Words of a Chinese subject that make it no name: "这个框架", "该方法", "我们". */
    private static final Pattern NOT_A_NAME = Pattern.compile("[这那它其该此我你他她们的是在和与]");

    private static final Set<String> NOT_NAMES =
            Set.of(("it its the a an this that these those they we i he she is was ai api"
                            + " apis gpu gpus cpu tpu tpus llm llms model models team lab paper open source framework library and or"
                            + " by from in on of for with also but which who research company inc ok yes so")
                    .split(" "));

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]|\\.(?=\\s|$)");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]|\\.(?=\\s|$)");

    private final Organisations organisations;

    AttributionCheck() {
        this(Organisations.bundled());
    }

    AttributionCheck(Organisations organisations) {
        this.organisations = organisations;
    }

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index whose thing the answer credits to another organisation, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer) {
        List<List<Credit>> pointCredits = new ArrayList<>();
        Set<String> chineseNames = new LinkedHashSet<>();
        for (String point : points) {
            List<Credit> credits = credits(point, Set.of(), true);
            pointCredits.add(credits);
            credits.stream()
                    .map(Credit::key)
                    .filter(key -> key != null && !key.isEmpty() && !isAscii(key.charAt(0)))
                    .forEach(chineseNames::add);
        }
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        if (pointCredits.stream().allMatch(List::isEmpty)) {
            return claims;
        }
        List<Credit> answerCredits = credits(answer, chineseNames, false);
        for (int i = 0; i < points.size(); i++) {
            ContradictingClause claim = claim(i, pointCredits, answerCredits);
            if (claim != null) {
                claims.put(i, claim);
            }
        }
        return claims;
    }

    private static @Nullable ContradictingClause claim(
            int index, List<List<Credit>> pointCredits, List<Credit> answerCredits) {
        List<Credit> own = pointCredits.get(index);
        Set<Integer> named = new HashSet<>();
        own.forEach(credit -> named.add(credit.family()));
        for (Credit credit : own) {
            if (credit.key() == null || credit.key().isEmpty() || !credit.asserted()) {
                continue;
            }
            String key = credit.key();
            Set<Integer> origins = new HashSet<>(named);
            // Another point may credit the same thing to a partner: neither organisation is then a wrong one.
            pointCredits.stream()
                    .flatMap(List::stream)
                    .filter(other -> key.equals(other.key()))
                    .forEach(other -> origins.add(other.family()));
            // An organisation of the point named anywhere and bound to no other name may be what the answer credits.
            boolean acknowledged = answerCredits.stream()
                    .anyMatch(
                            said -> origins.contains(said.family()) && (said.key() == null || key.equals(said.key())));
            if (acknowledged) {
                continue;
            }
            for (Credit said : answerCredits) {
                if (said.asserted() && key.equals(said.key()) && !origins.contains(said.family())) {
                    return new ContradictingClause(
                            said.start(),
                            said.end(),
                            "参考答案说「" + credit.name() + "」出自「" + credit.organisation() + "」，回答说成了「" + said.organisation()
                                    + "」");
                }
            }
        }
        return null;
    }

    /**
     * Every organisation the text names, with the name it is credited with (none when it stands in no attribution
     * frame) and whether the text asserts that credit.
     *
     * @param key the name's key (lower case, without its version: "llama" of "LLaMA-2"), null when unbound, empty
     *     when bound to hardware ("NVIDIA 的 GPU")
     * @param start where the evidence starts in the text (the clause, or the clause of the name it goes on with)
     */
    private record Credit(
            @Nullable String key, String name, int family, String organisation, boolean asserted, int start, int end) {}

    /** A name in a clause: offsets into the clause's normalized text. */
    private record Name(String key, String surface, int start, int end) {}

    private List<Credit> credits(String source, Set<String> chineseNames, boolean point) {
        List<Credit> credits = new ArrayList<>();
        for (AnswerSentence sentence : AnswerSentence.split(
                source, CLAUSE_END, SENTENCE_END, text -> Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            String sentenceText = sentence.text();
            boolean sentenceAsserted = !NOT_ASSERTED.matcher(sentenceText).find();
            List<List<Name>> names = new ArrayList<>();
            List<List<Organisations.Mention>> mentions = new ArrayList<>();
            for (AnswerSentence.Part clause : sentence.clauses()) {
                List<Organisations.Mention> found = organisations.in(clause.text());
                List<Name> clauseNames = names(clause.text(), found, chineseNames);
                // An organisation inside a name is the name's ("通义" of "通义千问").
                mentions.add(found.stream()
                        .filter(m -> clauseNames.stream().noneMatch(n -> n.start() < m.end() && m.start() < n.end()))
                        .toList());
                names.add(clauseNames);
            }
            for (int c = 0; c < sentence.clauses().size(); c++) {
                AnswerSentence.Part clause = sentence.clauses().get(c);
                List<Name> clauseNames = names.get(c);
                Set<Integer> clauseFamilies = new HashSet<>();
                mentions.get(c).forEach(m -> clauseFamilies.add(m.family()));
                for (Organisations.Mention mention : mentions.get(c)) {
                    Credit credit = credit(
                            clause, c, mention, clauseNames, clauseFamilies, sentence, names, point, sentenceAsserted);
                    credits.add(credit);
                }
            }
        }
        return credits;
    }

    private static Credit credit(
            AnswerSentence.Part clause,
            int index,
            Organisations.Mention mention,
            List<Name> clauseNames,
            Set<Integer> clauseFamilies,
            AnswerSentence sentence,
            List<List<Name>> names,
            boolean point,
            boolean sentenceAsserted) {
        String text = clause.text();
        boolean negated = NEGATION.matcher(text.substring(0, mention.start())).find();
        boolean asserted = sentenceAsserted && !negated;
        String before = text.substring(0, mention.start());
        String after = text.substring(mention.end());
        Matcher frame = SUBJECT_BEFORE.matcher(before);
        boolean subjectFrame = frame.find() && fits(frame, after);
        // Before the name: "Meta 的 LLaMA", "Meta 开源了 LLaMA", "Google T5".
        for (Name name : clauseNames) {
            if (name.start() >= mention.end()) {
                String link = text.substring(mention.end(), name.start());
                // "Mixtral 是 Mistral AI 发布的 MoE 模型": the name after only says what the subject is.
                boolean describesSubject = subjectFrame
                        && DESCRIPTOR_END.matcher(text.substring(name.end())).matches();
                if (POSSESSIVE_LINK.matcher(link).matches() && !describesSubject) {
                    // An answer's "Hugging Face 的 LLaMA" may say where it is hosted: only a verb of making claims.
                    boolean made = point || MADE.matcher(link).find();
                    return bound(name.key(), name.surface(), mention, asserted && made, clause.start(), clause.end());
                }
                break;
            }
        }
        if (HARDWARE.matcher(after).find()) {
            return bound("", "", mention, asserted, clause.start(), clause.end());
        }
        if (subjectFrame) {
            List<Name> ahead = clauseNames.stream()
                    .filter(name -> name.end() <= frame.start())
                    .toList();
            Set<String> keys = new HashSet<>();
            clauseNames.forEach(name -> keys.add(name.key()));
            boolean list = keys.size() >= 2 && clauseFamilies.size() >= 2
                    || RESPECTIVELY.matcher(text).find();
            if (!ahead.isEmpty()) {
                Name name = ahead.get(ahead.size() - 1);
                // The name is what the clause is about: not "部署 LLaMA 是微软做的".
                if (linksToFrame(text.substring(name.end(), frame.start()))
                        && SUBJECT_LEAD.matcher(text.substring(0, name.start())).matches()) {
                    return bound(name.key(), name.surface(), mention, asserted && !list, clause.start(), clause.end());
                }
            } else if (CARRY_FILLER.matcher(text.substring(0, frame.start())).matches()) {
                Name carried = carried(names, index);
                int from = carried == null ? index : clauseOf(names, index, carried);
                // Only the subject of the sentence goes on: not "我们用 vLLM 部署的模型，是阿里开源的".
                if (carried != null
                        && SUBJECT_LEAD
                                .matcher(sentence.clauses().get(from).text().substring(0, carried.start()))
                                .matches()) {
                    return bound(
                            carried.key(),
                            carried.surface(),
                            mention,
                            asserted && !list,
                            sentence.clauses().get(from).start(),
                            clause.end());
                }
            }
            if (point && ahead.isEmpty() && frame.group("zh") != null) {
                String subject = chineseSubject(text.substring(0, frame.start()));
                if (subject != null) {
                    return bound(subject, subject, mention, asserted, clause.start(), clause.end());
                }
            }
        } else if (before.isBlank() && index > 0 && APPOSITION.matcher(after).matches()) {
            // "DeepSpeed：微软开源的训练库": the clause before is the name alone.
            List<Name> previous = names.get(index - 1);
            String previousText = sentence.clauses().get(index - 1).text();
            if (previous.size() == 1 && standsAlone(previousText, previous.get(0))) {
                Name name = previous.get(0);
                return bound(
                        name.key(),
                        name.surface(),
                        mention,
                        asserted,
                        sentence.clauses().get(index - 1).start(),
                        clause.end());
            }
        }
        return new Credit(null, "", mention.family(), mention.surface(), asserted, clause.start(), clause.end());
    }

    private static Credit bound(
            String key, String name, Organisations.Mention mention, boolean asserted, int start, int end) {
        return new Credit(key, name, mention.family(), mention.surface(), asserted, start, end);
    }

    /** The frame before the organisation is closed by what follows it: "是 Meta 的", "由 Meta 发布", "出自 Meta". */
    private static boolean fits(Matcher frame, String after) {
        String zh = frame.group("zh");
        if (zh == null) {
            return true;
        }
        if (zh.equals("是")) {
            return AFTER_IS.matcher(after).find();
        }
        if (zh.equals("由")) {
            return AFTER_BY.matcher(after).find();
        }
        return AFTER_FROM.matcher(after).find();
    }

    private static boolean linksToFrame(String between) {
        return BETWEEN.matcher(between).matches();
    }

    /** The one name the sentence has named before this clause, if it named exactly one. */
    private static @Nullable Name carried(List<List<Name>> names, int index) {
        Name carried = null;
        for (int c = 0; c < index; c++) {
            for (Name name : names.get(c)) {
                if (carried != null && !carried.key().equals(name.key())) {
                    return null;
                }
                carried = name;
            }
        }
        return carried;
    }

    private static int clauseOf(List<List<Name>> names, int index, Name carried) {
        for (int c = 0; c < index; c++) {
            if (names.get(c).stream().anyMatch(name -> name.key().equals(carried.key()))) {
                return c;
            }
        }
        return index;
    }

    private static boolean standsAlone(String clause, Name name) {
        String rest = (clause.substring(0, name.start()) + clause.substring(name.end())).replaceAll("[\\s：:，,]", "");
        return rest.isEmpty();
    }

    /** The Chinese subject of a point's frame ("文心一言" of "文心一言是百度发布的"), after a label, if it is a name. */
    private static @Nullable String chineseSubject(String beforeFrame) {
        String subject = TRAILING_ADVERB.matcher(beforeFrame.strip()).replaceAll("");
        if (!CHINESE_NAME.matcher(subject).matches()
                || NOT_A_NAME.matcher(subject).find()) {
            return null;
        }
        return subject;
    }

    /** The names of a clause: English names (not organisations, not common words) and the points' Chinese names. */
    private static List<Name> names(String text, List<Organisations.Mention> mentions, Set<String> chineseNames) {
        List<Name> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String word = matcher.group();
            if (mentions.stream().anyMatch(m -> m.start() < end && start < m.end())
                    || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                    || !isNameLike(text, word, start, end)
                    || TEAM.matcher(text.substring(end)).lookingAt()) {
                continue;
            }
            Name last = names.isEmpty() ? null : names.get(names.size() - 1);
            if (last != null && text.substring(last.end(), start).isBlank()) {
                // "Stable Diffusion" is one name: its last word alone names other things ("Diffusion Model").
                String surface = text.substring(last.start(), end);
                names.set(names.size() - 1, new Name(key(surface.replaceAll("\\s+", " ")), surface, last.start(), end));
            } else {
                names.add(new Name(key(word), word, start, end));
            }
        }
        for (String chinese : chineseNames) {
            for (int at = text.indexOf(chinese); at >= 0; at = text.indexOf(chinese, at + chinese.length())) {
                names.add(new Name(chinese, chinese, at, at + chinese.length()));
            }
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return names;
    }

    /**
     * A word written as a name ("LLaMA", "Gemini", "vLLM", "gpt-4"), or a lower-case word standing alone among Chinese
     * ("用 deepspeed 训练"); not a word of an English sentence ("was released by").
     */
    private static boolean isNameLike(String text, String word, int start, int end) {
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.matches(".*[0-9\\-_.+].*")) {
            return true;
        }
        return !asciiLetterNear(text, start - 1, -1) && !asciiLetterNear(text, end, 1);
    }

    private static boolean asciiLetterNear(String text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c < 128 && Character.isLetter(c);
            }
        }
        return false;
    }

    /** "llama" of "LLaMA-2", "gpt" of "GPT-3.5": versions of a name are one thing; "t5" stays "t5". */
    static String key(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        while (true) {
            Matcher version = VERSION.matcher(key);
            if (!version.find() || version.start() == 0) {
                return key;
            }
            String base = key.substring(0, version.start());
            if (base.chars().filter(Character::isLetter).count() < 3) {
                return key;
            }
            key = base;
        }
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }
}
