package ctc.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.RequestScope;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL of queries: every read of a query side table is restricted to the query's project. */
class CustomerQueriesTest {

  private static final Pattern SIDE_TABLE =
      Pattern.compile(
          "FROM (customer_store|customer_address|customer_address_role|customer_group_assignment|customer_custom_value)"
              + " (\\w+) WHERE (.*)");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "addresses(phone = \"1\") or addresses(city = \"x\" and not (postalCode = \"2\"))",
        "not (addresses(country = \"DE\")) and addresses is not empty",
        "addresses(custom(fields(floor = 3 or tags contains all (\"a\", \"b\"))))",
        "shippingAddressIds contains all (\"a\", \"b\") or billingAddressIds is empty",
        "stores(key = \"s\") or stores is empty",
        "customerGroupAssignments(customerGroup(id = \"g\")) or customerGroupAssignments is empty",
        "custom(fields(tier = \"gold\" or tier != \"x\" or tier is not defined or tags contains any (\"a\")))",
      })
  void everySideTableSubqueryComparesTheProjectFirst(String predicate) {
    QuerySpec spec =
        new QuerySpec(
            new QueryLanguageParser().parse(predicate, Map.of()),
            List.of(new Sort(null, "tier", true)),
            20,
            0,
            true);

    for (CustomerQueries.Sql sql :
        List.of(
            CustomerQueries.select(new RequestScope("p", "berlin"), spec),
            CustomerQueries.count(new RequestScope("p", "berlin"), spec))) {
      Matcher subquery = SIDE_TABLE.matcher(sql.text());
      int subqueries = 0;
      for (int from = 0; subquery.find(from); from = subquery.start() + 1) {
        String alias = subquery.group(2);
        assertThat(subquery.group(3))
            .as(sql.text())
            .matches(
                "("
                    + alias
                    + "\\.customer_id = \\S+ AND )?"
                    + alias
                    + "\\.project_key = :projectKey\\b.*");
        subqueries++;
      }
      assertThat(subqueries).isGreaterThanOrEqualTo(3);
      assertThat(sql.parameters()).containsEntry("projectKey", "p");
    }
  }
}
