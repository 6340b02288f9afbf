-- Customers: the whole customer is kept as a JSON document (one read, one parse per GET); every top-level scalar that
-- can be queried or sorted is copied into its own column, and the fields that identify a customer are indexed.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE customer (
  id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
  project_key                 VARCHAR(256) NOT NULL,
  version                     BIGINT       NOT NULL,
  customer_key                VARCHAR(256),
  email                       VARCHAR      NOT NULL,
  lowercase_email             VARCHAR      NOT NULL,
  customer_number             VARCHAR,
  external_id                 VARCHAR,
  first_name                  VARCHAR,
  last_name                   VARCHAR,
  middle_name                 VARCHAR,
  title                       VARCHAR,
  salutation                  VARCHAR,
  date_of_birth               DATE,
  company_name                VARCHAR,
  vat_id                      VARCHAR,
  is_email_verified           BOOLEAN      NOT NULL,
  locale                      VARCHAR,
  authentication_mode         VARCHAR(16)  NOT NULL,
  default_shipping_address_id VARCHAR(8),
  default_billing_address_id  VARCHAR(8),
  created_at                  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  last_modified_at            TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  document                    VARCHAR      NOT NULL
);

CREATE UNIQUE INDEX customer_key_unique ON customer (project_key, customer_key);
CREATE UNIQUE INDEX customer_number_unique ON customer (project_key, customer_number);
CREATE INDEX customer_email_idx ON customer (project_key, email);
CREATE INDEX customer_lowercase_email_idx ON customer (project_key, lowercase_email);
CREATE INDEX customer_external_id_idx ON customer (project_key, external_id);
CREATE INDEX customer_created_at_idx ON customer (project_key, created_at, id);
CREATE INDEX customer_last_modified_at_idx ON customer (project_key, last_modified_at);
CREATE INDEX customer_version_idx ON customer (project_key, version);

-- A customer's stores (empty = global), for store visibility and the per-store email rule.
CREATE TABLE customer_store (
  customer_id VARCHAR(36)  NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  store_key   VARCHAR(256) NOT NULL,
  PRIMARY KEY (customer_id, store_key)
);
CREATE INDEX customer_store_key_idx ON customer_store (store_key, customer_id);

-- One row per project and lower-cased email. A write that can create an email conflict locks this row first, so
-- concurrent writers of the same email run one after the other and each sees the other's committed customer.
CREATE TABLE customer_email_lock (
  project_key     VARCHAR(256) NOT NULL,
  lowercase_email VARCHAR      NOT NULL,
  PRIMARY KEY (project_key, lowercase_email)
);
