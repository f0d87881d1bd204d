package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void unescapesHtmlEntitiesAndTurnsNbspIntoSpaces() {
        assertThat(normalizer.clean("Keil MDK&#xff0c;安装&amp;配置&#128218;")).isEqualTo("Keil MDK，安装&配置📚");
        assertThat(normalizer.clean("\u00A0\u00A0\u00A0- 数据增强:增加多样性\u00A0 \t")).isEqualTo("   - 数据增强:增加多样性");
    }

    @Test
    void removesStraySpacesBetweenChineseCharactersOnly() {
        assertThat(normalizer.clean("模型的输 出更灵 活")).isEqualTo("模型的输出更灵活");
        assertThat(normalizer.clean("使用 GPT 模型")).isEqualTo("使用 GPT 模型");
    }

    @Test
    void turnsMachineTranslatedAndBackIntoHe() {
        assertThat(normalizer.clean("需要语言 and 知识")).isEqualTo("需要语言和知识");
        assertThat(normalizer.clean("Components and Chains")).isEqualTo("Components and Chains");
    }

    @Test
    void stripsBulbsBoldMarkersAndLinkNoise() {
        assertThat(normalizer.clean("5. 💡 **为什么SFT之后感觉LLM傻了？**")).isEqualTo("5. 为什么SFT之后感觉LLM傻了？");
        assertThat(normalizer.clean("💡 [https://python.langchain.com/docs/get_started]"))
                .isEmpty();
        assertThat(normalizer.clean("(https://python.langchain.com/docs/x)LangChain 是一个框架"))
                .isEqualTo("LangChain 是一个框架");
        assertThat(normalizer.clean("[\\(https://a.dev/x\\)](https://a.dev/x) Components are blocks"))
                .isEqualTo(" Components are blocks");
        assertThat(normalizer.clean("load the [models](#) first")).isEqualTo("load the models first");
    }

    @Test
    void dropsChatInterfaceChromeAndChatbotPreambles() {
        assertThat(normalizer.clean("Python复制")).isEmpty();
        assertThat(normalizer.clean("复制")).isEmpty();
        assertThat(normalizer.clean("在面试中，关于数据预处理，可以简洁回答如下：数据清洗")).isEqualTo("数据清洗");
        assertThat(normalizer.clean("可以复制这些常见的模式")).isEqualTo("可以复制这些常见的模式");
    }

    @Test
    void keepsFullWidthPunctuationInDisplayTextButFoldsItInTheComparisonKey() {
        assertThat(normalizer.clean("什么是 LoRA？")).isEqualTo("什么是 LoRA？");
        assertThat(TextNormalizer.comparisonKey("什么是 LoRA？")).isEqualTo(TextNormalizer.comparisonKey("什么是LoRA?"));
        assertThat(TextNormalizer.comparisonKey("Prefix LM （前缀）")).isEqualTo("prefixlm前缀");
    }
}
