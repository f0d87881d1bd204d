package dev.mockinterview.grading.embedding;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An action a key point may restrict to a part or say of all: the slot an answer must speak of to widen or narrow it.
 *
 * @param verb the words that say the action
 * @param generic a common verb ("计算", "保存", "看到") that needs another shared word to be the same slot
 */
record ScopeAction(Pattern verb, boolean generic) {

    static final ScopeAction TRAIN = new ScopeAction(
            // "训练时" and "微调后" say when, not what is trained; "更新成" says what a thing becomes.
            Pattern.compile("(?<!预)训练(?!集|数据|样本|阶段|时|的时候|过程|中|期间|后|完|好)|更新(?!成|为|量|规则|公式|频率|步|后|完)"
                    + "|微调(?!时|的时候|过程|中|阶段|期间|后|完|好)"
                    + "|\\b(?:train|trains|trained|training|update|updates|updated|fine-?tun(?:e|es|ed|ing))\\b"),
            false);

    static final ScopeAction FREEZE =
            new ScopeAction(Pattern.compile("冻结|冻住|\\b(?:freeze|freezes|freezing|frozen)\\b"), false);

    /** Every action, in the order a clause is tried for them. */
    static final List<ScopeAction> ALL = List.of(
            TRAIN,
            FREEZE,
            new ScopeAction(Pattern.compile("作用于|作用在|作用到|施加|应用于|应用在|加在|加到|\\b(?:apply|applies|applied)\\b"), false),
            new ScopeAction(Pattern.compile("共享|共用|\\b(?:share|shares|shared|sharing)\\b"), false),
            new ScopeAction(
                    Pattern.compile("(?<![估预])计算|(?<![就打总运换盘清])算(?!法|子|力|术|是)|计入|\\b(?:comput|calculat)\\w*"), true),
            new ScopeAction(
                    Pattern.compile("保存|保留|存储|存下|缓存|\\b(?:keep|keeps|kept|store|stores|stored|retains?|retained)\\b"),
                    true),
            new ScopeAction(Pattern.compile("看到|看得到|看见|可见|关注|\\b(?:attends?|attended|see|sees)\\b"), true),
            new ScopeAction(Pattern.compile("返回|\\breturns?\\b"), true),
            new ScopeAction(Pattern.compile("量化|\\bquantiz\\w*"), false),
            new ScopeAction(Pattern.compile("采样|\\bsampl\\w*"), true),
            new ScopeAction(Pattern.compile("激活|经过|路由到|分配给|\\b(?:activat\\w*|rout(?:e|es|ed|ing))\\b"), true));

    /** Training leaves out what is frozen: "原模型冻结" says what LoRA does not train as well as "只训练 A 和 B" does. */
    boolean leftOutBy(String text) {
        return this == TRAIN && FREEZE.verb().matcher(text).find();
    }
}
