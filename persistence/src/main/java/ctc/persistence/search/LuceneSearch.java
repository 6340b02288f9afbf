package ctc.persistence.search;

import ctc.domain.error.Errors;
import ctc.domain.search.SearchRequest;
import ctc.domain.search.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/** Runs one search on one point-in-time view of the index, within the time limit. */
final class LuceneSearch {

  private LuceneSearch() {}

  static SearchResult run(
      IndexReader reader, String projectKey, SearchRequest request, Duration timeout)
      throws IOException {
    Query query;
    try {
      query = LuceneQueries.of(projectKey, request.query());
    } catch (IndexSearcher.TooManyClauses e) {
      throw Errors.invalidInput("The query has too many terms.");
    }
    Sort sort = LuceneSorts.of(request.sort());
    // A searcher per request, so that the time limit is this request's own.
    IndexSearcher searcher = new IndexSearcher(reader);
    long deadline = System.nanoTime() + timeout.toNanos();
    searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
    int wanted = request.offset() + request.limit();
    TopFieldDocs top;
    try {
      top =
          searcher.search(
              query, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
    } catch (IndexSearcher.TooManyClauses e) {
      throw Errors.invalidInput("The query has too many terms.");
    }
    if (searcher.timedOut()) {
      throw Errors.searchTimedOut();
    }
    ScoreDoc[] all = top.scoreDocs;
    ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length), all.length);
    int scoreField = scoreField(sort);
    if (scoreField < 0) {
      TopFieldCollector.populateScores(page, searcher, query);
    }
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (ScoreDoc doc : page) {
      float score = scoreField < 0 ? doc.score : (Float) ((FieldDoc) doc).fields[scoreField];
      float relevance = Float.isFinite(score) && score > 0 ? score : 0f;
      hits.add(new SearchResult.Hit(id(reader, doc.doc), relevance));
    }
    return new SearchResult(hits, request.limit(), request.offset(), top.totalHits.value);
  }

  /** Where the sort keeps the relevance, or -1 when it does not sort by it. */
  private static int scoreField(Sort sort) {
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE) {
        return i;
      }
    }
    return -1;
  }

  /** The customer id of a hit, from doc values: cheaper than decompressing stored fields. */
  private static String id(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), LuceneFields.ID);
    if (!ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("A document without id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }
}
