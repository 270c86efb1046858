package org.valuelens.gui.clv;

import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.WorkspaceState;

/** State and commands of the Clv page (placeholder until its analysis service exists). FX thread only. */
public final class ClvViewModel extends PageViewModel {

    /** @param workspace what is open */
    public ClvViewModel(WorkspaceState workspace) {
        super(workspace);
    }
}
