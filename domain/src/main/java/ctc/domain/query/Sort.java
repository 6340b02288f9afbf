package ctc.domain.query;

/** One {@code sort} parameter: a field and a direction. */
public record Sort(QueryField field, boolean ascending) {}
