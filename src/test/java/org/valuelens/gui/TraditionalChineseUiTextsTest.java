package org.valuelens.gui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.valuelens.service.Language;

/**
 * The app in Traditional Chinese (Taiwan): every page, dialog and the wizard fully translated (see
 * {@link LanguageUiTexts}).
 */
class TraditionalChineseUiTextsTest extends LanguageUiTexts {

    @Start
    void start(Stage stage) {
        startIn(stage);
    }

    @Override
    Language language() {
        return Language.CHINESE_TRADITIONAL;
    }

    @Override
    String[] segmentNames() {
        return new String[] {"金牌顧客", "冠軍顧客", "高價值"};
    }
}
