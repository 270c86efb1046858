package org.valuelens.gui.clv;

import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.WorkspaceState;

/** State and commands of the CLV page (placeholder until its analysis service exists). FX thread only. */
public final class ClvViewModel extends PageViewModel {

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     */
    public ClvViewModel(WorkspaceState workspace, EmptyStateActions emptyActions) {
        super(workspace, emptyActions);
    }
}
