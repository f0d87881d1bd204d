package dev.mockinterview.grading.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * LangChain4j's bundled bge-small-zh v1.5 (quantized), the same vectors, cheaper per grade. LangChain4j's
 * {@code BgeSmallZhV15QuantizedEmbeddingModel} runs each text alone (batch size 1) through an ONNX Runtime session
 * with default options: an intra-op thread pool as wide as the machine whose threads spin while they wait, and, by
 * default, each text of a list handed to its own executor of one thread per core. Grades already run on a pool of
 * grading threads, so the spinning threads only compete with the other grades. This model makes the same runs
 * through a session with one intra-op thread that does not spin, on the calling thread or, side by side, on the
 * executor it is given (the service gives it one thread per core, shared by all grades).
 *
 * <p>The vectors are LangChain4j's: same ONNX file and tokenizer from the same jar, same ids fed to the model (those
 * of the sentence LangChain4j rebuilds from the tokens, see {@link #modelInput}), one text per run (the quantized model
 * scales its activations per run, so a batch would shift them), the [CLS] vector normalised in the same float
 * arithmetic. Texts longer than one window, which LangChain4j averages over windows, go to LangChain4j itself.
 * {@code SingleThreadBgeSmallZhModelTest} holds the equality.
 *
 * <p>Thread-safe: an ONNX Runtime session and the tokenizer may be used concurrently, the shared mask buffers are only
 * read, and each embedding thread has its own output buffer (1 MB of direct memory).
 */
public final class SingleThreadBgeSmallZhModel implements EmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    /** BERT's 512 positions: [CLS], 510 tokens, [SEP]. */
    private static final int MAX_POSITIONS = 512;
    /** The width of a hidden state, the vector's dimension. */
    private static final int HIDDEN = 512;
    /** The tokenizer's unknown token, one of its special tokens. */
    private static final String UNKNOWN = "[UNK]";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final boolean wantsTokenTypes;
    private final HuggingFaceTokenizer tokenizer;
    private final long tokenizerHandle;
    /** The attention mask and token types of any text of one window: all ones, all zeros. */
    private final LongBuffer ones = filled(1);

    private final LongBuffer zeros = filled(0);
    /** Per embedding thread, where the session writes the last hidden state of a text (2 KB per token). */
    private final ThreadLocal<FloatBuffer> hiddenStates =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(MAX_POSITIONS * HIDDEN * Float.BYTES)
                    .order(ByteOrder.nativeOrder())
                    .asFloatBuffer());

    private final String output;
    private final EmbeddingModel longTexts;
    private final Executor executor;

    /**
     * Embeds every text on the calling thread.
     *
     * @param longTexts embeds the texts longer than one window, and empty ones (to fail as LangChain4j fails); in
     *     production {@code new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run)}
     */
    public SingleThreadBgeSmallZhModel(EmbeddingModel longTexts) {
        this(longTexts, Runnable::run);
    }

    /**
     * @param executor runs the texts of one {@code embedAll} call side by side, one run per text as on the calling
     *     thread (so the vectors are the same); lets a lone grade use more than one core
     */
    public SingleThreadBgeSmallZhModel(EmbeddingModel longTexts, Executor executor) {
        this.longTexts = longTexts;
        this.executor = executor;
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER)) {
            this.session = environment.createSession(model.readAllBytes(), singleThreaded());
            this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            // The last hidden state, the model's only output as LangChain4j reads it (result.get(0)).
            this.output = session.getOutputNames().iterator().next();
            // The options LangChain4j's OnnxBertBiEncoder gives it.
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
            this.tokenizerHandle = tokenizer.getHandle();
        } catch (IOException | OrtException e) {
            throw new EmbeddingException(EmbeddingFailure.MODEL_NOT_LOADED, e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<CompletableFuture<Embedding>> runs = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            runs.add(CompletableFuture.supplyAsync(() -> vector(segment.text()), executor));
        }
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        for (CompletableFuture<Embedding> run : runs) {
            try {
                embeddings.add(run.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return Response.from(embeddings);
    }

    @Override
    public int dimension() {
        return HIDDEN;
    }

    private Embedding vector(String text) {
        Tokens tokens = tokens(text);
        if (tokens.ids().length <= 2 || tokens.ids().length > MAX_POSITIONS) {
            return longTexts.embed(text).content();
        }
        return Embedding.from(normalize(clsVector(modelInput(tokens))));
    }

    /**
     * The ids LangChain4j feeds the model for a text of one window: its tokens (without [CLS] and [SEP]) joined back
     * into a sentence, whose encoding is used if it has the same tokens, else the encoding of the tokens glued
     * together. A token and its id determine each other (one vocabulary), so "the same tokens" is "the same ids",
     * and then the sentence's encoding is the text's own. When every token is plain (see {@link #isPlain}) the
     * sentence is known to give the same tokens without encoding it; otherwise it is encoded and its ids compared.
     */
    long[] modelInput(Tokens tokens) {
        String[] all = tokens.tokens();
        List<String> inner = Arrays.asList(all).subList(1, all.length - 1);
        if (inner.stream().allMatch(SingleThreadBgeSmallZhModel::isPlain)) {
            return tokens.ids();
        }
        long[] again = ids(tokenizer.buildSentence(inner));
        return Arrays.equals(again, tokens.ids()) ? tokens.ids() : ids(String.join("", inner));
    }

    /**
     * A token that the rebuilt sentence gives back unchanged: [UNK], a special token that the tokenizer finds in any
     * text before normalising it, or a token of letters, digits and symbols ("##" marking a continuation), or one
     * punctuation mark. The sentence glues continuations to their word and puts a blank between words, so it holds
     * the text's words as the tokenizer read them; this tokenizer's normaliser (BertNormalizer without lower case or
     * accent stripping: it drops control characters, turns blanks into spaces and puts spaces around CJK) leaves
     * such characters as they are, so the pre-tokenizer cuts the same words and WordPiece splits them into the same
     * pieces. Anything else (a blank, a control or format character, a combining mark, punctuation inside a piece)
     * is checked by encoding the sentence. {@code SingleThreadBgeSmallZhModelTest} pins the tokenizer's settings.
     */
    static boolean isPlain(String token) {
        if (token.equals(UNKNOWN)) {
            return true;
        }
        if (token.length() == 1 && isPunctuation(token.charAt(0))) {
            return true;
        }
        int start = token.startsWith("##") ? 2 : 0;
        if (start == token.length()) {
            return false;
        }
        for (int i = start; i < token.length(); i++) {
            if (!isWordChar(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            // The pre-tokenizer cuts every ASCII mark, symbols included, out of a word.
            return Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** A text's tokens, [CLS] and [SEP] included, and their ids. */
    record Tokens(String[] tokens, long[] ids) {}

    /**
     * The tokenizer's encoding read through its native library, as DJL's {@code encode} does, but only the tokens and
     * ids: DJL also copies out the word ids, masks and the character span of every token, which cost more than the
     * tokenization itself and are not needed (one text, no padding: the mask is all ones, the type ids all zeros).
     */
    Tokens tokens(String text) {
        long encoding = TokenizersLibrary.LIB.encode(tokenizerHandle, text, true);
        try {
            return new Tokens(TokenizersLibrary.LIB.getTokens(encoding), TokenizersLibrary.LIB.getTokenIds(encoding));
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    private long[] ids(String text) {
        long encoding = TokenizersLibrary.LIB.encode(tokenizerHandle, text, true);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    private float[] clsVector(long[] ids) {
        long[] shape = {1, ids.length};
        FloatBuffer hidden = hiddenStates.get();
        // Direct buffers in native order are read and written in place; the shared masks are only ever read.
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, first(ones, ids.length), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, first(zeros, ids.length), shape);
                OnnxTensor hiddenTensor = OnnxTensor.createTensor(
                        environment, hidden.duplicate().limit(ids.length * HIDDEN), new long[] {1, ids.length, HIDDEN
                        })) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs, Map.of(output, hiddenTensor))) {
                // bge is trained with [CLS] pooling: the first position of the last hidden state, read where the
                // model wrote it instead of copying every position out.
                float[] cls = new float[HIDDEN];
                hidden.get(0, cls);
                return cls;
            }
        } catch (OrtException e) {
            throw new EmbeddingException(EmbeddingFailure.INFERENCE_FAILED, e);
        }
    }

    private static LongBuffer first(LongBuffer values, int count) {
        return values.duplicate().limit(count);
    }

    private static LongBuffer filled(long value) {
        LongBuffer buffer = ByteBuffer.allocateDirect(MAX_POSITIONS * Long.BYTES)
                .order(ByteOrder.nativeOrder())
                .asLongBuffer();
        for (int i = 0; i < MAX_POSITIONS; i++) {
            buffer.put(i, value);
        }
        return buffer;
    }

    /** LangChain4j's normalisation, float for float, so the vectors are bit for bit its own. */
    private static float[] normalize(float[] vector) {
        float sumOfSquares = 0;
        for (float v : vector) {
            sumOfSquares += v * v;
        }
        float norm = (float) Math.sqrt(sumOfSquares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }

    /**
     * One intra-op thread that sleeps instead of spinning when idle: grades run one per pool worker, and the
     * partitioning of a matrix product does not depend on the number of threads, so the results do not either.
     */
    private static OrtSession.SessionOptions singleThreaded() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = SingleThreadBgeSmallZhModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return stream;
    }
}
