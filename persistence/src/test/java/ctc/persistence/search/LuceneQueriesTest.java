package ctc.persistence.search;

import static ctc.domain.search.Json.arr;
import static ctc.domain.search.Json.obj;
import static ctc.domain.search.Json.query;
import static ctc.domain.search.Json.simple;
import static ctc.persistence.search.TestIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorAssertions;
import ctc.domain.error.ErrorObject.QueryTimedOutError;
import ctc.domain.search.JsonValue;
import ctc.domain.search.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The translation of every expression on every kind of field into Lucene, run on a real in-memory
 * index: analysis, fuzzy distances, whole-value matching, ranges, custom fields, compounds,
 * relevance (contract §8) and sorting (§5).
 */
class LuceneQueriesTest {

  private static List<String> ids(TestIndex index, JsonValue query) {
    return index.ids(query(query));
  }

  private static Map<String, Float> relevance(TestIndex index, JsonValue body) {
    return index.search(body).results().stream()
        .collect(Collectors.toMap(SearchResult.Hit::id, SearchResult.Hit::relevance));
  }

  @Test
  void analysisSplitsAtNonLettersLowerCasesAndFoldsAccents() {
    assertThat(SearchAnalysis.terms("Jöhn-O'Brien  STRAßE, École_42ab ØRSTED"))
        .containsExactly("john", "o", "brien", "strasse", "ecole", "42ab", "orsted");
    assertThat(SearchAnalysis.terms(" -- ")).isEmpty();
  }

  @Test
  void fullTextMatchesWholeAnalysedTermsInAnyOrderAndCase() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(doc("jose").text("lastName", "Müller").text("email", "jo.doe@example.com"))
          .add(doc("ada").text("lastName", "Lovelace King").text("email", "ada@other.org"));
      assertThat(ids(index, simple("fullText", "lastName", "value", "MULLER")))
          .containsExactly("jose");
      assertThat(ids(index, simple("fullText", "email", "value", "example")))
          .containsExactly("jose");
      assertThat(ids(index, simple("fullText", "lastName", "value", "Lov"))).isEmpty();
      assertThat(ids(index, simple("fullText", "lastName", "value", "king lovelace")))
          .containsExactly("ada");
      assertThat(ids(index, simple("fullText", "lastName", "value", "king muller"))).isEmpty();
      assertThat(
              ids(
                  index,
                  simple("fullText", "lastName", "value", "king muller", "mustMatch", "any")))
          .containsExactlyInAnyOrder("ada", "jose");
      assertThat(ids(index, simple("fullText", "lastName", "value", "!!"))).isEmpty();
    }
  }

  @Test
  void fullTextPrefixTakesOnlyTheLastTermAsPrefix() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index.add(doc("ada").text("fullName", "Ada Lovelace"));
      assertThat(ids(index, simple("fullTextPrefix", "fullName", "value", "ada lov")))
          .containsExactly("ada");
      assertThat(ids(index, simple("fullTextPrefix", "fullName", "value", "lovelace A")))
          .containsExactly("ada");
      assertThat(ids(index, simple("fullTextPrefix", "fullName", "value", "ad lovelace")))
          .isEmpty();
    }
  }

  @Test
  void fuzzyAllowsTheEffectiveDistancePerTerm() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index.add(doc("smith").text("lastName", "Smith")).add(doc("jo").text("firstName", "Jo"));
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smiht", "level", 1)))
          .as("a swap of adjacent characters counts 1")
          .containsExactly("smith");
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smth", "level", 1)))
          .containsExactly("smith");
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smth", "level", 0))).isEmpty();
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "SMYTH", "level", 1)))
          .containsExactly("smith");
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smxyh", "level", 1))).isEmpty();
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smxyh", "level", 2)))
          .as("5 characters: capped at 1")
          .isEmpty();
      assertThat(ids(index, simple("fuzzy", "lastName", "value", "smiithh", "level", 2)))
          .containsExactly("smith");
      assertThat(ids(index, simple("fuzzy", "firstName", "value", "ja", "level", 2)))
          .as("2 characters: capped at 0")
          .isEmpty();
    }
  }

  @Test
  void exactPrefixAndWildcardCompareTheWholeValue() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(
              doc("a")
                  .text("email", "Ada@Example.com")
                  .keyword("key", "k-1*")
                  .text("fullName", "Ada Lovelace"))
          .add(
              doc("b")
                  .text("email", "bob@example.com")
                  .keyword("key", "k-2")
                  .text("fullName", "Bob"));
      assertThat(ids(index, simple("exact", "email", "value", "ada@example.com"))).isEmpty();
      assertThat(
              ids(
                  index,
                  simple("exact", "email", "value", "ada@example.com", "caseInsensitive", true)))
          .containsExactly("a");
      assertThat(ids(index, simple("exact", "key", "values", arr("k-2", "k-3"))))
          .containsExactly("b");
      assertThat(ids(index, simple("prefix", "fullName", "value", "Ada L"))).containsExactly("a");
      assertThat(ids(index, simple("prefix", "fullName", "value", "Lovelace"))).isEmpty();
      assertThat(
              ids(index, simple("prefix", "fullName", "value", "ada l", "caseInsensitive", true)))
          .containsExactly("a");
      assertThat(ids(index, simple("wildcard", "key", "value", "k-?*"))).containsExactly("a", "b");
      assertThat(ids(index, simple("wildcard", "key", "value", "k-1\\*"))).containsExactly("a");
      assertThat(ids(index, simple("wildcard", "key", "value", "k-2\\*"))).isEmpty();
      assertThat(
              ids(
                  index,
                  simple("wildcard", "email", "value", "*@EXAMPLE.COM", "caseInsensitive", true)))
          .containsExactly("a", "b");
    }
  }

  @Test
  void booleansNumbersDatesAndTimesCompareAsValues() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(
              doc("a")
                  .bool("isEmailVerified", true)
                  .date("dateOfBirth", "1990-01-02")
                  .dateTime("createdAt", "2026-01-02T02:04:05.678Z")
                  .custom("points", "number", 100)
                  .custom("callAt", "time", "10:30:00"))
          .add(
              doc("b")
                  .bool("isEmailVerified", false)
                  .date("dateOfBirth", "2001-05-06")
                  .dateTime("createdAt", "2026-03-01T00:00:00Z")
                  .custom("points", "number", 20.5));
      assertThat(ids(index, simple("exact", "isEmailVerified", "value", false)))
          .containsExactly("b");
      assertThat(ids(index, simple("exact", "custom.points", "value", 100.0))).containsExactly("a");
      assertThat(ids(index, simple("exact", "custom.points", "value", "100"))).isEmpty();
      assertThat(ids(index, simple("exact", "dateOfBirth", "value", "1990-01-02")))
          .containsExactly("a");
      assertThat(ids(index, simple("exact", "createdAt", "value", "2026-01-02T04:04:05.678+02:00")))
          .containsExactly("a");
      assertThat(ids(index, simple("exact", "custom.callAt", "value", "10:30")))
          .containsExactly("a");
      assertThat(ids(index, simple("range", "custom.points", "gt", 20.5))).containsExactly("a");
      assertThat(ids(index, simple("range", "custom.points", "gte", 20.5, "lt", 100)))
          .containsExactly("b");
      assertThat(ids(index, simple("range", "custom.points", "lte", 100)))
          .containsExactly("a", "b");
      assertThat(ids(index, simple("range", "dateOfBirth", "gt", "1990-01-02")))
          .containsExactly("b");
      assertThat(
              ids(index, simple("range", "dateOfBirth", "gte", "1990-01-02", "lt", "2001-05-06")))
          .containsExactly("a");
      assertThat(ids(index, simple("range", "createdAt", "lt", "2026-01-02T02:04:05.679Z")))
          .containsExactly("a");
      assertThat(ids(index, simple("range", "custom.callAt", "gt", "10:00:00")))
          .containsExactly("a");
      assertThat(ids(index, simple("range", "custom.points", "gt", "2020-01-01"))).isEmpty();
    }
  }

  @Test
  void existsAndCustomFieldTypesAndLocales() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(
              doc("a")
                  .text("companyName", "ACME")
                  .custom("tags", "set_text", "vip")
                  .custom("tags", "set_text", "early bird")
                  .custom("note", "ltext", "Very loyal", "en")
                  .custom("note", "ltext", "Sehr treu", "de")
                  .custom("tier", "enum", "gold"))
          .add(doc("b").custom("tags", "text", "vip").custom("tier", "number", 3));
      assertThat(ids(index, simple("exists", "companyName"))).containsExactly("a");
      assertThat(ids(index, simple("exists", "custom.tags"))).containsExactly("a", "b");
      assertThat(ids(index, simple("exists", "custom.nothing"))).isEmpty();
      assertThat(ids(index, simple("exact", "custom.tags", "value", "vip")))
          .containsExactly("a", "b");
      assertThat(
              ids(index, simple("exact", "custom.tags", "value", "vip", "fieldType", "set_text")))
          .containsExactly("a");
      assertThat(ids(index, simple("fullText", "custom.tags", "value", "BIRD")))
          .containsExactly("a");
      assertThat(ids(index, simple("fullText", "custom.note", "value", "treu")))
          .containsExactly("a");
      assertThat(ids(index, simple("fullText", "custom.note", "value", "treu", "language", "de")))
          .containsExactly("a");
      assertThat(ids(index, simple("fullText", "custom.note", "value", "treu", "language", "en")))
          .isEmpty();
      assertThat(ids(index, simple("exact", "custom.tags", "value", "vip", "language", "en")))
          .as("the locale is ignored on other types")
          .containsExactly("a", "b");
      assertThat(ids(index, simple("exact", "custom.tier", "value", "gold"))).containsExactly("a");
      assertThat(ids(index, simple("exact", "custom.tier", "value", 3))).containsExactly("b");
      assertThat(ids(index, simple("fullText", "custom.tier", "value", "gold")))
          .as("an enum is a keyword")
          .isEmpty();
    }
  }

  @Test
  void compoundsCombineAndOnlyTheProjectIsSearched() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(doc("a").keyword("key", "a").keyword("stores.key", "berlin", "paris"))
          .add(doc("b").keyword("key", "b").keyword("stores.key", "paris"))
          .add(doc("c").keyword("key", "c"))
          .add(doc("x").keyword("key", "a").build("other-project"));
      JsonValue paris = simple("exact", "stores.key", "value", "paris");
      JsonValue keyA = simple("exact", "key", "value", "a");
      assertThat(ids(index, obj("and", arr(paris, obj("not", arr(keyA)))))).containsExactly("b");
      assertThat(ids(index, obj("or", arr(keyA, simple("exact", "key", "value", "c")))))
          .containsExactly("a", "c");
      assertThat(ids(index, obj("not", arr(simple("exists", "stores.key"))))).containsExactly("c");
      assertThat(ids(index, obj("filter", arr(paris)))).containsExactly("a", "b");
      assertThat(index.ids(obj())).containsExactly("a", "b", "c");
    }
  }

  @Test
  void relevanceFollowsTheContractsGuarantees() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(doc("both").text("firstName", "ada x").text("lastName", "lovelace"))
          .add(doc("one").text("firstName", "ada y").text("lastName", "smith"))
          .add(doc("short").text("companyName", "acme"))
          .add(doc("long").text("companyName", "acme corp international"))
          .add(doc("first").text("firstName", "king").text("lastName", "other"))
          .add(doc("last").text("firstName", "other").text("lastName", "king"));

      JsonValue any = simple("fullText", "firstName", "value", "ada x", "mustMatch", "any");
      assertThat(index.ids(query(any)))
          .as("1: more matches rank higher")
          .containsExactly("both", "one");

      assertThat(index.ids(query(simple("fullText", "companyName", "value", "acme"))))
          .as("2: shorter fields rank higher")
          .containsExactly("short", "long");

      JsonValue boosted =
          obj(
              "or",
              arr(
                  simple("fullText", "firstName", "value", "king"),
                  simple("fullText", "lastName", "value", "king", "boost", 10)));
      assertThat(index.ids(query(boosted))).as("3: boost").containsExactly("last", "first");

      JsonValue filtered = obj("and", arr(any, obj("filter", arr(simple("exists", "lastName")))));
      assertThat(relevance(index, query(filtered)))
          .as("4: filters do not score")
          .isEqualTo(relevance(index, query(any)));
      assertThat(
              relevance(index, query(obj("filter", arr(simple("exists", "firstName"))))).values())
          .containsOnly(0f);
      assertThat(relevance(index, obj()).values()).containsOnly(0f);

      SearchResult equal = index.search(query(simple("exists", "firstName", "boost", 2)));
      assertThat(equal.results()).extracting(SearchResult.Hit::relevance).containsOnly(2f);
      assertThat(equal.results())
          .extracting(SearchResult.Hit::id)
          .as("5: equal relevance in id order")
          .containsExactly("both", "first", "last", "one");
    }
  }

  @Test
  void sortingIsCaseInsensitiveWithMissingValuesLastAndIdAfterAll() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index
          .add(
              doc("1")
                  .text("lastName", "b")
                  .keyword("stores.key", "m", "z")
                  .custom("n", "set_number", 1)
                  .custom("n", "set_number", 9))
          .add(
              doc("2")
                  .text("lastName", "A")
                  .keyword("stores.key", "n")
                  .custom("n", "set_number", 4)
                  .custom("n", "set_number", 4))
          .add(doc("3"))
          .add(doc("4").text("lastName", "a"));
      assertThat(index.ids(obj("sort", arr(obj("field", "lastName", "order", "asc")))))
          .containsExactly("2", "4", "1", "3");
      assertThat(index.ids(obj("sort", arr(obj("field", "lastName", "order", "desc")))))
          .containsExactly("1", "4", "2", "3");
      assertThat(index.ids(obj("sort", arr(obj("field", "stores.key", "order", "desc")))))
          .as("desc takes the highest value")
          .containsExactly("1", "2", "3", "4");
      assertThat(
              index.ids(
                  obj("sort", arr(obj("field", "stores.key", "order", "asc", "mode", "max")))))
          .containsExactly("2", "1", "3", "4");
      assertThat(
              index.ids(obj("sort", arr(obj("field", "custom.n", "order", "asc", "mode", "avg")))))
          .containsExactly("2", "1", "3", "4");
      assertThat(
              index.ids(obj("sort", arr(obj("field", "custom.n", "order", "desc", "mode", "sum")))))
          .containsExactly("1", "2", "3", "4");
      assertThat(
              index.ids(
                  obj(
                      "query",
                      simple("fullText", "lastName", "value", "a b", "mustMatch", "any"),
                      "sort",
                      arr(obj("field", "score", "order", "asc")))))
          .as("\"b\" is rarer than \"a\", so scores higher and comes last")
          .containsExactly("2", "4", "1");
    }
  }

  @Test
  void pagingCountsEveryMatch() throws Exception {
    try (TestIndex index = new TestIndex()) {
      for (int i = 0; i < 30; i++) {
        index.add(doc(String.format("%02d", i)));
      }
      SearchResult page = index.search(obj("limit", 5, "offset", 10));
      assertThat(page.total()).isEqualTo(30);
      assertThat(page.results())
          .extracting(SearchResult.Hit::id)
          .containsExactly("10", "11", "12", "13", "14");
      assertThat(index.search(obj("offset", 40)).results()).isEmpty();
    }
  }

  @Test
  void aSearchOverItsTimeIsStopped() throws Exception {
    try (TestIndex index = new TestIndex()) {
      index.add(doc("a"));
      ErrorAssertions.expectError(
          400, QueryTimedOutError.class, () -> index.search(obj(), Duration.ZERO));
    }
  }
}
