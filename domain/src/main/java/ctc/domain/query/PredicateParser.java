package ctc.domain.query;

import java.util.List;
import java.util.Map;

/** Parses one {@code where} parameter, with the request's {@code var.*} input variables. */
public interface PredicateParser {

  Where parse(String where, Map<String, List<String>> variables);
}
