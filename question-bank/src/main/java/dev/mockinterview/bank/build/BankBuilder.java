package dev.mockinterview.bank.build;

import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.TopicTaxonomy;
import dev.mockinterview.bank.classify.DifficultyRater;
import dev.mockinterview.bank.classify.TopicClassifier;
import dev.mockinterview.bank.curation.CuratedReference;
import dev.mockinterview.bank.dedupe.ComparisonKey;
import dev.mockinterview.bank.dedupe.DuplicateGrouping;
import dev.mockinterview.bank.dedupe.EntryPair;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.team.EntryAttributes;
import dev.mockinterview.bank.importing.team.QuestionJson;
import dev.mockinterview.bank.quality.QualityAssessor;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import dev.mockinterview.bank.rubric.AnswerLine;
import dev.mockinterview.bank.rubric.KeyPointSplitter;
import dev.mockinterview.bank.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns parsed entries of any documents into the bank's questions: one question per duplicate cluster, with the
 * canonical reference chosen by the corpus rules, its key points, topic, difficulty, sources, variants, related ids
 * and quality. Entries of JSON Lines files that carry a whole question (attribute {@code jsonl}) are taken as they
 * are, keeping their id, so an exported bank re-imports to the same bank.
 *
 * <p>The build is a pure function of its inputs: the same entries give the same ids and the same questions.
 */
public final class BankBuilder {

    /** Stored references are cut at about this many characters; the key points come from the full answer. */
    public static final int ANSWER_CAP = 1500;

    private final ReviewIndex review;
    private final DuplicateGrouping grouping;
    private final EntryPairs related;
    private final List<CuratedReference> corrections;
    private final CanonicalChoice canonicalChoice = new CanonicalChoice();
    private final TopicClassifier topicClassifier = new TopicClassifier();
    private final DifficultyRater difficultyRater = new DifficultyRater();
    private final KeyPointSplitter splitter = new KeyPointSplitter();
    private final QualityAssessor assessor = new QualityAssessor();
    private final QuestionJson questionJson = new QuestionJson();

    public BankBuilder(ReviewIndex review, EntryPairs merges, EntryPairs related, List<CuratedReference> corrections) {
        this.review = review;
        this.grouping = new DuplicateGrouping(merges);
        this.related = related;
        this.corrections = List.copyOf(corrections);
    }

    /** A builder for users' own documents: exact duplicates only, no review file, no curated layer. */
    public static BankBuilder forImports() {
        return new BankBuilder(ReviewIndex.empty(), EntryPairs.none("merges"), EntryPairs.none("related"), List.of());
    }

    public List<Question> build(List<ParsedEntry> entries) {
        Map<String, Question> byId = new TreeMap<>();
        List<Member> members = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ParsedEntry entry : entries) {
            String whole = entry.attributes().get(EntryAttributes.JSONL);
            if (whole != null) {
                Question question = questionJson.question(entry);
                byId.putIfAbsent(question.id(), question);
                continue;
            }
            String entryId = entryId(entry);
            if (seen.add(entryId)) {
                members.add(new Member(
                        entryId,
                        entry,
                        review.find(entry.document(), entry.line()).orElse(null),
                        members.size()));
            }
        }
        List<DuplicateGrouping.Item> items = members.stream()
                .map(m -> new DuplicateGrouping.Item(m.entryId(), m.entry().question()))
                .toList();
        Map<String, Member> memberById = new HashMap<>();
        members.forEach(m -> memberById.put(m.entryId(), m));
        List<List<Member>> clusters = grouping.group(items).clusters().stream()
                .map(ids -> ids.stream().map(memberById::get).toList())
                .toList();

        Map<String, String> questionIdOfEntry = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (List<Member> cluster : clusters) {
            Member canonical = canonicalChoice.choose(cluster);
            String id = uniqueId(questionId(canonical), byId, drafts);
            cluster.forEach(m -> questionIdOfEntry.put(m.entryId(), id));
            drafts.add(new Draft(id, cluster, canonical));
        }
        Map<String, CuratedReference> correctionByQuestion = new HashMap<>();
        for (CuratedReference correction : corrections) {
            if (correction.appliesTo() != null && questionIdOfEntry.containsKey(correction.appliesTo())) {
                correctionByQuestion.putIfAbsent(questionIdOfEntry.get(correction.appliesTo()), correction);
            }
        }
        Map<String, Set<String>> relatedIds = relatedIds(questionIdOfEntry);
        for (Draft draft : drafts) {
            Question question = question(draft, relatedIds.getOrDefault(draft.id(), Set.of()));
            CuratedReference correction = correctionByQuestion.get(draft.id());
            byId.put(
                    draft.id(),
                    correction == null
                            ? question
                            : corrected(
                                    question,
                                    correction,
                                    source -> belongsElsewhere(source, draft.id(), questionIdOfEntry)));
        }
        for (CuratedReference correction : corrections) {
            if (correction.appliesTo() == null && correction.id() != null && !byId.containsKey(correction.id())) {
                byId.put(correction.id(), newQuestion(correction));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The id an entry is known by in merge and related lists: {@code q-000-0007} for reviewed documents. */
    public String entryId(ParsedEntry entry) {
        if (review.covers(entry.document())) {
            return EntryIds.bundled(entry.document(), entry.line());
        }
        return entry.document() + ":" + entry.line();
    }

    private String questionId(Member canonical) {
        if (canonical.review() != null) {
            return canonical.review().id();
        }
        ParsedEntry entry = canonical.entry();
        if (review.covers(entry.document())) {
            return EntryIds.bundled(entry.document(), entry.line());
        }
        String given = entry.attributes().get(EntryAttributes.ID);
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return EntryIds.hashed(entry.document(), entry.question());
    }

    /** Two clusters can only hash alike when a document repeats a question with a merge in between: suffix them. */
    private static String uniqueId(String id, Map<String, Question> taken, List<Draft> drafts) {
        Set<String> used = new TreeSet<>(taken.keySet());
        drafts.forEach(d -> used.add(d.id()));
        String candidate = id;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private Map<String, Set<String>> relatedIds(Map<String, String> questionIdOfEntry) {
        Map<String, Set<String>> links = new HashMap<>();
        for (EntryPair pair : related.pairs()) {
            String a = questionIdOfEntry.get(pair.first());
            String b = questionIdOfEntry.get(pair.second());
            if (a != null && b != null && !a.equals(b)) {
                links.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                links.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            }
        }
        return links;
    }

    private Question question(Draft draft, Set<String> relatedIds) {
        Member canonical = draft.canonical();
        ParsedEntry entry = canonical.entry();
        String questionText = entry.question().strip();
        String topic = topic(canonical);
        int difficulty = difficulty(entry);
        Rubric rubric = splitter.split(questionText, AnswerLines.of(entry), entry.note());
        List<KeyPoint> keyPoints = givenKeyPoints(entry).orElse(rubric.keyPoints());
        boolean anyExperience = draft.members().stream()
                .anyMatch(m -> m.review() != null && m.review().flagged("experience"));
        Quality quality = assessor.assess(new QualityAssessor.Evidence(
                questionText,
                entry.answer(),
                canonical.review() == null ? List.of() : canonical.review().flags(),
                rubric.experience(),
                rubric.gradingNote()));
        String canonicalKey = ComparisonKey.of(questionText);
        Set<String> variantKeys = new LinkedHashSet<>();
        List<String> variants = new ArrayList<>();
        for (Member member : draft.members()) {
            String wording = member.entry().question().strip();
            String key = ComparisonKey.of(wording);
            if (!key.equals(canonicalKey) && variantKeys.add(key)) {
                variants.add(wording);
            }
        }
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(entry.document(), entry.line()));
        draft.members().stream()
                .filter(m -> m != canonical)
                .forEach(m ->
                        sources.add(new Source(m.entry().document(), m.entry().line())));
        return new Question(
                draft.id(),
                topic,
                difficulty,
                questionText,
                variants,
                cap(entry.answer()),
                quality.status() == QualityStatus.UNANSWERED ? List.of() : keyPoints,
                sources,
                List.copyOf(relatedIds),
                quality);
    }

    /** Key points a team wrote into its file (one per line) are its rubric: they win over splitting. */
    private static java.util.Optional<List<KeyPoint>> givenKeyPoints(ParsedEntry entry) {
        String given = entry.attributes().get(EntryAttributes.KEY_POINTS);
        if (given == null || given.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(curatedPoints(
                given.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    private String topic(Member canonical) {
        if (canonical.review() != null
                && TopicTaxonomy.contains(canonical.review().topic())) {
            return canonical.review().topic();
        }
        String given = canonical.entry().attributes().get(EntryAttributes.TOPIC);
        if (given != null && TopicTaxonomy.contains(given)) {
            return given;
        }
        return topicClassifier.classify(
                canonical.entry().question(), canonical.entry().answer());
    }

    private int difficulty(ParsedEntry entry) {
        String given = entry.attributes().get(EntryAttributes.DIFFICULTY);
        if (given != null && given.strip().matches("[123]")) {
            return Integer.parseInt(given.strip());
        }
        return difficultyRater.rate(entry.question());
    }

    /**
     * A curated entry lists its cluster as the reviewer saw it; where our merge list keeps one of those entries apart,
     * the entry stays the source of its own question only.
     */
    private static boolean belongsElsewhere(Source source, String questionId, Map<String, String> questionIdOfEntry) {
        String owner = questionIdOfEntry.get(EntryIds.bundled(source.document(), source.line()));
        return owner != null && !owner.equals(questionId);
    }

    private static Question corrected(
            Question original, CuratedReference correction, Predicate<Source> belongsElsewhere) {
        List<String> flags = new ArrayList<>(original.quality().flags());
        flags.add("curated");
        if (correction.debated() != null) {
            flags.add("debated");
        }
        String notes = joinNotes(curationNote(correction), original.quality().notes());
        List<Source> sources = new ArrayList<>(original.sources());
        correction.sources().stream()
                .filter(s -> !sources.contains(s) && !belongsElsewhere.test(s))
                .forEach(sources::add);
        List<String> variants = new ArrayList<>(original.variants());
        if (!ComparisonKey.of(correction.question()).equals(ComparisonKey.of(original.question()))
                && variants.stream()
                        .noneMatch(v -> ComparisonKey.of(v).equals(ComparisonKey.of(original.question())))) {
            variants.add(0, original.question());
        }
        return new Question(
                original.id(),
                TopicTaxonomy.contains(correction.topic()) ? correction.topic() : original.topic(),
                correction.difficulty() >= 1 && correction.difficulty() <= 3
                        ? correction.difficulty()
                        : original.difficulty(),
                correction.question(),
                variants.stream()
                        .filter(v -> !ComparisonKey.of(v).equals(ComparisonKey.of(correction.question())))
                        .toList(),
                cap(correction.referenceAnswer()),
                curatedPoints(correction.keyPoints()),
                sources,
                original.related(),
                new Quality(QualityStatus.TRUSTED, flags, notes));
    }

    private static Question newQuestion(CuratedReference correction) {
        List<String> flags = new ArrayList<>(List.of("curated"));
        if (correction.debated() != null) {
            flags.add("debated");
        }
        return new Question(
                correction.id() == null ? "" : correction.id(),
                correction.topic(),
                correction.difficulty(),
                correction.question(),
                List.of(),
                cap(correction.referenceAnswer()),
                curatedPoints(correction.keyPoints()),
                correction.sources(),
                List.of(),
                new Quality(QualityStatus.TRUSTED, flags, curationNote(correction)));
    }

    private static String curationNote(CuratedReference correction) {
        String note = "curated: " + correction.originalProblem();
        return correction.debated() == null ? note : note + "; debated: " + correction.debated();
    }

    private static List<KeyPoint> curatedPoints(List<String> texts) {
        return texts.stream().map(t -> new KeyPoint(t, 1.0, true, 0)).toList();
    }

    private static String joinNotes(String first, String second) {
        return second.isBlank() ? first : first + "; " + second;
    }

    /** Cuts at the last line break before the cap, so a stored reference never ends mid-line when it can help it. */
    static String cap(String answer) {
        String text = answer.strip();
        if (text.length() <= ANSWER_CAP) {
            return text;
        }
        int cut = text.lastIndexOf('\n', ANSWER_CAP);
        return (cut > ANSWER_CAP / 2 ? text.substring(0, cut) : text.substring(0, ANSWER_CAP)).strip() + "\n…";
    }

    /** One entry taking part in the build, with its review record when the review file has one. */
    record Member(
            String entryId, ParsedEntry entry, @Nullable ReviewEntry review, int order) {}

    private record Draft(String id, List<Member> members, Member canonical) {}

    /** Maps the lines of a cleaned answer back to the document's lines, as well as the entry allows. */
    static final class AnswerLines {
        private AnswerLines() {}

        static List<AnswerLine> of(ParsedEntry entry) {
            List<String> texts = entry.answer().lines().toList();
            List<Integer> numbers = new ArrayList<>();
            for (LineRange range : entry.answerLines()) {
                for (int n = range.first(); n <= range.last(); n++) {
                    numbers.add(n);
                }
            }
            List<AnswerLine> lines = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                int line = numbers.isEmpty() ? 0 : numbers.get(Math.min(i, numbers.size() - 1));
                lines.add(new AnswerLine(texts.get(i), line));
            }
            return lines;
        }
    }
}
