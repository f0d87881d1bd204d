package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.embedding.ContradictionCheck.before;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells when a clause denies what a key point asserts: it negates the point's verb ("并不能缓解"), says the point's
 * thing is not needed, switched off or impossible ("不需要任何微调", "关掉 KV Cache", "不能调用工具"), that it does not
 * matter or is obsolete ("跟模型规模没有关系", "人工评估已经被淘汰"), that the downside the point names does not exist
 * ("不会有任何副作用" against "学习率过高训练不稳定"), or asserts what the point denies ("都要重新训练" against "不需要重新训练").
 * The denied thing must be the point's own content, not a word every point of the rubric shares; a point that itself
 * denies it ("绕过奖励模型", "与 batch 大小无关") agrees; conditions ("如果没有残差") and contrasts ("而不是") assert nothing.
 * Texts are normalized (NFKC, lower case). Thread-safe.
 */
final class DenialCheck {

    /** Denials of what follows them, strong enough to deny it outright; a bare "不" or "没" negates other things too. */
    private static final Pattern DENIAL = Pattern.compile(
            "并不能|并不会|并不|并非|不能|无法|没法|没办法|不可以|不会|不随|完全不用|完全不|根本不|根本没有|不需要|不必|无需|用不着|不用|不使用"
                    + "|没有任何|不包含|不含|不支持|不具备|不涉及|关掉|关闭|禁用|去掉|移除|删掉|舍弃|抛弃"
                    + "|cannot|can't|does not|doesn't|do not|don't|no need|without any|disable|disables|remove|removes");

    /** Denials that switch a thing off: "推理时关掉 dropout" scopes the thing to a phase and denies nothing. */
    private static final Pattern SWITCH_OFF = Pattern.compile("关掉|关闭|禁用|去掉|移除|删掉|舍弃|抛弃|disable|remove");

    /** "同时" (meanwhile) is no phase. */
    private static final Pattern PHASE = Pattern.compile("(?<!同)时|阶段|之后|以后|之前|when|during|after|at ");

    /** Words between a denial and what it denies: "不需要任何微调" denies 微调. */
    private static final Pattern FILLER =
            Pattern.compile("^\\s*(?:任何|什么|再做|再去|再|去|做|进行|额外|了|掉|用|使用|考虑|到|引入|依赖|(?:the|any|an?)\\b)?\\s*");

    /** A modal between a negation and its verb: "不能缓解" negates "缓解". */
    private static final String MODALS = "太会能是要用再可很被都";

    /** "跟 X 没有关系", "与 X 无关": the thing between the preposition and the denial does not matter. */
    private static final Pattern UNRELATED = Pattern.compile(
            "(?:跟|和|与|同)([^,，;；。]{2,16}?)(?:(?:都|也|其实|完全|根本|并|基本)?(?:没有?|毫无|并无|没啥)(?:什么|任何|太大|多大|直接)?(?:关系|关联|影响)|无关)");

    /**
     * "X 是多余的", "X 不重要", "X 已经被淘汰", "X 是不支持的": the thing before it is needless, obsolete or impossible.
     * Only at the end of its clause: "没必要上大模型" has its object after it and prefers something else in a case.
     */
    private static final Pattern NEEDLESS = Pattern.compile(
            "(?:(?:是|都是|完全是|根本是|其实是)?(?:完全|根本|其实)?(?:多余|没必要|不必要|不重要|没有用|没用|无用|可有可无|没有意义|没意义|不起作用|没有作用|没作用|没(?:什么|啥|多大)(?:用|作用|效果|意义)|用处不大|作用不大)"
                    + "|(?:已经|早就|早已)?(?:被[^,，;；。]{0,4}?)?(?:完全|彻底|早就|早已|全面)(?:被)?[^,，;；。]{0,2}?(?:淘汰|弃用|废弃)"
                    // A bare "一般不用" at the end is a habit ("成本太高，一般不用"), not a denial: absolute or "任何处理" only.
                    + "|(?:完全|根本)(?:不需要|不用|无需)(?:任何|什么|做|进行|额外的?|特别的?|特殊的?)*(?:处理|操作|改动|修改|调整|改)?"
                    + "|(?:不需要|不用|无需)(?:任何|什么)(?:做|进行|额外的?|特别的?|特殊的?)*(?:处理|操作|改动|修改|调整|改)?"
                    + "|(?:不需要|无需)(?:做|进行|额外的?|特别的?|特殊的?)*(?:处理|操作|改动|修改|调整)"
                    // The thing said first and denied after: "开源模型是不支持的", "第三方的镜像拉不了". Not the idioms
                    // in which "不了" affirms (少不了, 免不了, 离不了) or says something else (大不了, 受不了, 错不了).
                    + "|(?:是|都是|也是|其实是|根本|完全|都|也|就)?(?:不支持|支持不了|不能用|不可用|用不了|做不到|实现不了|办不到|行不通)"
                    + "|[\\u4e00-\\u9fff&&[^少免离大受错忘]]不了)"
                    + "(?=[的了啊]*[。；;！!]?$)");

    /** A denial of every downside: "不会有任何副作用", "完全不损失精度". */
    private static final Pattern NO_DOWNSIDE = Pattern.compile(
            "(?:没有|不会有|不存在|毫无|没)(?:任何|什么)?(?:副作用|坏处|缺点|代价|风险|弊端|损失)|(?:完全|根本|一点也|丝毫|一点都)不(?:会)?(?:损失|牺牲|降低|下降|影响)");

    /** Downsides a point may name; the whole-downside denial contradicts it. */
    // Not "问题": it is as often a question ("为文档生成问题") as a problem, and "没问题" is an idiom.
    private static final Pattern DOWNSIDE = Pattern.compile("副作用|坏处|缺点|代价|风险|弊端|损失|不稳定|发散|溢出|下溢|牺牲|噪声|开销|退化");

    /** "如果没有残差" describes what goes wrong without the thing; it does not deny the point. */
    private static final Pattern CONDITION = Pattern.compile("如果|若|假如|要是|否则|一旦|只要|without|if");

    /** Negations in a point; the point denies what follows them. */
    private static final Pattern NEGATION = Pattern.compile(
            "并不|并非|不是|不能|不会|不需要|无法|没有|没|未|不(?![同仅断少错管过久足止一])|\\b(not|never|cannot|can't|doesn't|don't|isn't|won't|no longer)\\b");

    /**
     * Verbs that already negate what follows them in a point: "避免重复计算" is not denied by "不用重复计算", nor "禁止重复出现的
     * n-gram" by "不会出现重复的三元组". A prohibition negates too: "TP 别超过单机卡数" says "不超过单机"; 别 only where it is
     * not part of a word (区别, 特别, 别的).
     */
    private static final Pattern NEGATIVE_VERB = Pattern.compile(
            "避免|防止|预防|禁止|阻止|杜绝|抑制|屏蔽|规避|减少|缓解|无需|省去|省掉|免去|绕过|跳过|摆脱|去掉|去除|消除|移除|删除|降低|替代|取代|代替|不|没|无|切勿|切忌|勿|"
                    + "(?<![区分特类级个识差性告辨鉴判派甄告])别(?![的人处])");

    /** Verbs that remove or keep out what follows them: a negation after one is part of what is removed. */
    private static final Pattern REMOVES =
            Pattern.compile("(?:排除|过滤|去掉|去除|剔除|清除|删除|删掉|避免|防止|杜绝|识别|筛掉|拦截)(?:掉|出)?(?:那些|这些|其中的?)?$");

    /** A point's word in an exception or a condition ("除了 LangChain 内置的…", "如果发现…效果不佳") is not asserted. */
    private static final Pattern EXCEPTED = Pattern.compile("除了|除去|如果|假如|要是|若");

    /** A denied need, which negates everything after it in its clause. */
    private static final Pattern NEEDLESS_VERB = Pattern.compile("无需|不需要|不必|不用|没必要|用不着");

    /** A negation of what follows, which a second denial turns back: "不是完全不会". */
    private static final Pattern DOUBLE_NEGATION = Pattern.compile("不是|并非|并不是|不一定|未必");

    /** Words joining a list, over which a negating verb reaches: "绕过奖励模型和强化学习" bypasses both. */
    private static final Pattern COORDINATION = Pattern.compile("和|与|及|或|、");

    /**
     * A verb that breaks or discards what a 把-phrase names: "把一个完整的意思切碎" says the meaning ends up incomplete, so
     * 完整 inside it asserts nothing.
     */
    private static final Pattern BREAKS = Pattern.compile("切碎|切散|打碎|打断|打散|切断|割裂|拆散|破坏|打乱|弄丢|丢掉|丢失|毁掉");

    /** A point that itself says the thing does not matter or is needless agrees with a clause saying so. */
    private static final Pattern POINT_DISMISSES = Pattern.compile("无关|没有关系|没关系|多余|没必要|不必要|不重要|淘汰|弃用|废弃");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，]");

    /** Where a piece of a clause ends: at a comma or a sentence's end. */
    private static final String BREAK_CHARS = "，,。；;！？!?";

    /** An absolute denial ("完全不会过拟合") overclaims against a point that only lessens the thing ("减少过拟合风险"). */
    private static final Pattern ABSOLUTE = Pattern.compile("完全|根本|绝对|任何|丝毫|从来");

    private static final Pattern LESSENS = Pattern.compile("(减少|降低|减小|缓解|减轻)$");

    /** The clause after a denial names what replaces the thing: "不用贪心，而是调高 temperature", "不用 PPO，直接换成 DPO". */
    private static final Pattern REPLACED_BY =
            Pattern.compile("[\\s，,、]*(?:而是|反而是|(?:直接|可以|就)?(?:换成|换用|改用|改成|替换成|切换到))");

    /** "用 A 就够了": what follows is a preference for A in that case, not a denial of what the point says. */
    private static final Pattern SUFFICES = Pattern.compile("就够了|就够|足够了");

    /**
     * What affirms the object of each negation of a point; empty for a bare negated verb, which the verb itself affirms.
     * English negations are left out: their objects are too loose to bind.
     */
    private static final Map<String, Pattern> AFFIRMATIVES = Map.of(
            "不需要", Pattern.compile("需要|要|离不开|依赖|得"),
            "没有", Pattern.compile("有"),
            "没", Pattern.compile("有"),
            "不是", Pattern.compile("是|属于"),
            "并不", Pattern.compile(""),
            "不能", Pattern.compile("能|可以"),
            "无法", Pattern.compile("能|可以"),
            "不会", Pattern.compile("会"),
            "不", Pattern.compile(""));

    /** "没有", "不能", "做不到" right after a word: the point says the thing lacks or cannot. */
    private static final Pattern LACKS = Pattern.compile("[都也就还]?(?:没有|没|不能|不会|无法|做不到|不具备|不支持)");

    /** A case never met before, as the subject of what follows: "没见过的位置", "未出现过的词". */
    private static final Pattern UNSEEN_CASE = Pattern.compile("(?:没|未|从没|从未)[\\u4e00-\\u9fff]{1,3}过的");

    /** A case a statement is limited to: "…的时候", "在小数据场景下", "对小模型来说". */
    private static final Pattern QUALIFIER = Pattern.compile("时候|时[，,]|情况下|场景下|场景里|前提下|条件下|来说|而言");

    /** A clause that goes on from the one before it, with no subject of its own. */
    private static final Pattern CONTINUES = Pattern.compile("\\s*(?:所以|因此|因而|从而|于是|并且|而且|也就|就|也|还)");

    /** Characters that link a word to the next: "作用于 v", "参数的更新". */
    private static final Pattern LINK = Pattern.compile("^[\\s的于了和与及在]*");

    /**
     * Why the clause denies the point, if it does.
     *
     * @param sentence the clause's sentence, to tell whether a short clause ("不会有任何副作用") is about the point
     * @param everyPoint words every point of the rubric holds: the question's subject, which no denial binds to a point
     */
    Optional<String> denial(String point, String clause, String sentence, Set<String> everyPoint) {
        return denialOfThing(point, clause, sentence, everyPoint)
                .or(() -> assertedAgainst(point, clause))
                .or(() -> assertsNegatedObject(point, clause, sentence));
    }

    /**
     * Why the clause denies the point's own thing (not needed, switched off, unrelated, obsolete, no downside), if it
     * does; unlike {@link #denial}, it does not look for the clause asserting what the point negates, which needs the
     * clause to be the point's evidence.
     */
    Optional<String> denialOfThing(String point, String clause, String sentence, Set<String> everyPoint) {
        int clauseAt = Math.max(0, sentence.indexOf(clause));
        if (clause.contains("而是")
                || clause.contains("instead")
                || REPLACED_BY
                        .matcher(sentence.substring(Math.min(sentence.length(), clauseAt + clause.length())))
                        .lookingAt()
                || SUFFICES.matcher(sentence.substring(0, clauseAt)).find()) {
            // "不是靠 X，而是 Y" contrasts; "不用 X，换成 Y" chooses Y over X and says nothing of what X does; "用 A 就够了，
            // 没必要上 X" prefers A in one case (while "不需要 X，直接 A 就行" denies X); none denies the point.
            return Optional.empty();
        }
        return deniedVerb(point, clause, everyPoint)
                .or(() -> dismissed(point, clause, sentence, everyPoint))
                .or(() -> noDownside(point, clause, sentence));
    }

    /** "并不能缓解梯度消失", "不需要任何微调", "关掉 KV Cache": a denial right before a word the point asserts. */
    private static Optional<String> deniedVerb(String point, String clause, Set<String> everyPoint) {
        Matcher negation = DENIAL.matcher(clause);
        while (negation.find()) {
            String before = before(clause, negation.start(), 4);
            if (CONDITION.matcher(before).find()
                    || before.endsWith("而")
                    || DOUBLE_NEGATION.matcher(before).find()) {
                // "不是完全不会过拟合" says it can still overfit: it agrees with a point that only lessens it.
                continue;
            }
            if (SWITCH_OFF.matcher(negation.group()).matches()
                    && (PHASE.matcher(clause.substring(0, negation.start())).find()
                            || point.contains(negation.group()))) {
                // "推理时关掉 dropout" scopes the thing to a phase; "去掉底层 adapter 影响很小" in the point makes removing
                // the point's own subject, so the answer's "去掉影响很小" says it again.
                continue;
            }
            if (asksWhether(clause, negation.start())) {
                // "看能不能外推" asks whether it can; it denies nothing.
                continue;
            }
            if (UNSEEN_CASE.matcher(clause.substring(0, negation.start())).find()) {
                // "训练时没见过的位置根本没有向量" is about the unseen case only, not the point's thing in general.
                continue;
            }
            int at = objectStart(clause, negation.end());
            String denied = deniedWord(clause, at);
            if (denied != null
                    && !everyPoint.contains(denied)
                    && assertedEverywhere(point, denied)
                    && sameCompound(point, clause, at, denied)) {
                return Optional.of("否定了「" + clause.substring(negation.start(), at + denied.length()) + "」");
            }
            if (denied != null
                    && ABSOLUTE.matcher(clause.substring(Math.max(0, negation.start() - 2), at))
                            .find()
                    && lessenedOnly(point, denied)) {
                return Optional.of("说「" + clause.substring(negation.start(), at + denied.length()) + "」，要点只是减轻它");
            }
        }
        return Optional.empty();
    }

    /**
     * The denied bigram goes on in the clause as the point's word does: "不需要奖励模型" denies 奖励模型, not the 奖励 of a
     * point's "平均奖励作基线". A bigram the clause continues with another content character must be followed by that
     * character in the point, or be followed by another word of the point.
     */
    private static boolean sameCompound(String point, String clause, int at, String denied) {
        int next = at + denied.length();
        if (!ContradictionCheck.ENTITY.matcher(denied).matches()
                && next < clause.length()
                && TermExtractor.isCjk(clause.charAt(next))
                && ContradictionCheck.FUNCTION_CHARS.indexOf(clause.charAt(next)) < 0) {
            // A verb goes on with its object ("并不能缓解梯度消失"): the object is a word of the point too.
            return point.contains(denied + clause.charAt(next))
                    || next + 2 <= clause.length() && point.contains(clause.substring(next, next + 2));
        }
        return true;
    }

    /**
     * A negation between the same verb twice asks a question ("能不能", "会不会", "需不需要", "有没有"): the character before
     * the negation is the one after it.
     */
    static boolean asksWhether(String text, int negationAt) {
        if (negationAt == 0 || negationAt + 1 >= text.length()) {
            return false;
        }
        char negator = text.charAt(negationAt);
        if (negator != '不' && negator != '没') {
            return false;
        }
        return text.charAt(negationAt - 1) == text.charAt(negationAt + 1);
    }

    /** Where what a denial denies starts: past a modal ("不能缓解") and filler ("不需要任何微调"). */
    private static int objectStart(String text, int afterDenial) {
        int at = afterDenial;
        if (at < text.length() && MODALS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        Matcher filler = FILLER.matcher(text.substring(at));
        if (filler.find()) {
            at += filler.end();
        }
        return at;
    }

    /** The English word or the CJK bigram at {@code at}, or null. */
    private static @Nullable String deniedWord(String clause, int at) {
        Matcher english = ContradictionCheck.ENTITY.matcher(clause).region(at, clause.length());
        if (english.lookingAt()) {
            return english.group().length() >= 2 ? english.group() : null;
        }
        if (at + 2 > clause.length()) {
            return null;
        }
        String bigram = clause.substring(at, at + 2);
        return isCjkWord(bigram) ? bigram : null;
    }

    /** "跟模型规模没有关系", "人工评估已经被淘汰": the point's own thing said not to matter. */
    private static Optional<String> dismissed(String point, String clause, String sentence, Set<String> everyPoint) {
        if (POINT_DISMISSES.matcher(point).find()) {
            return Optional.empty();
        }
        Matcher unrelated = UNRELATED.matcher(clause);
        while (unrelated.find()) {
            if (notConditional(clause, unrelated.start()) && isPointThing(point, unrelated.group(1), everyPoint)) {
                return Optional.of("说「" + unrelated.group().strip() + "」");
            }
        }
        Matcher needless = NEEDLESS.matcher(clause);
        while (needless.find()) {
            String subject = clause.substring(0, needless.start());
            if (ContradictionCheck.contentWords(subject, Map.of()).isEmpty()) {
                // "人工评估太主观，已经被完全淘汰了": the clause before, in the same sentence, names what is dismissed.
                String[] before = CLAUSE_BREAK.split(sentence.substring(0, Math.max(0, sentence.indexOf(clause))));
                subject = before.length == 0 ? "" : before[before.length - 1];
            }
            if (notConditional(clause, needless.start())
                    && !qualified(clause.substring(0, needless.start()), sentence, clause)
                    && isPointThing(point, subject, everyPoint)
                    && !pointLacksToo(point, subject)) {
                return Optional.of("说「"
                        + clause.substring(Math.max(0, needless.start() - 8), needless.end())
                                .strip() + "」");
            }
        }
        return Optional.empty();
    }

    /**
     * The point says the dismissed thing lacks or cannot do it too ("小模型没有这种能力" against "小模型做不了"): the answer
     * agrees.
     */
    private static boolean pointLacksToo(String point, String subject) {
        for (String word : ContradictionCheck.contentWords(subject, Map.of())) {
            for (int at = point.indexOf(word); at >= 0; at = point.indexOf(word, at + 1)) {
                String after = point.substring(at + word.length(), Math.min(point.length(), at + word.length() + 3));
                if (LACKS.matcher(after).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "不会有任何副作用" against a point that names the downside. */
    private static Optional<String> noDownside(String point, String clause, String sentence) {
        Matcher none = NO_DOWNSIDE.matcher(clause);
        if (!none.find() || !notConditional(clause, none.start())) {
            return Optional.empty();
        }
        Matcher downside = DOWNSIDE.matcher(point);
        while (downside.find()) {
            if (!isNegatedAt(point, downside.start())) {
                Set<String> pointWords = ContradictionCheck.contentWords(point, Map.of());
                Set<String> sentenceWords = ContradictionCheck.contentWords(sentence, Map.of());
                pointWords.removeIf(word -> DOWNSIDE.matcher(word).find());
                sentenceWords.retainAll(pointWords);
                if (sentenceWords.size() >= 2) {
                    return Optional.of("说「" + none.group() + "」，要点是「" + downside.group() + "」");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "每次都要重新训练" against "不需要重新训练": the clause asserts what the point negates. */
    private static Optional<String> assertedAgainst(String point, String clause) {
        Matcher pointNegation = NEGATION.matcher(point);
        while (pointNegation.find()) {
            if (before(point, pointNegation.start(), 1).equals("而") || removedBefore(point, pointNegation.start())) {
                // "而不是每个位置的绝对编号" contrasts with something else; "排除不真实的内容" removes what is not so:
                // neither is a claim to deny.
                continue;
            }
            int at = pointNegation.end();
            if (at + 4 > point.length()) {
                continue;
            }
            String phrase = point.substring(at, at + 4);
            if (isCjkWord(phrase.substring(0, 2))
                    && isCjkWord(phrase.substring(2))
                    && assertedSomewhere(clause, phrase)
                    && sharesSubject(subjectBefore(point, pointNegation.start()), clause, phrase)) {
                return Optional.of("说的是「" + phrase + "」，要点是「" + pointNegation.group() + phrase + "」");
            }
        }
        return Optional.empty();
    }

    /**
     * The point says a thing is not so ("斜率每个头固定、不训练", "byte-level BPE 没有 UNK") and the clause, about the same
     * subject, says it is ("斜率是作为参数一起训练的", "也一样会有 UNK"). Rubrics write such negations exactly where
     * candidates go wrong. Held back when the point itself also asserts the word elsewhere ("只作用于 q 和 k，不作用于
     * v"), when the sentence negates it somewhere (a contrast), when the point's negated word goes on with another word
     * the clause lacks ("不需要训练 RM" is not denied by "直接用偏好数据训练"), and when the clause does not share a word of
     * what the point says before the negation.
     */
    private static Optional<String> assertsNegatedObject(String point, String clause, String sentence) {
        Matcher negation = NEGATION.matcher(point);
        while (negation.find()) {
            if (before(point, negation.start(), 1).equals("而") || removedBefore(point, negation.start())) {
                continue;
            }
            int at = negation.end();
            Matcher filler = FILLER.matcher(point.substring(at));
            if (filler.find()) {
                at += filler.end();
            }
            String object = deniedWord(point, at);
            if (object == null) {
                continue;
            }
            String rest = point.substring(0, negation.start()) + point.substring(at + object.length());
            int objectAt = indexOf(clause, object, 0);
            if (objectAt < 0
                    || !affirmed(negation.group(), clause, object)
                    || !notConditional(clause, objectAt)
                    || negatedIn(sentence, object)
                    || assertedSomewhere(rest, object)
                    || !followedAlike(point, at + object.length(), clause)
                    || !sharesSubject(subjectBefore(point, negation.start()), saidOf(clause, sentence), object)) {
                continue;
            }
            return Optional.of("说的是「" + object + "」，要点是「" + negation.group() + object + "」");
        }
        return Optional.empty();
    }

    /**
     * The clause affirms what the negation denied, by the affirmative of the negating word right before the object ("没有
     * UNK" against "会有 UNK", "不需要 RM" against "需要 RM"), or, for a bare "不" before a verb ("不训练"), by the verb
     * itself; and nothing in the clause before the object negates it ("去掉了减均值和偏置" affirms no 偏置).
     */
    private static boolean affirmed(String negation, String clause, String object) {
        Pattern affirmative = AFFIRMATIVES.get(negation);
        if (affirmative == null) {
            return false;
        }
        for (int at = indexOf(clause, object, 0); at >= 0; at = indexOf(clause, object, at + 1)) {
            String before = clause.substring(lastBreak(clause, at), at);
            if (NEGATION.matcher(before).find()
                    || NEGATIVE_VERB.matcher(before).find()
                    || before.endsWith("非")
                    || brokenByBa(before, clause, at + object.length())) {
                continue;
            }
            if (affirmative.pattern().isEmpty()
                    || affirmative.matcher(before(clause, at, 4)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The object is inside a 把-phrase whose verb breaks it ("把完整的意思切碎"), up to the clause's next break. */
    private static boolean brokenByBa(String before, String clause, int from) {
        if (before.indexOf('把') < 0) {
            return false;
        }
        return BREAKS.matcher(clause.substring(from, nextBreak(clause, from))).find();
    }

    /** "排除不真实的内容": the negation at {@code at} is inside the object of a verb that removes it. */
    private static boolean removedBefore(String point, int at) {
        return REMOVES.matcher(point.substring(lastBreak(point, at), at).strip())
                .find();
    }

    private static int lastBreak(String clause, int at) {
        int from = 0;
        for (int i = 0; i < at; i++) {
            if (BREAK_CHARS.indexOf(clause.charAt(i)) >= 0) {
                from = i + 1;
            }
        }
        return from;
    }

    /** Where the clause's piece starting at {@code from} ends: its next break, or the clause's end. */
    private static int nextBreak(String clause, int from) {
        int end = from;
        while (end < clause.length() && BREAK_CHARS.indexOf(clause.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The word the text negates somewhere ("不参与训练"), which makes an assertion of it elsewhere a contrast. */
    private static boolean negatedIn(String text, String word) {
        for (int at = indexOf(text, word, 0); at >= 0; at = indexOf(text, word, at + 1)) {
            if (isNegatedAt(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** The content word right after the point's negated word, if any, stands in the clause too. */
    private static boolean followedAlike(String point, int after, String clause) {
        Matcher filler = LINK.matcher(point.substring(after));
        int at = after + (filler.find() ? filler.end() : 0);
        String next = deniedWord(point, at);
        return next == null || indexOf(clause, next, 0) >= 0;
    }

    /**
     * What the point says before a negation within the same side of it: "Prompt Tuning 收敛慢；基座不变，不易遗忘" has "基座不变"
     * before "不易", not "Prompt Tuning", and a clause about full fine-tuning shares nothing with it.
     */
    private static String subjectBefore(String point, int negationAt) {
        String[] sides = ContradictionCheck.SUB_CLAIM.split(point.substring(0, negationAt), -1);
        return sides[sides.length - 1];
    }

    /**
     * What a clause is said of: the clause itself, or with the sentence before it when it only goes on from there
     * ("LayerNorm 在 batch 维度上统计，所以很依赖 batch 大小"); a clause with its own subject ("全量微调容易遗忘") stands
     * alone.
     */
    private static String saidOf(String clause, String sentence) {
        int at = sentence.indexOf(clause);
        if (at <= 0 || !CONTINUES.matcher(clause).lookingAt()) {
            return clause;
        }
        return sentence.substring(0, at + clause.length());
    }

    /** The clause shares a content word with what the point says before its negation (its subject). */
    private static boolean sharesSubject(String subject, String clause, String object) {
        Set<String> words = ContradictionCheck.contentWords(subject, Map.of());
        words.remove(object);
        Set<String> clauseWords = ContradictionCheck.contentWords(clause, Map.of());
        return words.stream().anyMatch(clauseWords::contains);
    }

    /**
     * The text names the point's own thing: at least two of its words the point asserts (an English name counts two),
     * none of them a word every point shares.
     */
    private static boolean isPointThing(String point, String text, Set<String> everyPoint) {
        Set<String> words = ContradictionCheck.contentWords(text, Map.of());
        words.removeAll(everyPoint);
        int weight = 0;
        for (String word : words) {
            if (assertedEverywhere(point, word)) {
                weight += ContradictionCheck.ENTITY.matcher(word).matches() ? 2 : 1;
            }
        }
        return weight >= 2;
    }

    /**
     * The dismissal holds only in a case the sentence names ("数据量很小的时候，继续预训练作用不大", "对小模型来说没什么用"): it
     * does not dismiss the thing itself.
     */
    private static boolean qualified(String beforeInClause, String sentence, String clause) {
        int at = Math.max(0, sentence.indexOf(clause));
        return QUALIFIER.matcher(sentence.substring(0, at) + beforeInClause).find();
    }

    private static boolean notConditional(String clause, int at) {
        return !CONDITION.matcher(clause.substring(0, at)).find();
    }

    /** Every time the point names the word, a verb right before it only lessens it: "减少过拟合风险". */
    private static boolean lessenedOnly(String point, String word) {
        int at = indexOf(point, word, 0);
        if (at < 0) {
            return false;
        }
        while (at >= 0) {
            if (!LESSENS.matcher(before(point, at, 4).strip()).find()) {
                return false;
            }
            at = indexOf(point, word, at + 1);
        }
        return true;
    }

    /**
     * Every occurrence of the word in the point is asserted, none under a negation or a negative verb, nor in an
     * exception or a condition.
     */
    private static boolean assertedEverywhere(String text, String word) {
        int at = indexOf(text, word, 0);
        if (at < 0) {
            return false;
        }
        while (at >= 0) {
            if (isNegatedAt(text, at)
                    || EXCEPTED.matcher(text.substring(lastBreak(text, at), at)).find()) {
                return false;
            }
            at = indexOf(text, word, at + 1);
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

    /** Where the word stands in the text; an English word only as a whole word ("lora" is not in "qlora"). */
    private static int indexOf(String text, String word, int from) {
        return ContradictionCheck.ENTITY.matcher(word).matches()
                ? ContradictionCheck.wholeWordAt(text, word, from)
                : text.indexOf(word, from);
    }

    private static boolean isNegatedAt(String text, int at) {
        String before = before(text, at, 6);
        if (NEGATION.matcher(before).find() || NEGATIVE_VERB.matcher(before).find()) {
            return true;
        }
        // The second item of a negated list: "绕过奖励模型和强化学习", up to the clause's start.
        String clause = text.substring(lastBreak(text, at), at);
        Matcher verb = NEGATIVE_VERB.matcher(clause);
        if (verb.find()
                && COORDINATION.matcher(clause.substring(verb.end())).find()
                && clause.length() - verb.end() <= 16) {
            return true;
        }
        // "无需过多关注类型声明": a denied need reaches over its whole verb phrase, to the end of the clause.
        return NEEDLESS_VERB.matcher(clause).find();
    }

    private static boolean isCjkWord(String bigram) {
        return bigram.length() == 2
                && TermExtractor.isCjk(bigram.charAt(0))
                && TermExtractor.isCjk(bigram.charAt(1))
                && ContradictionCheck.FUNCTION_CHARS.indexOf(bigram.charAt(0)) < 0;
    }

    /**
     * The words no denial in an answer binds to one point: those every point holds (the question's subject), and those
     * a point itself denies ("资料中没有答案时明确说无法回答"): an answer denying them ("没法回答") says that point, it
     * does not deny another that asserts the word ("根据资料回答用户问题").
     */
    static Set<String> unbound(List<String> points) {
        Set<String> unbound = new HashSet<>(sharedByEveryPoint(points));
        for (String point : points) {
            String normalized = TermExtractor.normalize(point);
            Matcher negation = DENIAL.matcher(normalized);
            while (negation.find()) {
                String denied = deniedWord(normalized, objectStart(normalized, negation.end()));
                if (denied != null) {
                    unbound.add(denied);
                }
            }
        }
        return unbound;
    }

    /** Words every one of at least two points holds: the question's subject. */
    static Set<String> sharedByEveryPoint(List<String> points) {
        if (points.size() < 2) {
            return Set.of();
        }
        Set<String> shared =
                new HashSet<>(ContradictionCheck.contentWords(TermExtractor.normalize(points.get(0)), Map.of()));
        for (String point : points.subList(1, points.size())) {
            shared.retainAll(ContradictionCheck.contentWords(TermExtractor.normalize(point), Map.of()));
        }
        return shared;
    }
}
