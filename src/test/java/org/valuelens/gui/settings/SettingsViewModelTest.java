package org.valuelens.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.TimeUnit;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private SettingsService service;
    private UserSettings settings;
    private SettingsViewModel model;

    @BeforeEach
    void setUp() {
        service = new SettingsService(dir.resolve("settings.properties"));
        settings = new UserSettings(service, Settings.DEFAULTS);
        model = new SettingsViewModel(settings);
    }

    @Test
    void formStartsWithTheStoredValuesAsPercentages() {
        assertThat(model.currencySymbolProperty().get()).isEqualTo("$");
        assertThat(model.timeUnitProperty().get()).isEqualTo(TimeUnit.WEEK);
        assertThat(model.discountPercentProperty().get()).isEqualTo("10");
        assertThat(model.marginPercentProperty().get()).isEqualTo("30");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            10;     0.10
            12.5 %; 0.125
            7,5;    0.075
            0;      0.0
            """)
    void percentTextIsParsedToAFraction(String text, double fraction) {
        assertThat(SettingsViewModel.parsePercent(text)).isEqualTo(fraction);
    }

    @Test
    void nonNumericPercentIsNaN() {
        assertThat(SettingsViewModel.parsePercent("ten")).isNaN();
    }

    @Test
    void saveStoresTheEditedAnalysisDefaults() {
        model.currencySymbolProperty().set("€");
        model.timeUnitProperty().set(TimeUnit.MONTH);
        model.discountPercentProperty().set("8");
        model.marginPercentProperty().set("25,5");

        model.save();

        Settings stored = service.load();
        assertThat(stored.currencySymbol()).isEqualTo("€");
        assertThat(stored.defaultTimeUnit()).isEqualTo(TimeUnit.MONTH);
        assertThat(stored.annualDiscountRate()).isEqualTo(0.08);
        assertThat(stored.margin()).isEqualTo(0.255);
        assertThat(model.savedProperty().get()).isTrue();
    }

    @Test
    void editsAreNotStoredBeforeSave() {
        model.marginPercentProperty().set("50");

        assertThat(settings.get().margin()).isEqualTo(0.30);
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void discountRateOfOneHundredPercentIsInvalidAndCannotBeSaved() {
        model.discountPercentProperty().set("100");

        assertThat(model.errorKeyProperty().get()).isEqualTo("settings.error.discount");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.save();
        assertThat(settings.get().annualDiscountRate()).isEqualTo(0.10);
    }

    @Test
    void emptyCurrencyIsInvalid() {
        model.currencySymbolProperty().set(" ");

        assertThat(model.errorKeyProperty().get()).isEqualTo("settings.error.currency");
    }

    @Test
    void marginOfZeroIsInvalid() {
        model.marginPercentProperty().set("0");

        assertThat(model.errorKeyProperty().get()).isEqualTo("settings.error.margin");
    }

    @Test
    void revertRestoresTheStoredValues() {
        model.marginPercentProperty().set("abc");

        model.revert();

        assertThat(model.marginPercentProperty().get()).isEqualTo("30");
        assertThat(model.errorKeyProperty().get()).isNull();
    }

    @Test
    void themeIsStoredAsSoonAsItChanges() {
        model.themeProperty().set(Theme.DARK);

        assertThat(settings.get().theme()).isEqualTo(Theme.DARK);
        assertThat(service.load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void changingLanguageStoresItAndAsksForARestart() {
        model.languageProperty().set(Language.CHINESE_SIMPLIFIED);

        assertThat(service.load().language()).isEqualTo(Language.CHINESE_SIMPLIFIED);
        assertThat(model.restartNeededProperty().get()).isTrue();
    }

    @Test
    void savingTheFormKeepsTheThemeChosenMeanwhile() {
        model.themeProperty().set(Theme.DARK);
        model.currencySymbolProperty().set("£");

        model.save();

        assertThat(service.load().theme()).isEqualTo(Theme.DARK);
        assertThat(service.load().currencySymbol()).isEqualTo("£");
    }
}
