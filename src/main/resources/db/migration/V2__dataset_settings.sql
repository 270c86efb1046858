-- ValueLens workspace schema, version 2: datasets as first-class objects (docs/decisions/0014-datasets-app.md).

-- A name the user gave the dataset (rename); NULL = show the file name.
ALTER TABLE datasets ADD COLUMN display_name VARCHAR(1000);

-- Per-dataset analysis choices (quadrant thresholds, CAC, channel CAC, calibration end, CLV method, ...), one row
-- per choice; the service layer owns the names and value formats. Deleted with the dataset.
CREATE TABLE dataset_settings (
    dataset_id INT            NOT NULL,
    name       VARCHAR(1100)  NOT NULL,
    setting    VARCHAR(10000) NOT NULL,
    PRIMARY KEY (dataset_id, name)
);

-- Workspace-wide state, e.g. the last active dataset the app reopens after a restart.
CREATE TABLE workspace_properties (
    name     VARCHAR(100)   NOT NULL PRIMARY KEY,
    property VARCHAR(10000) NOT NULL
);
