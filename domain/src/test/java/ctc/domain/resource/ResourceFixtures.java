package ctc.domain.resource;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerFixtures;
import ctc.domain.group.CustomerGroup;
import ctc.domain.store.Store;
import ctc.domain.type.FieldDefinition;
import ctc.domain.type.FieldType;
import ctc.domain.type.FieldType.EnumValue;
import ctc.domain.type.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stores, customer groups and types with every field set, shared by the domain tests and, through
 * the domain test-jar, by the persistence tests.
 */
public final class ResourceFixtures {

  /** When the resources made here were created (millisecond precision, as stored). */
  public static final Instant CREATED_AT = CustomerFixtures.CREATED_AT;

  /** The client recorded as creator of the resources made here. */
  public static final ClientLogging CREATOR = CustomerFixtures.ACTOR;

  /**
   * A richer actor, recorded as last modifier, so that every part of ClientLogging takes a round
   * trip.
   */
  public static final ClientLogging MODIFIER =
      new ClientLogging(
          "other-client",
          false,
          "user-7",
          "anon-1",
          ResourceIdentifier.ofId(ResourceKind.CUSTOMER, "c-1"));

  public static final FieldType BOOLEAN = kind("Boolean");
  public static final FieldType STRING = kind("String");
  public static final FieldType LOCALIZED_STRING = kind("LocalizedString");
  public static final FieldType NUMBER = kind("Number");
  public static final FieldType DATE = kind("Date");
  public static final FieldType DATE_TIME = kind("DateTime");
  public static final FieldType TIME = kind("Time");
  public static final FieldType MONEY = kind("Money");
  public static final FieldType COLOUR =
      new FieldType(
          "Enum", List.of(new EnumValue("red", "Red"), new EnumValue("blue", "Blue")), null, null);
  public static final FieldType SIZE =
      new FieldType(
          "LocalizedEnum",
          List.of(
              new EnumValue("s", Map.of("en", "Small", "de", "Klein")),
              new EnumValue("l", Map.of("en", "Large"))),
          null,
          null);
  public static final FieldType SIZES = new FieldType("Set", null, SIZE, null);
  public static final FieldType TAGS = new FieldType("Set", null, STRING, null);
  public static final FieldType CUSTOMER_REFERENCE =
      new FieldType("Reference", null, null, "customer");

  private ResourceFixtures() {}

  public static FieldType kind(String name) {
    return new FieldType(name, null, null, null);
  }

  public static FieldDefinition field(String name, FieldType type) {
    return new FieldDefinition(type, name, Map.of("en", name), false, null);
  }

  public static FieldDefinition required(String name, FieldType type) {
    return new FieldDefinition(type, name, Map.of("en", name), true, null);
  }

  /** A store at version 1 with a name in two languages and two languages. */
  public static Store store(String id, String key, Instant createdAt) {
    return new Store(
        id,
        1,
        createdAt,
        createdAt,
        CREATOR,
        createdAt,
        MODIFIER,
        key,
        Map.of("en", "Berlin", "de", "Berlin Mitte"),
        List.of("en", "de"),
        null,
        null,
        null,
        0);
  }

  /** A customer group at version 1 named "Gold". */
  public static CustomerGroup group(String id, String key, Instant createdAt) {
    return new CustomerGroup(
        id, 1, createdAt, createdAt, CREATOR, createdAt, MODIFIER, key, "Gold");
  }

  /**
   * A type at version 1 for customers and addresses, with a field of every kind, some required,
   * some hinted.
   */
  public static Type type(String id, String key, Instant createdAt) {
    return type(
        id,
        key,
        createdAt,
        List.of("customer", "address"),
        List.of(
            required("vip", BOOLEAN),
            new FieldDefinition(
                STRING, "note", Map.of("en", "Note", "de", "Notiz"), false, "MultiLine"),
            new FieldDefinition(LOCALIZED_STRING, "nickname", Map.of(), false, "SingleLine"),
            field("score", NUMBER),
            field("since", DATE),
            field("seenAt", DATE_TIME),
            field("callAt", TIME),
            field("credit", MONEY),
            field("colour", COLOUR),
            field("size", SIZE),
            field("sizes", SIZES),
            field("tags", TAGS),
            field("referrer", CUSTOMER_REFERENCE)));
  }

  public static Type type(
      String id,
      String key,
      Instant createdAt,
      List<String> resourceTypeIds,
      List<FieldDefinition> fields) {
    return new Type(
        id,
        1,
        createdAt,
        createdAt,
        CREATOR,
        createdAt,
        MODIFIER,
        key,
        Map.of("en", "Customer extras", "de", "Kundenextras"),
        Map.of("en", "More about the customer"),
        resourceTypeIds,
        fields);
  }
}
