package org.valuelens.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;

/**
 * Saved customer summaries (docs/decisions/0042-saved-summaries.md): the summary of a dataset under given settings,
 * kept beside the dataset's analysis store (table {@code store_segments}, one {@code BYTES} segment per settings
 * key, encoded by {@link SummaryCodec}) so that the next process reads it instead of summarising every line again.
 * Datasets never change once committed, so a saved summary is valid as long as its key (which names the summary
 * code's version) matches; it is deleted with its dataset and when the store is rebuilt.
 */
public final class SavedSummaryRepository {

    private static final String PREFIX = "summary/";

    private final Connection connection;

    SavedSummaryRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param datasetId the dataset
     * @param key       the settings key (it must name everything the summary depends on besides the dataset)
     * @param settings  the settings themselves (they become the result's)
     * @return the saved summary, if there is one of the current format
     * @throws StorageException on a database error
     */
    public Optional<SummaryResult> find(int datasetId, String key, SummarySettings settings)
            throws StorageException {
        String name = segmentName(key);
        try {
            Map<String, Object> read = StoreSegments.read(connection, datasetId, Set.of(name));
            Object bytes = read.get(name);
            return bytes instanceof byte[] b ? Optional.ofNullable(SummaryCodec.decode(b, settings))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new StorageException("Cannot read the saved summary of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Saves (or replaces) a summary, in its own transaction.
     *
     * @param datasetId the dataset
     * @param key       the settings key
     * @param summary   the summary
     * @throws StorageException on a database error (nothing is saved then)
     */
    public void save(int datasetId, String key, SummaryResult summary) throws StorageException {
        byte[] bytes = SummaryCodec.encode(summary);
        List<StoreSegments.Chunk> chunks = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += StoreSegments.CHUNK_BYTES) {
            byte[] part = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length,
                    at + StoreSegments.CHUNK_BYTES));
            chunks.add(new StoreSegments.Chunk(part.length, part));
        }
        String name = segmentName(key);
        try {
            Transactions.inOne(connection, () -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM store_segments WHERE dataset_id = ? AND name = ?")) {
                    ps.setInt(1, datasetId);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
                StoreSegments.write(connection, datasetId, name, StoreSegments.Kind.BYTES, chunks);
            });
        } catch (SQLException e) {
            throw new StorageException("Cannot save the summary of dataset " + datasetId + ": " + e.getMessage(),
                    e);
        }
    }

    /** A short segment name for a key of any length. */
    static String segmentName(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
