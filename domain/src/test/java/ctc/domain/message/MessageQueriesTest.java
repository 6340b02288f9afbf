package ctc.domain.message;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message query language: the contract's §3 fields and sorts, nothing else. */
class MessageQueriesTest {

  private final List<QuerySpec> asked = new ArrayList<>();
  private final MessageQueries queries =
      new MessageQueries(
          new MessageRepository() {
            @Override
            public Page<Message> query(String projectKey, QuerySpec spec) {
              asked.add(spec);
              return new Page<>(spec.limit(), spec.offset(), 0, 0L, List.of());
            }

            @Override
            public Optional<Message> find(String projectKey, String id) {
              return Optional.empty();
            }
          });

  private QuerySpec parse(String where, String... sort) {
    queries.query(
        "p",
        new QueryParameters.Raw(
            where == null ? List.of() : List.of(where), Map.of(), List.of(sort), null, null, null));
    return asked.get(asked.size() - 1);
  }

  @Test
  void everyFieldOfTheContractCanBeQueried() {
    for (String where :
        List.of(
            "id = \"m\"",
            "version = 1",
            "type in (\"CustomerCreated\", \"StoreCreated\")",
            "resource(typeId = \"customer\" and id = \"c\")",
            "resourceVersion >= 2",
            "sequenceNumber > 3",
            "createdAt > \"2026-01-01T00:00:00Z\"",
            "lastModifiedAt < \"2026-01-01T00:00:00Z\"",
            "resourceUserProvidedIdentifiers(key = \"k\" or externalId = \"e\" or customerNumber = \"n\")",
            "customerId = \"c\"",
            "email = \"a@b.c\" and oldEmail != \"x@y.z\"",
            "reset = true",
            "customerGroup(id = \"g\")",
            "address(id = \"a\")",
            "address is not defined")) {
      assertThat(parse(where).where()).as(where).isNotInstanceOf(Where.All.class);
    }
  }

  @Test
  void otherFieldsAreUnknown() {
    for (String where :
        List.of(
            "firstName = \"x\"",
            "resource(key = \"x\")",
            "address(city = \"x\")",
            "customer(id = \"x\")",
            "custom(fields(a = 1))")) {
      expectError(400, InvalidInputError.class, () -> parse(where));
    }
  }

  @Test
  void sortsAreTheSixContractFieldsOnly() {
    QuerySpec spec = parse(null, "sequenceNumber desc", "type asc");

    assertThat(spec.sort())
        .extracting(Sort::field, Sort::ascending)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MessageQuerySchema.SEQUENCE_NUMBER, false),
            org.assertj.core.groups.Tuple.tuple(MessageQuerySchema.TYPE, true));
    for (String sort : List.of("email asc", "custom.fields.a asc", "resource.id asc")) {
      expectError(400, InvalidInputError.class, () -> parse(null, sort));
    }
  }

  @Test
  void anUnknownIdIsNotFound() {
    expectError(
        404,
        ctc.domain.error.ErrorObject.ResourceNotFoundError.class,
        () -> queries.get("p", "nope"));
  }
}
