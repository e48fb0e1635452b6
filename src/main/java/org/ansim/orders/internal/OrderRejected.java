package org.ansim.orders.internal;

/** An order whose data is impossible (an end before its start, a duration beyond the law): bad input, naming the field. */
public class OrderRejected extends RuntimeException {

    private final String field;

    public OrderRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
