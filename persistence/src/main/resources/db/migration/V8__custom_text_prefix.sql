-- Custom String values have no length bound of their own (commercetools bounds only the document), but a B-tree
-- entry cannot hold a long text (PostgreSQL refuses entries over 2,704 bytes). The index therefore holds the first
-- 128 characters; a comparison finds its candidates by that prefix and then compares the whole value.
ALTER TABLE customer_custom_value ADD COLUMN text_prefix VARCHAR(128);
UPDATE customer_custom_value SET text_prefix = SUBSTRING(text_value FROM 1 FOR 128) WHERE text_value IS NOT NULL;
DROP INDEX customer_custom_value_text_idx;
CREATE INDEX customer_custom_value_text_idx ON customer_custom_value (project_key, name, text_prefix, customer_id);
