package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.lexical.Clause;
import dev.mockinterview.grading.lexical.ClauseSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SingleThreadBgeSmallZhModelTest {

    /** Answers as candidates speak them, Chinese, English and mixed, cut into spans as the grader cuts them. */
    private static final List<String> ANSWERS = List.of(
            "LoRA 的思路是冻结预训练权重，只在旁边加两个低秩矩阵去学增量，训练完可以把它们乘起来合并回原来的权重，所以推理没有额外延迟。" + "秩一般取 8 或者 16，显存能省下一大半。",
            "我理解 KV cache 就是把之前每一步算好的 key 和 value 存下来，生成下一个 token 的时候不用重复计算，"
                    + "代价是显存随着序列长度线性增长，长上下文的时候会成为瓶颈，所以有了 MQA、GQA 这些共享 key value 的做法。",
            "RLHF 大概三步：先做监督微调，然后用人类偏好数据训练一个奖励模型，最后用 PPO 去优化策略，"
                    + "同时加一个和 SFT 模型之间的 KL 惩罚，防止模型为了刷奖励跑偏。DPO 则直接用偏好对做分类式的损失，不需要单独的奖励模型。",
            "混合精度训练里 FP16 的动态范围小，梯度容易下溢，所以要做 loss scaling；BF16 指数位和 FP32 一样多，一般就不需要了。" + "主权重还是保留一份 FP32 的拷贝。",
            "Beam search keeps the k most likely partial sequences at every step instead of only the best one, "
                    + "which helps translation but tends to produce bland, repetitive text in open-ended generation, "
                    + "where top-p sampling with a temperature usually reads better.",
            "Retrieval-augmented generation first embeds the query, looks up the nearest chunks in a vector index, "
                    + "and puts them into the prompt; chunk size and overlap matter a lot, and a reranker often helps.",
            "ZeRO 分三个 stage：stage 1 切优化器状态，stage 2 再切梯度，stage 3 连参数也切到各张卡上，通信量会变大一些。",
            "我不太确定，可能是因为 softmax 会饱和吧…… 反正除以根号 d_k 之后训练更稳定。",
            "Pre-norm puts LayerNorm before each sub-layer, so the residual path stays an identity and deep stacks "
                    + "train without warm-up tricks; post-norm can reach better quality but is harder to train.",
            "量化的话，INT8 权重量化基本不掉点，INT4 要用 GPTQ 或者 AWQ 这类方法做校准，激活里的离群值是主要难点，" + "SmoothQuant 就是把这部分难度从激活挪到权重上。",
            "1. 数据去重；2. 过滤低质量网页；3. 按领域配比混合；4. 最后做毒性和隐私信息的清洗。",
            "Speculative decoding lets a small draft model propose several tokens, and the large model verifies them "
                    + "in one forward pass; accepted tokens are exactly what the large model would have sampled.",
            "温度越高分布越平，采样越发散；top-k 只在概率最高的 k 个词里采样，top-p 则按累计概率截断，候选数量是动态的。");

    private final BgeSmallZhV15QuantizedEmbeddingModel langChain4j =
            new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
    private final SingleThreadBgeSmallZhModel model = new SingleThreadBgeSmallZhModel(langChain4j);

    @Test
    void spansOfAnswersGetLangChain4jsVectors() {
        EmbeddedGraderSettings settings = EmbeddedGraderSettings.defaults();
        ClauseSplitter splitter = new ClauseSplitter(settings.minSpanChars(), settings.maxSpanChars());
        List<String> spans = ANSWERS.stream()
                .flatMap(answer -> splitter.spans(answer).stream())
                .map(Clause::text)
                .toList();

        List<Embedding> vectors =
                model.embedAll(spans.stream().map(TextSegment::from).toList()).content();

        assertThat(spans).hasSizeGreaterThan(30);
        assertThat(vectors).hasSize(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            float[] expected = langChain4j.embed(spans.get(i)).content().vector();
            // Bit for bit: a verdict near a threshold must not move with the model class.
            assertThat(vectors.get(i).vector()).as(spans.get(i)).isEqualTo(expected);
        }
    }

    /**
     * Every text the evaluation sets have the grader embed (answers cut into spans, whole answers, key points,
     * questions, references) is fed to the model with the ids LangChain4j's own steps give it: tokenize, rebuild
     * the sentence from the inner tokens, keep it if it tokenizes back to them, else glue the tokens, encode.
     */
    @Test
    void modelInputIsLangChain4jsForEveryTextOfTheEvaluationSets() throws IOException {
        HuggingFaceTokenizer tokenizer = bundledTokenizer();
        List<String> texts = evaluationTexts();
        int checked = 0;
        for (String text : texts) {
            Encoding whole = tokenizer.encode(text);
            SingleThreadBgeSmallZhModel.Tokens tokens = model.tokens(text);
            assertThat(tokens.tokens()).as(text).isEqualTo(whole.getTokens());
            assertThat(tokens.ids()).as(text).isEqualTo(whole.getIds());
            if (whole.getIds().length <= 2 || whole.getIds().length > 512) {
                continue;
            }
            List<String> inner = tokenizer.tokenize(text);
            Encoding fed = langChain4jInput(tokenizer, inner.subList(1, inner.size() - 1));

            assertThat(model.modelInput(tokens)).as(text).isEqualTo(fed.getIds());
            assertThat(fed.getAttentionMask()).as(text).containsOnly(1L);
            assertThat(fed.getTypeIds()).as(text).containsOnly(0L);
            checked++;
        }
        assertThat(checked).isGreaterThan(3000);
    }

    /**
     * No text of the sets takes LangChain4j's other branch; tokens that are not plain and do not rebuild into
     * themselves take it (made up here: "quantization" is not one token of this vocabulary).
     */
    @Test
    void tokensThatDoNotSurviveTheirSentenceAreGluedAsLangChain4jGluesThem() throws IOException {
        HuggingFaceTokenizer tokenizer = bundledTokenizer();
        List<String> inner = List.of("quantization", "的", "误差", "[MASK]");
        assertThat(tokenizer.tokenize(tokenizer.buildSentence(inner))).hasSizeGreaterThan(inner.size() + 2);

        long[] input = model.modelInput(new SingleThreadBgeSmallZhModel.Tokens(
                new String[] {"[CLS]", "quantization", "的", "误差", "[MASK]", "[SEP]"},
                new long[] {101, 100, 4638, 6427, 103, 102}));

        assertThat(input).isEqualTo(langChain4jInput(tokenizer, inner).getIds());
    }

    @Test
    void plainTokensAreWordPiecesOfWordCharactersLonePunctuationAndUnknown() {
        assertThat(List.of("注", "##ing", "softmax", "β", "##²", "，", "(", "[UNK]", "√"))
                .allMatch(SingleThreadBgeSmallZhModel::isPlain);
        assertThat(List.of("[MASK]", "##", "a-b", "e\u0301", "\u200b", " ", "x$"))
                .noneMatch(SingleThreadBgeSmallZhModel::isPlain);
    }

    /**
     * {@link SingleThreadBgeSmallZhModel#isPlain} relies on these settings of the bundled tokenizer: a normaliser
     * that neither lower-cases nor strips accents, BERT's pre-tokenizer, WordPiece with "##", [UNK] special.
     */
    @Test
    void bundledTokenizerHasTheSettingsPlainTokensRelyOn() throws IOException {
        JsonNode settings;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bge-small-zh-v1.5-q-tokenizer.json")) {
            settings = new ObjectMapper().readTree(in);
        }
        JsonNode normalizer = settings.get("normalizer");
        assertThat(normalizer.get("type").asText()).isEqualTo("BertNormalizer");
        assertThat(normalizer.get("lowercase").asBoolean()).isFalse();
        assertThat(normalizer.get("strip_accents").asBoolean(false)).isFalse();
        assertThat(settings.get("pre_tokenizer").get("type").asText()).isEqualTo("BertPreTokenizer");
        assertThat(settings.get("model").get("type").asText()).isEqualTo("WordPiece");
        assertThat(settings.get("model").get("continuing_subword_prefix").asText())
                .isEqualTo("##");
        assertThat(settings.get("added_tokens").findValuesAsText("content")).contains("[UNK]");
    }

    /** LangChain4j's steps for the inner tokens of one window (OnnxBertBiEncoder.toText, then encode). */
    private static Encoding langChain4jInput(HuggingFaceTokenizer tokenizer, List<String> inner) {
        String sentence = tokenizer.buildSentence(inner);
        List<String> again = tokenizer.tokenize(sentence);
        boolean same = again.subList(1, again.size() - 1).equals(inner);
        return tokenizer.encode(same ? sentence : String.join("", inner), true, false);
    }

    private static List<String> evaluationTexts() throws IOException {
        EmbeddedGraderSettings settings = EmbeddedGraderSettings.defaults();
        ClauseSplitter splitter = new ClauseSplitter(settings.minSpanChars(), settings.maxSpanChars());
        ObjectMapper json = new ObjectMapper();
        Set<String> texts = new LinkedHashSet<>();
        for (String set : List.of("labelled", "holdout", "holdout2", "contrasts", "attacks")) {
            try (InputStream in = SingleThreadBgeSmallZhModelTest.class
                            .getClassLoader()
                            .getResourceAsStream("devset/" + set + ".jsonl");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row = json.readTree(line);
                    String answer = row.get("answer").asText();
                    texts.add(answer);
                    splitter.spans(answer).forEach(span -> texts.add(span.text()));
                    for (String field : List.of("question", "referenceAnswer")) {
                        if (row.has(field)) {
                            texts.add(row.get(field).asText());
                        }
                    }
                    if (row.has("keyPoints")) {
                        row.get("keyPoints").forEach(point -> texts.add(point.asText()));
                    }
                }
            }
        }
        texts.removeIf(String::isBlank);
        return List.copyOf(texts);
    }

    @Test
    void textsRunSideBySideKeepTheirOrderAndVectors() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SingleThreadBgeSmallZhModel sideBySide = new SingleThreadBgeSmallZhModel(langChain4j, pool);
            List<TextSegment> texts = List.of(
                    TextSegment.from("分页注意力把 KV cache 切成固定大小的块"),
                    TextSegment.from("Continuous batching admits new requests between decoding steps"),
                    TextSegment.from("块表记录逻辑块到物理块的映射，显存碎片就少了"));

            List<Embedding> together = sideBySide.embedAll(texts).content();

            List<Embedding> alone = model.embedAll(texts).content();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(together.get(i).vector())
                        .as(texts.get(i).text())
                        .isEqualTo(alone.get(i).vector());
            }
            assertThatThrownBy(() -> sideBySide.embedAll(List.of(TextSegment.from("正常的一句话"), TextSegment.from(" "))))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void textLongerThanOneWindowGetsLangChain4jsAverageOfWindows() {
        String longText = "梯度裁剪把梯度的范数限制在阈值以内，防止训练初期出现损失突然爆炸。".repeat(30);

        float[] vector = model.embed(longText).content().vector();

        assertThat(Vectors.cosine(vector, langChain4j.embed(longText).content().vector()))
                .isGreaterThanOrEqualTo(0.99999);
    }

    @Test
    void blankTextIsRefusedAsLangChain4jRefusesIt() {
        assertThatThrownBy(() -> model.embed("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The tokenizer of the bundled model, with the options LangChain4j gives it. */
    private HuggingFaceTokenizer bundledTokenizer() throws IOException {
        try (InputStream vocabulary =
                getClass().getClassLoader().getResourceAsStream("bge-small-zh-v1.5-q-tokenizer.json")) {
            return HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
        }
    }
}
