package org.valuelens.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.SparkManifest;
import org.valuelens.importer.SparkOutput;

/**
 * What an import of a Spark job's output folder adds to the figures of a file import (docs/spark.md): the job's
 * mode and the rows that crossed from the cluster to the desktop (the rows of its part files, which the import
 * checks against the manifest).
 *
 * @param mode            {@code aggregated} (one row per customer per day) or {@code summary} (one per customer)
 * @param rowsTransferred the rows of the output's part files
 */
public record SparkOutputInfo(String mode, long rowsTransferred) {

    /**
     * @param path a path given to import
     * @return the job's mode and rows written when {@code path} is a Spark job output folder, else empty
     * @throws ServiceException when the folder's manifest cannot be read (one sentence)
     */
    public static Optional<SparkOutputInfo> of(Path path) throws ServiceException {
        return manifest(path).map(m -> new SparkOutputInfo(m.mode(), m.rowsWritten()));
    }

    /** @return the manifest when {@code path} is a Spark job output folder */
    static Optional<SparkManifest> manifest(Path path) throws ServiceException {
        if (!SparkOutput.isSparkOutput(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SparkManifest.read(path));
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
