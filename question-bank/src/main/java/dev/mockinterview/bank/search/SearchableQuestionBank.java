package dev.mockinterview.bank.search;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.QuestionPage;
import dev.mockinterview.bank.QuestionQuery;
import dev.mockinterview.bank.Topic;
import dev.mockinterview.bank.TopicTaxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An immutable bank held in memory: questions by id, topic counts, and a Lucene index for search and filters. */
public final class SearchableQuestionBank implements QuestionBank {

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final List<Topic> topics;
    private final QuestionIndex index;

    public SearchableQuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> ids = new LinkedHashMap<>();
        this.questions.forEach(q -> ids.put(q.id(), q));
        this.byId = Map.copyOf(ids);
        this.topics = TopicTaxonomy.entries().stream()
                .map(t -> new Topic(t.slug(), t.name(), (int) this.questions.stream()
                        .filter(q -> q.topic().equals(t.slug()))
                        .count()))
                .toList();
        this.index = new QuestionIndex(this.questions);
    }

    @Override
    public List<Topic> topics() {
        return topics;
    }

    @Override
    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public QuestionPage query(QuestionQuery query) {
        if (query.page() < 0) {
            throw new InvalidQueryException(InvalidQueryException.Code.PAGE_NEGATIVE, "page must be 0 or more");
        }
        if (query.size() < 1) {
            throw new InvalidQueryException(InvalidQueryException.Code.SIZE_NOT_POSITIVE, "size must be 1 or more");
        }
        Integer difficulty = query.difficulty();
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            throw new InvalidQueryException(
                    InvalidQueryException.Code.DIFFICULTY_OUT_OF_RANGE, "difficulty must be 1, 2 or 3");
        }
        long offset = (long) query.page() * query.size();
        if (offset >= questions.size()) {
            QuestionIndex.Hits counted = index.search(query.text(), query.topic(), difficulty, wire(query), 0, 0);
            return new QuestionPage(List.of(), counted.total());
        }
        QuestionIndex.Hits hits = index.search(
                query.text(),
                query.topic(),
                difficulty,
                wire(query),
                (int) offset,
                Math.min(query.size(), questions.size()));
        return new QuestionPage(hits.positions().stream().map(questions::get).toList(), hits.total());
    }

    @Override
    public List<Question> all() {
        return questions;
    }

    private static @Nullable String wire(QuestionQuery query) {
        return query.quality() == null ? null : query.quality().wireName();
    }
}
