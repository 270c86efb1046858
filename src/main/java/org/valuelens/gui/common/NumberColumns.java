package org.valuelens.gui.common;

import java.text.NumberFormat;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Right-aligned, formatted number columns for the pages' tables. */
public final class NumberColumns {

    private NumberColumns() {
    }

    /**
     * @param title  header text
     * @param value  the cell's number, {@code null} or NaN when unknown (shown as "–")
     * @param fmt    how numbers are written
     * @param prefix put before every formatted number ("" for none)
     * @param width  preferred width
     * @param <S>    row type
     * @return the column
     */
    public static <S> TableColumn<S, Number> number(String title, Function<S, Number> value, NumberFormat fmt,
                                                    String prefix, double width) {
        TableColumn<S, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty ? null : n == null || Double.isNaN(n.doubleValue()) ? "–" : prefix + fmt.format(n));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }
}
