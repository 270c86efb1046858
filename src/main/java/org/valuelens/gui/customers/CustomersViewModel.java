package org.valuelens.gui.customers;

import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.WorkspaceState;

/** State and commands of the Customers page (placeholder until its analysis service exists). FX thread only. */
public final class CustomersViewModel extends PageViewModel {

    /** @param workspace what is open */
    public CustomersViewModel(WorkspaceState workspace) {
        super(workspace);
    }
}
