package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;

/** One inline question with three key points and a candidate's answer that covers two of them, in its own words. */
public final class Residual {

    public static final String QUESTION = "Transformer 里为什么要用残差连接？";
    public static final String REFERENCE =
            "残差连接让梯度可以直接回传到浅层，缓解深层网络的梯度消失；每一层只需要学习输入上的残差，" + "优化更容易、训练更稳定；因此 Transformer 才能稳定地堆叠很多层。";
    public static final List<String> KEY_POINTS =
            List.of("残差连接让梯度直接回传，缓解梯度消失", "每层只需学习残差，训练更稳定", "使得 Transformer 可以堆叠更深的网络");
    public static final String ANSWER =
            "我理解残差连接就是把子层的输入直接加到它的输出上，这样反向传播的时候梯度可以走这条捷径直接传回去，" + "不太会出现梯度消失。另外每一层其实只需要学一个增量，也就是 residual，训练会稳定很多。";

    /** Points 1 and 2 covered with real quotes of {@link #ANSWER}, point 3 missed. */
    public static final String VERDICT = """
            {"points":[
              {"index":1,"status":"COVERED","evidence":"梯度可以走这条捷径直接传回去，不太会出现梯度消失","reason":"explains the gradient path"},
              {"index":2,"status":"COVERED","evidence":"每一层其实只需要学一个增量","reason":"learns only the residual"},
              {"index":3,"status":"MISSED","evidence":"","reason":"say that this is what lets Transformers stack many layers"}],
             "incorrectClaims":[],"offTopic":false,"promptInjection":false}""";

    private Residual() {}

    public static GradeRequest request() {
        return request(ANSWER);
    }

    public static GradeRequest request(String answer) {
        return new GradeRequest(QUESTION, REFERENCE, KEY_POINTS, answer, ReferenceQuality.TRUSTED);
    }
}
