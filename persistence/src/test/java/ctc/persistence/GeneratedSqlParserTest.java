package ctc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

class GeneratedSqlParserTest {

  @Test
  void namedParametersBecomePositionalInOrderAndQuotedTextIsKept() {
    ParsedSql parsed =
        new GeneratedSqlParser()
            .parse(
                "SELECT c.document FROM customer c WHERE c.project_key = :projectKey AND c.x = ':not' AND (c.a = :w1 OR "
                    + "c.b <> :w12) LIMIT :limit",
                null);

    assertThat(parsed.getSql())
        .isEqualTo(
            "SELECT c.document FROM customer c WHERE c.project_key = ? AND c.x = ':not' AND (c.a = ? OR c.b <> ?) LIMIT ?");
    assertThat(parsed.getParameters().getParameterNames())
        .containsExactly("projectKey", "w1", "w12", "limit");
  }
}
