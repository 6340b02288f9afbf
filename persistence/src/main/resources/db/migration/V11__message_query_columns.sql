-- Messages become queryable: the identifiers of the resource and the payload fields that consumers filter by get
-- columns of their own (null on the message types without them), next to indexes for the common queries: one
-- resource's history by sequence number, a customer's token messages, and the retention purge by age. The unique
-- index of V10 is replaced by one that leads with the resource id, so that it also serves queries by resource(id)
-- alone.
ALTER TABLE message ADD COLUMN identifier_key VARCHAR;
ALTER TABLE message ADD COLUMN identifier_external_id VARCHAR;
ALTER TABLE message ADD COLUMN identifier_customer_number VARCHAR;
ALTER TABLE message ADD COLUMN customer_id VARCHAR(36);
ALTER TABLE message ADD COLUMN email VARCHAR;
ALTER TABLE message ADD COLUMN old_email VARCHAR;
ALTER TABLE message ADD COLUMN reset BOOLEAN;
ALTER TABLE message ADD COLUMN customer_group_id VARCHAR(36);
ALTER TABLE message ADD COLUMN address_id VARCHAR;
DROP INDEX message_sequence_unique;
CREATE UNIQUE INDEX message_resource_unique ON message (project_key, resource_id, resource_type_id, sequence_number);
CREATE INDEX message_customer_idx ON message (project_key, customer_id);
CREATE INDEX message_age_idx ON message (created_at);
