package ctc.domain.query;

/**
 * One {@code sort} parameter: a top-level field, or a custom field ({@code custom.fields.<name>}),
 * and a direction. Exactly one of {@code field} and {@code customField} is set.
 */
public record Sort(QueryField field, String customField, boolean ascending) {

  public static Sort by(QueryField field, boolean ascending) {
    return new Sort(field, null, ascending);
  }
}
