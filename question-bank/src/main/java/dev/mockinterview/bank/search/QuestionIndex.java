package dev.mockinterview.bank.search;

import dev.mockinterview.bank.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory Lucene index over the bank. Every text (question, variants, reference) is indexed twice: once with
 * the SmartChinese analyzer (Chinese words, lower-cased English words) and once with CJK bigrams (so a Chinese term
 * matches whatever the word segmenter made of its context, and English identifiers still match whole). A query must
 * match all its terms within one field; when nothing does, any term will do. Question matches weigh most.
 */
final class QuestionIndex {

    private static final String ORDER = "order";
    private static final String TOPIC = "topic";
    private static final String DIFFICULTY = "difficulty";
    private static final String QUALITY = "quality";
    private static final Map<String, Float> TEXT_FIELDS = Map.of("question", 4f, "variants", 2.5f, "reference", 1f);
    private static final String WORDS = "_words";
    private static final String BIGRAMS = "_bigrams";
    private static final float PHRASE_BOOST = 2f;

    private final IndexSearcher searcher;
    private final QueryBuilder words;
    private final QueryBuilder bigrams;

    QuestionIndex(List<Question> questions) {
        Analyzer wordAnalyzer = new SmartChineseAnalyzer();
        Analyzer bigramAnalyzer = new CJKAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : TEXT_FIELDS.keySet()) {
            perField.put(field + WORDS, wordAnalyzer);
            perField.put(field + BIGRAMS, bigramAnalyzer);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(
                directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(wordAnalyzer, perField)))) {
            for (int i = 0; i < questions.size(); i++) {
                writer.addDocument(document(i, questions.get(i)));
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to write", e);
        }
        this.words = new QueryBuilder(wordAnalyzer);
        this.bigrams = new QueryBuilder(bigramAnalyzer);
    }

    /** Positions (in the bank's order) of the matching questions, best first, and how many matched. */
    Hits search(
            @Nullable String text,
            @Nullable String topic,
            @Nullable Integer difficulty,
            @Nullable String quality,
            int offset,
            int limit) {
        try {
            BooleanQuery.Builder filters = new BooleanQuery.Builder();
            addFilter(filters, TOPIC, topic);
            addFilter(filters, DIFFICULTY, difficulty == null ? null : difficulty.toString());
            addFilter(filters, QUALITY, quality);
            if (text == null || text.isBlank()) {
                Query query = filters.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .build();
                return collect(query, new Sort(new SortField(ORDER, SortField.Type.INT)), offset, limit);
            }
            Sort ranked = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.INT));
            Query strict = textQuery(text, BooleanClause.Occur.MUST);
            if (strict != null) {
                Hits hits = collect(withFilters(filters, strict), ranked, offset, limit);
                if (hits.total() > 0) {
                    return hits;
                }
            }
            Query lenient = textQuery(text, BooleanClause.Occur.SHOULD);
            if (lenient == null) {
                return new Hits(List.of(), 0);
            }
            return collect(withFilters(filters, lenient), ranked, offset, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to read", e);
        }
    }

    private static Query withFilters(BooleanQuery.Builder filters, Query text) {
        BooleanQuery built = filters.build();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        built.clauses().forEach(query::add);
        return query.build();
    }

    private @Nullable Query textQuery(String text, BooleanClause.Occur eachTerm) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean empty = true;
        for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
            float boost = field.getValue();
            Query byWords = words.createBooleanQuery(field.getKey() + WORDS, text, eachTerm);
            Query byBigrams = bigrams.createBooleanQuery(field.getKey() + BIGRAMS, text, eachTerm);
            Query phrase = bigrams.createPhraseQuery(field.getKey() + BIGRAMS, text);
            for (Query q : new Query[] {byWords, byBigrams}) {
                if (q != null) {
                    any.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
                    empty = false;
                }
            }
            if (phrase != null) {
                any.add(new BoostQuery(phrase, boost * PHRASE_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        return empty ? null : any.build();
    }

    private Hits collect(Query query, Sort sort, int offset, int limit) throws IOException {
        int total = searcher.count(query);
        if (offset >= total || limit <= 0) {
            return new Hits(List.of(), total);
        }
        TopDocs top = searcher.search(query, Math.min(total, offset + limit), sort, false);
        List<Integer> positions = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            positions.add(searcher.storedFields()
                    .document(hit.doc)
                    .getField(ORDER)
                    .numericValue()
                    .intValue());
        }
        return new Hits(positions, total);
    }

    private static void addFilter(BooleanQuery.Builder filters, String field, @Nullable String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Document document(int position, Question question) {
        Document doc = new Document();
        doc.add(new StoredField(ORDER, position));
        doc.add(new NumericDocValuesField(ORDER, position));
        doc.add(new StringField(TOPIC, question.topic(), Field.Store.NO));
        doc.add(new StringField(DIFFICULTY, Integer.toString(question.difficulty()), Field.Store.NO));
        doc.add(new StringField(QUALITY, question.quality().status().wireName(), Field.Store.NO));
        addText(doc, "question", question.question());
        addText(doc, "variants", String.join("\n", question.variants()));
        addText(doc, "reference", question.referenceAnswer());
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        doc.add(new TextField(field + WORDS, text, Field.Store.NO));
        doc.add(new TextField(field + BIGRAMS, text, Field.Store.NO));
    }

    /** Bank positions of one page of hits, and the number of hits in all. */
    record Hits(List<Integer> positions, long total) {}
}
