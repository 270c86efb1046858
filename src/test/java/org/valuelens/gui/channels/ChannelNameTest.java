package org.valuelens.gui.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The model's "(unknown)" channel is shown in the interface language; real channel names are left alone. */
class ChannelNameTest {

    @TempDir
    Path dir;

    private ChannelsViewModel model(Locale locale) {
        return new ChannelsViewModel(new WorkspaceState(), EmptyStateActions.NONE, new SessionHolder(),
                new UserSettings(new SettingsService(dir.resolve("s.properties")), Settings.DEFAULTS),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(locale));
    }

    @Test
    void unknownChannelIsTranslated() {
        assertThat(model(Locale.SIMPLIFIED_CHINESE).channelName(CohortAnalyzer.UNKNOWN_CHANNEL)).isEqualTo("（未知）");
    }

    @Test
    void namedChannelIsShownAsInTheData() {
        assertThat(model(Locale.SIMPLIFIED_CHINESE).channelName("Online")).isEqualTo("Online");
    }
}
