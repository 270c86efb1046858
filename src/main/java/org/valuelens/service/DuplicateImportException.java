package org.valuelens.service;

/** The file's content (same SHA-256) is already a dataset in the workspace and the import was not forced. */
public final class DuplicateImportException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final int existingDatasetId;
    private final String existingDatasetName;

    /**
     * @param message           one plain sentence
     * @param existingDatasetId the dataset already holding this content
     */
    public DuplicateImportException(String message, int existingDatasetId) {
        this(message, existingDatasetId, null);
    }

    /**
     * @param message             one plain sentence
     * @param existingDatasetId   the dataset already holding this content
     * @param existingDatasetName its display name ({@code null} when unknown)
     */
    public DuplicateImportException(String message, int existingDatasetId, String existingDatasetName) {
        super(message);
        this.existingDatasetId = existingDatasetId;
        this.existingDatasetName = existingDatasetName;
    }

    /** @return the display name of the dataset that already holds this content, {@code null} when unknown */
    public String existingDatasetName() {
        return existingDatasetName;
    }

    /** @return the id of the dataset that already holds this content */
    public int existingDatasetId() {
        return existingDatasetId;
    }
}
