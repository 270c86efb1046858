package org.valuelens.gui.channels;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.NumberColumns;
import org.valuelens.gui.common.Toolbar;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ClvMethodNames;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.ltv.LtvDaysTabs;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.ClvMethod;

/**
 * The Channels page: a table per acquisition channel and LTV vs CAC bars; then the N-day value (with the payback
 * day of each channel's CAC) and time-between-orders tabs by channel.
 */
public final class ChannelsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ChannelsView(ChannelsViewModel model, I18n i18n) {
        super(i18n, "page.channels.title", "page.channels.subtitle", Icons.CHANNELS);
        setId("page-channels");
        Node empty = emptyState(model, Icons.CHANNELS, "page.channels.empty");
        Node content = content(model, i18n);
        setCenter(model.loadedProperty().get() ? content : empty);
        model.loadedProperty().addListener((obs, was, now) -> setCenter(now ? content : empty));
        model.datasetSwitchProperty().addListener((obs, was, now) -> {
            if (model.loadedProperty().get()) {
                model.refresh();
            }
        });
        if (model.loadedProperty().get()) {
            model.refresh();
        }
    }

    private static Node content(ChannelsViewModel model, I18n i18n) {
        String cur = model.currency();
        ComboBox<ClvMethod> method = new ComboBox<>();
        method.setId("channels-method");
        method.getItems().setAll(ClvMethod.values());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClvMethod m) {
                return ClvMethodNames.of(i18n, m);
            }

            @Override
            public ClvMethod fromString(String s) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(model.methodProperty());
        Button run = new Button(i18n.get("channels.run"));
        run.setId("channels-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label hint = new Label(i18n.get("channels.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.VBox bar = Toolbar.of(new Node[] {new Label(i18n.get("channels.method")), method, run,
                busy}, hint);

        NumberFormat money = i18n.numbers(cur).moneyFormat(2);
        NumberFormat ratio = NumberFormat.getNumberInstance(i18n.locale());
        ratio.setMinimumFractionDigits(1);
        ratio.setMaximumFractionDigits(1);
        NumberFormat count = NumberFormat.getIntegerInstance(i18n.locale());
        TableView<ChannelSummary> table = new TableView<>(model.channels());
        table.setId("channels-table");
        table.setPlaceholder(placeholder(i18n.get("channels.empty")));
        table.setEditable(true);
        TableColumn<ChannelSummary, String> name = new TableColumn<>(i18n.get("channels.col.channel"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(model.channelName(d.getValue().channel())));
        name.setPrefWidth(100);
        table.getColumns().add(name);
        table.getColumns().add(num(i18n.get("channels.col.customers"), ChannelSummary::customers, count, ""));
        table.getColumns().add(num(i18n.format("channels.col.clv", cur), ChannelsViewModel::ltv, money, ""));
        TableColumn<ChannelSummary, String> cac = new TableColumn<>(i18n.format("channels.col.cac", cur));
        cac.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().cac() == null ? ""
                : money.format(d.getValue().cac())));
        cac.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        cac.setEditable(true);
        cac.setOnEditCommit(e -> {
            Double v;
            try {
                String t = e.getNewValue().replace(cur, "").replace(",", "").trim();
                v = t.isEmpty() ? null : Double.valueOf(t);
            } catch (NumberFormatException ex) {
                v = null;
            }
            model.setCac(e.getRowValue().channel(), v);
        });
        cac.setPrefWidth(80);
        table.getColumns().add(cac);
        table.getColumns().add(num(i18n.get("channels.col.ratio"), ChannelSummary::ltvToCac, ratio, ""));
        table.getColumns().add(num(i18n.get("channels.col.payback"), ChannelSummary::paybackPeriod, count, ""));
        org.valuelens.gui.common.TableHeaders.fitContent(table);
        fitHeaders(table);
        ExportMenus.table(table, model.exports(), Format.GENERAL, Format.INTEGER, Format.CURRENCY, Format.CURRENCY,
                Format.DECIMAL, Format.DECIMAL);
        table.getStyleClass().add(Styles.DENSE);
        ChartViewer viewer = new ChartViewer();
        viewer.setId("channels-chart");
        viewer.setMinSize(200, 200);
        ExportMenus.chart(viewer, model.exports());
        ChartBinding.bind(viewer, model.chartProperty());
        SplitPane split = new SplitPane(table, viewer);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox main = new VBox(10, bar, split);
        return LtvDaysTabs.withTabs(main, i18n.get("ltv.tab.channels"), model.ltvDays(), i18n, "channels");
    }

    private static <S> TableColumn<S, Number> num(String title, Function<S, Number> value, NumberFormat fmt,
                                                  String prefix) {
        return NumberColumns.number(title, value, fmt, prefix, 70);
    }

    /** Gives each column at least its header's width, so that headers are never cut (the table scrolls). */
    static void fitHeaders(TableView<?> table) {
        TableHeaders.fit(table);
    }
}
