-- Stores, customer groups and types: one table, the resource as a JSON document beside its identifying columns.
CREATE TABLE resource (
  id           VARCHAR(36)  NOT NULL PRIMARY KEY,
  type_id      VARCHAR(32)  NOT NULL,
  project_key  VARCHAR(256) NOT NULL,
  resource_key VARCHAR(256),
  version      BIGINT       NOT NULL,
  created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  document     VARCHAR      NOT NULL
);
CREATE UNIQUE INDEX resource_key_unique ON resource (type_id, project_key, resource_key);
CREATE INDEX resource_list_idx ON resource (type_id, project_key, created_at, id);

-- Every resource a customer references (stores, customer groups, custom types of the customer and its addresses).
-- The foreign key makes the database refuse both a reference to a resource that is gone and the deletion of a
-- resource that is still referenced, even when the two race.
CREATE TABLE customer_reference (
  customer_id VARCHAR(36) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  resource_id VARCHAR(36) NOT NULL REFERENCES resource (id),
  PRIMARY KEY (customer_id, resource_id)
);
CREATE INDEX customer_reference_resource_idx ON customer_reference (resource_id);
