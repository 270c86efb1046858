package org.valuelens.gui.importing;

import java.nio.file.Path;
import java.util.List;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.FilePreview;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.RejectedRowView;

/** An {@link ImportBackend} for tests that forwards every call to a real one; override what the test changes. */
public interface ForwardingImportBackend extends ImportBackend {

    /** @return the backend the calls go to */
    ImportBackend delegate();

    @Override
    default FilePreview preview(ImportRequest request, int rows) throws Exception {
        return delegate().preview(request, rows);
    }

    @Override
    default ImportOutcome importData(ImportRequest request, ProgressListener listener) throws Exception {
        return delegate().importData(request, listener);
    }

    @Override
    default ImportOutcome replaceData(ImportRequest request, int previous, ProgressListener listener)
            throws Exception {
        return delegate().replaceData(request, previous, listener);
    }

    @Override
    default Path workspaceDirectory() {
        return delegate().workspaceDirectory();
    }

    @Override
    default List<RejectedRowView> rejectedRows(int datasetId, int limit) throws Exception {
        return delegate().rejectedRows(datasetId, limit);
    }

    @Override
    default long exportRejected(int datasetId, Path csv) throws Exception {
        return delegate().exportRejected(datasetId, csv);
    }
}
