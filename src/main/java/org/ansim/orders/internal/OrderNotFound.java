package org.ansim.orders.internal;

import java.util.UUID;

/** No such order on this case. */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(UUID id) {
        super("No order " + id + " on this case");
    }
}
