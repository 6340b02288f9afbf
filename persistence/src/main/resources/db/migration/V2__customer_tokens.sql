-- Password-reset and email-verification tokens. Only the SHA-256 digest of a token value is kept, and tokens are
-- looked up by it; a used or invalidated token is deleted, so what is not here does not exist.
CREATE TABLE customer_token (
  id                      VARCHAR(36)  NOT NULL PRIMARY KEY,
  project_key             VARCHAR(256) NOT NULL,
  customer_id             VARCHAR(36)  NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  kind                    VARCHAR(16)  NOT NULL,
  value_digest            CHAR(64)     NOT NULL,
  expires_at              TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  created_at              TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  invalidate_older_tokens BOOLEAN      NOT NULL
);

CREATE UNIQUE INDEX customer_token_digest_unique ON customer_token (value_digest);
CREATE INDEX customer_token_customer_idx ON customer_token (customer_id, kind);
