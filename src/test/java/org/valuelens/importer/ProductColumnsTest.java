package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Product roles from header names (issue 17): a code is the product, a description beside it its label. */
class ProductColumnsTest {

    private static Map<ColumnRole, Integer> match(String... header) throws ImportException {
        return ColumnMatcher.match(List.of(header), Map.of(), "test.csv");
    }

    @Test
    void onlineRetailHeadersGiveStockCodeAsProductAndDescriptionAsLabel() throws ImportException {
        Map<ColumnRole, Integer> m = match("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                "UnitPrice", "CustomerID", "Country");
        assertThat(m.get(ColumnRole.PRODUCT)).isEqualTo(1);
        assertThat(m.get(ColumnRole.PRODUCT_LABEL)).isEqualTo(2);
        assertThat(m.get(ColumnRole.INVOICE)).isZero();
        assertThat(m).doesNotContainKey(ColumnRole.CATEGORY);
    }

    @Test
    void aDescriptionWithoutACodeIsTheProduct() throws ImportException {
        Map<ColumnRole, Integer> m = match("Customer", "Date", "Amount", "Description");
        assertThat(m.get(ColumnRole.PRODUCT)).isEqualTo(3);
        assertThat(m).doesNotContainKey(ColumnRole.PRODUCT_LABEL);
    }

    @Test
    void chineseAndRussianHeaders() throws ImportException {
        Map<ColumnRole, Integer> zh = match("客户", "日期", "金额", "品名", "货号", "类别");
        assertThat(zh.get(ColumnRole.PRODUCT)).isEqualTo(4);
        assertThat(zh.get(ColumnRole.PRODUCT_LABEL)).isEqualTo(3);
        assertThat(zh.get(ColumnRole.CATEGORY)).isEqualTo(5);
        Map<ColumnRole, Integer> ru = match("Клиент", "Дата", "Сумма", "Артикул", "Категория");
        assertThat(ru.get(ColumnRole.PRODUCT)).isEqualTo(3);
        assertThat(ru.get(ColumnRole.CATEGORY)).isEqualTo(4);
    }

    @Test
    void headersWithoutProductsKeepTheirOldRoles() throws ImportException {
        Map<ColumnRole, Integer> m = match("customer_id", "order_date", "amount", "channel");
        assertThat(m).containsOnlyKeys(ColumnRole.CUSTOMER_ID, ColumnRole.DATE, ColumnRole.AMOUNT,
                ColumnRole.CHANNEL);
    }

    @Test
    void aProductColumnGivenByTheUserThatDoesNotExistIsNamedInTheMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnMatcher.match(List.of("Customer", "Date",
                "Amount"), Map.of(ColumnRole.PRODUCT, "SKU"), "shop.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("\"SKU\"").hasMessageContaining("the product");
    }
}
