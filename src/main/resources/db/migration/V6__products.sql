-- Products and categories per transaction line (issue 17, docs/decisions/0025-product-columns.md). Lines carry
-- 4-byte dictionary keys (NULL when the file has no product or category column); the names live once per dataset
-- in product_items, so that a 10,000,000-line file stores and scans ints, not repeated text.

ALTER TABLE transactions ADD COLUMN product_key INT;
ALTER TABLE transactions ADD COLUMN category_key INT;

-- kind 'P' = product (item = code or name, label = the description seen first with it), 'C' = category.
CREATE TABLE product_items (
    dataset_id INT           NOT NULL,
    kind       CHAR(1)       NOT NULL,
    item_key   INT           NOT NULL,
    item       VARCHAR(1000) NOT NULL,
    label      VARCHAR(1000),
    PRIMARY KEY (dataset_id, kind, item_key)
);
