package org.valuelens.service;

/** The file's content (same SHA-256) is already a dataset in the workspace and the import was not forced. */
public final class DuplicateImportException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final int existingDatasetId;

    /**
     * @param message           one plain sentence
     * @param existingDatasetId the dataset already holding this content
     */
    public DuplicateImportException(String message, int existingDatasetId) {
        super(message);
        this.existingDatasetId = existingDatasetId;
    }

    /** @return the id of the dataset that already holds this content */
    public int existingDatasetId() {
        return existingDatasetId;
    }
}
