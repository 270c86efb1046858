package org.valuelens.service;

import java.util.ArrayList;
import java.util.List;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.CurrencyDetector;
import org.valuelens.importer.FileImporter;
import org.valuelens.importer.ImportOptions;
import org.valuelens.importer.ImportPreview;

/**
 * The currency of a dataset, taken from its file at import: the sign or code written in the first rows of the
 * amount column (or the unit price column), stored with the dataset's settings so that every page, chart and report
 * of that dataset shows it ("¥12,435,690" instead of "$12,435,690"). The user may change it per dataset.
 */
final class DatasetCurrency {
    /** Rows read to find the currency. */
    static final int SAMPLE_ROWS = 200;

    private DatasetCurrency() {
    }

    /**
     * @param workspace the workspace holding the dataset
     * @param datasetId the dataset just imported
     * @param options   how it was read
     */
    static void detectAndSave(WorkspaceService workspace, int datasetId, ImportOptions options) {
        String sign;
        try {
            sign = detect(new FileImporter().preview(options, SAMPLE_ROWS));
        } catch (RuntimeException | org.valuelens.importer.ImportException e) {
            return; // the currency is a comfort: the app's setting stays in use
        }
        if (sign != null) {
            try {
                workspace.saveDatasetSettings(datasetId, workspace.datasetSettings(datasetId).withCurrency(sign));
            } catch (ServiceException e) {
                // not stored: the app's setting stays in use
            }
        }
    }

    /** @return the currency of the preview's amount (else unit price) column, or {@code null} */
    static String detect(ImportPreview preview) {
        Integer column = preview.mapping().get(ColumnRole.AMOUNT);
        if (column == null) {
            column = preview.mapping().get(ColumnRole.UNIT_PRICE);
        }
        if (column == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (List<String> row : preview.rows()) {
            cells.add(column < row.size() ? row.get(column) : null);
        }
        return CurrencyDetector.detect(cells);
    }
}
