-- Count-only datasets (issue 12, docs/decisions/0018-count-only-datasets.md): a transaction log imported without an
-- amount, quantity or unit price column stores amount 0 on every line and is marked here, so that the analyses that
-- need spend say so instead of showing zeros. Existing datasets all had amounts.

ALTER TABLE datasets ADD has_amounts BOOLEAN NOT NULL DEFAULT TRUE;
