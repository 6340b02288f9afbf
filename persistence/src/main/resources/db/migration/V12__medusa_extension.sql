-- The Medusa store API facade's extension of a customer (phone, metadata, per-address metadata), as one JSON
-- document. Written in the transaction of the customer change it belongs to; never part of the commercetools
-- representation or its queries; deleted with its customer.
CREATE TABLE medusa_customer_extension (
  customer_id VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
  project_key VARCHAR(256) NOT NULL,
  document    VARCHAR      NOT NULL
);
