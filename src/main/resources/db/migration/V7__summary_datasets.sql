-- Summary-only datasets (issue 18, docs/decisions/0028-summary-only-datasets.md): a database import in summary mode
-- keeps one row per customer, computed by the source database at a fixed calibration end, instead of transactions.
-- The datasets row has shape 'SUMMARY'. Rows go with the dataset (ON DELETE CASCADE).

CREATE TABLE summary_datasets (
    dataset_id         INT         NOT NULL PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
    calibration_end    DATE        NOT NULL,
    observation_end    DATE        NOT NULL,
    returns_policy     VARCHAR(20) NOT NULL,
    after_calibration  INT         NOT NULL,
    without_purchase   INT         NOT NULL,
    lines_read         BIGINT      NOT NULL,
    return_lines       BIGINT      NOT NULL
);

-- Days are epoch days; money in the dataset's currency; cost NULL when no line carried one.
CREATE TABLE summary_customers (
    dataset_id        INT              NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    position          INT              NOT NULL,
    customer_id       VARCHAR(1000)    NOT NULL,
    first_day         INT              NOT NULL,
    last_day          INT              NOT NULL,
    frequency         INT              NOT NULL,
    revenue           DOUBLE PRECISION NOT NULL,
    repeat_spend      DOUBLE PRECISION NOT NULL,
    cost              DOUBLE PRECISION,
    lines             BIGINT           NOT NULL,
    holdout_frequency INT              NOT NULL,
    holdout_revenue   DOUBLE PRECISION NOT NULL,
    channel           VARCHAR(1000),
    PRIMARY KEY (dataset_id, position)
);

-- Repeat purchase days per calendar day (the holdout check's tracking curve).
CREATE TABLE summary_repeat_days (
    dataset_id INT    NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    epoch_day  INT    NOT NULL,
    repeats    BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, epoch_day)
);
