-- The compact analysis store (issue 14 item 1, docs/decisions/0020-analysis-store.md): per dataset, each column of
-- its transaction lines as one segment of primitive values in file order (customer key, day, amount, ...), cut into
-- chunks of at most 8 MB. The analyses load the segments they need instead of scanning the row table.
-- A new column is a new segment name; no schema change is needed for it.

CREATE TABLE store_segments (
    dataset_id  INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    chunk       INT          NOT NULL,
    -- INT32, INT64, FLOAT64, BITS (one bit a value) or STRINGS (UTF-8, each preceded by its byte length)
    kind        VARCHAR(10)  NOT NULL,
    -- values in this chunk
    value_count INT          NOT NULL,
    -- a BLOB, not a VARBINARY: H2 keeps large VARBINARY values inside the table's pages, and 10 M-row datasets
    -- (hundreds of MB in one table) corrupted the file there ("Illegal page length"); BLOBs go to LOB storage
    data        BLOB         NOT NULL,
    PRIMARY KEY (dataset_id, name, chunk)
);

-- The format of the dataset's store; NULL = no store yet (a dataset imported before V5): it is built from the row
-- table the first time the dataset is read, in one transaction.
ALTER TABLE datasets ADD store_version INT;

-- Whether the dataset's lines are also in the row table (transactions). Imports since V5 write the store only
-- unless the workspace property import.row_table is true; a dataset without lines (a customer table, or a future
-- summary-only dataset) has neither.
ALTER TABLE datasets ADD row_table BOOLEAN NOT NULL DEFAULT TRUE;
