package org.valuelens.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps header names to column roles, in English, Simplified and Traditional Chinese and Russian, ignoring case,
 * spaces, underscores, hyphens and dots.
 * Exact synonyms win over partial matches; each column gets at most one role.
 */
final class ColumnMatcher {
    private static final Map<ColumnRole, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        // customer-level roles first so that "acquisition date" is not taken for the purchase date
        put(ColumnRole.ACQUISITION_DATE, "acquisitiondate acquireddate signupdate registrationdate registerdate "
                + "joindate firstpurchasedate", "注册日期 注册时间 获客日期 首购日期 註冊日期 首購日期",
                "датарегистрации датапервойпокупки");
        put(ColumnRole.ACQUISITION_COST, "acquisitioncost cac customeracquisitioncost", "获客成本 获取成本 獲客成本",
                "стоимостьпривлечения");
        put(ColumnRole.AVERAGE_ORDER_VALUE, "averageordervalue aov avgordervalue avgorder",
                "客单价 平均订单金额 平均订单价值 平均訂單金額", "среднийчек");
        put(ColumnRole.PURCHASE_FREQUENCY, "purchasefrequency frequency ordersperyear purchasesperyear",
                "购买频率 购买频次 年购买次数", "");
        put(ColumnRole.LIFESPAN, "lifespan customerlifespan lifespanyears lifetime lifetimeyears",
                "生命周期 客户生命周期", "");
        put(ColumnRole.MARGIN, "margin grossmargin marginpct margin%", "毛利率 利润率 利潤率", "маржа маржинальность");
        put(ColumnRole.CUSTOMER_ID, "customerid customer customerno customernumber customercode custid cust clientid "
                + "client memberid member userid user buyerid", "客户id 客户编号 客户号 会员编号 会员id 用户id 用户编号 客户 "
                + "会员 用户 客戶id 客戶編號 客戶號 會員編號 會員id 用戶id 用戶編號 客戶 會員 顧客編號 顧客 客戶代號",
                "клиент покупатель кодклиента кодпокупателя idклиента контрагент заказчик id");
        put(ColumnRole.DATE, "date invoicedate orderdate purchasedate transactiondate salesdate saledate datetime "
                + "timestamp time orderdatetime", "日期 下单时间 订单日期 交易日期 购买日期 訂單日期 購買日期 下單時間 交易時間 "
                + "下单日期 订单时间 交易时间 购买时间 时间 銷售日期 消費日期 日期時間",
                "дата датазаказа датапродажи датадокумента датаоплаты датаивремя");
        put(ColumnRole.QUANTITY, "quantity qty units cds numberofcds", "数量 购买数量 件数 數量", "количество колво");
        put(ColumnRole.UNIT_PRICE, "unitprice priceperunit itemprice", "单价 單價", "ценазаединицу");
        put(ColumnRole.AMOUNT, "amount sales revenue total totalamount value ordervalue salesamount linetotal dollars "
                + "dollarvalue spend", "金额 销售额 订单金额 实付金额 金額 銷售額 訂單金額 實付金額 支付金额 消费金额 交易金额 总金额 "
                + "總金額 消費金額 交易金額 銷售金額", "сумма суммазаказа суммапродажи итого выручка");
        put(ColumnRole.COST, "cost cogs costofgoods unitcost", "成本 商品成本", "себестоимость");
        put(ColumnRole.CHANNEL, "channel source saleschannel acquisitionchannel",
                "渠道 来源 获客渠道 通路 銷售通路 來源 獲客渠道", "канал каналпродаж источник");
        put(ColumnRole.INVOICE, "invoice invoiceno invoicenumber invoiceid orderid orderno ordernumber order "
                + "transactionid", "订单号 订单编号 订单id 訂單號 訂單編號 交易号 发票号 發票號碼 單號",
                "номерзаказа заказ номердокумента номерчека");
        // product roles last: a code column is the product, a description beside it its label (issue 17)
        put(ColumnRole.PRODUCT, "product productid productcode productno sku stockcode itemcode itemno itemid "
                + "articleno articlenumber article item", "货号 商品编号 商品编码 产品编号 产品编码 貨號 商品編號 產品編號 商品 产品 "
                + "產品 品名 商品名称 商品名稱 产品名称", "артикул товар кодтовара номенклатура");
        put(ColumnRole.PRODUCT_LABEL, "description productname itemname productdescription itemdescription",
                "商品名称 商品名稱 产品名称 品名 商品描述 描述", "наименование наименованиетовара описание");
        put(ColumnRole.CATEGORY, "category productcategory categoryname itemcategory producttype department",
                "类别 類別 分类 分類 品类 品類 商品类别 商品分类 类目", "категория группатоваров");
    }

    /** Adds a role's normalised header names: English, then Chinese (both scripts), then Russian. */
    private static void put(ColumnRole role, String english, String chinese, String russian) {
        List<String> words = new ArrayList<>();
        for (String group : new String[] {english, chinese, russian}) {
            for (String w : group.split(" ")) {
                if (!w.isEmpty() && !words.contains(w)) {
                    words.add(w);
                }
            }
        }
        SYNONYMS.put(role, List.copyOf(words));
    }

    private ColumnMatcher() {
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(header.length());
        String lower = header.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\u3000' || c == '\u00A0' || c == '\t'
                    || c == '\uFEFF' || c == '"' || c == '(' || c == ')' || c == '（' || c == '）') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * @param header    header cells
     * @param overrides role → header name (case-insensitive) or 1-based index as text
     * @param file      file name for messages
     * @return role → 0-based column index
     */
    static Map<ColumnRole, Integer> match(List<String> header, Map<ColumnRole, String> overrides, String file)
            throws ImportException {
        Map<ColumnRole, Integer> mapping = new EnumMap<>(ColumnRole.class);
        boolean[] taken = new boolean[header.size()];
        for (Map.Entry<ColumnRole, String> e : overrides.entrySet()) {
            int index = resolve(header, e.getValue());
            if (index < 0) {
                throw new ImportException(file + ": the column \"" + e.getValue() + "\" given for "
                        + roleName(e.getKey()) + " does not exist; columns are: " + String.join(", ", header)
                        + ".");
            }
            mapping.put(e.getKey(), index);
            taken[index] = true;
        }
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(normalise(h));
        }
        boolean hasQuantity = overrides.containsKey(ColumnRole.QUANTITY)
                || anyMatches(names, SYNONYMS.get(ColumnRole.QUANTITY));
        for (Map.Entry<ColumnRole, List<String>> e : SYNONYMS.entrySet()) {
            ColumnRole role = e.getKey();
            if (mapping.containsKey(role)) {
                continue;
            }
            List<String> synonyms = new ArrayList<>(e.getValue());
            if (role == ColumnRole.UNIT_PRICE && hasQuantity || role == ColumnRole.AMOUNT && !hasQuantity) {
                synonyms.add("price");
                synonyms.add("价格");
                synonyms.add("價格");
                synonyms.add("цена");
            }
            for (String synonym : synonyms) {
                int index = names.indexOf(synonym);
                if (index >= 0 && !taken[index]) {
                    mapping.put(role, index);
                    taken[index] = true;
                    break;
                }
            }
        }
        partial(mapping, taken, names, ColumnRole.CUSTOMER_ID, "customer", "客户", "会员", "客戶", "會員", "клиент",
                "покупател");
        partial(mapping, taken, names, ColumnRole.DATE, "date", "日期", "时间", "時間", "дата");
        partial(mapping, taken, names, ColumnRole.AMOUNT, "amount", "金额", "金額", "revenue", "sales", "сумма");
        if (!mapping.containsKey(ColumnRole.PRODUCT) && mapping.containsKey(ColumnRole.PRODUCT_LABEL)) {
            // a description without a code column is the product itself
            mapping.put(ColumnRole.PRODUCT, mapping.remove(ColumnRole.PRODUCT_LABEL));
        }
        return mapping;
    }

    private static boolean anyMatches(List<String> names, List<String> synonyms) {
        for (String s : synonyms) {
            if (names.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static void partial(Map<ColumnRole, Integer> mapping, boolean[] taken, List<String> names,
                                ColumnRole role, String... parts) {
        if (mapping.containsKey(role)) {
            return;
        }
        for (String part : parts) {
            for (int i = 0; i < names.size(); i++) {
                if (!taken[i] && names.get(i).contains(part)) {
                    mapping.put(role, i);
                    taken[i] = true;
                    return;
                }
            }
        }
    }

    /** @return the 0-based index of a column given by header name or 1-based index, or -1 */
    static int resolve(List<String> header, String column) {
        String c = column.trim();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && header.get(i).trim().equalsIgnoreCase(c)) {
                return i;
            }
        }
        boolean digits = !c.isEmpty();
        for (int i = 0; i < c.length(); i++) {
            digits &= Character.isDigit(c.charAt(i));
        }
        if (digits && c.length() < 6) {
            int index = Integer.parseInt(c) - 1;
            return index >= 0 && index < header.size() ? index : -1;
        }
        return -1;
    }

    /** @return the CLI option that sets a role, e.g. "--customer" */
    static String option(ColumnRole role) {
        switch (role) {
            case CUSTOMER_ID:
                return "--customer";
            case UNIT_PRICE:
                return "--price";
            case AVERAGE_ORDER_VALUE:
                return "--aov";
            case ACQUISITION_COST:
                return "--cac";
            default:
                return "--" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static String roleName(ColumnRole role) {
        switch (role) {
            case CUSTOMER_ID:
                return "the customer id";
            case UNIT_PRICE:
                return "the unit price";
            case PRODUCT_LABEL:
                return "the product description";
            default:
                return "the " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
