package org.valuelens.gui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.valuelens.service.Language;

/** The app in Simplified Chinese: every page, dialog and the wizard fully translated (see {@link LanguageUiTexts}). */
class ChineseUiTextsTest extends LanguageUiTexts {

    @Start
    void start(Stage stage) {
        startIn(stage);
    }

    @Override
    Language language() {
        return Language.CHINESE_SIMPLIFIED;
    }

    @Override
    String[] segmentNames() {
        return new String[] {"金牌客户", "冠军客户", "高价值"};
    }
}
