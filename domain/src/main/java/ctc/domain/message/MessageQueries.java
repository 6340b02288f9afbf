package ctc.domain.message;

import ctc.domain.error.Errors;
import ctc.domain.query.Page;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySpec;
import java.util.List;

/**
 * The Messages API (the message contract's §2): a project's messages by query or by id, read-only.
 * Predicates, sorts and pages follow the customers' rules on the message schema.
 */
public final class MessageQueries {

  private static final QueryParameters PARAMETERS =
      new QueryParameters(
          new QueryLanguageParser(MessageQuerySchema.MESSAGE), MessageQuerySchema.SORTABLE);

  private final MessageRepository messages;

  public MessageQueries(MessageRepository messages) {
    this.messages = messages;
  }

  public Page<Message> query(String projectKey, QueryParameters.Raw raw) {
    return messages.query(projectKey, PARAMETERS.parse(raw));
  }

  /** Whether at least one message matches: HEAD on the query endpoint. */
  public boolean exists(String projectKey, QueryParameters.Raw raw) {
    QuerySpec spec = PARAMETERS.parse(raw);
    return messages.query(projectKey, new QuerySpec(spec.where(), List.of(), 1, 0, false)).count()
        > 0;
  }

  public Message get(String projectKey, String id) {
    return messages.find(projectKey, id).orElseThrow(() -> Errors.notFoundById(id));
  }
}
