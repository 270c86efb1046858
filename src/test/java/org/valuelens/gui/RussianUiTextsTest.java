package org.valuelens.gui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.valuelens.service.Language;

/** The app in Russian: every page, dialog and the wizard fully translated (see {@link LanguageUiTexts}). */
class RussianUiTextsTest extends LanguageUiTexts {

    @Start
    void start(Stage stage) {
        startIn(stage);
    }

    @Override
    Language language() {
        return Language.RUSSIAN;
    }

    @Override
    String[] segmentNames() {
        return new String[] {"Золото", "Чемпионы", "Высокая ценность"};
    }
}
