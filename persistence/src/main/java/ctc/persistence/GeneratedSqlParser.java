package ctc.persistence;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds the {@code :name} parameters of the SQL that query translation generates, in one linear
 * pass. Jdbi's own parser lexes with ANTLR, which spent about two seconds on a statement with two
 * hundred parameters the first time it met it (every new query shape is a new statement text): CPU
 * time before the database is even asked, so beyond the reach of the statement timeout. Generated
 * SQL holds only quoted literals and named parameters: no comments, casts or positional parameters,
 * which this parser does not look for.
 */
final class GeneratedSqlParser implements SqlParser {

  @Override
  public ParsedSql parse(String sql, StatementContext context) {
    ParsedSql.Builder parsed = ParsedSql.builder();
    int copied = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted
          && c == ':'
          && i + 1 < sql.length()
          && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
          end++;
        }
        parsed.append(sql.substring(copied, i)).appendNamedParameter(sql.substring(i + 1, end));
        copied = end;
        i = end - 1;
      }
    }
    return parsed.append(sql.substring(copied)).build();
  }

  @Override
  public String nameParameter(String rawName, StatementContext context) {
    return ":" + rawName;
  }
}
