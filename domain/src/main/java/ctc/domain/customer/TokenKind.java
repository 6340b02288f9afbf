package ctc.domain.customer;

/** The two kinds of single-use customer tokens. */
public enum TokenKind {
  PASSWORD,
  EMAIL
}
