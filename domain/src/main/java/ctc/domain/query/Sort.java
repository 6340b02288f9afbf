package ctc.domain.query;

import ctc.domain.query.QuerySchema.Scalar;

/**
 * One {@code sort} parameter: a top-level field of the queried resource, or a custom field ({@code
 * custom.fields.<name>}), and a direction. Exactly one of {@code field} and {@code customField} is
 * set.
 */
public record Sort(Scalar field, String customField, boolean ascending) {

  public static Sort by(Scalar field, boolean ascending) {
    return new Sort(field, null, ascending);
  }

  public static Sort by(QueryField field, boolean ascending) {
    return by(field.node(), ascending);
  }
}
