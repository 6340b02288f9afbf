-- Messages: one row per message, the whole message as a JSON document beside the columns that the common queries
-- read (by resource, by type, by creation time). A message is never changed. The unique index makes a sequence
-- number of a resource impossible to give twice, whatever the writers do.
CREATE TABLE message (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  project_key      VARCHAR(256) NOT NULL,
  resource_type_id VARCHAR(32)  NOT NULL,
  resource_id      VARCHAR(36)  NOT NULL,
  sequence_number  BIGINT       NOT NULL,
  resource_version BIGINT       NOT NULL,
  type             VARCHAR(64)  NOT NULL,
  created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  document         VARCHAR      NOT NULL
);
CREATE UNIQUE INDEX message_sequence_unique ON message (project_key, resource_type_id, resource_id, sequence_number);
CREATE INDEX message_created_idx ON message (project_key, created_at, id);
CREATE INDEX message_type_idx ON message (project_key, type);
