package dev.mockinterview.grading.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled bge-small-zh v1.5 (quantized) with a real batch: {@link #embedAll} runs every text of the call through
 * ONNX Runtime in one padded session run. LangChain4j's in-process model embeds a list one text at a time (spread
 * over an executor), so grading an answer of fifteen spans paid fifteen runs; short spans in one run cost a little
 * more than the longest of them alone. Same weights, tokenizer, CLS pooling and normalisation as LangChain4j's
 * {@code BgeSmallZhV15QuantizedEmbeddingModel}; padded positions are masked, but the quantized graph scales its
 * activations per run, so each vector differs from the one-by-one vector (cosine about 0.99, enough to move grades
 * near a threshold). Kept for measuring; the service uses {@link SingleThreadBgeSmallZhModel}, whose vectors are
 * LangChain4j's own.
 *
 * <p>Thread-safe: an ONNX Runtime session may be run concurrently.
 */
public final class BatchedBgeSmallZhModel implements EmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    /** BERT's 512 positions less [CLS] and [SEP]; longer texts are not batched but embedded by the fallback. */
    private static final int MAX_TOKENS = 510;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final boolean wantsTokenTypes;
    private final HuggingFaceTokenizer tokenizer;
    private final EmbeddingModel longTexts;

    /**
     * @param longTexts embeds texts longer than one window (LangChain4j averages their windows); in production
     *     {@code new BgeSmallZhV15QuantizedEmbeddingModel()}
     */
    public BatchedBgeSmallZhModel(EmbeddingModel longTexts) {
        this.longTexts = longTexts;
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER)) {
            this.session = environment.createSession(model.readAllBytes(), singleThreaded());
            this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new EmbeddingException(EmbeddingFailure.MODEL_NOT_LOADED, e);
        } catch (OrtException e) {
            throw new EmbeddingException(EmbeddingFailure.MODEL_NOT_LOADED, e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<long[]> ids = new ArrayList<>(segments.size());
        int width = 0;
        for (TextSegment segment : segments) {
            long[] tokens = tokenizer.encode(segment.text(), true, false).getIds();
            ids.add(tokens);
            width = Math.max(width, tokens.length);
        }
        if (width > MAX_TOKENS + 2) {
            return longTexts.embedAll(segments);
        }
        float[][] vectors = run(ids, width);
        List<Embedding> embeddings = new ArrayList<>(vectors.length);
        for (float[] vector : vectors) {
            embeddings.add(Embedding.from(vector));
        }
        return Response.from(embeddings);
    }

    @Override
    public int dimension() {
        return 512;
    }

    private float[][] run(List<long[]> ids, int width) {
        int rows = ids.size();
        long[] inputIds = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int row = 0; row < rows; row++) {
            long[] tokens = ids.get(row);
            System.arraycopy(tokens, 0, inputIds, row * width, tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                mask[row * width + i] = 1;
            }
        }
        long[] shape = {rows, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape)) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] pooled = new float[rows][];
                for (int row = 0; row < rows; row++) {
                    // bge is trained with [CLS] pooling.
                    pooled[row] = Vectors.unit(hidden[row][0]);
                }
                return pooled;
            }
        } catch (OrtException e) {
            throw new EmbeddingException(EmbeddingFailure.INFERENCE_FAILED, e);
        }
    }

    /**
     * One grade runs on one worker of a pool sized to the cores: ONNX Runtime's own thread pool (one spinning
     * thread per core by default) would compete with the other grades for the same cores.
     */
    private static OrtSession.SessionOptions singleThreaded() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = BatchedBgeSmallZhModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return stream;
    }
}
