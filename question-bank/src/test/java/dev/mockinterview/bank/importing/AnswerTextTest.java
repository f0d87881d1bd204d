package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private final AnswerText answers = new AnswerText(new TextNormalizer(), new NoiseCutter());

    @Test
    void splitsAListIntroFromTheConclusionGluedToIt() {
        SourceDocument document =
                new SourceDocument("a.md", List.of("要确定显存量，需要考虑以下几个因素：综上所述，显存取决于模型大小。", "1. 模型大小：参数越多显存越大。"));

        AnswerText.Text text = answers.read(document, List.of(new LineRange(1, 2)));

        assertThat(text.text()).isEqualTo("要确定显存量，需要考虑以下几个因素：\n综上所述，显存取决于模型大小。\n1. 模型大小：参数越多显存越大。");
    }

    @Test
    void joinsALineAPdfWrappedInMidSentenceButNotAListItemOrASubHeading() {
        SourceDocument document = new SourceDocument(
                "a.txt",
                List.of(
                        "prefix LM (前缀语言模型):在输入序列的开头添加一个可学习的任务相关的前缀,然后使用这个前缀",
                        "",
                        "和输入序列一起生成输出。",
                        "3.3.1 Unlikelihood Training and more words here",
                        "思路:在训练中加入对重复词的抑制;",
                        "• 下一个要点"));

        String text = answers.read(document, List.of(new LineRange(1, 6))).text();

        assertThat(text)
                .isEqualTo("prefix LM (前缀语言模型):在输入序列的开头添加一个可学习的任务相关的前缀,然后使用这个前缀和输入序列一起生成输出。\n"
                        + "3.3.1 Unlikelihood Training and more words here\n"
                        + "思路:在训练中加入对重复词的抑制;\n"
                        + "• 下一个要点");
    }

    @Test
    void dropsCodeFencesAndRemembersThem() {
        SourceDocument document =
                new SourceDocument("a.md", List.of("示例如下：", "```", "import langchain", "```", "以上是示例。"));

        AnswerText.Text text = answers.read(document, List.of(new LineRange(1, 5)));

        assertThat(text.hasCode()).isTrue();
        assertThat(text.text()).isEqualTo("示例如下：\n以上是示例。");
    }
}
