package dev.mockinterview.grading.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTest {

    private final Glossary glossary = Glossary.bundled();
    private final TermExtractor extractor = new TermExtractor(glossary);

    @Test
    void synonymsBecomeTheirCanonicalFormLongestFirst() {
        assertThat(glossary.canonical("请外包团队做标注开销很大")).isEqualTo("请外包团队做标注成本很大");
        assertThat(glossary.canonical("时间成本太高")).isEqualTo("耗时太高");
        assertThat(glossary.canonical("这段话没有同义词")).isEqualTo("这段话没有同义词");
    }

    @Test
    void spokenAndBookishWordingShareTheirBigrams() {
        Terms spoken = extractor.terms("它经常胡编一些根本查不到的论文");
        Terms bookish = extractor.terms("模型输出虚构的引用");

        assertThat(bookish.bigramShareIn(spoken)).isPositive();
    }

    @Test
    void parameterNamesMatchTheirChineseName() {
        Terms spoken = extractor.terms("再把 max_new_tokens 设小一点");
        Terms point = extractor.terms("限制最大生成长度");

        assertThat(point.bigramShareIn(spoken)).isPositive();
    }

    @Test
    void underscoreAndHyphenWriteTheSameIdentifier() {
        assertThat(extractor.terms("我一般只调 top_p").identifiers()).contains("top-p");
        assertThat(extractor.terms("Top-p 按累积概率截断").identifiers()).contains("top-p");
    }

    @Test
    void aSynonymAddsNoWeightedConceptThePointWouldLackOtherwise() {
        assertThat(extractor.terms("训练开销大").concepts())
                .isEqualTo(extractor.terms("训练成本大").concepts());
    }

    @Test
    void conceptsAreNamedByAChineseFormAnywhereOrAnEnglishWordStart() {
        assertThat(glossary.conceptsIn("先做层归一化再进残差")).contains("normalization");
        assertThat(glossary.conceptsIn("we apply rmsnorm before each block")).contains("normalization");
        assertThat(glossary.conceptsIn("it normalizes the scores")).contains("normalization");
        assertThat(glossary.conceptsIn("the norm of the gradient")).contains("normalization");
        assertThat(glossary.conceptsIn("a normal distribution")).doesNotContain("normalization");
        assertThat(glossary.conceptsIn("这句话没有任何术语")).isEmpty();
    }
}
