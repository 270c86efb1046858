package org.valuelens.importer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.ImportException;
import org.valuelens.model.summary.ReturnsPolicy;

/** The pure parts of the database source: quoting, the read-only check, URLs without credentials. */
class AggregationSqlTest {

    @Test
    void identifiersAreQuotedWithEmbeddedQuotesDoubled() {
        assertThat(AggregationSql.quote("Customer \"Id\"", "\"")).isEqualTo("\"Customer \"\"Id\"\"\"");
        assertThat(AggregationSql.quote("order date", "`")).isEqualTo("`order date`");
        assertThat(AggregationSql.quote("plain", "")).isEqualTo("plain");
    }

    @Test
    void theStatementsCarryQuotedColumnsAndBindTheCalibrationEnd() {
        AggregationSql sql = new AggregationSql("\"orders\" src", Map.of(
                ColumnRole.CUSTOMER_ID, new SourceColumn("Customer Id", SourceColumn.Kind.TEXT),
                ColumnRole.DATE, new SourceColumn("day", SourceColumn.Kind.DATE),
                ColumnRole.AMOUNT, new SourceColumn("x'; DROP TABLE orders; --", SourceColumn.Kind.NUMBER)), "\"");
        String customers = sql.customerSql(ReturnsPolicy.NET);
        assertThat(customers).contains("TRIM(src.\"Customer Id\")").contains("src.\"x'; DROP TABLE orders; --\"");
        assertThat(customers.chars().filter(c -> c == '?').count()).isEqualTo(AggregationSql.CUSTOMER_PARAMETERS);
        assertThat(sql.repeatDaysSql(ReturnsPolicy.EXCLUDE)).contains("AND r = 0").endsWith("f <= ? GROUP BY d");
        assertThat(sql.hasAmounts()).isTrue();
    }

    @Test
    void onlyOneReadingStatementPassesTheQueryCheck() throws ImportException {
        assertThat(JdbcSource.readOnlyQuery("  -- orders\n select * from orders ; ")).isEqualTo(
                "-- orders\n select * from orders");
        assertThat(JdbcSource.readOnlyQuery("WITH a AS (SELECT 1) SELECT * FROM a")).startsWith("WITH");
        assertThatThrownBy(() -> JdbcSource.readOnlyQuery("/* x */ UPDATE orders SET total = 0"))
                .hasMessageStartingWith("The query starts with UPDATE");
        assertThatThrownBy(() -> JdbcSource.readOnlyQuery("SELECT 1; DELETE FROM orders"))
                .hasMessageStartingWith("The query holds more than one statement");
    }

    @Test
    void theSafeUrlDropsUserInfoAndParameters() {
        assertThat(new ConnectionSpec("jdbc:postgresql://bob:secret@db:5432/shop?ssl=true&password=secret", null,
                null).safeUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(new ConnectionSpec("jdbc:sqlserver://db:1433;databaseName=shop;password=secret", "bob", "pw")
                .safeUrl()).isEqualTo("jdbc:sqlserver://db:1433");
        ConnectionSpec spec = new ConnectionSpec("jdbc:postgresql://db/shop", "bob", "pw-123");
        assertThat(spec.toString()).doesNotContain("pw-123");
        assertThat(spec.scrub("login pw-123 failed")).isEqualTo("login ******** failed");
    }
}
