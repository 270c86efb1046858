package org.valuelens.cli;

import org.valuelens.service.AnalysisService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Option;

/** {@code --refit} of the commands that reuse saved fits (picocli mixin). */
final class RefitOption {
    @Option(names = "--refit",
            description = "Fit the models again instead of reusing the fits saved in the workspace for the same "
                    + "dataset and settings (the new fits replace them).")
    boolean refit;

    /**
     * @param ws the open workspace
     * @return an analysis service that reuses saved fits unless {@code --refit} was given
     */
    AnalysisService analysis(WorkspaceService ws) {
        AnalysisService analysis = new AnalysisService(ws);
        if (refit) {
            analysis.fits().refitAll();
        }
        return analysis;
    }
}
