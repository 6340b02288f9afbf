package ctc.domain.query;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.domain.customer.EmailUniqueness;
import ctc.domain.query.QuerySchema.CustomFieldValues;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link Where} predicate on a customer in memory, as the SQL translation does in the
 * database: the reference semantics for the in-memory repository. A missing value never satisfies a
 * comparison, except {@code !=} and {@code not in}, which a missing value does satisfy.
 */
public final class WhereEvaluator {

  private WhereEvaluator() {}

  public static boolean matches(Customer customer, Where where) {
    return eval(where, customer, customer.custom());
  }

  /**
   * {@code target} is the object the predicate is about; {@code custom} the custom fields in reach.
   */
  private static boolean eval(Where where, Object target, CustomFields custom) {
    if (where instanceof Where.All) {
      return true;
    }
    if (where instanceof Where.And and) {
      return and.terms().stream().allMatch(t -> eval(t, target, custom));
    }
    if (where instanceof Where.Or or) {
      return or.terms().stream().anyMatch(t -> eval(t, target, custom));
    }
    if (where instanceof Where.Not not) {
      return !eval(not.term(), target, custom);
    }
    if (where instanceof Where.Within within) {
      return within(within, target, custom);
    }
    Node field = field(where);
    Object value =
        target instanceof Map<?, ?> fields ? fields.get(field.name()) : value(target, field.name());
    return leaf(where, value);
  }

  /**
   * A top-level field's value as a predicate compares it: found by the node's name, so that neither
   * this class nor the in-memory repository's sort keeps a list of fields of its own.
   */
  public static Object valueOf(Customer customer, Node field) {
    return value(customer, field.name());
  }

  private static boolean within(Where.Within within, Object target, CustomFields custom) {
    if (within.nested() instanceof CustomFieldValues) {
      return custom != null && eval(within.inner(), custom.fields(), null);
    }
    Nested nested = (Nested) within.nested();
    Object value = nested.name().equals("custom") ? custom : value(target, nested.name());
    if (value == null) {
      return false;
    }
    List<?> elements = value instanceof List<?> list ? list : List.of(value);
    return elements.stream()
        .anyMatch(
            element ->
                eval(
                    within.inner(),
                    element,
                    element instanceof Address address ? address.custom() : custom));
  }

  private static boolean leaf(Where where, Object value) {
    if (where instanceof Where.IsDefined defined) {
      return (value != null && !(value instanceof List<?> list && list.isEmpty())
              || isArrayNode(defined.field()))
          != defined.negated();
    }
    if (where instanceof Where.IsEmpty empty) {
      boolean isEmpty = value == null || value instanceof List<?> list && list.isEmpty();
      return isEmpty != empty.negated();
    }
    if (where instanceof Where.Contains contains) {
      List<?> elements =
          value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
      return contains.all()
          ? contains.values().stream().allMatch(v -> elements.stream().anyMatch(e -> same(e, v)))
          : contains.values().stream().anyMatch(v -> elements.stream().anyMatch(e -> same(e, v)));
    }
    if (where instanceof Where.In in) {
      List<?> candidates =
          value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
      boolean found =
          in.values().stream().anyMatch(v -> candidates.stream().anyMatch(e -> same(e, v)));
      return found != in.negated();
    }
    Where.Compare compare = (Where.Compare) where;
    List<?> candidates =
        value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    if (compare.operator() == Where.Operator.NOT_EQUAL) {
      return candidates.stream().noneMatch(e -> same(e, compare.value()));
    }
    return candidates.stream()
        .anyMatch(
            e -> {
              Integer order = order(e, compare.value());
              return order != null
                  && switch (compare.operator()) {
                    case EQUAL -> order == 0;
                    case LESS -> order < 0;
                    case LESS_OR_EQUAL -> order <= 0;
                    case GREATER -> order > 0;
                    case GREATER_OR_EQUAL -> order >= 0;
                    case NOT_EQUAL -> order != 0;
                  };
            });
  }

  private static boolean isArrayNode(Node node) {
    return node instanceof QuerySchema.ScalarArray;
  }

  private static boolean same(Object actual, Object expected) {
    Integer order = order(actual, expected);
    return order != null && order == 0;
  }

  /**
   * Compares like values only: text with text, numbers with numbers, and so on; anything else is no
   * match.
   */
  @SuppressWarnings("unchecked")
  private static Integer order(Object actual, Object expected) {
    if (actual instanceof Number a && expected instanceof Number e) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString()));
    }
    if (actual != null
        && expected != null
        && actual.getClass() == expected.getClass()
        && actual instanceof Comparable<?>) {
      return ((Comparable<Object>) actual).compareTo(expected);
    }
    return null;
  }

  /** The named field of a customer, address or reference, as the schema names it. */
  private static Object value(Object target, String name) {
    if (target instanceof Customer customer) {
      return switch (name) {
        case "lowercaseEmail" -> EmailUniqueness.normalize(customer.email());
        case "customerGroupAssignments" -> new ArrayList<>(customer.customerGroupAssignments());
        default -> component(customer, name);
      };
    }
    if (target instanceof ResourceIdentifier reference) {
      return name.equals("id") ? reference.id() : name.equals("typeId") ? reference.typeId() : null;
    }
    if (target instanceof KeyReference reference) {
      return name.equals("key")
          ? reference.key()
          : name.equals("typeId") ? reference.typeId() : null;
    }
    if (target instanceof CustomerGroupAssignment assignment) {
      return name.equals("customerGroup") ? assignment.customerGroup() : null;
    }
    if (target instanceof CustomFields custom) {
      return name.equals("type") ? custom.type() : null;
    }
    return component(target, name);
  }

  private static Object component(Object record, String name) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          Object value = component.getAccessor().invoke(record);
          // Stored as the database columns hold them: whole numbers as decimals, enums by name.
          return value instanceof Long || value instanceof Integer
              ? new BigDecimal(value.toString())
              : value instanceof Enum<?> constant ? constant.name() : value;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  private static Node field(Where leaf) {
    if (leaf instanceof Where.Compare compare) {
      return compare.field();
    }
    if (leaf instanceof Where.In in) {
      return in.field();
    }
    if (leaf instanceof Where.Contains contains) {
      return contains.field();
    }
    if (leaf instanceof Where.IsEmpty empty) {
      return empty.field();
    }
    return ((Where.IsDefined) leaf).field();
  }
}
