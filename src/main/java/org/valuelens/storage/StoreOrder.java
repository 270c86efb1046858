package org.valuelens.storage;

/** Orders of the stored lines other than file order, as index permutations (no object per line). */
final class StoreOrder {

    private StoreOrder() {
    }

    /**
     * @param lines lines with the customer, day and source-row segments (and the time of day when present)
     * @return line indexes by customer key, then day, time of day and source row: the order of the row table's
     *         {@code ORDER BY customer_key, epoch_day, day_second, source_row}
     */
    static int[] byCustomerAndTime(StoredLines lines) {
        int n = lines.size;
        int customers = 0;
        for (int i = 0; i < n; i++) {
            customers = Math.max(customers, lines.customer[i] + 1);
        }
        int[] start = new int[customers + 1];
        for (int i = 0; i < n; i++) {
            start[lines.customer[i] + 1]++;
        }
        for (int k = 0; k < customers; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[n];
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            order[next[lines.customer[i]]++] = i;
        }
        int[] scratch = new int[n];
        for (int k = 0; k < customers; k++) {
            mergeSort(lines, order, scratch, start[k], start[k + 1]);
        }
        return order;
    }

    private static void mergeSort(StoredLines lines, int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(lines, a, tmp, from, mid);
        mergeSort(lines, a, tmp, mid, to);
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && compare(lines, tmp[i], tmp[j]) <= 0) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private static int compare(StoredLines lines, int x, int y) {
        int c = Integer.compare(lines.day[x], lines.day[y]);
        if (c == 0) {
            c = Integer.compare(lines.second(x), lines.second(y));
        }
        return c != 0 ? c : Long.compare(lines.sourceRow[x], lines.sourceRow[y]);
    }
}
