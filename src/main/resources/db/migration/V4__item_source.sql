-- Plan files imported into a roadmap (issue 7): which item each task of the file became, by the file's own
-- identity (MS Project GUID or unique id, GanttProject uid or id, CSV WBS code), so that importing an updated
-- file into the same roadmap changes those items instead of adding copies.
-- No foreign keys on purpose: undo brings a deleted item or roadmap back with the same id, and its source key
-- must still name it then; a key whose item is gone is simply not a match (and is rewritten by the next import).
CREATE TABLE item_source (
    roadmap_id UUID         NOT NULL,
    source_key VARCHAR(300) NOT NULL,
    item_id    UUID         NOT NULL,
    CONSTRAINT item_source_pk PRIMARY KEY (roadmap_id, source_key)
);
CREATE INDEX item_source_item_idx ON item_source (item_id);
