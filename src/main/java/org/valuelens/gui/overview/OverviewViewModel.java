package org.valuelens.gui.overview;

import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.WorkspaceState;

/** State and commands of the Overview page (placeholder until its analysis service exists). FX thread only. */
public final class OverviewViewModel extends PageViewModel {

    /** @param workspace what is open */
    public OverviewViewModel(WorkspaceState workspace) {
        super(workspace);
    }
}
