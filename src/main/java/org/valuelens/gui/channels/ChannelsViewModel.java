package org.valuelens.gui.channels;

import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.WorkspaceState;

/** State and commands of the Channels page (placeholder until its analysis service exists). FX thread only. */
public final class ChannelsViewModel extends PageViewModel {

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     */
    public ChannelsViewModel(WorkspaceState workspace, EmptyStateActions emptyActions) {
        super(workspace, emptyActions);
    }
}
