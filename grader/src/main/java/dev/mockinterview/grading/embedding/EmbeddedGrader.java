package dev.mockinterview.grading.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ScoreFormula;
import dev.mockinterview.grading.feedback.FeedbackWriter;
import dev.mockinterview.grading.feedback.PointVerdict;
import dev.mockinterview.grading.flags.AnswerInspector;
import dev.mockinterview.grading.flags.InjectionFilter;
import dev.mockinterview.grading.flags.Sanitized;
import dev.mockinterview.grading.lexical.Clause;
import dev.mockinterview.grading.lexical.ClauseSplitter;
import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline grader: every key point is matched to its best evidence in the answer by embedding similarity and
 * lexical signals, and the score follows from the point statuses through {@link ScoreFormula}.
 *
 * <p>Thread-safe. Inference is blocking and CPU-bound (tens of milliseconds per answer): callers run it on a
 * bounded scheduler sized to the cores (for example Reactor's {@code Schedulers.boundedElastic()} or a fixed
 * pool), never on an event-loop thread. Embeddings of questions, references and key points are cached; the
 * answer's own spans are embedded once per call.
 */
public final class EmbeddedGrader implements AnswerGrader {

    private final EmbeddingModel model;
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[-_\\s.]");

    private static final Pattern SHOWN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.\\-()]*");

    private final EmbeddedGraderSettings settings;
    private final EmbeddingCache cache;
    private final ClauseSplitter splitter;
    private final TermExtractor terms;
    private final PointMatcher matcher;
    private final ContradictionCheck contradictions = new ContradictionCheck();
    /** The whole-answer checks, in order of precedence. */
    private final List<ClauseCheck> clauseChecks = clauseChecks();

    private final InjectionFilter injections = new InjectionFilter();
    private final AnswerInspector inspector = new AnswerInspector();
    private final FeedbackWriter feedback = new FeedbackWriter();

    /**
     * @param model the embedding model; in production {@code BgeSmallZhV15QuantizedEmbeddingModel}, shared
     */
    public EmbeddedGrader(EmbeddingModel model, EmbeddedGraderSettings settings) {
        this.model = model;
        this.settings = settings;
        this.cache = new EmbeddingCache(model, settings.cacheSize());
        this.splitter = new ClauseSplitter(settings.minSpanChars(), settings.maxSpanChars());
        this.terms = new TermExtractor(Glossary.bundled());
        this.matcher = new PointMatcher(settings, cache, terms);
    }

    @Override
    public GraderKind kind() {
        return GraderKind.EMBEDDING;
    }

    @Override
    public GradeResult grade(GradeRequest request) {
        String answer = request.answer();
        Set<GradeFlag> flags = EnumSet.noneOf(GradeFlag.class);
        if (!request.referenceQuality().canMarkIncorrect()) {
            flags.add(GradeFlag.UNTRUSTED_REFERENCE);
        }
        List<String> points = request.keyPoints().isEmpty()
                ? ReferencePoints.split(request.referenceAnswer(), settings.maxKeyPoints())
                : request.keyPoints();

        Sanitized sanitized = injections.sanitize(answer, request.question());
        if (sanitized.injected()) {
            flags.add(GradeFlag.PROMPT_INJECTION);
        }
        String text = sanitized.text();
        AnswerInspector.Inspected inspected = inspector.read(text);
        if (inspector.isEmpty(inspected)) {
            flags.add(GradeFlag.EMPTY);
            return result(request, missedAll(points), flags);
        }
        if (inspector.echoesQuestion(inspected, request.question())) {
            flags.add(GradeFlag.COPIED_QUESTION);
        }
        if (inspector.copiesReference(inspected, request.referenceAnswer())) {
            flags.add(GradeFlag.COPIED_REFERENCE);
        }
        if (inspector.stuffsKeywords(text)) {
            flags.add(GradeFlag.KEYWORD_STUFFING);
        }
        boolean crossLingual = inspector.switchesLanguage(inspected, request.question());
        if (crossLingual) {
            flags.add(GradeFlag.LANGUAGE_MISMATCH);
        }

        List<Span> spans = spans(answer, text);
        List<Span> candidates = PointMatcher.candidates(answer, spans);
        List<float[]> pointVectors = cache.vectors(points);
        // A clause that contradicts a point, read anywhere in the answer, is its evidence (a clause of the answer,
        // verbatim); the first check to find one for a point wins.
        ContradictionCheck.Rubric rubric = ContradictionCheck.Rubric.of(request.question(), points);
        AnswerText cut = AnswerText.of(text);
        Map<Integer, ContradictingClause> swaps = new HashMap<>();
        for (ClauseCheck check : clauseChecks) {
            check.clauses(points, cut, rubric).forEach(swaps::putIfAbsent);
        }
        // Read only where a denial can make a point incorrect.
        Optional<ContradictionCheck.ReadAnswer> read =
                request.referenceQuality().canMarkIncorrect()
                        ? Optional.of(ContradictionCheck.ReadAnswer.of(text, rubric))
                        : Optional.empty();
        Grading grading = new Grading(request, rubric, candidates, crossLingual, flags, namesSaid(request));
        List<PointVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            // A denial of the point anywhere in the answer is its evidence too, like a swap ("它会关掉 KV Cache").
            Optional<Swapped> swapped = Optional.ofNullable(swaps.get(i))
                    .flatMap(swap -> EntitySwapCheck.quote(answer, swap)
                            // Some checks quote the normalized text they read: shown as written.
                            .map(quote ->
                                    new Swapped(quote, Written.quotes(swap.reason(), point, List.of(quote, answer)))))
                    .or(() -> read.flatMap(r -> contradictions
                            .deniedAnywhere(point, r, rubric)
                            .map(d -> new Swapped(answer.substring(d.start(), d.end()), d.reason()))));
            verdicts.add(verdict(point, pointVectors.get(i), swapped, grading));
        }
        verdicts = discountAfterConfidentError(answer, verdicts);
        if (verdicts.stream().allMatch(v -> v.result().status() == PointStatus.MISSED) && isOffTopic(request, spans)) {
            flags.add(GradeFlag.OFF_TOPIC);
        }
        return result(request, verdicts, flags);
    }

    private List<Span> spans(String answer, String sanitized) {
        List<Clause> clauses = splitter.spans(sanitized);
        if (clauses.isEmpty()) {
            return List.of();
        }
        // One call for the whole answer: a batching model runs every span in a single inference; a repeated span
        // is embedded once.
        List<String> distinct = clauses.stream().map(Clause::text).distinct().toList();
        List<Embedding> embedded = model.embedAll(
                        distinct.stream().map(TextSegment::from).toList())
                .content();
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            vectors.put(distinct.get(i), Vectors.unit(embedded.get(i).vector()));
        }
        List<Span> spans = new ArrayList<>();
        for (Clause clause : clauses) {
            // The sanitized text only blanks characters, so offsets hold and the quote is the candidate's own words.
            Clause quoted = new Clause(answer.substring(clause.start(), clause.end()), clause.start(), clause.end());
            spans.add(new Span(quoted, vectors.get(clause.text()), terms.terms(clause.text())));
        }
        return spans;
    }

    /**
     * What every point's verdict of one grade reads: the request, its rubric, the answer's candidate spans, whether
     * the answer switched language, the flags raised so far (added to), and the names the question and answer say.
     */
    private record Grading(
            GradeRequest request,
            ContradictionCheck.Rubric rubric,
            List<Span> candidates,
            boolean crossLingual,
            Set<GradeFlag> flags,
            String namesSaid) {}

    private PointVerdict verdict(String point, float[] pointVector, Optional<Swapped> swapped, Grading grading) {
        GradeRequest request = grading.request();
        Set<GradeFlag> flags = grading.flags();
        PointMatch found = matcher.match(point, pointVector, grading.candidates(), grading.crossLingual());
        // A clause binding this point's attributes to another entity is the evidence, whatever matched best.
        PointMatch match = swapped.map(s -> new PointMatch(
                        s.quote(),
                        found.similarity(),
                        found.lexical(),
                        Math.max(found.strength(), settings.partialThreshold())))
                .orElse(found);
        PointStatus status = match.strength() >= settings.coveredThreshold()
                ? PointStatus.COVERED
                : match.strength() >= settings.partialThreshold() ? PointStatus.PARTIAL : PointStatus.MISSED;
        Optional<String> unnamed =
                status == PointStatus.COVERED ? unnamedSubject(point, grading.namesSaid()) : Optional.empty();
        if (unnamed.isPresent()) {
            status = PointStatus.PARTIAL;
        }
        // A claim on the point's subject that contradicts it is wrong, not missed, however weak the match.
        boolean onSubject = match.similarity() >= settings.semanticFloor() || match.lexical() >= 0.3;
        Optional<String> contradiction = swapped.map(Swapped::reason)
                .or(() -> onSubject
                        ? contradictions.contradiction(point, match.evidence(), grading.rubric())
                        : Optional.empty());
        if (contradiction.isPresent()) {
            if (request.referenceQuality().canMarkIncorrect()) {
                return new PointVerdict(
                        new KeyPointResult(point, PointStatus.INCORRECT, match.evidence()), contradiction.get(), false);
            }
            // An untrusted reference cannot prove the candidate wrong: credit what matched, say we could not tell.
            if (status != PointStatus.MISSED) {
                flags.add(GradeFlag.LOW_CONFIDENCE);
                return new PointVerdict(
                        new KeyPointResult(point, PointStatus.PARTIAL, match.evidence()), contradiction.get(), true);
            }
        }
        if (status == PointStatus.MISSED) {
            return new PointVerdict(new KeyPointResult(point, status, ""), "", false);
        }
        if (unnamed.isPresent()) {
            return new PointVerdict(
                    new KeyPointResult(point, status, match.evidence()),
                    "说到了这一点的内容，但没有点出「" + unnamed.get() + "」",
                    false);
        }
        if (status == PointStatus.PARTIAL && isUncertain(match)) {
            flags.add(GradeFlag.LOW_CONFIDENCE);
            return new PointVerdict(new KeyPointResult(point, status, match.evidence()), "", true);
        }
        return new PointVerdict(new KeyPointResult(point, status, match.evidence()), "", false);
    }

    /**
     * The point is about a named thing (its leading English name: "bitsandbytes 的 LLM.int8()", "Top-k 采样：…") that
     * neither the question nor the answer names: the answer may describe the behaviour, but a human interviewer would
     * not give full credit for a point whose subject the candidate never tied it to.
     */
    private static Optional<String> unnamedSubject(String point, String namesSaid) {
        String subject = EntitySwapCheck.subject(point);
        if (subject.isEmpty() || subject.startsWith("stage-")) {
            return Optional.empty();
        }
        String name = bare(subject);
        if (name.length() < 2 || namesSaid.contains(name)) {
            return Optional.empty();
        }
        // Shown as the point writes it, with the English words that follow ("Beam search", not "beam").
        Matcher shown = SHOWN_NAME.matcher(point);
        int at = point.toLowerCase(Locale.ROOT).indexOf(subject);
        return Optional.of(
                at >= 0 && shown.region(at, point.length()).lookingAt()
                        ? shown.group().strip()
                        : subject);
    }

    /**
     * The question and the answer without separators, once per grade, apart so that no name is read across them
     * (a name holds no NUL).
     */
    private static String namesSaid(GradeRequest request) {
        return bare(TermExtractor.normalize(request.question()))
                + '\u0000'
                + bare(TermExtractor.normalize(request.answer()));
    }

    /** A name without its separators, so that "top_k", "Top K" and "top-k" are one name. */
    private static String bare(String text) {
        return NAME_SEPARATORS.matcher(text).replaceAll("");
    }

    /**
     * A check that reads the whole answer for clauses contradicting key points, by point index. The answer comes cut
     * into clauses and sentences once per grade, for all the checks.
     */
    @FunctionalInterface
    private interface ClauseCheck {
        Map<Integer, ContradictingClause> clauses(
                List<String> points, AnswerText answer, ContradictionCheck.Rubric rubric);
    }

    private static List<ClauseCheck> clauseChecks() {
        EntitySwapCheck swaps = new EntitySwapCheck();
        OppositeClaimCheck opposites = new OppositeClaimCheck();
        CertaintyClaimCheck certainties = new CertaintyClaimCheck();
        NumberClaimCheck numbers = new NumberClaimCheck();
        AttributionCheck attributions = new AttributionCheck();
        ExclusiveClaimCheck scopes = new ExclusiveClaimCheck();
        ListNarrowingCheck lists = new ListNarrowingCheck();
        ListMemberSwapCheck members = new ListMemberSwapCheck();
        return List.of(
                // A point's attributes bound to another entity of its family ("ZeRO-3 只分片优化器状态").
                (points, answer, rubric) -> swaps.swaps(points, answer, rubric.question()),
                // An opposite put into the point's own slot ("分组之前过滤" against "分组之后").
                opposites::claims,
                // A certainty where the point hedges ("肯定比 fp16 快" against "不一定比 fp16 快").
                (points, answer, rubric) -> certainties.claims(points, answer.sentences()),
                // Another quantity in the point's own slot ("1000B" against "13B").
                numbers::claims,
                // A thing credited to another organisation ("Megatron-LM 是微软提出的").
                (points, answer, rubric) -> attributions.claims(points, answer.text()),
                // A scope widened or narrowed ("q、k、v 都旋转" against "只作用于 q 和 k").
                (points, answer, rubric) -> scopes.claims(points, answer.sentences(), rubric.question()),
                // One member of the point's list made the only one ("只能对接 OpenAI" against "OpenAI、开源模型和本地服务").
                (points, answer, rubric) -> lists.claims(points, answer),
                // One point's named members filed under another point's label ("预训练语料用 Alpaca、ShareGPT").
                (points, answer, rubric) -> members.claims(points, answer));
    }

    /** A clause of the answer that says this point's thing of another entity of its family. */
    private record Swapped(String quote, String reason) {}

    /**
     * Just below "covered" with the two signals pulling apart (close in meaning but none of the point's terms, or
     * the terms without the meaning): the model cannot tell, so the point stays partial and says so.
     */
    private boolean isUncertain(PointMatch match) {
        boolean nearCovered = match.strength() >= settings.coveredThreshold() - settings.lowConfidenceBand();
        double semantic = (match.similarity() - settings.semanticFloor())
                / (settings.semanticCeiling() - settings.semanticFloor());
        return nearCovered && Math.abs(semantic - match.lexical()) >= 0.5;
    }

    private boolean isOffTopic(GradeRequest request, List<Span> spans) {
        float[] reference = cache.vector(request.referenceAnswer());
        float[] question = cache.vector(request.question());
        double best = 0;
        for (Span span : spans) {
            best = Math.max(
                    best, Math.max(Vectors.cosine(reference, span.vector()), Vectors.cosine(question, span.vector())));
        }
        return best < settings.offTopicSimilarity();
    }

    /**
     * An answer that states something plainly wrong earns less trust, as with a human interviewer, but only where the
     * error is: a point whose evidence overlaps the wrong claim counts one level lower (covered as partial, partial as
     * missed), since the words that matched it are the wrong claim's own. When the error is a real part of the answer (at
     * least one in six of the points it speaks to is incorrect) every point counts one level lower: a confident wrong
     * claim on one of four or five points is what a confident-but-wrong answer looks like, and its other points are
     * mostly the rubric's words around it. A long answer with one slip among many points keeps the credit of the
     * points it made elsewhere.
     */
    private static List<PointVerdict> discountAfterConfidentError(String answer, List<PointVerdict> verdicts) {
        List<int[]> wrong = verdicts.stream()
                .filter(v -> v.result().status() == PointStatus.INCORRECT)
                .map(v -> range(answer, v.result().evidence()))
                .toList();
        if (wrong.isEmpty()) {
            return verdicts;
        }
        long spokenTo = verdicts.stream()
                .filter(v -> v.result().status() != PointStatus.MISSED)
                .count();
        boolean wrongThroughout = 6L * wrong.size() >= spokenTo;
        return verdicts.stream()
                .map(v -> {
                    KeyPointResult point = v.result();
                    int[] at = range(answer, point.evidence());
                    boolean tainted = wrongThroughout || wrong.stream().anyMatch(w -> overlap(w, at));
                    if (!tainted) {
                        return v;
                    }
                    return switch (point.status()) {
                        case COVERED ->
                            new PointVerdict(
                                    new KeyPointResult(point.text(), PointStatus.PARTIAL, point.evidence()),
                                    FeedbackWriter.DISCOUNTED,
                                    v.uncertain());
                        case PARTIAL ->
                            new PointVerdict(
                                    new KeyPointResult(point.text(), PointStatus.MISSED, ""), "", v.uncertain());
                        case MISSED, INCORRECT -> v;
                    };
                })
                .toList();
    }

    /** Where a quote stands in the answer ({-1, -1} when it is empty). */
    private static int[] range(String answer, String quote) {
        int at = quote.isEmpty() ? -1 : answer.indexOf(quote);
        return at < 0 ? new int[] {-1, -1} : new int[] {at, at + quote.length()};
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[0] >= 0 && b[0] >= 0 && a[0] < b[1] && b[0] < a[1];
    }

    private static List<PointVerdict> missedAll(List<String> points) {
        return points.stream()
                .map(point -> new PointVerdict(new KeyPointResult(point, PointStatus.MISSED, ""), "", false))
                .toList();
    }

    private GradeResult result(GradeRequest request, List<PointVerdict> verdicts, Set<GradeFlag> flags) {
        List<KeyPointResult> points =
                verdicts.stream().map(PointVerdict::result).toList();
        double score =
                ScoreFormula.score(points.stream().map(KeyPointResult::status).toList(), flags);
        return new GradeResult(
                score,
                GraderKind.EMBEDDING,
                false,
                points,
                feedback.write(score, verdicts, flags),
                List.copyOf(flags),
                request.referenceAnswer());
    }
}
